// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertRule.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Vigil {

// The rules in force: the team's rules and each client's overrides of them, resolved once per client.
class RuleSet final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::RuleSet)

public:
    RuleSet() = default;
    explicit RuleSet(QList<AlertRule> rules);

    // Overrides are validated when set; a bad one is refused and leaves the set unchanged.
    Status setOverride(qint64 clientId, const QString &ruleId, const QJsonObject &override);

    const QList<AlertRule> &rules() const;
    // The effective rules for a client (its overrides applied); disabled rules are included, callers skip them.
    const QList<AlertRule> &rulesFor(qint64 clientId) const;
    const AlertRule *rule(const QString &id) const;

    // A rules document ({"rules": [...]}, as in resources/rules/default-rules.json); `where` names it in errors.
    static Result<QList<AlertRule>> parseDocument(const QByteArray &json, const QString &where);
    // The rules Vigil ships with (the resource file).
    static Result<QList<AlertRule>> defaults();

private:
    QList<AlertRule> m_rules;
    QHash<qint64, QList<AlertRule>> m_clientRules;
};

} // namespace Vigil
