// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertState.h"

#include <QCoreApplication>

namespace Vigil {

QString alertStateId(AlertState value)
{
    switch (value) {
    case AlertState::Open:
        return QStringLiteral("open");
    case AlertState::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertState::Snoozed:
        return QStringLiteral("snoozed");
    case AlertState::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<AlertState> alertStateFromId(QStringView id)
{
    for (const AlertState value : allAlertStates) {
        if (id.compare(alertStateId(value), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QString alertStateDisplayName(AlertState value)
{
    switch (value) {
    case AlertState::Open:
        return QCoreApplication::translate("Vigil::AlertState", "Open");
    case AlertState::Acknowledged:
        return QCoreApplication::translate("Vigil::AlertState", "Acknowledged");
    case AlertState::Snoozed:
        return QCoreApplication::translate("Vigil::AlertState", "Snoozed");
    case AlertState::Resolved:
        return QCoreApplication::translate("Vigil::AlertState", "Resolved");
    }
    return {};
}

} // namespace Vigil
