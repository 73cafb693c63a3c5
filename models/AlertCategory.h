// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Vigil {

// What an alert is about, for filtering and the monthly report; rules set a default, technicians may change it.
enum class AlertCategory { Hardware, Disk, Backup, Patching, Security, Network, Other };

inline constexpr std::array<AlertCategory, 7> allAlertCategories{
    AlertCategory::Hardware, AlertCategory::Disk,    AlertCategory::Backup, AlertCategory::Patching,
    AlertCategory::Security, AlertCategory::Network, AlertCategory::Other};

// The stable identifier stored in SQLite and used on the command line.
QString alertCategoryId(AlertCategory value);
std::optional<AlertCategory> alertCategoryFromId(QStringView id);
QString alertCategoryDisplayName(AlertCategory value);

} // namespace Vigil
