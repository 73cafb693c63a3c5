// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionLogRecorder.h"

#include <QCoreApplication>

#include <memory>

namespace Vigil {

class Database;
class SessionLog;

// The SessionLogRecorder of the local store: rows of the session log (models/SessionLog), which the SSH tabs
// and vigil-cli exec write too.
class SqlSessionLogRecorder final : public SessionLogRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::SqlSessionLogRecorder)

public:
    explicit SqlSessionLogRecorder(Database &db);
    ~SqlSessionLogRecorder() override;
    SqlSessionLogRecorder(const SqlSessionLogRecorder &) = delete;
    SqlSessionLogRecorder &operator=(const SqlSessionLogRecorder &) = delete;

    Result<qint64> sessionStarted(const SessionStart &entry) override;
    Status sessionEnded(qint64 sessionId, const QDateTime &endedAt, const QString &result) override;

private:
    std::unique_ptr<SessionLog> m_log;
};

} // namespace Vigil
