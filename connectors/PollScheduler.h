// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

#include <chrono>
#include <map>

namespace Vigil {

// When to poll which device. Each device has an interval and a stable offset inside it (from its id), so a fleet's
// polls spread evenly over the interval instead of all firing at :00. Dead endpoints back off exponentially (capped)
// and return to their slot once they answer again. A device is never polled twice at the same time: a slot that
// comes while the previous poll still runs is skipped and counted. Pure logic on an injected time axis (ms).
class PollScheduler final
{
public:
    using Millis = qint64;

    struct Settings
    {
        Millis defaultInterval = 60'000;
        Millis maxBackoff = 15 * 60'000;
        int maxConcurrent = 64;
    };

    struct DuePoll
    {
        qint64 deviceId = 0;
        Millis slot = 0; // when it should have started; lateness = start - slot
    };

    struct Stats
    {
        qint64 started = 0;
        qint64 skippedStillRunning = 0;
    };

    PollScheduler();
    explicit PollScheduler(Settings settings);

    // Adds or updates a device (interval 0: the default). The first slot is the next one at or after now.
    void setDevice(qint64 deviceId, Millis now, Millis interval = 0);
    void removeDevice(qint64 deviceId);
    bool hasDevice(qint64 deviceId) const;
    int deviceCount() const;

    // Polls to start now, oldest slot first, no more than the free concurrency allows. Marks them running.
    QList<DuePoll> takeDue(Millis now);
    // The poll of deviceId ended at now. consecutiveFailures counts dead-endpoint failures in a row (0 after a
    // success); it sets the backoff before the next poll.
    void finished(qint64 deviceId, Millis now, int consecutiveFailures);
    // When takeDue() will next have something, or -1 when nothing is scheduled or everything waits on running polls.
    Millis nextWake() const;

    int running() const;
    Stats stats() const;
    const Settings &settings() const;

    // The device's stable offset inside its interval.
    static Millis offsetFor(qint64 deviceId, Millis interval);
    Millis backoffFor(int consecutiveFailures, Millis interval) const;

private:
    struct Entry
    {
        Millis interval = 0;
        Millis offset = 0;
        Millis due = 0;
        bool running = false;
    };

    void schedule(qint64 deviceId, Entry &entry, Millis due);
    Millis nextSlotAtOrAfter(const Entry &entry, Millis t) const;

    Settings m_settings;
    QHash<qint64, Entry> m_entries;
    std::multimap<Millis, qint64> m_queue; // due time → device (only devices not running)
    int m_running = 0;
    Stats m_stats;
};

} // namespace Vigil
