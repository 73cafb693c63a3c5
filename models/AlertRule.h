// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertCategory.h"
#include "AlertSeverity.h"
#include "Result.h"
#include "RuleCondition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Vigil {

// One alert rule as data: what it measures, the threshold of each severity it raises, how far the value must
// fall below the lowest threshold before an open alert clears (hysteresis, so a value hovering at a threshold
// neither flaps nor resolves), and how long the condition must hold before an alert opens ("for" seconds and/or
// consecutive polls).
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::AlertRule)

public:
    QString id;
    RuleCondition condition = RuleCondition::DiskUsedPercent;
    AlertCategory category = AlertCategory::Other;
    std::optional<double> infoAt;
    std::optional<double> warningAt;
    std::optional<double> criticalAt;
    double hysteresis = 0;
    qint64 forSeconds = 0;
    int polls = 1;
    bool enabled = true;

    std::optional<double> threshold(AlertSeverity severity) const;
    // The smallest threshold: where the condition starts to hold.
    std::optional<double> lowestThreshold() const;
    // The most severe level whose threshold the value reaches; empty below every threshold.
    std::optional<AlertSeverity> severityFor(double value) const;
    // The severity an alert already at `current` keeps for this value: it rises at once, and falls only when the
    // value is hysteresis below the current level's threshold.
    std::optional<AlertSeverity> severityKeeping(AlertSeverity current, double value) const;
    // True when an open alert should clear: the value is hysteresis below the lowest threshold.
    bool clears(double value) const;

    QJsonObject toJson() const;
    // Validates every field; `where` names the source in the error ("default-rules.json rule 3").
    static Result<AlertRule> fromJson(const QJsonObject &json, const QString &where);
    // A client's override: the keys it sets (thresholds, hysteresis, for, polls, enabled) replace this rule's.
    // A threshold set to null removes that level.
    Result<AlertRule> overriddenBy(const QJsonObject &override, const QString &where) const;

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

} // namespace Vigil
