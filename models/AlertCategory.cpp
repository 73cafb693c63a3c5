// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertCategory.h"

#include <QCoreApplication>

namespace Vigil {

QString alertCategoryId(AlertCategory value)
{
    switch (value) {
    case AlertCategory::Hardware:
        return QStringLiteral("hardware");
    case AlertCategory::Disk:
        return QStringLiteral("disk");
    case AlertCategory::Backup:
        return QStringLiteral("backup");
    case AlertCategory::Patching:
        return QStringLiteral("patching");
    case AlertCategory::Security:
        return QStringLiteral("security");
    case AlertCategory::Network:
        return QStringLiteral("network");
    case AlertCategory::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<AlertCategory> alertCategoryFromId(QStringView id)
{
    for (const AlertCategory value : allAlertCategories) {
        if (id.compare(alertCategoryId(value), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QString alertCategoryDisplayName(AlertCategory value)
{
    switch (value) {
    case AlertCategory::Hardware:
        return QCoreApplication::translate("Vigil::AlertCategory", "Hardware");
    case AlertCategory::Disk:
        return QCoreApplication::translate("Vigil::AlertCategory", "Disk");
    case AlertCategory::Backup:
        return QCoreApplication::translate("Vigil::AlertCategory", "Backup");
    case AlertCategory::Patching:
        return QCoreApplication::translate("Vigil::AlertCategory", "Patching");
    case AlertCategory::Security:
        return QCoreApplication::translate("Vigil::AlertCategory", "Security");
    case AlertCategory::Network:
        return QCoreApplication::translate("Vigil::AlertCategory", "Network");
    case AlertCategory::Other:
        return QCoreApplication::translate("Vigil::AlertCategory", "Other");
    }
    return {};
}

} // namespace Vigil
