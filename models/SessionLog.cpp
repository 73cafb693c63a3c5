// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLog.h"

#include "Database.h"
#include "SqlValues.h"
#include "TicketStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace Vigil {

namespace {

const QStringList protocols{QStringLiteral("ssh"), QStringLiteral("vnc"), QStringLiteral("rdp"),
                            QStringLiteral("external")};

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

SessionLog::SessionLog(Database &database)
    : m_db(database)
{
}

int SessionLog::billableMinutes(const QDateTime &startedAt, const QDateTime &endedAt)
{
    const qint64 seconds = qMax<qint64>(0, startedAt.secsTo(endedAt));
    const qint64 minutes = qMax<qint64>(1, (seconds + 59) / 60);
    return int(qMin<qint64>(minutes, TicketStore::maxMinutesPerEntry()));
}

Result<qint64> SessionLog::start(std::optional<qint64> deviceId, const QString &deviceName, const QString &protocol,
                                 const QString &technician, const QDateTime &startedAt, std::optional<qint64> ticketId)
{
    if (!protocols.contains(protocol)) {
        return Error{ErrorCode::InvalidInput, tr("unknown session protocol \"%1\"").arg(protocol), deviceName};
    }
    if (technician.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("a session needs the technician's name"), deviceName};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sessions_log (device_id, device_name, protocol, technician, started_at, "
                             "result, ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(optionalId(deviceId));
    q.addBindValue(deviceName);
    q.addBindValue(protocol);
    q.addBindValue(technician.trimmed());
    q.addBindValue(toEpoch(startedAt));
    q.addBindValue(runningResult);
    q.addBindValue(optionalId(ticketId));
    if (!q.exec()) {
        return m_db.queryError(q, tr("recording a session"));
    }
    return q.lastInsertId().toLongLong();
}

Status SessionLog::finish(qint64 sessionId, const QDateTime &endedAt, const QString &result, const QString &detail,
                          bool established)
{
    return m_db.transaction([&]() -> Status {
        const Result<SessionRecord> record = session(sessionId);
        if (!record) {
            return record.error();
        }
        if (record->endedAt.isValid()) {
            return Error{ErrorCode::Conflict, tr("the session has already ended"), tr("session %1").arg(sessionId)};
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE sessions_log SET ended_at = ?, result = ?, detail = ? WHERE id = ?"));
        q.addBindValue(toEpoch(endedAt));
        q.addBindValue(result);
        q.addBindValue(toText(detail));
        q.addBindValue(sessionId);
        if (!q.exec()) {
            return m_db.queryError(q, tr("completing a session"));
        }
        if (!record->ticketId || !established) {
            return {};
        }
        const QString note =
            tr("%1 session on %2 (session #%3)").arg(record->protocol.toUpper(), record->deviceName).arg(sessionId);
        TicketStore tickets(m_db);
        return tickets.logTime(*record->ticketId, record->technician, billableMinutes(record->startedAt, endedAt), note,
                               endedAt, sessionId);
    });
}

Result<SessionRecord> SessionLog::session(qint64 id) const
{
    Result<QList<SessionRecord>> found = load(QStringLiteral("id = ?"), {id}, 1);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error{ErrorCode::NotFound, tr("no such session"), tr("session %1").arg(id)};
    }
    return found->constFirst();
}

Result<QList<SessionRecord>> SessionLog::recent(std::optional<qint64> deviceId, int limit) const
{
    if (deviceId) {
        return load(QStringLiteral("device_id = ?"), {*deviceId}, limit);
    }
    return load(QStringLiteral("1"), {}, limit);
}

Result<QList<SessionRecord>> SessionLog::load(const QString &where, const QVariantList &values, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, device_id, device_name, protocol, technician, started_at, ended_at, result, "
                             "detail, ticket_id FROM sessions_log WHERE %1 ORDER BY started_at DESC, id DESC LIMIT ?")
                  .arg(where));
    for (const QVariant &value : values) {
        q.addBindValue(value);
    }
    q.addBindValue(qMax(1, limit));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the session log"));
    }
    QList<SessionRecord> records;
    while (q.next()) {
        SessionRecord r;
        r.id = q.value(0).toLongLong();
        if (!q.value(1).isNull()) {
            r.deviceId = q.value(1).toLongLong();
        }
        r.deviceName = q.value(2).toString();
        r.protocol = q.value(3).toString();
        r.technician = q.value(4).toString();
        r.startedAt = fromEpoch(q.value(5));
        r.endedAt = fromEpoch(q.value(6));
        r.result = q.value(7).toString();
        r.detail = q.value(8).toString();
        if (!q.value(9).isNull()) {
            r.ticketId = q.value(9).toLongLong();
        }
        records.append(r);
    }
    return records;
}

} // namespace Vigil
