// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportSummary.h"
#include "InventoryImport.h"

#include <QCoreApplication>

namespace Vigil {

class InventoryStore;

// Reads one import file with the right reader and applies it to the store: the same path for the console's
// Import dialog and `vigil-cli import`.
class InventoryImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::InventoryImporter)

public:
    static Result<InventoryImport> read(const QString &path, ImportFormat format);

    // clientOverride, when set, puts every device the file leaves without a client into that client (ssh_config).
    static Result<ImportSummary> importFile(InventoryStore &store, const QString &path, ImportFormat format,
                                            const QString &clientOverride = {}, const QString &siteFallback = {});
};

} // namespace Vigil
