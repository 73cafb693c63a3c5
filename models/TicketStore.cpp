// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketStore.h"

#include "AlertStore.h"
#include "Database.h"
#include "SlaClock.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace Vigil {

namespace {

// Longer than a working day in one entry is a typo more often than not.
constexpr int entryMinutesLimit = 24 * 60;

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids) {
        parts.append(QString::number(id));
    }
    return parts.join(u',');
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// Running and late first, most overdue first; then least time left; paused clocks, then finished tickets last.
int urgencyGroup(const Ticket &ticket)
{
    const SlaReading &sla = ticket.currentSla();
    if (!isTicketActive(ticket.status) || sla.stopped) {
        return 3;
    }
    if (sla.state == SlaState::Breached) {
        return 0;
    }
    return sla.paused ? 2 : 1;
}

} // namespace

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

Result<qint64> TicketStore::create(const NewTicket &ticket, const QString &who, const QDateTime &now)
{
    const QString title = ticket.title.simplified();
    if (title.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("a ticket needs a title"), {}};
    }
    qint64 ticketId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery client(m_db.connection());
        client.prepare(QStringLiteral("SELECT name FROM clients WHERE id = ?"));
        client.addBindValue(ticket.clientId);
        if (!client.exec()) {
            return m_db.queryError(client, tr("opening a ticket"));
        }
        if (!client.next()) {
            return Error{ErrorCode::NotFound, tr("unknown client"), tr("client %1").arg(ticket.clientId)};
        }
        std::optional<qint64> siteId = ticket.siteId;
        if (ticket.deviceId) {
            QSqlQuery device(m_db.connection());
            device.prepare(QStringLiteral("SELECT client_id, site_id FROM devices WHERE id = ?"));
            device.addBindValue(*ticket.deviceId);
            if (!device.exec()) {
                return m_db.queryError(device, tr("opening a ticket"));
            }
            if (!device.next()) {
                return Error{ErrorCode::NotFound, tr("unknown device"), tr("device %1").arg(*ticket.deviceId)};
            }
            if (device.value(0).toLongLong() != ticket.clientId) {
                return Error{ErrorCode::InvalidInput, tr("the device belongs to another client"),
                             tr("device %1").arg(*ticket.deviceId)};
            }
            if (!siteId) {
                siteId = optionalId(device.value(1));
            }
        }
        QSqlQuery insert(m_db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO tickets (client_id, site_id, device_id, title, description, priority, status, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?)"));
        insert.addBindValue(ticket.clientId);
        insert.addBindValue(idOrNull(siteId));
        insert.addBindValue(idOrNull(ticket.deviceId));
        insert.addBindValue(title);
        insert.addBindValue(toText(ticket.description.trimmed()));
        insert.addBindValue(priorityId(ticket.priority));
        insert.addBindValue(toEpoch(now));
        insert.addBindValue(toEpoch(now));
        if (!insert.exec()) {
            return m_db.queryError(insert, tr("opening a ticket"));
        }
        ticketId = insert.lastInsertId().toLongLong();
        return addEvent(ticketId, now, who, QStringLiteral("created"), priorityId(ticket.priority));
    });
    if (!status) {
        return status.error();
    }
    return ticketId;
}

Result<QList<Ticket>> TicketStore::list(const TicketFilter &filter, const QDateTime &now) const
{
    QStringList where;
    QVariantList values;
    QList<TicketStatus> statuses = filter.statuses;
    if (statuses.isEmpty()) {
        statuses = {TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting};
    }
    QStringList placeholders;
    for (const TicketStatus status : std::as_const(statuses)) {
        placeholders.append(QStringLiteral("?"));
        values.append(ticketStatusId(status));
    }
    where.append(QStringLiteral("t.status IN (%1)").arg(placeholders.join(u',')));
    if (filter.clientId) {
        where.append(QStringLiteral("t.client_id = ?"));
        values.append(*filter.clientId);
    }
    if (filter.assignee) {
        where.append(QStringLiteral("t.assignee = ?"));
        values.append(toText(filter.assignee->trimmed()));
    }
    Result<QList<Ticket>> tickets = load(where.join(QStringLiteral(" AND ")), values, now);
    if (!tickets) {
        return tickets;
    }
    QList<Ticket> result = std::move(tickets).value();
    if (filter.breachedOnly) {
        result.removeIf([](const Ticket &t) { return t.currentSla().state != SlaState::Breached; });
    }
    std::stable_sort(result.begin(), result.end(), &TicketStore::moreUrgent);
    return result;
}

