// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketStore.h"

#include "AlertStore.h"
#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace Vigil {

TicketStore::TicketStore(Database &database)
    : m_db(database)
{
}

Priority TicketStore::priorityForSeverity(const QString &severityId)
{
    const std::optional<AlertSeverity> severity = alertSeverityFromId(severityId);
    if (severity == AlertSeverity::Critical) {
        return Priority::Critical;
    }
    return severity == AlertSeverity::Warning ? Priority::Normal : Priority::Low;
}

Result<qint64> TicketStore::createFromAlert(qint64 alertId, const QString &who, const QDateTime &now)
{
    AlertStore alerts(m_db);
    qint64 ticketId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        const Result<Alert> alert = alerts.alert(alertId);
        if (!alert) {
            return alert.error();
        }
        if (alert->ticketId) {
            ticketId = *alert->ticketId;
            return {};
        }
        QSqlQuery device(m_db.connection());
        device.prepare(QStringLiteral("SELECT d.client_id, d.site_id, d.name FROM devices d WHERE d.id = ?"));
        device.addBindValue(alert->deviceId);
        if (!device.exec() || !device.next()) {
            return Error{ErrorCode::NotFound, tr("the alert's device no longer exists"), tr("alert %1").arg(alertId)};
        }
        const QString deviceName = device.value(2).toString();
        const Result<QList<AlertEvent>> history = alerts.events(alertId);
        if (!history) {
            return history.error();
        }
        QStringList lines;
        lines.append(tr("Escalated from alert #%1 (%2, %3) on %4.")
                         .arg(alertId)
                         .arg(alertSeverityDisplayName(alert->severity), alert->rule, deviceName));
        for (const AlertEvent &event : history.value()) {
            lines.append(QStringLiteral("%1  %2  %3  %4")
                             .arg(event.at.toUTC().toString(Qt::ISODate), event.actor, event.kind, event.note)
                             .trimmed());
        }
        const QString title = QStringLiteral("%1: %2").arg(deviceName, alert->summary);

        QSqlQuery insert(m_db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO tickets (client_id, site_id, device_id, title, description, "
                           "priority, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?)"));
        insert.addBindValue(device.value(0));
        insert.addBindValue(device.value(1));
        insert.addBindValue(alert->deviceId);
        insert.addBindValue(title);
        insert.addBindValue(alert->summary);
        insert.addBindValue(priorityId(priorityForSeverity(alertSeverityId(alert->severity))));
        insert.addBindValue(toEpoch(now));
        insert.addBindValue(toEpoch(now));
        if (!insert.exec()) {
            return m_db.queryError(insert, tr("creating a ticket"));
        }
        ticketId = insert.lastInsertId().toLongLong();
        QSqlQuery note(m_db.connection());
        note.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor, kind, body, client_visible) "
                                    "VALUES (?, ?, ?, 'note', ?, 0)"));
        note.addBindValue(ticketId);
        note.addBindValue(toEpoch(now));
        note.addBindValue(who);
        note.addBindValue(lines.join(u'\n'));
        if (!note.exec()) {
            return m_db.queryError(note, tr("creating a ticket"));
        }
        return alerts.linkTicket(alertId, ticketId, who, now);
    });
    if (!status) {
        return status.error();
    }
    return ticketId;
}

} // namespace Vigil
