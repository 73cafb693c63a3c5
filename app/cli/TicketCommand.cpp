// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketCommand.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DurationText.h"
#include "InventoryStore.h"
#include "TicketStore.h"
#include "TicketText.h"
#include "TimeSpec.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace Vigil {

namespace {

const QString clientOption = QStringLiteral("client");
const QString titleOption = QStringLiteral("title");
const QString priorityOption = QStringLiteral("priority");
const QString deviceOption = QStringLiteral("device");
const QString descriptionOption = QStringLiteral("description");
const QString clientVisibleOption = QStringLiteral("client-visible");
const QString noteOption = QStringLiteral("note");
const QString notesOption = QStringLiteral("notes");
const QString asOption = QStringLiteral("as");
const QString fromAlertOption = QStringLiteral("from-alert");
const QString reportedOption = QStringLiteral("reported");

// Which options each action takes, and how many arguments after the action.
struct Action
{
    QSet<QString> options;
    int arguments = 0;
    QString usage;
};

const QHash<QString, Action> &actions()
{
    static const QHash<QString, Action> all{
        {QStringLiteral("new"),
         {{clientOption, titleOption, priorityOption, deviceOption, descriptionOption, asOption, fromAlertOption,
           reportedOption},
          0,
          QStringLiteral("ticket new --client NAME --title T [--priority P] [--device NAME] [--description D] "
                         "[--reported TIME] | ticket new --from-alert ID")}},
        {QStringLiteral("show"), {{}, 1, QStringLiteral("ticket show ID")}},
        {QStringLiteral("note"),
         {{clientVisibleOption, asOption}, 2, QStringLiteral("ticket note ID TEXT [--client-visible]")}},
        {QStringLiteral("log"), {{noteOption, asOption}, 2, QStringLiteral("ticket log ID MINUTES [--note T]")}},
        {QStringLiteral("status"), {{notesOption, asOption}, 2, QStringLiteral("ticket status ID STATUS")}},
        {QStringLiteral("priority"), {{asOption}, 2, QStringLiteral("ticket priority ID PRIORITY")}},
        {QStringLiteral("assign"), {{asOption}, 2, QStringLiteral("ticket assign ID NAME")}},
        {QStringLiteral("unassign"), {{asOption}, 1, QStringLiteral("ticket unassign ID")}},
        {QStringLiteral("close"), {{notesOption, asOption}, 1, QStringLiteral("ticket close ID --notes TEXT")}},
    };
    return all;
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

TicketCommand::TicketCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("ticket"),
                 tr("Open, show and work on one ticket: new, show, note, log, status, priority, assign, unassign, "
                    "close."))
{
}

void TicketCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("new, show, note, log, status, priority, assign, unassign or close."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), tr("The ticket id and the action's arguments."),
                                 QStringLiteral("[ID] [ARG]"));
    parser.addOption({clientOption, tr("new: the client (by name)."), QStringLiteral("NAME")});
    parser.addOption({titleOption, tr("new: the title."), QStringLiteral("TEXT")});
    parser.addOption({priorityOption, tr("new: critical, high, normal (default) or low."), QStringLiteral("P")});
    parser.addOption({deviceOption, tr("new: the client's device (by name)."), QStringLiteral("NAME")});
    parser.addOption({descriptionOption, tr("new: what the client reported."), QStringLiteral("TEXT")});
    parser.addOption({reportedOption,
                      tr("new: when the client reported it, if before now (a call written up later); the SLA clocks "
                         "start then. 07:30, 2h, 2026-11-23T07:00 …"),
                      QStringLiteral("TIME")});
    parser.addOption({fromAlertOption,
                      tr("new: escalate this alert instead (its client, device and history, priority from its "
                         "severity); an alert that has a ticket gives that ticket."),
                      QStringLiteral("ID")});
    parser.addOption({clientVisibleOption, tr("note: the client may see this note (default: internal).")});
    parser.addOption({noteOption, tr("log: what the time was spent on."), QStringLiteral("TEXT")});
    parser.addOption(
        {notesOption, tr("close, status resolved: closing notes, what was done (required)."), QStringLiteral("TEXT")});
    parser.addOption(
        {asOption, tr("Technician name (default: from the settings, else the login name)."), QStringLiteral("NAME")});
}

