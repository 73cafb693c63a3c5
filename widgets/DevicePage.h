// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Device.h"
#include "DeviceSnapshot.h"
#include "DeviceState.h"
#include "HealthChartQuery.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QToolButton;

namespace Vigil {

class AlertRuleStore;
class AlertStore;
class BackupStore;
class Clock;
class Database;
class DeviceStateStore;
class HealthChart;
class InventoryStore;
class SessionLogReader;

// Everything about one device: who and where it is, its live state and how fresh that is, health charts with the
// alert thresholds, disks with their trend, patches, SMART, backups (with "restore test done"), its open alerts
// and remote sessions. Reads the stores when a device is shown; polls of that device update it live.
class DevicePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicePage)

public:
    // Last good data older than this is marked stale: five polls at the default one-minute interval.
    static constexpr qint64 staleAfterSeconds = 300;

    DevicePage(Database &database, InventoryStore &inventory, DeviceStateStore &states, const Clock &clock,
               const QString &technician, QWidget *parent = nullptr);
    ~DevicePage() override;

    // Reads the device and everything shown about it; false (and an error shown) when the device is unknown.
    bool showDevice(qint64 deviceId);
    qint64 deviceId() const;
    // Reads the current device again.
    void reload();

    HealthChartQuery::Range range() const;
    void setRange(HealthChartQuery::Range range);

    // A poll from the poller; only polls of the shown device change the page (gathered for a moment).
    void applyPoll(qint64 deviceId, const DeviceSnapshot &snapshot);

    // Asks for the note of a restore test (job given); empty optional: cancelled. A dialog unless a test sets one.
    using NotePrompt = std::function<std::optional<QString>(const QString &job)>;
    void setRestoreNotePrompt(NotePrompt prompt);
    // Records a restore test of the selected backup job (asking for the note); false when nothing was recorded.
    bool recordRestoreTestForSelection();

Q_SIGNALS:
    void backRequested();

private:
    void buildCharts(QWidget *parent);
    void showIdentity();
    void showLiveState();
    void refreshCharts();
    void showDisks();
    void showBackups();
    void showAlerts();
    void showSessions();
    void showError(const QString &message);
    void loadThresholds();
    void showPendingPolls();

    Database &m_database;
    InventoryStore &m_inventory;
    DeviceStateStore &m_states;
    const Clock &m_clock;
    QString m_technician;
    std::unique_ptr<HealthChartQuery> m_history;
    std::unique_ptr<BackupStore> m_backups;
    std::unique_ptr<AlertStore> m_alerts;
    std::unique_ptr<AlertRuleStore> m_rules;
    std::unique_ptr<SessionLogReader> m_sessions;
    NotePrompt m_notePrompt;

    Device m_device;
    QString m_clientName;
    QString m_siteName;
    std::optional<DeviceState> m_state;
    QList<DeviceSnapshot> m_pendingPolls;
    HealthChartQuery::Range m_range = HealthChartQuery::Range::Day;
    struct Thresholds
    {
        std::optional<double> warning;
        std::optional<double> critical;
    };
    Thresholds m_cpuThresholds;
    Thresholds m_memoryThresholds;
    Thresholds m_diskThresholds;
    double m_backupStaleHours = 26;

    QTimer *m_pollTimer = nullptr;
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_liveState = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_identity = nullptr;
    QButtonGroup *m_rangeButtons = nullptr;
    HealthChart *m_cpuChart = nullptr;
    HealthChart *m_memoryChart = nullptr;
    HealthChart *m_diskChart = nullptr;
    QTableWidget *m_disks = nullptr;
    QLabel *m_patches = nullptr;
    QTableWidget *m_smart = nullptr;
    QTableWidget *m_backupTable = nullptr;
    QPushButton *m_restoreTest = nullptr;
    QTableWidget *m_alertTable = nullptr;
    QTableWidget *m_sessionTable = nullptr;
};

} // namespace Vigil
