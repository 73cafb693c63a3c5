// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Vigil {

RuleSet::RuleSet(QList<AlertRule> rules)
    : m_rules(std::move(rules))
{
}

Status RuleSet::setOverride(qint64 clientId, const QString &ruleId, const QJsonObject &override)
{
    QList<AlertRule> effective = m_clientRules.value(clientId, m_rules);
    for (AlertRule &rule : effective) {
        if (rule.id == ruleId) {
            Result<AlertRule> changed = rule.overriddenBy(override, tr("client %1").arg(clientId));
            if (!changed) {
                return changed.error();
            }
            rule = std::move(changed).value();
            m_clientRules.insert(clientId, std::move(effective));
            return {};
        }
    }
    return Error{ErrorCode::NotFound, tr("there is no rule \"%1\"").arg(ruleId), {}};
}

const QList<AlertRule> &RuleSet::rules() const
{
    return m_rules;
}

const QList<AlertRule> &RuleSet::rulesFor(qint64 clientId) const
{
    const auto it = m_clientRules.constFind(clientId);
    return it == m_clientRules.constEnd() ? m_rules : *it;
}

const AlertRule *RuleSet::rule(const QString &id) const
{
    for (const AlertRule &rule : m_rules) {
        if (rule.id == id) {
            return &rule;
        }
    }
    return nullptr;
}

Result<QList<AlertRule>> RuleSet::parseDocument(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::Parse,
                     tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()), where};
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("rules")).isArray()) {
        return Error{ErrorCode::Parse, tr("expected an object with a \"rules\" array"), where};
    }
    const QJsonArray array = document.object().value(QStringLiteral("rules")).toArray();
    QList<AlertRule> rules;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString ruleWhere = tr("%1, rule %2").arg(where).arg(i + 1);
        if (!array.at(i).isObject()) {
            return Error{ErrorCode::Parse, tr("a rule must be an object"), ruleWhere};
        }
        Result<AlertRule> rule = AlertRule::fromJson(array.at(i).toObject(), ruleWhere);
        if (!rule) {
            return rule.error();
        }
        if (ids.contains(rule->id)) {
            return Error{ErrorCode::InvalidInput, tr("rule %1 appears twice").arg(rule->id), ruleWhere};
        }
        ids.insert(rule->id);
        rules.append(std::move(rule).value());
    }
    return rules;
}

Result<QList<AlertRule>> RuleSet::defaults()
{
    const QString path = QStringLiteral(":/rules/default-rules.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, tr("the built-in rules are missing: %1").arg(file.errorString()), path};
    }
    return parseDocument(file.readAll(), path);
}

} // namespace Vigil
