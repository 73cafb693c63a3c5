// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertSeverity.h"
#include "DeviceHealth.h"
#include "SlaReading.h"

#include <optional>

namespace Vigil {

// The filtered list behind one number of the fleet overview; the main window routes it to the page that shows it.
struct FleetLink
{
    enum class Kind { None, Devices, Alerts, Tickets };

    Kind kind = Kind::None;
    qint64 clientId = 0; // 0: every client
    // Devices: in this status and/or with every one of these conditions.
    std::optional<DeviceStatus> status;
    DeviceConditions conditions;
    // Alerts: unresolved alerts of exactly this severity.
    AlertSeverity severity = AlertSeverity::Critical;
    // Tickets: active tickets whose current SLA clock is in this state.
    SlaState sla = SlaState::Breached;

    friend bool operator==(const FleetLink &, const FleetLink &) = default;
};

} // namespace Vigil
