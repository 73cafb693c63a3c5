// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSnapshot.h"

#include <QDateTime>
#include <QString>

namespace Vigil {

class Database;

// A file server with a month behind it, for the device page's tests, benchmark and screenshot: inventory entry,
// 30 days of health history as the poller and its maintenance leave it (rollups beyond 48 h, raw samples after),
// an afternoon offline nine days ago, a data volume filling up, backups (one stale and failing), a drive with
// reallocated sectors, real alerts from the rules, and a few remote sessions.
class DeviceScenario final
{
    Q_DISABLE_COPY_MOVE(DeviceScenario)

public:
    DeviceScenario(Database &database, const QDateTime &now);

    // Adds the device (and its client and site); returns its id, or 0 after a test failure.
    qint64 addServer(const QString &client = QStringLiteral("Harbor Dental"),
                     const QString &site = QStringLiteral("Main office"),
                     const QString &name = QStringLiteral("HD-FS01"));
    // History of `days` days up to now for cpu, memory and the disks of snapshot(); maintain() runs as the poller's
    // would. With a spike of 100 % CPU for one minute 30 minutes ago.
    void fillHistory(qint64 deviceId, int days = 30);
    // The latest poll, saved as the device's state and evaluated by the alert rules.
    void pollNow(qint64 deviceId);
    void addSessions(qint64 deviceId);

    DeviceSnapshot snapshot() const;
    QDateTime now() const;

    // What the disks are at now; the history ends there.
    static constexpr double rootUsed = 46.0;
    static constexpr double dataUsed = 86.5;
    static constexpr double dataGrowthPerDay = 0.9;

private:
    Database &m_db;
    QDateTime m_now;
};

} // namespace Vigil
