// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Vigil {

// Where an alert is in its life: open → acknowledged → resolved, or snoozed until a time.
enum class AlertState { Open, Acknowledged, Snoozed, Resolved };

inline constexpr std::array<AlertState, 4> allAlertStates{AlertState::Open, AlertState::Acknowledged,
                                                          AlertState::Snoozed, AlertState::Resolved};

// The stable identifier stored in SQLite and used on the command line.
QString alertStateId(AlertState value);
std::optional<AlertState> alertStateFromId(QStringView id);
QString alertStateDisplayName(AlertState value);

} // namespace Vigil
