// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace Vigil {

// One remote session as the session log keeps it.
struct SessionLogEntry
{
    qint64 deviceId = 0; // 0: not a device of the inventory
    QString deviceName;
    QString protocol; // "ssh", "vnc", "rdp" or "external"
    QString technician;
    QDateTime startedAt;
    QString detail; // e.g. the endpoint or the tool's name; never a secret
};

// Where VNC sessions and external launches record themselves: started, then ended with a result ("ok",
// "refused", "exit 1", …). An interface so the console can point it at the session log store of the SSH work
// without these callers changing.
class SessionLogRecorder
{
public:
    virtual ~SessionLogRecorder();
    // Returns the session's id for sessionEnded().
    virtual Result<qint64> sessionStarted(const SessionLogEntry &entry) = 0;
    virtual Status sessionEnded(qint64 sessionId, const QDateTime &endedAt, const QString &result) = 0;

protected:
    SessionLogRecorder() = default;
    SessionLogRecorder(const SessionLogRecorder &) = default;
    SessionLogRecorder &operator=(const SessionLogRecorder &) = default;
};

} // namespace Vigil
