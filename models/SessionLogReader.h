// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SessionLogEntry.h"

#include <QCoreApplication>
#include <QList>

namespace Vigil {

class Database;

// Reads the remote-session log (sessions_log) for the device page; the session code writes it.
class SessionLogReader final
{
    Q_DISABLE_COPY_MOVE(SessionLogReader)
    Q_DECLARE_TR_FUNCTIONS(Vigil::SessionLogReader)

public:
    explicit SessionLogReader(Database &database);

    // The device's latest sessions, newest first, at most `limit`.
    Result<QList<SessionLogEntry>> sessions(qint64 deviceId, int limit = 50) const;

private:
    Database &m_db;
};

} // namespace Vigil
