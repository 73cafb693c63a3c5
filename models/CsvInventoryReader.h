// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InventoryImport.h"

#include <QByteArrayView>

namespace Vigil {

// Reads the inventory CSV (header client,site,device,address,os,exporter_url,ssh,vnc,tags; optional kind,notes).
// See docs/formats.md. Any bad record fails the whole file with file:line:column.
class CsvInventoryReader final
{
public:
    static Result<InventoryImport> readFile(const QString &path);
    static Result<InventoryImport> parse(QByteArrayView data, const QString &sourceName);
};

} // namespace Vigil