int TicketCommand::execute(const QCommandLineParser &parser)
{
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        return usageError(tr("which action? Use new, show, note, log, status, priority, assign, unassign or close"));
    }
    const QString name = arguments.takeFirst();
    const auto action = actions().constFind(name);
    if (action == actions().cend()) {
        return usageError(tr("unknown action '%1' (use new, show, note, log, status, priority, assign, unassign or "
                             "close)")
                              .arg(name));
    }
    for (const QString &option : parser.optionNames()) {
        if (!action->options.contains(option)) {
            return usageError(tr("--%1 does not apply to 'ticket %2'").arg(option, name));
        }
    }
    if (arguments.size() != action->arguments) {
        return usageError(tr("usage: vigil-cli %1").arg(action->usage));
    }
    const QString who = (parser.isSet(asOption) ? parser.value(asOption) : AppSettings().technicianName()).trimmed();
    if (who.isEmpty()) {
        return usageError(tr("--as needs a name"));
    }
    if (name == QLatin1String("new")) {
        return create(parser, who);
    }

    bool ok = false;
    const qint64 id = arguments.constFirst().toLongLong(&ok);
    if (!ok || id <= 0) {
        return usageError(tr("'%1' is not a ticket id").arg(arguments.constFirst()));
    }
    // Validate the action's input before touching the database.
    int minutes = 0;
    std::optional<TicketStatus> status;
    std::optional<Priority> priority;
    if (name == QLatin1String("log")) {
        minutes = arguments.at(1).toInt(&ok);
        if (!ok || minutes <= 0) {
            return usageError(tr("'%1' is not a number of minutes greater than 0").arg(arguments.at(1)));
        }
    } else if (name == QLatin1String("status")) {
        status = ticketStatusFromId(arguments.at(1));
        if (!status) {
            return usageError(tr("unknown status '%1' (use open, waiting, resolved or closed)").arg(arguments.at(1)));
        }
    } else if (name == QLatin1String("priority")) {
        priority = priorityFromId(arguments.at(1));
        if (!priority) {
            return usageError(tr("unknown priority '%1' (use critical, high, normal or low)").arg(arguments.at(1)));
        }
    } else if (name == QLatin1String("note") && arguments.at(1).trimmed().isEmpty()) {
        return usageError(tr("the note is empty"));
    } else if (name == QLatin1String("assign") && arguments.at(1).trimmed().isEmpty()) {
        return usageError(tr("assign to whom? Use 'ticket unassign ID' to unassign"));
    }
    const bool resolving = name == QLatin1String("close") || status == TicketStatus::Resolved;
    if (resolving && parser.value(notesOption).trimmed().isEmpty()) {
        return usageError(tr("resolving a ticket needs closing notes: --notes TEXT (what was done)"));
    }

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    TicketStore store(*database.value());
    if (name == QLatin1String("show")) {
        return show(store, id);
    }
    const QDateTime now = Clock::system().now();
    Status result;
    QString done;
    if (name == QLatin1String("note")) {
        result = store.addNote(id, who, arguments.at(1), parser.isSet(clientVisibleOption), now);
        done = tr("Added a note to ticket #%1.").arg(id);
    } else if (name == QLatin1String("log")) {
        result = store.logTime(id, who, minutes, parser.value(noteOption), now);
        done = tr("Logged %1 on ticket #%2.").arg(durationText(qint64{minutes} * 60)).arg(id);
    } else if (name == QLatin1String("status")) {
        result = store.setStatus(id, *status, who, parser.value(notesOption), now);
        done = tr("Ticket #%1: status %2.").arg(id).arg(ticketStatusDisplayName(*status));
    } else if (name == QLatin1String("priority")) {
        result = store.setPriority(id, *priority, who, now);
        done = tr("Ticket #%1: priority %2.").arg(id).arg(priorityDisplayName(*priority));
    } else if (name == QLatin1String("assign")) {
        result = store.assign(id, arguments.at(1), who, now);
        done = tr("Ticket #%1 is assigned to %2.").arg(id).arg(arguments.at(1).trimmed());
    } else if (name == QLatin1String("unassign")) {
        result = store.assign(id, QString(), who, now);
        done = tr("Ticket #%1 is unassigned.").arg(id);
    } else {
        result = store.setStatus(id, TicketStatus::Resolved, who, parser.value(notesOption), now);
        done = tr("Resolved ticket #%1.").arg(id);
    }
    if (!result) {
        return runtimeError(result.error());
    }
    m_context.out << done << '\n';
    return ExitOk;
}