bool TicketStore::moreUrgent(const Ticket &a, const Ticket &b)
{
    const auto key = [](const Ticket &t) {
        const int group = urgencyGroup(t);
        const qint64 left = group < 3 ? t.currentSla().remainingSeconds : 0;
        return std::make_tuple(group, left, static_cast<int>(t.priority), t.createdAt.toSecsSinceEpoch(), t.id);
    };
    return key(a) < key(b);
}

Result<QHash<qint64, QDateTime>> TicketStore::dueTimes(const QList<qint64> &ticketIds) const
{
    QHash<qint64, QDateTime> due;
    if (ticketIds.isEmpty()) {
        return due;
    }
    // Due instants do not depend on the time they are read at; the readings' states are not used here.
    const Result<QList<Ticket>> tickets = load(QStringLiteral("t.id IN (%1)").arg(idList(ticketIds)), {}, {});
    if (!tickets) {
        return tickets.error();
    }
    for (const Ticket &t : tickets.value()) {
        if (isTicketActive(t.status) && t.status != TicketStatus::Waiting) {
            due.insert(t.id, t.currentSla().dueAt);
        }
    }
    return due;
}

Result<TicketDetail> TicketStore::ticket(qint64 id, const QDateTime &now) const
{
    Result<QList<Ticket>> tickets = load(QStringLiteral("t.id = ?"), {id}, now);
    if (!tickets) {
        return tickets.error();
    }
    if (tickets->isEmpty()) {
        return Error{ErrorCode::NotFound, tr("no such ticket"), tr("ticket %1").arg(id)};
    }
    TicketDetail detail;
    detail.ticket = tickets->constFirst();

    QSqlQuery events(m_db.connection());
    events.prepare(QStringLiteral("SELECT id, at, actor, kind, body, client_visible FROM ticket_events "
                                  "WHERE ticket_id = ? ORDER BY at, id"));
    events.addBindValue(id);
    if (!events.exec()) {
        return m_db.queryError(events, tr("reading a ticket's timeline"));
    }
    while (events.next()) {
        detail.events.append({events.value(0).toLongLong(), fromEpoch(events.value(1)), events.value(2).toString(),
                              events.value(3).toString(), events.value(4).toString(), events.value(5).toBool()});
    }
    QSqlQuery entries(m_db.connection());
    entries.prepare(QStringLiteral("SELECT id, technician, minutes, note, logged_at, session_id "
                                   "FROM ticket_time_entries WHERE ticket_id = ? ORDER BY logged_at, id"));
    entries.addBindValue(id);
    if (!entries.exec()) {
        return m_db.queryError(entries, tr("reading a ticket's time entries"));
    }
    while (entries.next()) {
        detail.timeEntries.append({entries.value(0).toLongLong(), entries.value(1).toString(), entries.value(2).toInt(),
                                   entries.value(3).toString(), fromEpoch(entries.value(4)),
                                   optionalId(entries.value(5))});
    }
    QSqlQuery alerts(m_db.connection());
    alerts.prepare(QStringLiteral("SELECT alert_id FROM ticket_alerts WHERE ticket_id = ? "
                                  "UNION SELECT id FROM alerts WHERE ticket_id = ? ORDER BY 1"));
    alerts.addBindValue(id);
    alerts.addBindValue(id);
    if (!alerts.exec()) {
        return m_db.queryError(alerts, tr("reading a ticket's alerts"));
    }
    while (alerts.next()) {
        detail.alertIds.append(alerts.value(0).toLongLong());
    }
    return detail;
}

