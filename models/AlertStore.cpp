// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "TicketStore.h"

#include <QSqlQuery>
#include <QStringList>

namespace Vigil {

namespace {

const QString kAlertColumns = QStringLiteral(
    "a.id, a.device_id, a.rule, a.subject, a.severity, a.state, a.category, a.summary, a.first_seen, a.last_seen, "
    "a.occurrences, a.acknowledged_by, a.acknowledged_at, a.ack_note, a.snoozed_until, a.resolved_at, "
    "a.resolved_by, a.ticket_id");
constexpr int kAlertColumnCount = 18;

Alert alertFrom(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.deviceId = q.value(1).toLongLong();
    a.rule = q.value(2).toString();
    a.subject = q.value(3).toString();
    a.severity = alertSeverityFromId(q.value(4).toString()).value_or(AlertSeverity::Warning);
    a.state = alertStateFromId(q.value(5).toString()).value_or(AlertState::Open);
    a.category = alertCategoryFromId(q.value(6).toString()).value_or(AlertCategory::Other);
    a.summary = q.value(7).toString();
    a.firstSeen = fromEpoch(q.value(8));
    a.lastSeen = fromEpoch(q.value(9));
    a.occurrences = q.value(10).toInt();
    a.acknowledgedBy = q.value(11).toString();
    a.acknowledgedAt = fromEpoch(q.value(12));
    a.ackNote = q.value(13).toString();
    a.snoozedUntil = fromEpoch(q.value(14));
    a.resolvedAt = fromEpoch(q.value(15));
    a.resolvedBy = q.value(16).toString();
    if (!q.value(17).isNull()) {
        a.ticketId = q.value(17).toLongLong();
    }
    return a;
}

// Ids are integers, so a literal list is safe and lets SQLite use the index for any number of devices.
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids) {
        parts.append(QString::number(id));
    }
    return parts.join(u',');
}

QVariant nullableDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

AlertStore::AlertStore(Database &database)
    : m_db(database)
{
}

Result<QHash<qint64, AlertStore::DeviceContext>> AlertStore::contexts(const QList<qint64> &deviceIds,
                                                                      const QDateTime &now) const
{
    QHash<qint64, DeviceContext> result;
    if (deviceIds.isEmpty()) {
        return result;
    }
    const QString ids = idList(deviceIds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, client_id, site_id FROM devices WHERE id IN (%1)").arg(ids))) {
        return m_db.queryError(q, tr("reading devices for the rules"));
    }
    while (q.next()) {
        DeviceContext c;
        c.deviceId = q.value(0).toLongLong();
        c.clientId = q.value(1).toLongLong();
        c.siteId = q.value(2).toLongLong();
        result.insert(c.deviceId, c);
    }
    if (!q.exec(QStringLiteral("SELECT device_id, rule, subject, since, count, baseline FROM alert_conditions "
                               "WHERE device_id IN (%1)")
                    .arg(ids))) {
        return m_db.queryError(q, tr("reading rule conditions"));
    }
    while (q.next()) {
        const auto it = result.find(q.value(0).toLongLong());
        if (it == result.end()) {
            continue;
        }
        ConditionState c;
        c.rule = q.value(1).toString();
        c.subject = q.value(2).toString();
        c.since = fromEpoch(q.value(3));
        c.count = q.value(4).toInt();
        if (!q.value(5).isNull()) {
            c.baseline = q.value(5).toDouble();
        }
        it->conditions.append(c);
    }
    if (!q.prepare(QStringLiteral("SELECT %1 FROM alerts a WHERE a.device_id IN (%2) AND (a.state <> 'resolved' "
                                  "OR (a.resolved_by = 'system' AND a.resolved_at >= ?))")
                       .arg(kAlertColumns, ids))) {
        return m_db.queryError(q, tr("reading alerts"));
    }
    q.addBindValue(now.toSecsSinceEpoch() - RuleEngine::recurWithinSeconds);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading alerts"));
    }
    while (q.next()) {
        Alert a = alertFrom(q);
        const auto it = result.find(a.deviceId);
        if (it != result.end()) {
            it->alerts.append(std::move(a));
        }
    }
    if (!q.prepare(QStringLiteral("SELECT device_id, site_id FROM maintenance_windows WHERE starts_at <= ? AND "
                                  "ends_at > ?"))) {
        return m_db.queryError(q, tr("reading maintenance windows"));
    }
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(now.toSecsSinceEpoch());
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading maintenance windows"));
    }
    QSet<qint64> devicesInWindow;
    QSet<qint64> sitesInWindow;
    while (q.next()) {
        if (!q.value(0).isNull()) {
            devicesInWindow.insert(q.value(0).toLongLong());
        } else {
            sitesInWindow.insert(q.value(1).toLongLong());
        }
    }
    if (!devicesInWindow.isEmpty() || !sitesInWindow.isEmpty()) {
        for (DeviceContext &c : result) {
            c.inMaintenance = devicesInWindow.contains(c.deviceId) || sitesInWindow.contains(c.siteId);
        }
    }
    if (!q.exec(QStringLiteral("SELECT device_id, job, last_restore_test_at, first_seen_at FROM backups "
                               "WHERE device_id IN (%1)")
                    .arg(ids))) {
        return m_db.queryError(q, tr("reading restore tests"));
    }
    while (q.next()) {
        const auto it = result.find(q.value(0).toLongLong());
        if (it == result.end()) {
            continue;
        }
        if (!q.value(2).isNull()) {
            it->restoreTests.insert(q.value(1).toString(), fromEpoch(q.value(2)));
        }
        if (!q.value(3).isNull()) {
            it->backupFirstSeen.insert(q.value(1).toString(), fromEpoch(q.value(3)));
        }
    }
    return result;
}

