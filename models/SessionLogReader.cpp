// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLogReader.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace Vigil {

SessionLogReader::SessionLogReader(Database &database)
    : m_db(database)
{
}

Result<QList<SessionLogEntry>> SessionLogReader::sessions(qint64 deviceId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, device_id, device_name, protocol, technician, started_at, ended_at, result, "
                             "detail, ticket_id FROM sessions_log WHERE device_id = ? "
                             "ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(deviceId);
    q.addBindValue(std::max(limit, 0));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the session log"));
    }
    QList<SessionLogEntry> entries;
    while (q.next()) {
        SessionLogEntry e;
        e.id = q.value(0).toLongLong();
        if (!q.value(1).isNull()) {
            e.deviceId = q.value(1).toLongLong();
        }
        e.deviceName = q.value(2).toString();
        e.protocol = q.value(3).toString();
        e.technician = q.value(4).toString();
        e.startedAt = fromEpoch(q.value(5));
        e.endedAt = fromEpoch(q.value(6));
        e.result = q.value(7).toString();
        e.detail = q.value(8).toString();
        if (!q.value(9).isNull()) {
            e.ticketId = q.value(9).toLongLong();
        }
        entries.append(e);
    }
    return entries;
}

} // namespace Vigil
