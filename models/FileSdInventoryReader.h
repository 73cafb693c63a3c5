// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InventoryImport.h"

#include <QByteArrayView>

namespace Vigil {

// Reads Prometheus file_sd JSON: [{"targets": ["host:port"], "labels": {"client": …, "site": …}}].
class FileSdInventoryReader final
{
public:
    static Result<InventoryImport> readFile(const QString &path);
    static Result<InventoryImport> parse(QByteArrayView data, const QString &sourceName);
};

} // namespace Vigil
