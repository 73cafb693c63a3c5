// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryImport.h"

#include <QFileInfo>

namespace Vigil {

QString importFormatId(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    case ImportFormat::FileSd:
        return QStringLiteral("file_sd");
    case ImportFormat::SshConfig:
        return QStringLiteral("ssh_config");
    }
    return {};
}

std::optional<ImportFormat> importFormatFromId(QStringView id)
{
    for (const ImportFormat format : {ImportFormat::Csv, ImportFormat::FileSd, ImportFormat::SshConfig}) {
        if (id.compare(importFormatId(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

std::optional<ImportFormat> detectImportFormat(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QString name = info.fileName().toLower();
    if (suffix == QLatin1String("csv")) {
        return ImportFormat::Csv;
    }
    if (suffix == QLatin1String("json")) {
        return ImportFormat::FileSd;
    }
    if (name == QLatin1String("config") || name == QLatin1String("ssh_config") || suffix == QLatin1String("conf")) {
        return ImportFormat::SshConfig;
    }
    return std::nullopt;
}

} // namespace Vigil
