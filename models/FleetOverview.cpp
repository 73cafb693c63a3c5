// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetOverview.h"

#include "Database.h"
#include "NaturalOrder.h"
#include "SqlValues.h"
#include "TicketStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Vigil {

void ClientHealth::add(const ClientHealth &o)
{
    devices += o.devices;
    online += o.online;
    stale += o.stale;
    offline += o.offline;
    unmonitored += o.unmonitored;
    criticalAlerts += o.criticalAlerts;
    warningAlerts += o.warningAlerts;
    infoAlerts += o.infoAlerts;
    backupsFailing += o.backupsFailing;
    backupsStale += o.backupsStale;
    rebootRequired += o.rebootRequired;
    securityUpdates += o.securityUpdates;
    smartWarnings += o.smartWarnings;
    slaAtRisk += o.slaAtRisk;
    slaBreached += o.slaBreached;
}

FleetOverview::FleetOverview(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

FleetOverview::~FleetOverview() = default;

DeviceStatus FleetOverview::statusFor(bool monitored, const QDateTime &polledAt, bool reachable, const QDateTime &now)
{
    if (!monitored) {
        return DeviceStatus::Unmonitored;
    }
    if (polledAt.isValid() && !reachable) {
        return DeviceStatus::Offline;
    }
    if (!polledAt.isValid() || polledAt.secsTo(now) > staleAfterSeconds) {
        return DeviceStatus::Stale;
    }
    return DeviceStatus::Online;
}

Result<QHash<qint64, DeviceHealth>> FleetOverview::devices() const
{
    return devices(m_clock.now());
}

Result<QHash<qint64, DeviceHealth>> FleetOverview::devices(const QDateTime &now) const
{
    QHash<qint64, DeviceHealth> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The snapshot's flags are read by SQLite in one json_extract (one parse of the snapshot per device; a call per
    // flag parses it again each time) as a small JSON array: [rebootRequired, securityUpdates, smart].
    q.prepare(QStringLiteral(
        "SELECT d.id, d.client_id, d.exporter_url <> '', s.polled_at, s.last_ok_at, coalesce(s.reachable, 0), "
        "json_extract(s.snapshot, '$.rebootRequired', '$.securityUpdates', '$.smart'), "
        "(SELECT count(*) FROM backups b WHERE b.device_id = d.id AND b.last_run_ok = 0), "
        "(SELECT count(*) FROM backups b WHERE b.device_id = d.id "
        "  AND (b.last_success_at IS NULL OR b.last_success_at < ?)) "
        "FROM devices d LEFT JOIN device_state s ON s.device_id = d.id"));
    q.addBindValue(now.toSecsSinceEpoch() - backupStaleAfterSeconds);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the fleet's state"));
    }
    while (q.next()) {
        DeviceHealth health;
        health.deviceId = q.value(0).toLongLong();
        health.clientId = q.value(1).toLongLong();
        health.lastOkAt = fromEpoch(q.value(4));
        health.status = statusFor(q.value(2).toBool(), fromEpoch(q.value(3)), q.value(5).toBool(), now);
        const QByteArray flagsText = q.value(6).toByteArray();
        if (!flagsText.isEmpty()) {
            const QJsonArray flags = QJsonDocument::fromJson(flagsText).array();
            if (flags.at(0).toBool(false)) {
                health.conditions |= DeviceCondition::RebootRequired;
            }
            if (flags.at(1).toInt(0) > 0) {
                health.conditions |= DeviceCondition::SecurityUpdates;
            }
            const QJsonArray smart = flags.at(2).toArray();
            const bool warning = std::any_of(smart.begin(), smart.end(), [](const QJsonValue &drive) {
                const QJsonObject d = drive.toObject();
                return d.value(QLatin1String("healthy")).toBool(true) == false
                       || d.value(QLatin1String("reallocatedSectors")).toDouble(0) > 0
                       || d.value(QLatin1String("pendingSectors")).toDouble(0) > 0;
            });
            if (warning) {
                health.conditions |= DeviceCondition::SmartWarning;
            }
        }
        if (q.value(7).toInt() > 0) {
            health.conditions |= DeviceCondition::BackupFailing;
        }
        if (q.value(8).toInt() > 0) {
            health.conditions |= DeviceCondition::BackupStale;
        }
        result.insert(health.deviceId, health);
    }

    QSqlQuery alerts(m_db.connection());
    alerts.setForwardOnly(true);
    if (!alerts.exec(
            QStringLiteral("SELECT device_id, severity FROM alerts WHERE state IN ('open', 'acknowledged', 'snoozed') "
                           "GROUP BY device_id, severity"))) {
        return m_db.queryError(alerts, tr("reading the fleet's alerts"));
    }
    while (alerts.next()) {
        const auto severity = alertSeverityFromId(alerts.value(1).toString());
        auto it = result.find(alerts.value(0).toLongLong());
        if (severity && it != result.end() && (!it->worstAlert || *it->worstAlert < *severity)) {
            it->worstAlert = severity;
        }
    }
    return result;
}

