// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CpuCounters.h"
#include "DeviceSnapshot.h"
#include "DeviceStateStore.h"
#include "HealthSample.h"
#include "PollScheduler.h"
#include "PollSummary.h"
#include "ScrapeLimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <deque>
#include <memory>

class QTimer;

namespace Vigil {

class AlertEvaluator;
class Clock;
class Database;
class HistoryStore;
class Scraper;
class SecretStore;
struct ScrapeResult;

// Polls every device that has an exporter URL: the scheduler decides when, the scraper fetches and parses, the
// mapper turns samples into a snapshot, and results are written to the store in batches (latest state and health
// history). Lives on one thread with its own database connection; the console runs it on a worker thread.
class PollService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollService)

public:
    struct Settings
    {
        int maxConcurrent = 64;
        std::chrono::milliseconds timeout = std::chrono::seconds(10);
        std::chrono::milliseconds defaultInterval = std::chrono::seconds(60);
        std::chrono::milliseconds maxBackoff = std::chrono::minutes(15);
        std::chrono::milliseconds flushInterval = std::chrono::seconds(1);
        std::chrono::milliseconds maintenanceInterval = std::chrono::minutes(5);
        ScrapeLimits limits;
    };

    PollService(Database &database, const Clock &clock, Settings settings, QObject *parent = nullptr);
    ~PollService() override;

    // Where exporter credentials come from (by the device's credential key id). Not owned; same thread. Without
    // one, devices that need credentials fail with "no_credentials" instead of being scraped anonymously.
    void setSecretStore(SecretStore *secrets);

    // Reads the devices to poll from the inventory. Devices without an exporter URL are not polled.
    Status reloadDevices();
    int deviceCount() const;

    // One pass over every device now, bounded by maxConcurrent; cycleFinished() reports it. A device already being
    // polled is not asked twice: that poll counts for the pass.
    void pollOnce();
    // Polls continuously on each device's schedule until stop().
    void start();
    void stop();
    bool isRunning() const;
    // Writes pending results now (also done every flushInterval and at the end of a pass).
    Status flush();
    // Rolls up and prunes the health history (every maintenanceInterval while running, and after a pass).
    Status maintainHistory();

    // How well the schedule is kept, since start() (continuous mode).
    struct ScheduleStats
    {
        qint64 started = 0;
        qint64 finished = 0;
        qint64 reused = 0; // polls that went out on a kept-alive connection
        qint64 skippedStillRunning = 0;
        QList<qint64> latenessMs; // start - slot of each poll, in start order (the last 200,000)
    };
    const ScheduleStats &scheduleStats() const;

Q_SIGNALS:
    void devicePolled(qint64 deviceId, const Vigil::DeviceSnapshot &snapshot);
    void cycleFinished(const Vigil::PollSummary &summary);
    // Alerts the rules opened or reopened (escalated, recurred, snooze ended) in the batch just saved.
    void alertsRaised(const QList<qint64> &alertIds);
    void storeError(const QString &message);

private:
    struct Target
    {
        QUrl url;          // without user info
        QString basicUser; // from the exporter URL's user info: basic auth; empty with a key: bearer
        QString credentialKey;
        std::optional<CpuCounters> counters;
        int consecutiveFailures = 0;
    };

    qint64 nowMs() const;
    void launch(qint64 deviceId);
    void scrapeWith(qint64 deviceId, const QString &secret);
    void complete(qint64 deviceId, DeviceSnapshot snapshot, bool deadEndpoint, bool reused);
    int inFlight() const;
    void startQueued();
    void onFinished(const ScrapeResult &result);
    void armTimer();
    void onTimer();
    void finishPassIfDone();

    Database &m_db;
    const Clock &m_clock;
    Settings m_settings;
    std::unique_ptr<DeviceStateStore> m_states;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<AlertEvaluator> m_alerts;
    Scraper *m_scraper = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_maintenanceTimer = nullptr;
    PollScheduler m_scheduler;
    QHash<qint64, Target> m_targets;
    QHash<quint64, qint64> m_requests; // scrape request id → device
    QSet<qint64> m_awaitingSecret;     // devices whose credentials are being read
    QPointer<SecretStore> m_secrets;
    QHash<QString, QString> m_secretCache; // key id → secret, for this session only; dropped on HTTP 401
    std::deque<qint64> m_queue;            // pollOnce devices waiting for a free slot
    bool m_continuous = false;
    bool m_passRunning = false;
    PollSummary m_pass;
    QElapsedTimer m_passTimer;
    QList<DeviceStateStore::Update> m_pendingStates;
    QList<HealthSample> m_pendingSamples;
    ScheduleStats m_scheduleStats;
};

} // namespace Vigil
