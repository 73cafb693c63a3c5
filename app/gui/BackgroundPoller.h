// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSnapshot.h"
#include "PollService.h"
#include "PollSummary.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace Vigil {

class SecretStore;

// The console's poller: a PollService polling continuously on a thread of its own, with its own connection to the
// database and its own secret store, both made on that thread. Everything reaches the GUI thread as queued signals
// carrying values, and no call here waits for the poller except shutdown().
class BackgroundPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundPoller)

public:
    struct Options
    {
        QString databasePath;
        PollService::Settings settings;
        // Makes the store exporter credentials are read from, on the poller thread. Empty: the OS keychain.
        std::function<std::unique_ptr<SecretStore>()> makeSecretStore;
    };

    explicit BackgroundPoller(Options options, QObject *parent = nullptr);
    // Shuts down if that has not happened yet.
    ~BackgroundPoller() override;

    // Starts the thread, opens the database there, loads the devices and polls on schedule. Once only.
    void start();
    // One pass over every device now; polling on schedule resumes after it unless paused. Ignored while a pass runs.
    void pollNow();
    void setPaused(bool paused);
    // Reads the devices to poll again (after an import).
    void reloadDevices();
    // Stops polling, writes the results not yet written, ends the thread and waits for it. Idempotent.
    void shutdown();

    // The thread runs (between start() and shutdown(), unless the database did not open).
    bool isRunning() const;
    // The devices to poll were loaded at least once.
    bool isLoaded() const;
    bool hasFailed() const;
    bool isPaused() const;
    bool isPassRunning() const;
    int deviceCount() const;

Q_SIGNALS:
    void devicePolled(qint64 deviceId, const Vigil::DeviceSnapshot &snapshot);
    void cycleFinished(const Vigil::PollSummary &summary);
    void storeError(const QString &message);
    // Alerts the rules opened or reopened in a batch just saved (ids, for the alert page and notifications).
    void alertsRaised(const QList<qint64> &alertIds);
    // The devices to poll were (re)loaded.
    void devicesLoaded(int count);
    // Polling could not start: the database did not open on the poller thread.
    void failed(const QString &message);
    void modeChanged();

private:
    class Worker;

    void onDevicesLoaded(int count);
    void onCycleFinished();
    void onFailed(const QString &message);

    Options m_options;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there when it ends
    bool m_loaded = false;
    bool m_failed = false;
    bool m_paused = false;
    bool m_passRunning = false;
    int m_deviceCount = 0;
};

} // namespace Vigil
