// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Vigil {

enum class Priority { Critical, High, Normal, Low };

inline constexpr std::array<Priority, 4> allPriorities{Priority::Critical, Priority::High, Priority::Normal,
                                                       Priority::Low};

// The stable identifier stored in SQLite and used on the command line.
QString priorityId(Priority priority);
std::optional<Priority> priorityFromId(QStringView id);
QString priorityDisplayName(Priority priority);

} // namespace Vigil