Status TicketStore::setStatus(qint64 id, TicketStatus status, const QString &who, const QString &closingNotes,
                              const QDateTime &now)
{
    const QString notes = closingNotes.trimmed();
    return m_db.transaction([&]() -> Status {
        const Result<Current> current = this->current(id);
        if (!current) {
            return current.error();
        }
        if (current->status == status) {
            return Error{ErrorCode::Conflict,
                         tr("the ticket's status is already %1").arg(ticketStatusDisplayName(status)),
                         tr("ticket %1").arg(id)};
        }
        if (status == TicketStatus::New) {
            return Error{ErrorCode::InvalidInput, tr("a ticket cannot go back to new"), tr("ticket %1").arg(id)};
        }
        const bool needsNotes = status == TicketStatus::Resolved
                                || (status == TicketStatus::Closed && current->closingNotes.trimmed().isEmpty());
        if (needsNotes && notes.isEmpty()) {
            return Error{ErrorCode::InvalidInput, tr("resolving a ticket needs closing notes (what was done)"),
                         tr("ticket %1").arg(id)};
        }
        QString sql;
        switch (status) {
        case TicketStatus::Resolved:
            sql = QStringLiteral("UPDATE tickets SET status = ?, resolved_at = ?, closed_at = NULL, "
                                 "closing_notes = ? WHERE id = ?");
            break;
        case TicketStatus::Closed:
            sql = QStringLiteral("UPDATE tickets SET status = ?, closed_at = ?, resolved_at = "
                                 "COALESCE(resolved_at, ?), closing_notes = CASE WHEN ? = '' THEN "
                                 "closing_notes ELSE ? END WHERE id = ?");
            break;
        case TicketStatus::New:
        case TicketStatus::Open:
        case TicketStatus::Waiting:
            sql = QStringLiteral("UPDATE tickets SET status = ?, resolved_at = NULL, closed_at = NULL WHERE id = ?");
            break;
        }
        QSqlQuery update(m_db.connection());
        update.prepare(sql);
        update.addBindValue(ticketStatusId(status));
        if (status == TicketStatus::Resolved || status == TicketStatus::Closed) {
            update.addBindValue(toEpoch(now));
        }
        if (status == TicketStatus::Closed) {
            update.addBindValue(toEpoch(now));
        }
        if (status == TicketStatus::Resolved) {
            update.addBindValue(notes);
        } else if (status == TicketStatus::Closed) {
            update.addBindValue(toText(notes));
            update.addBindValue(toText(notes));
        }
        update.addBindValue(id);
        if (!update.exec()) {
            return m_db.queryError(update, tr("changing a ticket's status"));
        }
        if (Status s = addEvent(id, now, who, QStringLiteral("status"), ticketStatusId(status)); !s) {
            return s;
        }
        if (!notes.isEmpty()) {
            if (Status s = addEvent(id, now, who, QStringLiteral("closing-notes"), notes); !s) {
                return s;
            }
        }
        return touch(id, now, who != systemActor);
    });
}

Status TicketStore::setPriority(qint64 id, Priority priority, const QString &who, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        const Result<Current> current = this->current(id);
        if (!current) {
            return current.error();
        }
        if (current->priority == priority) {
            return Error{ErrorCode::Conflict,
                         tr("the ticket's priority is already %1").arg(priorityDisplayName(priority)),
                         tr("ticket %1").arg(id)};
        }
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE tickets SET priority = ? WHERE id = ?"));
        update.addBindValue(priorityId(priority));
        update.addBindValue(id);
        if (!update.exec()) {
            return m_db.queryError(update, tr("changing a ticket's priority"));
        }
        if (Status s = addEvent(id, now, who, QStringLiteral("priority"), priorityId(priority)); !s) {
            return s;
        }
        return touch(id, now, false);
    });
}

