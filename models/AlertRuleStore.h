// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertRule.h"
#include "Result.h"
#include "RuleSet.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Vigil {

class Database;

// The alert rules as editable data in the store: the team's rules (seeded from the built-in file, a rule a newer
// Vigil adds appears, an edited rule is never overwritten) and per-client overrides.
class AlertRuleStore final
{
    Q_DISABLE_COPY_MOVE(AlertRuleStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::AlertRuleStore)

public:
    explicit AlertRuleStore(Database &database);

    // Adds the built-in rules that are not in the store yet.
    Status seedDefaults(const QDateTime &now);
    // Seeds, then reads the rules and every client's overrides. A stored rule that no longer parses is an error
    // naming it, not a silent skip.
    Result<RuleSet> load(const QDateTime &now);

    Status saveRule(const AlertRule &rule, const QDateTime &now);
    // Validated against the rule before it is stored.
    Status setOverride(qint64 clientId, const QString &ruleId, const QJsonObject &override, const QDateTime &now);
    Status clearOverride(qint64 clientId, const QString &ruleId);

private:
    Database &m_db;
};

} // namespace Vigil
