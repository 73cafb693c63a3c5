// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// One remote session in the log (sessions_log): who worked on which device, how, when, how it ended, and the
// ticket it was opened from.
struct SessionRecord
{
    qint64 id = 0;
    std::optional<qint64> deviceId; // empty once the device was removed
    QString deviceName;
    QString protocol; // ssh, vnc, rdp, external
    QString technician;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while the session runs (or if Vigil stopped before it ended)
    QString result;    // "running" until the end, then "ok" or a failure id ("auth-failed", "host-key-changed"…)
    QString detail;
    std::optional<qint64> ticketId;
};

} // namespace Vigil
