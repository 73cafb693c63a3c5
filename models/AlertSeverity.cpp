// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertSeverity.h"

#include <QCoreApplication>

namespace Vigil {

QString alertSeverityId(AlertSeverity value)
{
    switch (value) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<AlertSeverity> alertSeverityFromId(QStringView id)
{
    for (const AlertSeverity value : allAlertSeverities) {
        if (id.compare(alertSeverityId(value), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QString alertSeverityDisplayName(AlertSeverity value)
{
    switch (value) {
    case AlertSeverity::Info:
        return QCoreApplication::translate("Vigil::AlertSeverity", "Info");
    case AlertSeverity::Warning:
        return QCoreApplication::translate("Vigil::AlertSeverity", "Warning");
    case AlertSeverity::Critical:
        return QCoreApplication::translate("Vigil::AlertSeverity", "Critical");
    }
    return {};
}

} // namespace Vigil
