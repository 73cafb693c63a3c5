// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Vigil {

// Roles shared by the inventory models, so views and proxies can ask either model the same way.
enum InventoryRole {
    NodeTypeRole = Qt::UserRole + 1, // InventoryNodeType as int
    ClientIdRole,
    SiteIdRole,
    DeviceIdRole,
    // Lower-cased text of every searchable field of the row (name, address, OS, tags, client, site).
    SearchTextRole,
    // Value to sort by where display text sorts wrongly (numbers, natural order keys).
    SortRole,
    // Devices: DeviceStatus as int, and DeviceConditions as int (see DeviceHealth.h).
    DeviceStatusRole,
    DeviceConditionsRole,
};

enum class InventoryNodeType { Client, Site, Device };

} // namespace Vigil
