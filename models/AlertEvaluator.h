// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertRuleStore.h"
#include "AlertStore.h"
#include "DeviceSnapshot.h"
#include "Result.h"
#include "RuleSet.h"

#include <QList>

#include <utility>

namespace Vigil {

class Database;

// Runs the rules over a batch of polls and stores what they decided: the poller calls it in the transaction that
// saves the polls, so state, history and alerts always agree.
class AlertEvaluator final
{
    Q_DISABLE_COPY_MOVE(AlertEvaluator)

public:
    explicit AlertEvaluator(Database &database);

    // Reads the rules again (after an edit); evaluate() loads them the first time on its own.
    Status reloadRules(const QDateTime &now);

    // The ids of alerts opened or reopened by this batch.
    Result<QList<qint64>> evaluate(const QList<std::pair<qint64, DeviceSnapshot>> &polls, const QDateTime &now);

private:
    AlertRuleStore m_ruleStore;
    AlertStore m_alerts;
    std::optional<RuleSet> m_rules;
};

} // namespace Vigil