Result<QList<qint64>> AlertStore::apply(const QHash<qint64, RuleEngine::Outcome> &outcomes, const QDateTime &now)
{
    QList<qint64> raised;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery clearConditions(m_db.connection());
        clearConditions.prepare(QStringLiteral("DELETE FROM alert_conditions WHERE device_id = ?"));
        QSqlQuery insertCondition(m_db.connection());
        insertCondition.prepare(QStringLiteral("INSERT INTO alert_conditions (device_id, rule, subject, since, count, "
                                               "baseline) VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery open(m_db.connection());
        open.prepare(QStringLiteral("INSERT INTO alerts (device_id, rule, subject, severity, state, category, summary, "
                                    "first_seen, last_seen, occurrences) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, 1)"));
        QSqlQuery recur(m_db.connection());
        recur.prepare(QStringLiteral(
            "UPDATE alerts SET state = 'open', severity = ?, summary = ?, last_seen = ?, occurrences = occurrences + "
            "1, "
            "resolved_at = NULL, resolved_by = NULL, acknowledged_by = NULL, acknowledged_at = NULL, ack_note = NULL, "
            "snoozed_until = NULL WHERE id = ? AND state = 'resolved'"));
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral(
            "UPDATE alerts SET last_seen = ?, summary = ?, severity = ?, "
            "state = CASE WHEN ? THEN 'open' ELSE state END, "
            "snoozed_until = CASE WHEN ? THEN NULL ELSE snoozed_until END WHERE id = ? AND state <> 'resolved'"));
        TicketStore tickets(m_db);
        QSqlQuery resolve(m_db.connection());
        resolve.prepare(QStringLiteral("UPDATE alerts SET state = 'resolved', resolved_at = ?, resolved_by = 'system', "
                                       "snoozed_until = NULL WHERE id = ? AND state <> 'resolved'"));

        QList<qint64> seen;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
            const qint64 deviceId = it.key();
            const RuleEngine::Outcome &outcome = it.value();
            if (outcome.conditionsChanged) {
                clearConditions.addBindValue(deviceId);
                if (!clearConditions.exec()) {
                    return m_db.queryError(clearConditions, tr("saving rule conditions"));
                }
                for (const ConditionState &c : outcome.conditions) {
                    insertCondition.addBindValue(deviceId);
                    insertCondition.addBindValue(c.rule);
                    insertCondition.addBindValue(toText(c.subject));
                    insertCondition.addBindValue(toEpoch(c.since));
                    insertCondition.addBindValue(c.count);
                    insertCondition.addBindValue(nullableDouble(c.baseline));
                    if (!insertCondition.exec()) {
                        return m_db.queryError(insertCondition, tr("saving rule conditions"));
                    }
                }
            }
            for (const AlertChange &change : outcome.changes) {
                switch (change.kind) {
                case AlertChange::Kind::Open: {
                    open.addBindValue(deviceId);
                    open.addBindValue(change.rule);
                    open.addBindValue(toText(change.subject));
                    open.addBindValue(alertSeverityId(change.severity));
                    open.addBindValue(alertCategoryId(change.category));
                    open.addBindValue(toText(change.summary));
                    open.addBindValue(toEpoch(now));
                    open.addBindValue(toEpoch(now));
                    if (!open.exec()) {
                        return m_db.queryError(open, tr("opening an alert"));
                    }
                    const qint64 id = open.lastInsertId().toLongLong();
                    raised.append(id);
                    if (Status s = addEvent(id, now, systemActor, QStringLiteral("opened"), change.summary); !s) {
                        return s;
                    }
                    break;
                }
                case AlertChange::Kind::Recur:
                    recur.addBindValue(alertSeverityId(change.severity));
                    recur.addBindValue(toText(change.summary));
                    recur.addBindValue(toEpoch(now));
                    recur.addBindValue(change.alertId);
                    if (!recur.exec()) {
                        return m_db.queryError(recur, tr("reopening an alert"));
                    }
                    if (recur.numRowsAffected() == 1) {
                        raised.append(change.alertId);
                        if (Status s =
                                addEvent(change.alertId, now, systemActor, QStringLiteral("recurred"), change.summary);
                            !s) {
                            return s;
                        }
                    }
                    break;
                case AlertChange::Kind::Update: {
                    if (change.seenOnly) {
                        seen.append(change.alertId);
                        break;
                    }
                    const bool reopen = change.severityRose();
                    update.addBindValue(toEpoch(now));
                    update.addBindValue(toText(change.summary));
                    update.addBindValue(alertSeverityId(change.severity));
                    update.addBindValue(reopen);
                    update.addBindValue(reopen);
                    update.addBindValue(change.alertId);
                    if (!update.exec()) {
                        return m_db.queryError(update, tr("updating an alert"));
                    }
                    if (change.severityChanged() && update.numRowsAffected() == 1) {
                        const QString note = tr("%1 → %2: %3")
                                                 .arg(alertSeverityDisplayName(change.previousSeverity),
                                                      alertSeverityDisplayName(change.severity), change.summary);
                        if (Status s = addEvent(change.alertId, now, systemActor, QStringLiteral("severity"), note);
                            !s) {
                            return s;
                        }
                        if (reopen) {
                            raised.append(change.alertId);
                        }
                    }
                    break;
                }
                case AlertChange::Kind::Resolve:
                    resolve.addBindValue(toEpoch(now));
                    resolve.addBindValue(change.alertId);
                    if (!resolve.exec()) {
                        return m_db.queryError(resolve, tr("resolving an alert"));
                    }
                    if (resolve.numRowsAffected() == 1) {
                        const QString note = tr("Condition cleared: %1").arg(change.summary);
                        if (Status s = addEvent(change.alertId, now, systemActor, QStringLiteral("resolved"), note);
                            !s) {
                            return s;
                        }
                        if (Status s = tickets.noteAlertResolved(change.alertId, change.summary, now); !s) {
                            return s;
                        }
                    }
                    break;
                }
            }
        }
        if (!seen.isEmpty()) {
            QSqlQuery touch(m_db.connection());
            if (!touch.exec(QStringLiteral("UPDATE alerts SET last_seen = %1 WHERE state <> 'resolved' AND id IN (%2)")
                                .arg(now.toSecsSinceEpoch())
                                .arg(idList(seen)))) {
                return m_db.queryError(touch, tr("updating alerts"));
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return raised;
}

Status AlertStore::addEvent(qint64 alertId, const QDateTime &at, const QString &actor, const QString &kind,
                            const QString &note)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO alert_events (alert_id, at, actor, kind, note) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(alertId);
    q.addBindValue(toEpoch(at));
    q.addBindValue(actor);
    q.addBindValue(kind);
    q.addBindValue(toText(note));
    if (!q.exec()) {
        return m_db.queryError(q, tr("recording an alert event"));
    }
    return {};
}

Status AlertStore::change(const QList<qint64> &ids, const QString &what,
                          const std::function<Status(const Alert &)> &each)
{
    if (ids.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("no alert selected"), what};
    }
    return m_db.transaction([&]() -> Status {
        for (const qint64 id : ids) {
            const Result<Alert> current = alert(id);
            if (!current) {
                return current.error();
            }
            if (current->isResolved()) {
                return Error{ErrorCode::Conflict, tr("alert %1 is already resolved").arg(id), what};
            }
            if (Status s = each(*current); !s) {
                return s;
            }
        }
        return {};
    });
}

