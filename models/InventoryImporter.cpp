// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryImporter.h"

#include "CsvInventoryReader.h"
#include "FileSdInventoryReader.h"
#include "InventoryStore.h"
#include "SshConfigReader.h"

namespace Vigil {

Result<InventoryImport> InventoryImporter::read(const QString &path, ImportFormat format)
{
    switch (format) {
    case ImportFormat::Csv:
        return CsvInventoryReader::readFile(path);
    case ImportFormat::FileSd:
        return FileSdInventoryReader::readFile(path);
    case ImportFormat::SshConfig:
        return SshConfigReader::readFile(path);
    }
    return Error{ErrorCode::Unsupported, tr("unsupported import format"), path};
}

Result<ImportSummary> InventoryImporter::importFile(InventoryStore &store, const QString &path, ImportFormat format,
                                                    const QString &clientOverride, const QString &siteFallback)
{
    auto read = InventoryImporter::read(path, format);
    if (!read) {
        return read.error();
    }
    InventoryImport import = std::move(read).value();
    const QString client = clientOverride.trimmed();
    if (!client.isEmpty()) {
        for (ImportedDevice &device : import.devices) {
            if (device.client.trimmed().isEmpty()) {
                device.client = client;
            }
        }
    }
    return store.applyImport(import, client.isEmpty() ? InventoryStore::defaultFallbackClient() : client,
                             siteFallback.trimmed().isEmpty() ? InventoryStore::defaultFallbackSite()
                                                              : siteFallback.trimmed());
}

} // namespace Vigil
