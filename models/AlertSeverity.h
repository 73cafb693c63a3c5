// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Vigil {

// How urgent an alert is. Ordered: a higher value is more urgent.
enum class AlertSeverity { Info, Warning, Critical };

inline constexpr std::array<AlertSeverity, 3> allAlertSeverities{AlertSeverity::Info, AlertSeverity::Warning,
                                                                 AlertSeverity::Critical};

// The stable identifier stored in SQLite and used on the command line.
QString alertSeverityId(AlertSeverity value);
std::optional<AlertSeverity> alertSeverityFromId(QStringView id);
QString alertSeverityDisplayName(AlertSeverity value);

} // namespace Vigil
