// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollScheduler.h"

#include <algorithm>

namespace Vigil {

PollScheduler::PollScheduler()
    : PollScheduler(Settings{})
{
}

PollScheduler::PollScheduler(Settings settings)
    : m_settings(settings)
{
    m_settings.maxConcurrent = std::max(1, m_settings.maxConcurrent);
}

PollScheduler::Millis PollScheduler::offsetFor(qint64 deviceId, Millis interval)
{
    if (interval <= 0) {
        return 0;
    }
    // A mixing hash (splitmix64's finaliser), so consecutive ids land far apart in the interval.
    quint64 x = static_cast<quint64>(deviceId) + 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return static_cast<Millis>(x % static_cast<quint64>(interval));
}

PollScheduler::Millis PollScheduler::nextSlotAtOrAfter(const Entry &entry, Millis t) const
{
    // Slots are offset + k * interval on the absolute time axis, so they stay put across restarts.
    const Millis k = (t - entry.offset + entry.interval - 1) / entry.interval;
    return entry.offset + std::max<Millis>(k, 0) * entry.interval;
}

void PollScheduler::schedule(qint64 deviceId, Entry &entry, Millis due)
{
    entry.due = due;
    m_queue.emplace(due, deviceId);
}

void PollScheduler::setDevice(qint64 deviceId, Millis now, Millis interval)
{
    const Millis effective = interval > 0 ? interval : m_settings.defaultInterval;
    auto it = m_entries.find(deviceId);
    if (it != m_entries.end()) {
        if (it->interval == effective) {
            return;
        }
        removeDevice(deviceId);
    }
    Entry entry;
    entry.interval = effective;
    entry.offset = offsetFor(deviceId, effective);
    Entry &stored = m_entries.insert(deviceId, entry).value();
    schedule(deviceId, stored, nextSlotAtOrAfter(stored, now));
}

void PollScheduler::removeDevice(qint64 deviceId)
{
    const auto it = m_entries.constFind(deviceId);
    if (it == m_entries.cend()) {
        return;
    }
    if (it->running) {
        --m_running;
    } else {
        auto [first, last] = m_queue.equal_range(it->due);
        for (auto q = first; q != last; ++q) {
            if (q->second == deviceId) {
                m_queue.erase(q);
                break;
            }
        }
    }
    m_entries.erase(it);
}

bool PollScheduler::hasDevice(qint64 deviceId) const
{
    return m_entries.contains(deviceId);
}

int PollScheduler::deviceCount() const
{
    return static_cast<int>(m_entries.size());
}

QList<PollScheduler::DuePoll> PollScheduler::takeDue(Millis now)
{
    QList<DuePoll> due;
    while (!m_queue.empty() && m_queue.begin()->first <= now && m_running < m_settings.maxConcurrent) {
        const auto [slot, deviceId] = *m_queue.begin();
        m_queue.erase(m_queue.begin());
        Entry &entry = m_entries[deviceId];
        entry.running = true;
        ++m_running;
        ++m_stats.started;
        due.append({deviceId, slot});
    }
    return due;
}

PollScheduler::Millis PollScheduler::backoffFor(int consecutiveFailures, Millis interval) const
{
    if (consecutiveFailures <= 0) {
        return 0;
    }
    // interval × 2^(failures-1): 1, 2, 4, 8 … intervals, capped.
    const int shift = std::min(consecutiveFailures - 1, 20);
    return std::min(interval << shift, std::max(m_settings.maxBackoff, interval));
}

void PollScheduler::finished(qint64 deviceId, Millis now, int consecutiveFailures)
{
    auto it = m_entries.find(deviceId);
    if (it == m_entries.end() || !it->running) {
        return;
    }
    it->running = false;
    --m_running;
    // The next slot after the one that just ran; slots missed while this poll ran long are skipped, never doubled.
    const Millis next = nextSlotAtOrAfter(*it, std::max(now, it->due) + 1);
    const Millis skipped = (next - it->due) / it->interval - 1;
    m_stats.skippedStillRunning += std::max<Millis>(skipped, 0);
    const Millis backoff = backoffFor(consecutiveFailures, it->interval);
    schedule(deviceId, *it, backoff > it->interval ? nextSlotAtOrAfter(*it, now + backoff) : next);
}

PollScheduler::Millis PollScheduler::nextWake() const
{
    if (m_queue.empty() || m_running >= m_settings.maxConcurrent) {
        return -1;
    }
    return m_queue.begin()->first;
}

int PollScheduler::running() const
{
    return m_running;
}

PollScheduler::Stats PollScheduler::stats() const
{
    return m_stats;
}

const PollScheduler::Settings &PollScheduler::settings() const
{
    return m_settings;
}

} // namespace Vigil