Status TicketStore::assign(qint64 id, const QString &assignee, const QString &who, const QDateTime &now)
{
    const QString name = assignee.trimmed();
    return m_db.transaction([&]() -> Status {
        const Result<Current> current = this->current(id);
        if (!current) {
            return current.error();
        }
        if (current->assignee == name) {
            return Error{ErrorCode::Conflict,
                         name.isEmpty() ? tr("the ticket is not assigned")
                                        : tr("the ticket is already assigned to %1").arg(name),
                         tr("ticket %1").arg(id)};
        }
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE tickets SET assignee = ? WHERE id = ?"));
        update.addBindValue(toText(name));
        update.addBindValue(id);
        if (!update.exec()) {
            return m_db.queryError(update, tr("assigning a ticket"));
        }
        if (Status s = addEvent(id, now, who, QStringLiteral("assigned"), name); !s) {
            return s;
        }
        return touch(id, now, false);
    });
}

Status TicketStore::addNote(qint64 id, const QString &who, const QString &text, bool clientVisible,
                            const QDateTime &now)
{
    const QString body = text.trimmed();
    if (body.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("a note needs text"), tr("ticket %1").arg(id)};
    }
    return m_db.transaction([&]() -> Status {
        if (const Result<Current> current = this->current(id); !current) {
            return current.error();
        }
        if (Status s = addEvent(id, now, who, QStringLiteral("note"), body, clientVisible); !s) {
            return s;
        }
        return touch(id, now, who != systemActor);
    });
}

int TicketStore::maxMinutesPerEntry()
{
    return entryMinutesLimit;
}

Status TicketStore::logTime(qint64 id, const QString &who, int minutes, const QString &note, const QDateTime &now,
                            std::optional<qint64> sessionId)
{
    if (minutes <= 0) {
        return Error{ErrorCode::InvalidInput, tr("time worked must be more than 0 minutes"), tr("ticket %1").arg(id)};
    }
    if (minutes > entryMinutesLimit) {
        return Error{ErrorCode::InvalidInput, tr("one time entry can be at most %1 minutes").arg(entryMinutesLimit),
                     tr("ticket %1").arg(id)};
    }
    return m_db.transaction([&]() -> Status {
        if (const Result<Current> current = this->current(id); !current) {
            return current.error();
        }
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO ticket_time_entries (ticket_id, technician, minutes, note, "
                                      "logged_at, session_id) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(who);
        insert.addBindValue(minutes);
        insert.addBindValue(toText(note.trimmed()));
        insert.addBindValue(toEpoch(now));
        insert.addBindValue(sessionId ? QVariant(*sessionId) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!insert.exec()) {
            return m_db.queryError(insert, tr("logging time on a ticket"));
        }
        const QString body = QStringLiteral("%1 min %2").arg(minutes).arg(note.trimmed()).trimmed();
        if (Status s = addEvent(id, now, who, QStringLiteral("time"), body); !s) {
            return s;
        }
        return touch(id, now, false);
    });
}

Status TicketStore::noteAlertResolved(qint64 alertId, const QString &summary, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ticket_id FROM alerts WHERE id = ? AND ticket_id IS NOT NULL"));
    q.addBindValue(alertId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("finding an alert's ticket"));
    }
    if (!q.next()) {
        return {};
    }
    const qint64 ticketId = q.value(0).toLongLong();
    const QString body = tr("Alert #%1 resolved itself (%2). The ticket stays open until a technician resolves it.")
                             .arg(alertId)
                             .arg(summary);
    if (Status s = addEvent(ticketId, now, systemActor, QStringLiteral("alert"), body); !s) {
        return s;
    }
    return touch(ticketId, now, false);
}

Result<SlaPolicy> TicketStore::slaPolicy(qint64 clientId) const
{
    SlaPolicy policy = SlaPolicy::standard();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT priority, response_minutes, resolution_minutes FROM client_sla "
                             "WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading a client's SLA"));
    }
    while (q.next()) {
        if (const std::optional<Priority> priority = priorityFromId(q.value(0).toString())) {
            policy.setTarget(*priority, {q.value(1).toInt(), q.value(2).toInt()});
        }
    }
    return policy;
}

