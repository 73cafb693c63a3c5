// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "DeviceHealth.h"
#include "FleetHealth.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

namespace Vigil {

class Database;

// The fleet at a glance, read from the store in a handful of aggregate queries (no per-device round trips), so it
// stays fast at 10,000 devices and 100,000 alerts. devices() is what the counts are made of: the inventory filters
// on the same values, so a number on the overview and the list behind it always agree.
class FleetOverview final
{
    Q_DISABLE_COPY_MOVE(FleetOverview)
    Q_DECLARE_TR_FUNCTIONS(Vigil::FleetOverview)

public:
    // Polls run every minute by default: a quarter of an hour without one means the console has not been polling
    // (offline, or paused) and the state shown is old.
    static constexpr qint64 staleAfterSeconds = 15 * 60;
    // The backup rule's limit: no success for more than 26 hours.
    static constexpr qint64 backupStaleAfterSeconds = 26 * 3600;

    FleetOverview(Database &database, const Clock &clock);
    ~FleetOverview();

    Result<QHash<qint64, DeviceHealth>> devices() const;
    Result<FleetHealth> compute() const;

    static DeviceStatus statusFor(bool monitored, const QDateTime &polledAt, bool reachable, const QDateTime &now);

private:
    Result<QHash<qint64, DeviceHealth>> devices(const QDateTime &now) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Vigil
