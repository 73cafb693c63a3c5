// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// What the rule engine remembers about one rule on one device and subject between polls: since when the condition
// has held (for "for" durations), on how many consecutive polls (for "polls" counts, capped at what the rule
// needs), and the baseline of a growth rule. Stored in alert_conditions so a new process (vigil-cli poll from
// cron) carries on where the last one stopped.
struct ConditionState
{
    QString rule;
    QString subject;
    QDateTime since; // empty while the condition does not hold
    int count = 0;
    std::optional<double> baseline;

    bool holds() const { return since.isValid(); }
    friend bool operator==(const ConditionState &, const ConditionState &) = default;
};

} // namespace Vigil