Result<BusinessCalendar> TicketStore::calendar(qint64 clientId) const
{
    BusinessCalendar calendar = BusinessCalendar::standard();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT time_zone, working_days, start_minute, end_minute FROM client_calendars "
                             "WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading a client's business hours"));
    }
    if (q.next()) {
        const QString zone = q.value(0).toString();
        if (!zone.isEmpty()) {
            calendar.setTimeZone(QTimeZone(zone.toUtf8()));
        }
        QSet<int> days;
        for (const QString &day : q.value(1).toString().split(u',', Qt::SkipEmptyParts)) {
            days.insert(day.trimmed().toInt());
        }
        calendar.setWorkingDays(days);
        calendar.setWorkingHours(q.value(2).toInt(), q.value(3).toInt());
    }
    QSqlQuery holidays(m_db.connection());
    holidays.prepare(QStringLiteral("SELECT day FROM client_holidays WHERE client_id = ?"));
    holidays.addBindValue(clientId);
    if (!holidays.exec()) {
        return m_db.queryError(holidays, tr("reading a client's holidays"));
    }
    QSet<QDate> dates;
    while (holidays.next()) {
        const QDate date = QDate::fromString(holidays.value(0).toString(), Qt::ISODate);
        if (date.isValid()) {
            dates.insert(date);
        }
    }
    calendar.setHolidays(dates);
    return calendar;
}

Status TicketStore::setCalendar(qint64 clientId, const BusinessCalendar &calendar)
{
    return m_db.transaction([&]() -> Status {
        QList<int> days(calendar.workingDays().cbegin(), calendar.workingDays().cend());
        std::sort(days.begin(), days.end());
        QStringList dayIds;
        for (const int day : std::as_const(days)) {
            dayIds.append(QString::number(day));
        }
        QSqlQuery upsert(m_db.connection());
        upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO client_calendars (client_id, time_zone, working_days, "
                                      "start_minute, end_minute) VALUES (?, ?, ?, ?, ?)"));
        upsert.addBindValue(clientId);
        upsert.addBindValue(QString::fromUtf8(calendar.timeZone().id()));
        upsert.addBindValue(toText(dayIds.join(u',')));
        upsert.addBindValue(calendar.startMinute());
        upsert.addBindValue(calendar.endMinute());
        if (!upsert.exec()) {
            return m_db.queryError(upsert, tr("saving a client's business hours"));
        }
        // Days that stay keep their names; the others go.
        const QSet<QDate> holidays = calendar.holidays();
        QStringList keep;
        for (const QDate &day : holidays) {
            keep.append(QStringLiteral("'%1'").arg(day.toString(Qt::ISODate)));
        }
        QSqlQuery clear(m_db.connection());
        clear.prepare(keep.isEmpty() ? QStringLiteral("DELETE FROM client_holidays WHERE client_id = ?")
                                     : QStringLiteral("DELETE FROM client_holidays WHERE client_id = ? AND day NOT IN "
                                                      "(%1)")
                                           .arg(keep.join(u',')));
        clear.addBindValue(clientId);
        if (!clear.exec()) {
            return m_db.queryError(clear, tr("saving a client's holidays"));
        }
        for (const QDate &day : holidays) {
            QSqlQuery insert(m_db.connection());
            insert.prepare(QStringLiteral("INSERT OR IGNORE INTO client_holidays (client_id, day) VALUES (?, ?)"));
            insert.addBindValue(clientId);
            insert.addBindValue(day.toString(Qt::ISODate));
            if (!insert.exec()) {
                return m_db.queryError(insert, tr("saving a client's holidays"));
            }
        }
        return {};
    });
}

Result<bool> TicketStore::hasOwnCalendar(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM client_calendars WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading a client's business hours"));
    }
    return q.next();
}

