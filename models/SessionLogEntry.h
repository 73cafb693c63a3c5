// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// One remote session as logged in sessions_log: who opened what kind of session to the device, and for how long.
struct SessionLogEntry
{
    qint64 id = 0;
    std::optional<qint64> deviceId; // empty once the device was removed
    QString deviceName;
    QString protocol; // "ssh", "vnc", "rdp", "external"
    QString technician;
    QDateTime startedAt;
    QDateTime endedAt; // empty while the session is open (or when it never ended cleanly)
    QString result;
    QString detail;
    std::optional<qint64> ticketId;

    friend bool operator==(const SessionLogEntry &, const SessionLogEntry &) = default;
};

} // namespace Vigil
