// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceKind.h"
#include "Result.h"
#include "SshSettings.h"
#include "VncSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigil {

enum class ImportFormat { Csv, FileSd, SshConfig };

QString importFormatId(ImportFormat format);
std::optional<ImportFormat> importFormatFromId(QStringView id);
// Guesses from the file name: *.csv, *.json, and ssh_config style names ("config", "*.conf", "ssh_config").
std::optional<ImportFormat> detectImportFormat(const QString &path);

// One device as an import source describes it. Fields a format does not carry stay unset and leave the stored
// value alone on re-import.
struct ImportedDevice
{
    QString source; // "file:line" of the record, for messages
    QString client; // empty: update the device of this name in whichever client has it (ssh_config)
    QString site;   // empty: the importer's fallback site for new devices; existing devices stay put
    QString name;
    std::optional<QString> address;
    std::optional<QString> os;
    std::optional<DeviceKind> kind;
    std::optional<QStringList> tags;
    std::optional<QString> exporterUrl;
    std::optional<SshSettings> ssh;
    std::optional<VncSettings> vnc;
    std::optional<QString> notes;
};

// Everything one file said; applied to the store in a single transaction, so a bad file imports nothing.
struct InventoryImport
{
    QString source;
    ImportFormat format = ImportFormat::Csv;
    QList<ImportedDevice> devices;
    QStringList warnings; // things skipped on purpose (e.g. an ssh_config Match block), shown to the user
};

} // namespace Vigil
