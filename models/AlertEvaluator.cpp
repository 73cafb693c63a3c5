// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertEvaluator.h"

namespace Vigil {

AlertEvaluator::AlertEvaluator(Database &database)
    : m_ruleStore(database)
    , m_alerts(database)
{
}

Status AlertEvaluator::reloadRules(const QDateTime &now)
{
    Result<RuleSet> rules = m_ruleStore.load(now);
    if (!rules) {
        return rules.error();
    }
    m_rules = std::move(rules).value();
    return {};
}

Result<QList<qint64>> AlertEvaluator::evaluate(const QList<std::pair<qint64, DeviceSnapshot>> &polls,
                                               const QDateTime &now)
{
    if (polls.isEmpty()) {
        return QList<qint64>();
    }
    if (!m_rules) {
        if (Status loaded = reloadRules(now); !loaded) {
            return loaded.error();
        }
    }
    QList<qint64> ids;
    ids.reserve(polls.size());
    for (const auto &[deviceId, snapshot] : polls) {
        ids.append(deviceId);
    }
    Result<QHash<qint64, AlertStore::DeviceContext>> contexts = m_alerts.contexts(ids, now);
    if (!contexts) {
        return contexts.error();
    }
    QHash<qint64, RuleEngine::Outcome> outcomes;
    RuleEngine::DeviceInput input;
    for (const auto &[deviceId, snapshot] : polls) {
        const auto it = contexts->constFind(deviceId);
        if (it == contexts->cend()) {
            continue; // removed from the inventory while it was being polled
        }
        input.deviceId = deviceId;
        input.snapshot = snapshot;
        input.inMaintenance = it->inMaintenance;
        input.conditions = it->conditions;
        input.alerts = it->alerts;
        input.backupFirstSeen = it->backupFirstSeen;
        // A restore test a technician recorded counts as much as one the endpoint reports.
        for (BackupJobStatus &job : input.snapshot.backups) {
            const QDateTime recorded = it->restoreTests.value(job.job);
            if (recorded.isValid() && (!job.lastRestoreTest.isValid() || job.lastRestoreTest < recorded)) {
                job.lastRestoreTest = recorded;
            }
        }
        RuleEngine::Outcome outcome = RuleEngine::evaluate(m_rules->rulesFor(it->clientId), input, now);
        if (outcome.conditionsChanged || !outcome.changes.isEmpty()) {
            outcomes.insert(deviceId, std::move(outcome));
        }
    }
    return m_alerts.apply(outcomes, now);
}

} // namespace Vigil
