// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesCommand.h"

#include "AlertRuleStore.h"
#include "Clock.h"
#include "Database.h"
#include "DurationText.h"
#include "InventoryStore.h"
#include "TextTable.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Vigil {

namespace {

const QString clientOption = QStringLiteral("client");
const QStringList levelKeys{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")};
const QString hysteresisOption = QStringLiteral("hysteresis");
const QString forOption = QStringLiteral("for");
const QString pollsOption = QStringLiteral("polls");
const QString enabledOption = QStringLiteral("enabled");

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

// "900", "15m", "2h", "7d" → seconds.
std::optional<qint64> seconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*(s|m|h|d)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 amount = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return amount * (unit == u"m" ? 60 : unit == u"h" ? 3600 : unit == u"d" ? 86400 : 1);
}

} // namespace

RulesCommand::RulesCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("rules"),
                 tr("List the alert rules in force (for the team, or with --client for one client), change one "
                    "(set RULE) or drop a client's changes (reset RULE --client NAME)."))
{
}

void RulesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list (default), set RULE or reset RULE"),
                                 QStringLiteral("[set|reset RULE]"));
    parser.addOption(
        {clientOption, tr("One client's rules (set: change them for this client only)."), QStringLiteral("NAME")});
    for (const QString &level : levelKeys) {
        parser.addOption(
            {level, tr("set: the %1 threshold, or \"none\" to drop that level.").arg(level), QStringLiteral("N")});
    }
    parser.addOption(
        {hysteresisOption, tr("set: how far below the lowest threshold an alert clears."), QStringLiteral("N")});
    parser.addOption(
        {forOption, tr("set: how long the condition must hold first: 900, 15m, 2h, 7d."), QStringLiteral("DURATION")});
    parser.addOption({pollsOption, tr("set: on how many polls in a row."), QStringLiteral("N")});
    parser.addOption({enabledOption, tr("set: yes or no."), QStringLiteral("yes|no")});
}

int RulesCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if ((action == QLatin1String("list") && args.size() > 1)
        || ((action == QLatin1String("set") || action == QLatin1String("reset")) && args.size() != 2)
        || (action != QLatin1String("list") && action != QLatin1String("set") && action != QLatin1String("reset"))) {
        return usageError(tr("use: rules, rules set RULE [options] or rules reset RULE --client NAME"));
    }
    QJsonObject change;
    if (action == QLatin1String("set")) {
        for (const QString &level : levelKeys) {
            if (!parser.isSet(level)) {
                continue;
            }
            const QString value = parser.value(level);
            bool ok = false;
            const double n = value.toDouble(&ok);
            if (value == QLatin1String("none")) {
                change.insert(level, QJsonValue());
            } else if (ok) {
                change.insert(level, n);
            } else {
                return usageError(tr("--%1 needs a number or \"none\"").arg(level));
            }
        }
        if (parser.isSet(hysteresisOption)) {
            bool ok = false;
            const double n = parser.value(hysteresisOption).toDouble(&ok);
            if (!ok) {
                return usageError(tr("--hysteresis needs a number"));
            }
            change.insert(hysteresisOption, n);
        }
        if (parser.isSet(forOption)) {
            const std::optional<qint64> s = seconds(parser.value(forOption));
            if (!s) {
                return usageError(tr("--for needs a duration like 900, 15m, 2h or 7d"));
            }
            change.insert(forOption, static_cast<double>(*s));
        }
        if (parser.isSet(pollsOption)) {
            bool ok = false;
            const int n = parser.value(pollsOption).toInt(&ok);
            if (!ok) {
                return usageError(tr("--polls needs a whole number"));
            }
            change.insert(pollsOption, n);
        }
        if (parser.isSet(enabledOption)) {
            const QString value = parser.value(enabledOption);
            if (value != QLatin1String("yes") && value != QLatin1String("no")) {
                return usageError(tr("--enabled needs yes or no"));
            }
            change.insert(enabledOption, value == QLatin1String("yes"));
        }
        if (change.isEmpty()) {
            return usageError(tr("set needs at least one of --info, --warning, --critical, --hysteresis, --for, "
                                 "--polls, --enabled"));
        }
    }
    if (action == QLatin1String("reset") && !parser.isSet(clientOption)) {
        return usageError(tr("reset needs --client NAME (team rules are changed with set)"));
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    const QDateTime now = Clock::system().now();
    AlertRuleStore store(*database.value());
    qint64 clientId = 0;
    if (parser.isSet(clientOption)) {
        auto client = InventoryStore(*database.value()).clientByName(parser.value(clientOption));
        if (!client) {
            return runtimeError(client.error());
        }
        clientId = client->id;
    }
    const QString ruleId = args.value(1);
    if (action == QLatin1String("set")) {
        Status status;
        if (clientId != 0) {
            status = store.setOverride(clientId, ruleId, change, now);
        } else {
            auto rules = store.load(now);
            if (!rules) {
                return runtimeError(rules.error());
            }
            const AlertRule *rule = rules->rule(ruleId);
            if (!rule) {
                return runtimeError(Error{ErrorCode::NotFound, tr("there is no rule \"%1\"").arg(ruleId), {}});
            }
            auto changed = rule->overriddenBy(change, ruleId);
            status = changed ? store.saveRule(changed.value(), now) : Status(changed.error());
        }
        if (!status) {
            return runtimeError(status.error());
        }
        m_context.out << tr("Rule %1 changed; pollers pick it up when they next load their devices.").arg(ruleId)
                      << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("reset")) {
        if (Status cleared = store.clearOverride(clientId, ruleId); !cleared) {
            return runtimeError(cleared.error());
        }
        m_context.out
            << tr("Rule %1 for client %2 follows the team's rule again.").arg(ruleId, parser.value(clientOption))
            << '\n';
        return ExitOk;
    }
    auto rules = store.load(now);
    if (!rules) {
        return runtimeError(rules.error());
    }
    TextTable table({tr("RULE"), tr("MEASURES"), tr("INFO"), tr("WARNING"), tr("CRITICAL"), tr("CLEARS"), tr("FOR"),
                     tr("POLLS"), tr("ON")});
    const QList<AlertRule> &effective = rules->rulesFor(clientId);
    for (const AlertRule &rule : effective) {
        const AlertRule *team = rules->rule(rule.id);
        const QString mark = team && !(*team == rule) ? QStringLiteral(" *") : QString();
        table.addRow({rule.id + mark, ruleConditionDisplayName(rule.condition), number(rule.infoAt),
                      number(rule.warningAt), number(rule.criticalAt),
                      rule.hysteresis > 0 ? tr("−%1").arg(rule.hysteresis) : QStringLiteral("–"),
                      rule.forSeconds > 0 ? durationText(rule.forSeconds) : QStringLiteral("–"),
                      QString::number(rule.polls), rule.enabled ? tr("yes") : tr("no")});
    }
    table.write(m_context.out);
    if (clientId != 0) {
        m_context.out << tr("* changed for this client") << '\n';
    }
    return ExitOk;
}

} // namespace Vigil
