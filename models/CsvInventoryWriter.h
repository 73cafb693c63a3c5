// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inventory.h"

#include <QByteArray>

namespace Vigil {

// Writes devices in the import CSV format, so `vigil-cli devices --format csv` output re-imports unchanged.
class CsvInventoryWriter final
{
public:
    static QByteArray write(const Inventory &inventory, const QList<Device> &devices);
};

} // namespace Vigil