int TicketCommand::create(const QCommandLineParser &parser, const QString &who)
{
    if (parser.isSet(fromAlertOption)) {
        return createFromAlert(parser, who);
    }
    const QDateTime now = Clock::system().now();
    QDateTime reported = now;
    if (parser.isSet(reportedOption)) {
        const Result<QDateTime> time = parseTimeSpec(parser.value(reportedOption), now, TimeDirection::Past);
        if (!time) {
            return usageError(tr("--reported: %1").arg(time.error().message));
        }
        if (time.value() > now) {
            return usageError(tr("--reported is in the future (%1)").arg(localTime(time.value())));
        }
        reported = time.value();
    }
    if (parser.value(clientOption).trimmed().isEmpty()) {
        return usageError(tr("ticket new needs --client NAME"));
    }
    if (parser.value(titleOption).trimmed().isEmpty()) {
        return usageError(tr("ticket new needs --title TEXT"));
    }
    NewTicket ticket;
    ticket.title = parser.value(titleOption);
    ticket.description = parser.value(descriptionOption);
    if (parser.isSet(priorityOption)) {
        const std::optional<Priority> priority = priorityFromId(parser.value(priorityOption));
        if (!priority) {
            return usageError(
                tr("unknown priority '%1' (use critical, high, normal or low)").arg(parser.value(priorityOption)));
        }
        ticket.priority = *priority;
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore inventory(*database.value());
    const Result<Client> client = inventory.clientByName(parser.value(clientOption));
    if (!client) {
        return runtimeError(client.error());
    }
    ticket.clientId = client->id;
    if (parser.isSet(deviceOption)) {
        const Result<Device> device = inventory.deviceByName(client->id, parser.value(deviceOption));
        if (!device) {
            return runtimeError(device.error());
        }
        ticket.deviceId = device->id;
    }
    TicketStore store(*database.value());
    const Result<qint64> id = store.create(ticket, who, reported);
    if (!id) {
        return runtimeError(id.error());
    }
    m_context.out << tr("Opened ticket #%1.").arg(id.value()) << '\n';
    return ExitOk;
}

int TicketCommand::createFromAlert(const QCommandLineParser &parser, const QString &who)
{
    for (const QString &option :
         {clientOption, titleOption, priorityOption, deviceOption, descriptionOption, reportedOption}) {
        if (parser.isSet(option)) {
            return usageError(tr("--%1 does not go with --from-alert: the ticket takes the alert's client, device, "
                                 "summary and severity")
                                  .arg(option));
        }
    }
    bool ok = false;
    const qint64 alertId = parser.value(fromAlertOption).toLongLong(&ok);
    if (!ok || alertId <= 0) {
        return usageError(tr("'%1' is not an alert id").arg(parser.value(fromAlertOption)));
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    TicketStore store(*database.value());
    const Result<qint64> id = store.createFromAlert(alertId, who, Clock::system().now());
    if (!id) {
        return runtimeError(id.error());
    }
    m_context.out << tr("Ticket #%1 for alert #%2.").arg(id.value()).arg(alertId) << '\n';
    return ExitOk;
}

int TicketCommand::show(TicketStore &store, qint64 id)
{
    const QDateTime now = Clock::system().now();
    const Result<TicketDetail> detail = store.ticket(id, now);
    if (!detail) {
        return runtimeError(detail.error());
    }
    const Ticket &t = detail->ticket;
    QTextStream &out = m_context.out;
    out << tr("Ticket #%1: %2").arg(t.id).arg(t.title) << '\n';
    const auto field = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            out << QStringLiteral("  %1 %2").arg(label, -18).arg(value) << '\n';
        }
    };
    field(tr("Client:"), t.clientName);
    field(tr("Site:"), t.siteName);
    field(tr("Device:"), t.deviceName);
    field(tr("Priority:"), priorityDisplayName(t.priority));
    field(tr("Status:"), ticketStatusDisplayName(t.status));
    field(tr("Assignee:"), t.assignee.isEmpty() ? tr("unassigned") : t.assignee);
    field(tr("Opened:"), tr("%1 (%2 ago)").arg(localTime(t.createdAt), durationText(t.createdAt.secsTo(now))));
    field(tr("First response:"),
          t.firstResponseAt.isValid()
              ? tr("%1, %2").arg(localTime(t.firstResponseAt), TicketText::sla(t.response, now))
              : tr("%1 (due %2)").arg(TicketText::sla(t.response, now), localTime(t.response.dueAt)));
    field(tr("Resolution:"),
          t.resolvedAt.isValid()
              ? tr("%1, %2").arg(localTime(t.resolvedAt), TicketText::sla(t.resolution, now))
              : tr("%1 (due %2)")
                    .arg(TicketText::sla(t.resolution, now),
                         t.resolution.dueAt.isValid() ? localTime(t.resolution.dueAt) : tr("when the client replies")));
    field(tr("Time worked:"), durationText(qint64{detail->minutesWorked()} * 60));
    QStringList alerts;
    for (const qint64 alertId : detail->alertIds) {
        alerts.append(QStringLiteral("#%1").arg(alertId));
    }
    field(tr("Alerts:"), alerts.join(QStringLiteral(", ")));
    if (!t.description.isEmpty()) {
        out << '\n' << t.description << '\n';
    }
    if (!t.closingNotes.isEmpty()) {
        out << '\n' << tr("Closing notes: %1").arg(t.closingNotes) << '\n';
    }
    out << '\n' << tr("Timeline:") << '\n';
    for (const TicketEvent &e : detail->events) {
        QString what = e.body;
        if (e.kind == QLatin1String("note")) {
            what = (e.clientVisible ? tr("note (client-visible): %1") : tr("note (internal): %1")).arg(e.body);
        } else if (e.kind == QLatin1String("status")) {
            const std::optional<TicketStatus> s = ticketStatusFromId(e.body);
            what = tr("status → %1").arg(s ? ticketStatusDisplayName(*s) : e.body);
        } else if (e.kind == QLatin1String("priority")) {
            const std::optional<Priority> p = priorityFromId(e.body);
            what = tr("priority → %1").arg(p ? priorityDisplayName(*p) : e.body);
        } else if (e.kind == QLatin1String("assigned")) {
            what = e.body.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(e.body);
        } else if (e.kind == QLatin1String("created")) {
            what = tr("opened");
        } else if (e.kind == QLatin1String("time")) {
            what = tr("time worked: %1").arg(e.body);
        } else if (e.kind == QLatin1String("closing-notes")) {
            what = tr("closing notes: %1").arg(e.body);
        } else if (e.kind == QLatin1String("alert")) {
            what = tr("alert: %1").arg(e.body);
        }
        // Multi-line bodies (an escalated alert's history) stay readable under the timestamp.
        what.replace(u'\n', QStringLiteral("\n                         "));
        out << QStringLiteral("  %1  %2  %3").arg(localTime(e.at), e.actor.left(8).leftJustified(8), what) << '\n';
    }
    return ExitOk;
}

} // namespace Vigil
