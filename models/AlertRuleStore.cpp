// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertRuleStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Vigil {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> objectFrom(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace

AlertRuleStore::AlertRuleStore(Database &database)
    : m_db(database)
{
}

Status AlertRuleStore::seedDefaults(const QDateTime &now)
{
    const Result<QList<AlertRule>> defaults = RuleSet::defaults();
    if (!defaults) {
        return defaults.error();
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO alert_rules (id, definition, updated_at) VALUES (?, ?, ?)"));
        for (const AlertRule &rule : defaults.value()) {
            q.addBindValue(rule.id);
            q.addBindValue(compact(rule.toJson()));
            q.addBindValue(toEpoch(now));
            if (!q.exec()) {
                return m_db.queryError(q, tr("adding the built-in alert rules"));
            }
        }
        return {};
    });
}

Result<RuleSet> AlertRuleStore::load(const QDateTime &now)
{
    if (Status seeded = seedDefaults(now); !seeded) {
        return seeded.error();
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, definition FROM alert_rules ORDER BY id"))) {
        return m_db.queryError(q, tr("reading alert rules"));
    }
    QList<AlertRule> rules;
    while (q.next()) {
        const QString where = tr("alert rule %1 in the database").arg(q.value(0).toString());
        const std::optional<QJsonObject> json = objectFrom(q.value(1).toString());
        if (!json) {
            return Error{ErrorCode::Parse, tr("the stored rule is not a JSON object"), where};
        }
        Result<AlertRule> rule = AlertRule::fromJson(*json, where);
        if (!rule) {
            return rule.error();
        }
        rules.append(std::move(rule).value());
    }
    RuleSet set(std::move(rules));
    if (!q.exec(QStringLiteral("SELECT client_id, rule, definition FROM alert_rule_overrides"))) {
        return m_db.queryError(q, tr("reading alert rule overrides"));
    }
    while (q.next()) {
        const std::optional<QJsonObject> json = objectFrom(q.value(2).toString());
        if (!json) {
            return Error{ErrorCode::Parse, tr("the stored override is not a JSON object"),
                         tr("override of %1 for client %2").arg(q.value(1).toString()).arg(q.value(0).toLongLong())};
        }
        // An override of a rule that was removed since is ignored; one that no longer validates is an error.
        if (!set.rule(q.value(1).toString())) {
            continue;
        }
        if (Status s = set.setOverride(q.value(0).toLongLong(), q.value(1).toString(), *json); !s) {
            return s.error();
        }
    }
    return set;
}

Status AlertRuleStore::saveRule(const AlertRule &rule, const QDateTime &now)
{
    // Round-trip through the parser so nothing invalid is ever stored.
    if (Result<AlertRule> valid = AlertRule::fromJson(rule.toJson(), rule.id); !valid) {
        return valid.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO alert_rules (id, definition, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(rule.id);
    q.addBindValue(compact(rule.toJson()));
    q.addBindValue(toEpoch(now));
    if (!q.exec()) {
        return m_db.queryError(q, tr("saving alert rule %1").arg(rule.id));
    }
    return {};
}

Status AlertRuleStore::setOverride(qint64 clientId, const QString &ruleId, const QJsonObject &override,
                                   const QDateTime &now)
{
    Result<RuleSet> set = load(now);
    if (!set) {
        return set.error();
    }
    QJsonObject merged = override;
    QSqlQuery existing(m_db.connection());
    existing.prepare(QStringLiteral("SELECT definition FROM alert_rule_overrides WHERE client_id = ? AND rule = ?"));
    existing.addBindValue(clientId);
    existing.addBindValue(ruleId);
    if (!existing.exec()) {
        return m_db.queryError(existing, tr("reading alert rule overrides"));
    }
    if (existing.next()) {
        QJsonObject stored = objectFrom(existing.value(0).toString()).value_or(QJsonObject());
        for (auto it = override.begin(); it != override.end(); ++it) {
            stored.insert(it.key(), it.value());
        }
        merged = stored;
    }
    RuleSet check(set->rules());
    if (Status s = check.setOverride(clientId, ruleId, merged); !s) {
        return s;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO alert_rule_overrides (client_id, rule, definition, updated_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (client_id, rule) DO UPDATE SET "
                             "definition = excluded.definition, updated_at = excluded.updated_at"));
    q.addBindValue(clientId);
    q.addBindValue(ruleId);
    q.addBindValue(compact(merged));
    q.addBindValue(toEpoch(now));
    if (!q.exec()) {
        return m_db.queryError(q, tr("saving an alert rule override"));
    }
    return {};
}

Status AlertRuleStore::clearOverride(qint64 clientId, const QString &ruleId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM alert_rule_overrides WHERE client_id = ? AND rule = ?"));
    q.addBindValue(clientId);
    q.addBindValue(ruleId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("removing an alert rule override"));
    }
    return {};
}

} // namespace Vigil
