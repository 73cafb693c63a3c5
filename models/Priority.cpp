// SPDX-License-Identifier: GPL-3.0-or-later
#include "Priority.h"

#include <QCoreApplication>

namespace Vigil {

QString priorityId(Priority priority)
{
    switch (priority) {
    case Priority::Critical:
        return QStringLiteral("critical");
    case Priority::High:
        return QStringLiteral("high");
    case Priority::Normal:
        return QStringLiteral("normal");
    case Priority::Low:
        return QStringLiteral("low");
    }
    return QStringLiteral("normal");
}

std::optional<Priority> priorityFromId(QStringView id)
{
    for (const Priority priority : allPriorities) {
        if (id.compare(priorityId(priority), Qt::CaseInsensitive) == 0) {
            return priority;
        }
    }
    return std::nullopt;
}

QString priorityDisplayName(Priority priority)
{
    switch (priority) {
    case Priority::Critical:
        return QCoreApplication::translate("Vigil::Priority", "Critical");
    case Priority::High:
        return QCoreApplication::translate("Vigil::Priority", "High");
    case Priority::Normal:
        return QCoreApplication::translate("Vigil::Priority", "Normal");
    case Priority::Low:
        return QCoreApplication::translate("Vigil::Priority", "Low");
    }
    return {};
}

} // namespace Vigil