Status AlertStore::acknowledge(const QList<qint64> &ids, const QString &who, const QString &note, const QDateTime &now)
{
    return change(ids, tr("acknowledging"), [&](const Alert &a) -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE alerts SET state = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?, "
                                 "ack_note = ?, snoozed_until = NULL WHERE id = ?"));
        q.addBindValue(who);
        q.addBindValue(toEpoch(now));
        q.addBindValue(toText(note));
        q.addBindValue(a.id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("acknowledging an alert"));
        }
        return addEvent(a.id, now, who, QStringLiteral("acknowledged"), note);
    });
}

Status AlertStore::resolve(const QList<qint64> &ids, const QString &who, const QString &note, const QDateTime &now)
{
    return change(ids, tr("resolving"), [&](const Alert &a) -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE alerts SET state = 'resolved', resolved_at = ?, resolved_by = ?, "
                                 "snoozed_until = NULL WHERE id = ?"));
        q.addBindValue(toEpoch(now));
        q.addBindValue(who);
        q.addBindValue(a.id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("resolving an alert"));
        }
        // The rule starts over: "for" durations count again and growth rules take today's value as the baseline.
        QSqlQuery forget(m_db.connection());
        forget.prepare(QStringLiteral("DELETE FROM alert_conditions WHERE device_id = ? AND rule = ? AND subject = ?"));
        forget.addBindValue(a.deviceId);
        forget.addBindValue(a.rule);
        forget.addBindValue(toText(a.subject));
        if (!forget.exec()) {
            return m_db.queryError(forget, tr("resolving an alert"));
        }
        return addEvent(a.id, now, who, QStringLiteral("resolved"), note);
    });
}

