// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSessionLogRecorder.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace Vigil {

SqlSessionLogRecorder::SqlSessionLogRecorder(Database &db)
    : m_db(db)
{
}

Result<qint64> SqlSessionLogRecorder::sessionStarted(const SessionLogEntry &entry)
{
    static const QStringList protocols{QStringLiteral("ssh"), QStringLiteral("vnc"), QStringLiteral("rdp"),
                                       QStringLiteral("external")};
    if (!protocols.contains(entry.protocol)) {
        return Error{ErrorCode::InvalidInput, tr("unknown session protocol \"%1\"").arg(entry.protocol),
                     entry.deviceName};
    }
    if (entry.deviceName.isEmpty() || entry.technician.trimmed().isEmpty() || !entry.startedAt.isValid()) {
        return Error{ErrorCode::InvalidInput, tr("a session needs a device, a technician and a start time"),
                     entry.deviceName};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sessions_log (device_id, device_name, protocol, technician, started_at, "
                             "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.deviceId > 0 ? QVariant(entry.deviceId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(entry.deviceName);
    q.addBindValue(entry.protocol);
    q.addBindValue(entry.technician);
    q.addBindValue(toEpoch(entry.startedAt));
    q.addBindValue(toText(entry.detail));
    if (!q.exec()) {
        return m_db.queryError(q, tr("recording a session"));
    }
    return q.lastInsertId().toLongLong();
}

Status SqlSessionLogRecorder::sessionEnded(qint64 sessionId, const QDateTime &endedAt, const QString &result)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sessions_log SET ended_at = ?, result = ? WHERE id = ?"));
    q.addBindValue(toEpoch(endedAt));
    q.addBindValue(toText(result));
    q.addBindValue(sessionId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("recording the end of a session"));
    }
    if (q.numRowsAffected() != 1) {
        return Error{ErrorCode::NotFound, tr("there is no session %1").arg(sessionId), tr("recording a session")};
    }
    return {};
}

} // namespace Vigil
