// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSessionLogRecorder.h"

#include "Database.h"
#include "SessionLog.h"

namespace Vigil {

SqlSessionLogRecorder::SqlSessionLogRecorder(Database &db)
    : m_log(std::make_unique<SessionLog>(db))
{
}

SqlSessionLogRecorder::~SqlSessionLogRecorder() = default;

Result<qint64> SqlSessionLogRecorder::sessionStarted(const SessionStart &entry)
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
    const std::optional<qint64> device = entry.deviceId > 0 ? std::optional<qint64>(entry.deviceId) : std::nullopt;
    return m_log->start(device, entry.deviceName, entry.protocol, entry.technician, entry.startedAt, std::nullopt,
                        entry.detail);
}

Status SqlSessionLogRecorder::sessionEnded(qint64 sessionId, const QDateTime &endedAt, const QString &result)
{
    return m_log->finish(sessionId, endedAt, result, QString(), result == QLatin1String("ok"));
}

} // namespace Vigil
