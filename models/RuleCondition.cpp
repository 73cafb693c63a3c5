// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleCondition.h"

#include <QCoreApplication>

namespace Vigil {

QString ruleConditionId(RuleCondition condition)
{
    switch (condition) {
    case RuleCondition::DiskUsedPercent:
        return QStringLiteral("disk_used_percent");
    case RuleCondition::Unreachable:
        return QStringLiteral("unreachable");
    case RuleCondition::BackupAgeHours:
        return QStringLiteral("backup_age_hours");
    case RuleCondition::BackupLastRunFailed:
        return QStringLiteral("backup_last_run_failed");
    case RuleCondition::RestoreTestAgeDays:
        return QStringLiteral("restore_test_age_days");
    case RuleCondition::SmartUnhealthy:
        return QStringLiteral("smart_unhealthy");
    case RuleCondition::SmartReallocatedGrowth:
        return QStringLiteral("smart_reallocated_growth");
    case RuleCondition::RebootRequired:
        return QStringLiteral("reboot_required");
    case RuleCondition::SecurityUpdatesPending:
        return QStringLiteral("security_updates_pending");
    case RuleCondition::MemoryUsedPercent:
        return QStringLiteral("memory_used_percent");
    case RuleCondition::CpuBusyPercent:
        return QStringLiteral("cpu_busy_percent");
    }
    return {};
}

std::optional<RuleCondition> ruleConditionFromId(QStringView id)
{
    for (const RuleCondition condition : allRuleConditions) {
        if (id == ruleConditionId(condition)) {
            return condition;
        }
    }
    return std::nullopt;
}

QString ruleConditionDisplayName(RuleCondition condition)
{
    switch (condition) {
    case RuleCondition::DiskUsedPercent:
        return QCoreApplication::translate("Vigil::RuleCondition", "Disk used (%)");
    case RuleCondition::Unreachable:
        return QCoreApplication::translate("Vigil::RuleCondition", "Unreachable");
    case RuleCondition::BackupAgeHours:
        return QCoreApplication::translate("Vigil::RuleCondition", "Hours since the last good backup");
    case RuleCondition::BackupLastRunFailed:
        return QCoreApplication::translate("Vigil::RuleCondition", "Last backup run failed");
    case RuleCondition::RestoreTestAgeDays:
        return QCoreApplication::translate("Vigil::RuleCondition", "Days since the last restore test");
    case RuleCondition::SmartUnhealthy:
        return QCoreApplication::translate("Vigil::RuleCondition", "SMART unhealthy");
    case RuleCondition::SmartReallocatedGrowth:
        return QCoreApplication::translate("Vigil::RuleCondition", "Reallocated sectors added");
    case RuleCondition::RebootRequired:
        return QCoreApplication::translate("Vigil::RuleCondition", "Reboot required");
    case RuleCondition::SecurityUpdatesPending:
        return QCoreApplication::translate("Vigil::RuleCondition", "Security updates pending");
    case RuleCondition::MemoryUsedPercent:
        return QCoreApplication::translate("Vigil::RuleCondition", "Memory used (%)");
    case RuleCondition::CpuBusyPercent:
        return QCoreApplication::translate("Vigil::RuleCondition", "CPU busy (%)");
    }
    return {};
}

} // namespace Vigil
