// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionLogRecorder.h"

#include <QCoreApplication>

namespace Vigil {

class Database;

// The minimal SessionLogRecorder: one INSERT and one UPDATE on the sessions_log table.
class SqlSessionLogRecorder final : public SessionLogRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::SqlSessionLogRecorder)

public:
    explicit SqlSessionLogRecorder(Database &db);
    SqlSessionLogRecorder(const SqlSessionLogRecorder &) = delete;
    SqlSessionLogRecorder &operator=(const SqlSessionLogRecorder &) = delete;

    Result<qint64> sessionStarted(const SessionLogEntry &entry) override;
    Status sessionEnded(qint64 sessionId, const QDateTime &endedAt, const QString &result) override;

private:
    Database &m_db;
};

} // namespace Vigil