Result<QMap<QDate, QString>> TicketStore::holidayNames(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT day, name FROM client_holidays WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading a client's holidays"));
    }
    QMap<QDate, QString> names;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (day.isValid()) {
            names.insert(day, q.value(1).toString());
        }
    }
    return names;
}

Status TicketStore::addHoliday(qint64 clientId, QDate day, const QString &name)
{
    if (!day.isValid()) {
        return Error{ErrorCode::InvalidInput, tr("not a valid date"), {}};
    }
    QSqlQuery client(m_db.connection());
    client.prepare(QStringLiteral("SELECT 1 FROM clients WHERE id = ?"));
    client.addBindValue(clientId);
    if (!client.exec()) {
        return m_db.queryError(client, tr("saving a client's holidays"));
    }
    if (!client.next()) {
        return Error{ErrorCode::NotFound, tr("unknown client"), tr("client %1").arg(clientId)};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO client_holidays (client_id, day, name) VALUES (?, ?, COALESCE(?, '')) "
                             "ON CONFLICT (client_id, day) DO UPDATE SET name = excluded.name"));
    q.addBindValue(clientId);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(name.simplified());
    if (!q.exec()) {
        return m_db.queryError(q, tr("saving a client's holidays"));
    }
    return {};
}

Status TicketStore::removeHoliday(qint64 clientId, QDate day)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM client_holidays WHERE client_id = ? AND day = ?"));
    q.addBindValue(clientId);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec()) {
        return m_db.queryError(q, tr("removing a client's holiday"));
    }
    if (q.numRowsAffected() == 0) {
        return Error{
            ErrorCode::NotFound, tr("%1 is not one of the client's holidays").arg(day.toString(Qt::ISODate)), {}};
    }
    return {};
}

Result<TicketStore::Current> TicketStore::current(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status, first_response_at, closing_notes, assignee, priority FROM tickets "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading a ticket"));
    }
    if (!q.next()) {
        return Error{ErrorCode::NotFound, tr("no such ticket"), tr("ticket %1").arg(id)};
    }
    Current current;
    current.status = ticketStatusFromId(q.value(0).toString()).value_or(TicketStatus::New);
    current.answered = !q.value(1).isNull();
    current.closingNotes = q.value(2).toString();
    current.assignee = q.value(3).toString();
    current.priority = priorityFromId(q.value(4).toString()).value_or(Priority::Normal);
    return current;
}

Status TicketStore::addEvent(qint64 id, const QDateTime &at, const QString &actor, const QString &kind,
                             const QString &body, bool clientVisible)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor, kind, body, client_visible) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(toEpoch(at));
    q.addBindValue(actor);
    q.addBindValue(kind);
    q.addBindValue(toText(body));
    q.addBindValue(clientVisible ? 1 : 0);
    if (!q.exec()) {
        return m_db.queryError(q, tr("recording a ticket event"));
    }
    return {};
}

Status TicketStore::touch(qint64 id, const QDateTime &now, bool firstResponse)
{
    QSqlQuery q(m_db.connection());
    q.prepare(firstResponse ? QStringLiteral("UPDATE tickets SET updated_at = ?, "
                                             "first_response_at = COALESCE(first_response_at, ?) WHERE id = ?")
                            : QStringLiteral("UPDATE tickets SET updated_at = ? WHERE id = ?"));
    q.addBindValue(toEpoch(now));
    if (firstResponse) {
        q.addBindValue(toEpoch(now));
    }
    q.addBindValue(id);
    if (!q.exec()) {
        return m_db.queryError(q, tr("updating a ticket"));
    }
    return {};
}