Status AlertStore::snooze(const QList<qint64> &ids, const QString &who, const QDateTime &until, const QString &note,
                          const QDateTime &now)
{
    if (!until.isValid() || until <= now) {
        return Error{ErrorCode::InvalidInput, tr("a snooze must end in the future"), tr("snoozing")};
    }
    return change(ids, tr("snoozing"), [&](const Alert &a) -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE alerts SET state = 'snoozed', snoozed_until = ? WHERE id = ?"));
        q.addBindValue(toEpoch(until));
        q.addBindValue(a.id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("snoozing an alert"));
        }
        const QString text = tr("until %1").arg(until.toUTC().toString(Qt::ISODate))
                             + (note.isEmpty() ? QString() : QStringLiteral(": ") + note);
        return addEvent(a.id, now, who, QStringLiteral("snoozed"), text);
    });
}

Status AlertStore::categorise(const QList<qint64> &ids, AlertCategory category, const QString &who,
                              const QDateTime &now)
{
    return change(ids, tr("categorising"), [&](const Alert &a) -> Status {
        if (a.category == category) {
            return {};
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE alerts SET category = ? WHERE id = ?"));
        q.addBindValue(alertCategoryId(category));
        q.addBindValue(a.id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("categorising an alert"));
        }
        return addEvent(a.id, now, who, QStringLiteral("categorised"),
                        tr("%1 → %2").arg(alertCategoryDisplayName(a.category), alertCategoryDisplayName(category)));
    });
}

Status AlertStore::addNote(qint64 id, const QString &who, const QString &note, const QDateTime &now)
{
    if (note.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("the note is empty"), tr("alert %1").arg(id)};
    }
    return m_db.transaction([&]() -> Status {
        if (const Result<Alert> a = alert(id); !a) {
            return a.error();
        }
        return addEvent(id, now, who, QStringLiteral("note"), note);
    });
}

Status AlertStore::linkTicket(qint64 id, qint64 ticketId, const QString &who, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        if (const Result<Alert> a = alert(id); !a) {
            return a.error();
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE alerts SET ticket_id = ? WHERE id = ?"));
        q.addBindValue(ticketId);
        q.addBindValue(id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("linking an alert to a ticket"));
        }
        QSqlQuery link(m_db.connection());
        link.prepare(QStringLiteral("INSERT OR IGNORE INTO ticket_alerts (ticket_id, alert_id) VALUES (?, ?)"));
        link.addBindValue(ticketId);
        link.addBindValue(id);
        if (!link.exec()) {
            return m_db.queryError(link, tr("linking an alert to a ticket"));
        }
        return addEvent(id, now, who, QStringLiteral("escalated"), tr("ticket #%1").arg(ticketId));
    });
}

