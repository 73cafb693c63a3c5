// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketsCommand.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DurationText.h"
#include "InventoryStore.h"
#include "RecordOutput.h"
#include "TextTable.h"
#include "TicketStore.h"
#include "TicketText.h"

#include <QJsonObject>

namespace Vigil {

namespace {

const QString statusOption = QStringLiteral("status");
const QString clientOption = QStringLiteral("client");
const QString mineOption = QStringLiteral("mine");
const QString unassignedOption = QStringLiteral("unassigned");
const QString breachedOption = QStringLiteral("breached");
const QString formatOption = QStringLiteral("format");
const QString asOption = QStringLiteral("as");

} // namespace

TicketsCommand::TicketsCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("tickets"), tr("List tickets, most urgent SLA first."))
{
}

void TicketsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({statusOption,
                      tr("Comma-separated statuses: new, open, waiting, resolved, closed, or all (default: new, "
                         "open and waiting)."),
                      QStringLiteral("S,...")});
    parser.addOption({clientOption, tr("Only this client's tickets."), QStringLiteral("NAME")});
    parser.addOption({mineOption, tr("Only tickets assigned to you.")});
    parser.addOption({unassignedOption, tr("Only tickets nobody is assigned to.")});
    parser.addOption({breachedOption, tr("Only tickets whose running SLA clock is breached.")});
    parser.addOption({formatOption, tr("Output format: table (default), json or csv."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
    parser.addOption({asOption, tr("Technician name for --mine (default: from the settings, else the login name)."),
                      QStringLiteral("NAME")});
}

int TicketsCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QString format = parser.value(formatOption);
    if (!isListingFormat(format)) {
        return unknownFormatError(format);
    }
    if (parser.isSet(mineOption) && parser.isSet(unassignedOption)) {
        return usageError(tr("--mine and --unassigned cannot be combined"));
    }
    TicketFilter filter;
    if (parser.isSet(statusOption)) {
        const QStringList ids = parser.value(statusOption).split(u',', Qt::SkipEmptyParts);
        if (ids.isEmpty()) {
            return usageError(tr("--status needs at least one status"));
        }
        for (const QString &id : ids) {
            if (id.trimmed() == QLatin1String("all")) {
                filter.statuses = QList<TicketStatus>(allTicketStatuses.cbegin(), allTicketStatuses.cend());
                break;
            }
            const std::optional<TicketStatus> status = ticketStatusFromId(id.trimmed());
            if (!status) {
                return usageError(
                    tr("unknown status '%1' (use new, open, waiting, resolved, closed or all)").arg(id.trimmed()));
            }
            filter.statuses.append(*status);
        }
    }
    if (parser.isSet(mineOption)) {
        const QString who = parser.isSet(asOption) ? parser.value(asOption) : AppSettings().technicianName();
        if (who.trimmed().isEmpty()) {
            return usageError(tr("--as needs a name"));
        }
        filter.assignee = who.trimmed();
    } else if (parser.isSet(unassignedOption)) {
        filter.assignee = QString();
    }
    filter.breachedOnly = parser.isSet(breachedOption);

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    if (parser.isSet(clientOption)) {
        auto client = InventoryStore(*database.value()).clientByName(parser.value(clientOption));
        if (!client) {
            return runtimeError(client.error());
        }
        filter.clientId = client->id;
    }
    const QDateTime now = Clock::system().now();
    auto tickets = TicketStore(*database.value()).list(filter, now);
    if (!tickets) {
        return runtimeError(tickets.error());
    }

    if (format == QLatin1String("json") || format == QLatin1String("csv")) {
        QList<QJsonObject> records;
        records.reserve(tickets->size());
        for (const Ticket &t : tickets.value()) {
            records.append(TicketText::json(t, now));
        }
        if (format == QLatin1String("json")) {
            writeJsonRecords(m_context.out, records);
        } else {
            const QStringList columns{
                QStringLiteral("id"),         QStringLiteral("priority"),   QStringLiteral("client"),
                QStringLiteral("device"),     QStringLiteral("title"),      QStringLiteral("status"),
                QStringLiteral("assignee"),   QStringLiteral("sla_clock"),  QStringLiteral("sla"),
                QStringLiteral("created_at"), QStringLiteral("age_seconds")};
            writeCsvRecords(m_context.out, columns, records);
        }
    } else {
        TextTable table(
            {tr("ID"), tr("PRIORITY"), tr("CLIENT"), tr("TITLE"), tr("STATUS"), tr("ASSIGNEE"), tr("SLA"), tr("AGE")});
        table.setMaximumWidth(3, 50);
        for (const Ticket &t : tickets.value()) {
            table.addRow({QString::number(t.id), priorityDisplayName(t.priority), t.clientName, t.title,
                          ticketStatusDisplayName(t.status), t.assignee.isEmpty() ? tr("—") : t.assignee,
                          TicketText::sla(t.currentSla(), now), durationText(t.createdAt.secsTo(now))});
        }
        table.write(m_context.out);
        m_context.out << tr("%n ticket(s)", nullptr, static_cast<int>(tickets->size())) << '\n';
    }
    return ExitOk;
}

} // namespace Vigil
