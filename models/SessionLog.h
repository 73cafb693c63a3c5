// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SessionRecord.h"

#include <QCoreApplication>

namespace Vigil {

class Database;

// The session log: a row when a remote session starts, completed when it ends. A session opened from a ticket
// that got as far as a login also books its time on the ticket (TicketStore::logTime, linked by session id, so
// the ticket's timeline shows it).
class SessionLog final
{
    Q_DISABLE_COPY_MOVE(SessionLog)
    Q_DECLARE_TR_FUNCTIONS(Vigil::SessionLog)

public:
    explicit SessionLog(Database &database);

    static inline const QString runningResult = QStringLiteral("running");

    // Records a session that starts now; deviceName is kept even after the device is removed. Returns its id.
    Result<qint64> start(std::optional<qint64> deviceId, const QString &deviceName, const QString &protocol,
                         const QString &technician, const QDateTime &startedAt,
                         std::optional<qint64> ticketId = std::nullopt);
    // Completes the row. established: the session got as far as a login (only then is time booked on the ticket).
    Status finish(qint64 sessionId, const QDateTime &endedAt, const QString &result, const QString &detail,
                  bool established);

    Result<SessionRecord> session(qint64 id) const;
    // Newest first; deviceId empty: every device.
    Result<QList<SessionRecord>> recent(std::optional<qint64> deviceId, int limit) const;

    // Minutes booked for a session: rounded up, at least 1, at most what one time entry may hold.
    static int billableMinutes(const QDateTime &startedAt, const QDateTime &endedAt);

private:
    Result<QList<SessionRecord>> load(const QString &where, const QVariantList &values, int limit) const;

    Database &m_db;
};

} // namespace Vigil