Result<QList<qint64>> AlertStore::expireSnoozes(const QDateTime &now)
{
    QList<qint64> reopened;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT id, snoozed_until FROM alerts WHERE state = 'snoozed' AND snoozed_until <= ?"));
        q.addBindValue(toEpoch(now));
        if (!q.exec()) {
            return m_db.queryError(q, tr("reading snoozed alerts"));
        }
        QList<std::pair<qint64, QDateTime>> due;
        while (q.next()) {
            due.append({q.value(0).toLongLong(), fromEpoch(q.value(1))});
        }
        QSqlQuery reopen(m_db.connection());
        reopen.prepare(QStringLiteral("UPDATE alerts SET state = 'open', snoozed_until = NULL WHERE id = ?"));
        for (const auto &[id, until] : due) {
            reopen.addBindValue(id);
            if (!reopen.exec()) {
                return m_db.queryError(reopen, tr("ending a snooze"));
            }
            // The event carries the snooze's end, not the sweep's time, so the history reads true.
            if (Status s = addEvent(id, until, systemActor, QStringLiteral("snooze_ended"),
                                    tr("Snooze ended; the condition still holds"));
                !s) {
                return s;
            }
            reopened.append(id);
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return reopened;
}

Result<Alert> AlertStore::alert(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM alerts a WHERE a.id = ?").arg(kAlertColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading an alert"));
    }
    if (!q.next()) {
        return Error{ErrorCode::NotFound, tr("there is no alert %1").arg(id), {}};
    }
    return alertFrom(q);
}

Result<QList<AlertEvent>> AlertStore::events(qint64 alertId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, alert_id, at, actor, kind, note FROM alert_events WHERE alert_id = ? "
                             "ORDER BY at, id"));
    q.addBindValue(alertId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading an alert's history"));
    }
    QList<AlertEvent> events;
    while (q.next()) {
        events.append({q.value(0).toLongLong(), q.value(1).toLongLong(), fromEpoch(q.value(2)), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString()});
    }
    return events;
}

Result<QList<AlertQueueRow>> AlertStore::queue(const Query &query) const
{
    QStringList where;
    QVariantList bindings;
    if (!query.states.isEmpty()) {
        QStringList states;
        for (const AlertState state : query.states) {
            states.append(QStringLiteral("'%1'").arg(alertStateId(state)));
        }
        where.append(QStringLiteral("a.state IN (%1)").arg(states.join(u',')));
    }
    if (query.since.isValid()) {
        where.append(QStringLiteral("(a.last_seen >= ? OR a.state = 'open')"));
        bindings.append(toEpoch(query.since));
    }
    if (query.clientId != 0) {
        where.append(QStringLiteral("d.client_id = ?"));
        bindings.append(query.clientId);
    }
    if (!query.ids.isEmpty()) {
        where.append(QStringLiteral("a.id IN (%1)").arg(idList(query.ids)));
    }
    const QString sql =
        QStringLiteral("SELECT %1, d.client_id, d.site_id, c.name, s.name, d.name, d.address, t.status "
                       "FROM alerts a JOIN devices d ON d.id = a.device_id JOIN clients c ON c.id = d.client_id "
                       "JOIN sites s ON s.id = d.site_id LEFT JOIN tickets t ON t.id = a.ticket_id "
                       "%2 ORDER BY a.id")
            .arg(kAlertColumns,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return m_db.queryError(q, tr("reading the alert queue"));
    }
    for (const QVariant &binding : std::as_const(bindings)) {
        q.addBindValue(binding);
    }
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the alert queue"));
    }
    QList<AlertQueueRow> rows;
    QList<qint64> ticketIds;
    while (q.next()) {
        AlertQueueRow row;
        row.alert = alertFrom(q);
        int i = kAlertColumnCount;
        row.clientId = q.value(i++).toLongLong();
        row.siteId = q.value(i++).toLongLong();
        row.clientName = q.value(i++).toString();
        row.siteName = q.value(i++).toString();
        row.deviceName = q.value(i++).toString();
        row.deviceAddress = q.value(i++).toString();
        row.ticketStatus = q.value(i++).toString();
        if (row.alert.ticketId) {
            ticketIds.append(*row.alert.ticketId);
        }
        rows.append(std::move(row));
    }
    // The ticket's SLA clock in the client's business hours, as the ticket queue shows it.
    const Result<QHash<qint64, QDateTime>> due = TicketStore(m_db).dueTimes(ticketIds);
    if (!due) {
        return due.error();
    }
    for (AlertQueueRow &row : rows) {
        if (row.alert.ticketId) {
            row.ticketDueAt = due->value(*row.alert.ticketId);
        }
    }
    return rows;
}

} // namespace Vigil
