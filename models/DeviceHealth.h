// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertSeverity.h"

#include <QDateTime>
#include <QFlags>

#include <optional>

namespace Vigil {

// Where a device stands for the overview and the inventory's badge, from its last poll. Every monitored device is
// in exactly one of Online, Stale and Offline; a device without an exporter URL is Unmonitored.
enum class DeviceStatus { Unmonitored, Online, Stale, Offline };

// Problems worth a technician's look, each counted once per device.
enum class DeviceCondition {
    None = 0,
    BackupFailing = 1 << 0,  // a backup job's last run failed
    BackupStale = 1 << 1,    // a backup job without a success in the last 26 hours
    RebootRequired = 1 << 2, // the endpoint says a reboot is pending
    SecurityUpdates = 1 << 3,
    SmartWarning = 1 << 4, // a drive unhealthy, or with reallocated or pending sectors
};
Q_DECLARE_FLAGS(DeviceConditions, DeviceCondition)
Q_DECLARE_OPERATORS_FOR_FLAGS(DeviceConditions)

struct DeviceHealth
{
    qint64 deviceId = 0;
    qint64 clientId = 0;
    DeviceStatus status = DeviceStatus::Unmonitored;
    QDateTime lastOkAt; // last good poll; invalid when never
    DeviceConditions conditions;
    std::optional<AlertSeverity> worstAlert; // the most severe unresolved alert
};

} // namespace Vigil
