// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertRule.h"

#include <QJsonValue>

#include <cmath>

namespace Vigil {

namespace {

const QString kId = QStringLiteral("id");
const QString kCondition = QStringLiteral("condition");
const QString kCategory = QStringLiteral("category");
const QString kInfo = QStringLiteral("info");
const QString kWarning = QStringLiteral("warning");
const QString kCritical = QStringLiteral("critical");
const QString kHysteresis = QStringLiteral("hysteresis");
const QString kFor = QStringLiteral("for");
const QString kPolls = QStringLiteral("polls");
const QString kEnabled = QStringLiteral("enabled");

Error invalid(const QString &message, const QString &where)
{
    return Error{ErrorCode::InvalidInput, message, where};
}

} // namespace

std::optional<double> AlertRule::threshold(AlertSeverity severity) const
{
    switch (severity) {
    case AlertSeverity::Info:
        return infoAt;
    case AlertSeverity::Warning:
        return warningAt;
    case AlertSeverity::Critical:
        return criticalAt;
    }
    return std::nullopt;
}

std::optional<double> AlertRule::lowestThreshold() const
{
    std::optional<double> lowest;
    for (const AlertSeverity severity : allAlertSeverities) {
        const std::optional<double> t = threshold(severity);
        if (t && (!lowest || *t < *lowest)) {
            lowest = t;
        }
    }
    return lowest;
}

std::optional<AlertSeverity> AlertRule::severityFor(double value) const
{
    std::optional<AlertSeverity> result;
    for (const AlertSeverity severity : allAlertSeverities) {
        const std::optional<double> t = threshold(severity);
        if (t && value >= *t) {
            result = severity; // the array runs from least to most severe
        }
    }
    return result;
}

std::optional<AlertSeverity> AlertRule::severityKeeping(AlertSeverity current, double value) const
{
    if (clears(value)) {
        return std::nullopt;
    }
    const std::optional<AlertSeverity> reached = severityFor(value);
    if (reached && *reached >= current) {
        return reached;
    }
    // Falling: each level holds down to hysteresis below its threshold, never above the current one. Not clearing
    // means value + hysteresis reaches the lowest threshold, so some level is always kept.
    std::optional<AlertSeverity> kept = severityFor(value + hysteresis);
    if (!kept || *kept > current) {
        kept = current;
    }
    return reached && *reached > *kept ? reached : kept;
}

bool AlertRule::clears(double value) const
{
    const std::optional<double> lowest = lowestThreshold();
    return !lowest || value < *lowest - hysteresis;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject json{{kId, id},
                     {kCondition, ruleConditionId(condition)},
                     {kCategory, alertCategoryId(category)},
                     {kHysteresis, hysteresis},
                     {kFor, forSeconds},
                     {kPolls, polls},
                     {kEnabled, enabled}};
    if (infoAt) {
        json.insert(kInfo, *infoAt);
    }
    if (warningAt) {
        json.insert(kWarning, *warningAt);
    }
    if (criticalAt) {
        json.insert(kCritical, *criticalAt);
    }
    return json;
}

Result<AlertRule> AlertRule::fromJson(const QJsonObject &json, const QString &where)
{
    AlertRule rule;
    rule.id = json.value(kId).toString().trimmed();
    if (rule.id.isEmpty()) {
        return invalid(tr("the rule has no id"), where);
    }
    const QString conditionId = json.value(kCondition).toString();
    const std::optional<RuleCondition> condition = ruleConditionFromId(conditionId);
    if (!condition) {
        return invalid(tr("rule %1: unknown condition \"%2\"").arg(rule.id, conditionId), where);
    }
    rule.condition = *condition;
    const QString categoryId = json.value(kCategory).toString(QStringLiteral("other"));
    const std::optional<AlertCategory> category = alertCategoryFromId(categoryId);
    if (!category) {
        return invalid(tr("rule %1: unknown category \"%2\"").arg(rule.id, categoryId), where);
    }
    rule.category = *category;
    QJsonObject withoutIdentity = json;
    withoutIdentity.remove(kId);
    withoutIdentity.remove(kCondition);
    withoutIdentity.remove(kCategory);
    withoutIdentity.remove(QStringLiteral("comment"));
    return rule.overriddenBy(withoutIdentity, where);
}

Result<AlertRule> AlertRule::overriddenBy(const QJsonObject &override, const QString &where) const
{
    AlertRule rule = *this;
    for (auto it = override.begin(); it != override.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        const auto number = [&]() -> std::optional<double> {
            if (!value.isDouble() || !std::isfinite(value.toDouble())) {
                return std::nullopt;
            }
            return value.toDouble();
        };
        if (key == kInfo || key == kWarning || key == kCritical) {
            std::optional<double> &slot = key == kInfo      ? rule.infoAt
                                          : key == kWarning ? rule.warningAt
                                                            : rule.criticalAt;
            if (value.isNull()) {
                slot.reset();
                continue;
            }
            const std::optional<double> n = number();
            if (!n) {
                return invalid(tr("rule %1: \"%2\" must be a number or null").arg(rule.id, key), where);
            }
            slot = n;
        } else if (key == kHysteresis) {
            const std::optional<double> n = number();
            if (!n || *n < 0) {
                return invalid(tr("rule %1: hysteresis must be a number ≥ 0").arg(rule.id), where);
            }
            rule.hysteresis = *n;
        } else if (key == kFor) {
            const std::optional<double> n = number();
            if (!n || *n < 0 || *n != std::floor(*n)) {
                return invalid(tr("rule %1: \"for\" must be whole seconds ≥ 0").arg(rule.id), where);
            }
            rule.forSeconds = static_cast<qint64>(*n);
        } else if (key == kPolls) {
            const std::optional<double> n = number();
            if (!n || *n < 1 || *n > 1000 || *n != std::floor(*n)) {
                return invalid(tr("rule %1: \"polls\" must be a whole number from 1 to 1000").arg(rule.id), where);
            }
            rule.polls = static_cast<int>(*n);
        } else if (key == kEnabled) {
            if (!value.isBool()) {
                return invalid(tr("rule %1: \"enabled\" must be true or false").arg(rule.id), where);
            }
            rule.enabled = value.toBool();
        } else {
            return invalid(tr("rule %1: unknown setting \"%2\"").arg(rule.id, key), where);
        }
    }
    if (!rule.lowestThreshold()) {
        return invalid(tr("rule %1: needs at least one of info, warning or critical").arg(rule.id), where);
    }
    // Levels must rise with severity, or a higher value could lower the severity.
    std::optional<double> previous;
    for (const AlertSeverity severity : allAlertSeverities) {
        const std::optional<double> t = rule.threshold(severity);
        if (t && previous && *t <= *previous) {
            return invalid(tr("rule %1: thresholds must rise from info to warning to critical").arg(rule.id), where);
        }
        if (t) {
            previous = t;
        }
    }
    return rule;
}

} // namespace Vigil
