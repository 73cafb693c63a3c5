// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertCategory.h"
#include "AlertSeverity.h"
#include "Priority.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Vigil {

// One client's month as the store recorded it: every figure comes from stored events in [start, end) of the
// client's time zone. A section or figure the store holds nothing for is empty (std::nullopt), never zero, so a
// month without data says so. ReportBuilder fills it; docs/reports.md defines each figure and its source.
struct ClientReport
{
    struct Count
    {
        QString id; // stable: the kind's id, the OS as reported
        QString label;
        int count = 0;
    };

    struct DeviceUptime
    {
        QString device;
        std::optional<double> percent; // share of polls answered; empty: never polled in the month
        double coveragePercent = 0;    // share of the month's hours with at least one poll
        qint64 polls = 0;
    };

    struct DevicePatches
    {
        QString device;
        std::optional<int> pending;  // at the last poll of the month
        std::optional<int> security; // at the last poll of the month
        std::optional<bool> reboot;  // at the last poll of the month
        std::optional<int> applied;  // drops in the pending count over the month; empty without history
        QDateTime asOf;              // the poll the month-end figures come from
    };

    struct Patching
    {
        QList<DevicePatches> devices; // devices with patch data only
        int devicesWithoutData = 0;
        int devicesCurrent = 0;            // nothing pending and no reboot needed
        std::optional<int> updatesApplied; // empty: no device has a pending-count history in the month
        int securityOutstanding = 0;       // security updates pending at month end, all devices
        int devicesWithSecurityOutstanding = 0;
        int devicesNeedingReboot = 0;
    };

    struct BackupJob
    {
        QString device;
        QString job;
        QDateTime lastSuccess; // the latest success known; may be after the month
        std::optional<bool> lastRunOk;
        QDateTime lastRestoreTest;  // the last verified restore test up to month end; empty: none recorded
        QString restoreTestedBy;    // empty when the endpoint reported the test rather than a technician
        QDateTime laterRestoreTest; // a test recorded after month end, which replaced any earlier one
    };

    struct Backups
    {
        QList<BackupJob> jobs;
        int failedRunAlerts = 0;                 // "last backup run failed" alerts opened in the month
        QStringList devicesWithoutRecentSuccess; // a "no good backup for 26 h" alert open at month end
    };

    struct AlertCounts
    {
        int opened = 0;
        int acknowledged = 0;
        int resolved = 0;
    };

    struct Alerts
    {
        std::array<AlertCounts, allAlertSeverities.size()> bySeverity{};
        std::array<AlertCounts, allAlertCategories.size()> byCategory{};
        AlertCounts total;
        int resolvedAutomatically = 0;                  // resolved by the system when the condition cleared
        std::optional<qint64> meanSecondsToAcknowledge; // over alerts first acknowledged in the month
        std::optional<qint64> meanSecondsToResolve;     // over alerts resolved in the month
    };

    struct TicketCounts
    {
        int opened = 0;
        int closed = 0;
    };

    struct Tickets
    {
        std::array<TicketCounts, allPriorities.size()> byPriority{};
        TicketCounts total;
        std::optional<qint64> meanSecondsToFirstResponse; // tickets first answered in the month
        std::optional<qint64> meanSecondsToResolve;       // tickets resolved or closed in the month
        int responseMet = 0; // SLA clocks of tickets opened in the month, read at month end
        int responseBreached = 0;
        int resolutionMet = 0;
        int resolutionBreached = 0;
        int stillRunning = 0; // opened in the month, not resolved by month end and not (yet) breached
    };

    struct DiskRow
    {
        QString device;
        QString mount;
        double lastPercent = 0; // the last value of the month
        double peakPercent = 0;
    };

    struct SmartRow
    {
        QString device;
        QString disk;
        QString summary;
        QDateTime firstSeen;
    };

    struct Disks
    {
        QList<DiskRow> over80; // mounts whose peak in the month reached 80 %
        int devicesOver80AtEnd = 0;
        QList<SmartRow> smartWarnings; // SMART alerts opened in the month
    };

    struct Sessions
    {
        int count = 0;
        qint64 totalSeconds = 0; // sessions that ended
        int withoutEnd = 0;      // still open or ended without a record
    };

    QString clientName;
    QDate month; // the first day
    QTimeZone timeZone;
    QDateTime start; // UTC instants of the client's local month
    QDateTime end;
    QDateTime generatedAt;
    bool monthComplete = true; // false while the month is still running: figures stop at generatedAt

    int deviceCount = 0;
    QList<Count> devicesByKind;
    QList<Count> devicesByOs;

    QList<DeviceUptime> uptime;
    std::optional<double> fleetUptimePercent; // the mean of the devices with data

    std::optional<Patching> patching;
    std::optional<Backups> backups;
    std::optional<Alerts> alerts;
    std::optional<Tickets> tickets;
    std::optional<Disks> disks;
    std::optional<Sessions> sessions;

    QStringList summary; // plain sentences for the top of the report

    bool hasAnyData() const;
};

} // namespace Vigil
