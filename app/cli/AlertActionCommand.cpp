// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertActionCommand.h"

#include "AlertStore.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "TimeSpec.h"

namespace Vigil {

namespace {

const QString noteOption = QStringLiteral("note");
const QString untilOption = QStringLiteral("until");
const QString asOption = QStringLiteral("as");

QString commandName(AlertActionCommand::Action action)
{
    switch (action) {
    case AlertActionCommand::Action::Acknowledge:
        return QStringLiteral("ack");
    case AlertActionCommand::Action::Resolve:
        return QStringLiteral("resolve");
    case AlertActionCommand::Action::Snooze:
        return QStringLiteral("snooze");
    }
    return {};
}

QString description(AlertActionCommand::Action action)
{
    switch (action) {
    case AlertActionCommand::Action::Acknowledge:
        return AlertActionCommand::tr("Acknowledge alerts (you are looking into them).");
    case AlertActionCommand::Action::Resolve:
        return AlertActionCommand::tr("Resolve alerts.");
    case AlertActionCommand::Action::Snooze:
        return AlertActionCommand::tr("Snooze alerts until a time; they reopen then if the condition still holds.");
    }
    return {};
}

} // namespace

AlertActionCommand::AlertActionCommand(CliContext &context, Action action)
    : CliCommand(context, commandName(action), description(action))
    , m_action(action)
{
}

void AlertActionCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Alert ids (from vigil-cli alerts)."),
                                 QStringLiteral("ID..."));
    parser.addOption({noteOption, tr("A note for the alert's history."), QStringLiteral("TEXT")});
    parser.addOption(
        {asOption, tr("Technician name (default: from the settings, else the login name)."), QStringLiteral("NAME")});
    if (m_action == Action::Snooze) {
        parser.addOption(
            {untilOption, tr("When the snooze ends: 2026-11-24T08:00, 9:30, 4h, tomorrow, …"), QStringLiteral("TIME")});
    }
}

int AlertActionCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        return usageError(tr("which alert? Give one or more alert ids"));
    }
    QList<qint64> ids;
    for (const QString &argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0) {
            return usageError(tr("'%1' is not an alert id").arg(argument));
        }
        ids.append(id);
    }
    const QDateTime now = Clock::system().now();
    QDateTime until;
    if (m_action == Action::Snooze) {
        if (!parser.isSet(untilOption)) {
            return usageError(tr("snooze needs --until TIME"));
        }
        const Result<QDateTime> parsed = parseTimeSpec(parser.value(untilOption), now, TimeDirection::Future);
        if (!parsed) {
            return usageError(tr("--until: %1").arg(parsed.error().toString()));
        }
        until = parsed.value();
    }
    const QString who = parser.isSet(asOption) ? parser.value(asOption) : AppSettings().technicianName();
    if (who.trimmed().isEmpty()) {
        return usageError(tr("--as needs a name"));
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    AlertStore store(*database.value());
    const QString note = parser.value(noteOption);
    Status status;
    switch (m_action) {
    case Action::Acknowledge:
        status = store.acknowledge(ids, who, note, now);
        break;
    case Action::Resolve:
        status = store.resolve(ids, who, note, now);
        break;
    case Action::Snooze:
        status = store.snooze(ids, who, until, note, now);
        break;
    }
    if (!status) {
        return runtimeError(status.error());
    }
    const int n = static_cast<int>(ids.size());
    switch (m_action) {
    case Action::Acknowledge:
        m_context.out << tr("Acknowledged %n alert(s).", nullptr, n) << '\n';
        break;
    case Action::Resolve:
        m_context.out << tr("Resolved %n alert(s).", nullptr, n) << '\n';
        break;
    case Action::Snooze:
        m_context.out << tr("Snoozed %n alert(s) until %1.", nullptr, n)
                             .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
                      << '\n';
        break;
    }
    return ExitOk;
}

} // namespace Vigil