Result<QList<Ticket>> TicketStore::load(const QString &where, const QVariantList &values, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t.id, t.client_id, c.name, t.site_id, s.name, t.device_id, d.name, t.title, "
                             "t.description, t.priority, t.status, t.assignee, t.created_at, t.updated_at, "
                             "t.first_response_at, t.resolved_at, t.closed_at, t.closing_notes "
                             "FROM tickets t JOIN clients c ON c.id = t.client_id "
                             "LEFT JOIN sites s ON s.id = t.site_id LEFT JOIN devices d ON d.id = t.device_id "
                             "WHERE %1")
                  .arg(where));
    for (const QVariant &value : values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading tickets"));
    }
    QList<Ticket> tickets;
    while (q.next()) {
        Ticket t;
        int i = 0;
        t.id = q.value(i++).toLongLong();
        t.clientId = q.value(i++).toLongLong();
        t.clientName = q.value(i++).toString();
        t.siteId = optionalId(q.value(i++));
        t.siteName = q.value(i++).toString();
        t.deviceId = optionalId(q.value(i++));
        t.deviceName = q.value(i++).toString();
        t.title = q.value(i++).toString();
        t.description = q.value(i++).toString();
        t.priority = priorityFromId(q.value(i++).toString()).value_or(Priority::Normal);
        t.status = ticketStatusFromId(q.value(i++).toString()).value_or(TicketStatus::New);
        t.assignee = q.value(i++).toString();
        t.createdAt = fromEpoch(q.value(i++));
        t.updatedAt = fromEpoch(q.value(i++));
        t.firstResponseAt = fromEpoch(q.value(i++));
        t.resolvedAt = fromEpoch(q.value(i++));
        t.closedAt = fromEpoch(q.value(i++));
        t.closingNotes = q.value(i++).toString();
        tickets.append(t);
    }
    if (tickets.isEmpty()) {
        return tickets;
    }

    // Waiting spans from the status changes, in order.
    QList<qint64> ids;
    for (const Ticket &t : std::as_const(tickets)) {
        ids.append(t.id);
    }
    QHash<qint64, QList<SlaPause>> pauses;
    QSqlQuery events(m_db.connection());
    if (!events.exec(QStringLiteral("SELECT ticket_id, at, body FROM ticket_events WHERE kind = 'status' "
                                    "AND ticket_id IN (%1) ORDER BY ticket_id, at, id")
                         .arg(idList(ids)))) {
        return m_db.queryError(events, tr("reading tickets"));
    }
    while (events.next()) {
        QList<SlaPause> &list = pauses[events.value(0).toLongLong()];
        const QDateTime at = fromEpoch(events.value(1));
        const bool waiting = events.value(2).toString() == ticketStatusId(TicketStatus::Waiting);
        const bool inPause = !list.isEmpty() && !list.constLast().to.isValid();
        if (waiting && !inPause) {
            list.append({at, QDateTime()});
        } else if (!waiting && inPause) {
            list.last().to = at;
        }
    }

    QHash<qint64, SlaPolicy> policies;
    QHash<qint64, BusinessCalendar> calendars;
    for (Ticket &t : tickets) {
        if (!policies.contains(t.clientId)) {
            Result<SlaPolicy> policy = slaPolicy(t.clientId);
            if (!policy) {
                return policy.error();
            }
            Result<BusinessCalendar> calendar = this->calendar(t.clientId);
            if (!calendar) {
                return calendar.error();
            }
            policies.insert(t.clientId, policy.value());
            calendars.insert(t.clientId, calendar.value());
        }
        const SlaTarget target = policies.value(t.clientId).target(t.priority);
        const BusinessCalendar &calendar = calendars[t.clientId];
        const QList<SlaPause> ticketPauses = pauses.value(t.id);
        SlaClock response(calendar, qint64{target.responseMinutes} * 60, t.createdAt);
        response.setPauses(ticketPauses);
        response.stopAt(t.firstResponseAt);
        t.response = response.read(now);
        SlaClock resolution(calendar, qint64{target.resolutionMinutes} * 60, t.createdAt);
        resolution.setPauses(ticketPauses);
        resolution.stopAt(t.resolvedAt.isValid() ? t.resolvedAt : t.closedAt);
        t.resolution = resolution.read(now);
    }
    return tickets;
}

} // namespace Vigil