Result<FleetHealth> FleetOverview::compute() const
{
    const QDateTime now = m_clock.now();
    FleetHealth fleet;
    fleet.computedAt = now;

    QHash<qint64, qsizetype> rowOf;
    QSqlQuery clients(m_db.connection());
    clients.setForwardOnly(true);
    if (!clients.exec(QStringLiteral("SELECT id, name FROM clients"))) {
        return m_db.queryError(clients, tr("reading the clients"));
    }
    while (clients.next()) {
        ClientHealth client;
        client.clientId = clients.value(0).toLongLong();
        client.clientName = clients.value(1).toString();
        fleet.clients.append(client);
    }
    std::sort(fleet.clients.begin(), fleet.clients.end(), [](const ClientHealth &a, const ClientHealth &b) {
        return naturalCompare(a.clientName, b.clientName) < 0;
    });
    for (qsizetype i = 0; i < fleet.clients.size(); ++i) {
        rowOf.insert(fleet.clients.at(i).clientId, i);
    }

    auto devices = this->devices(now);
    if (!devices) {
        return devices.error();
    }
    for (const DeviceHealth &device : std::as_const(devices.value())) {
        const auto row = rowOf.constFind(device.clientId);
        if (row == rowOf.cend()) {
            continue;
        }
        ClientHealth &client = fleet.clients[*row];
        ++client.devices;
        switch (device.status) {
        case DeviceStatus::Unmonitored:
            ++client.unmonitored;
            break;
        case DeviceStatus::Online:
            ++client.online;
            break;
        case DeviceStatus::Stale:
            ++client.stale;
            break;
        case DeviceStatus::Offline:
            ++client.offline;
            break;
        }
        client.backupsFailing += device.conditions.testFlag(DeviceCondition::BackupFailing) ? 1 : 0;
        client.backupsStale += device.conditions.testFlag(DeviceCondition::BackupStale) ? 1 : 0;
        client.rebootRequired += device.conditions.testFlag(DeviceCondition::RebootRequired) ? 1 : 0;
        client.securityUpdates += device.conditions.testFlag(DeviceCondition::SecurityUpdates) ? 1 : 0;
        client.smartWarnings += device.conditions.testFlag(DeviceCondition::SmartWarning) ? 1 : 0;
    }

    QSqlQuery alerts(m_db.connection());
    alerts.setForwardOnly(true);
    if (!alerts.exec(
            QStringLiteral("SELECT d.client_id, a.severity, count(*) FROM alerts a "
                           "JOIN devices d ON d.id = a.device_id WHERE a.state IN ('open', 'acknowledged', 'snoozed') "
                           "GROUP BY d.client_id, a.severity"))) {
        return m_db.queryError(alerts, tr("counting the fleet's alerts"));
    }
    while (alerts.next()) {
        const auto row = rowOf.constFind(alerts.value(0).toLongLong());
        const auto severity = alertSeverityFromId(alerts.value(1).toString());
        if (row == rowOf.cend() || !severity) {
            continue;
        }
        ClientHealth &client = fleet.clients[*row];
        const int count = alerts.value(2).toInt();
        switch (*severity) {
        case AlertSeverity::Critical:
            client.criticalAlerts += count;
            break;
        case AlertSeverity::Warning:
            client.warningAlerts += count;
            break;
        case AlertSeverity::Info:
            client.infoAlerts += count;
            break;
        }
    }

    // Active tickets are few (tens, not thousands), and their clocks need the business calendar: the store reads them.
    TicketStore tickets(m_db);
    auto active = tickets.list(TicketFilter{}, now);
    if (!active) {
        return active.error();
    }
    for (const Ticket &ticket : std::as_const(active.value())) {
        const auto row = rowOf.constFind(ticket.clientId);
        if (row == rowOf.cend()) {
            continue;
        }
        const SlaState state = ticket.currentSla().state;
        fleet.clients[*row].slaAtRisk += state == SlaState::AtRisk ? 1 : 0;
        fleet.clients[*row].slaBreached += state == SlaState::Breached ? 1 : 0;
    }

    for (const ClientHealth &client : std::as_const(fleet.clients)) {
        fleet.total.add(client);
    }
    fleet.total.clientName = tr("All clients");
    return fleet;
}

} // namespace Vigil
