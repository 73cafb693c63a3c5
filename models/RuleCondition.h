// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Vigil {

// What a rule measures on a device. Each condition yields one number per subject (a mount point, a backup job, a
// drive, or the device itself); booleans are 1 when the bad thing is true. Rules compare that number with their
// thresholds, so every rule, built-in or edited, works the same way.
enum class RuleCondition {
    DiskUsedPercent,        // per mount point
    Unreachable,            // device-wide: 1 when the poll failed
    BackupAgeHours,         // per job: hours since the last success (since the first run when it never succeeded)
    BackupLastRunFailed,    // per job
    RestoreTestAgeDays,     // per job: days since the last verified restore (never tested: the backup's age)
    SmartUnhealthy,         // per drive
    SmartReallocatedGrowth, // per drive: reallocated sectors added since the baseline
    RebootRequired,         // device-wide
    SecurityUpdatesPending, // device-wide: the number of security updates
    MemoryUsedPercent,      // device-wide
    CpuBusyPercent,         // device-wide
};

inline constexpr std::array<RuleCondition, 11> allRuleConditions{
    RuleCondition::DiskUsedPercent,        RuleCondition::Unreachable,        RuleCondition::BackupAgeHours,
    RuleCondition::BackupLastRunFailed,    RuleCondition::RestoreTestAgeDays, RuleCondition::SmartUnhealthy,
    RuleCondition::SmartReallocatedGrowth, RuleCondition::RebootRequired,     RuleCondition::SecurityUpdatesPending,
    RuleCondition::MemoryUsedPercent,      RuleCondition::CpuBusyPercent};

QString ruleConditionId(RuleCondition condition);
std::optional<RuleCondition> ruleConditionFromId(QStringView id);
QString ruleConditionDisplayName(RuleCondition condition);

} // namespace Vigil
