// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertsCommand.h"

#include "AlertStore.h"
#include "Clock.h"
#include "Database.h"
#include "DurationText.h"
#include "InventoryStore.h"
#include "RecordOutput.h"
#include "TextTable.h"
#include "TimeSpec.h"

#include <QJsonObject>

namespace Vigil {

namespace {

const QString stateOption = QStringLiteral("state");
const QString sinceOption = QStringLiteral("since");
const QString clientOption = QStringLiteral("client");
const QString formatOption = QStringLiteral("format");

QJsonObject alertJson(const AlertQueueRow &row)
{
    const Alert &a = row.alert;
    QJsonObject json{{QStringLiteral("id"), a.id},
                     {QStringLiteral("severity"), alertSeverityId(a.severity)},
                     {QStringLiteral("state"), alertStateId(a.state)},
                     {QStringLiteral("category"), alertCategoryId(a.category)},
                     {QStringLiteral("client"), row.clientName},
                     {QStringLiteral("site"), row.siteName},
                     {QStringLiteral("device"), row.deviceName},
                     {QStringLiteral("rule"), a.rule},
                     {QStringLiteral("subject"), a.subject},
                     {QStringLiteral("summary"), a.summary},
                     {QStringLiteral("first_seen"), recordTime(a.firstSeen)},
                     {QStringLiteral("last_seen"), recordTime(a.lastSeen)},
                     {QStringLiteral("occurrences"), a.occurrences},
                     {QStringLiteral("acknowledged_by"), a.acknowledgedBy},
                     {QStringLiteral("acknowledged_at"), recordTime(a.acknowledgedAt)},
                     {QStringLiteral("ack_note"), a.ackNote},
                     {QStringLiteral("snoozed_until"), recordTime(a.snoozedUntil)},
                     {QStringLiteral("resolved_at"), recordTime(a.resolvedAt)},
                     {QStringLiteral("resolved_by"), a.resolvedBy}};
    json.insert(QStringLiteral("ticket"), a.ticketId ? QJsonValue(*a.ticketId) : QJsonValue());
    return json;
}

} // namespace

AlertsCommand::AlertsCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("alerts"), tr("List alerts."))
{
}

void AlertsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({stateOption,
                      tr("open, acknowledged, snoozed, resolved, unresolved (default: everything not resolved) or "
                         "all."),
                      QStringLiteral("STATE"), QStringLiteral("unresolved")});
    parser.addOption({sinceOption,
                      tr("Only alerts seen since TIME (2026-11-23T07:00, 07:30, 12h, 2d, …); open ones "
                         "always show."),
                      QStringLiteral("TIME")});
    parser.addOption({clientOption, tr("Only this client's alerts."), QStringLiteral("NAME")});
    parser.addOption({formatOption, tr("Output format: table (default), json or csv."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
}

int AlertsCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QString format = parser.value(formatOption);
    if (!isListingFormat(format)) {
        return unknownFormatError(format);
    }
    const QDateTime now = Clock::system().now();
    AlertStore::Query query;
    const QString state = parser.value(stateOption);
    if (state == QLatin1String("unresolved")) {
        query.states = {AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};
    } else if (state != QLatin1String("all")) {
        const std::optional<AlertState> one = alertStateFromId(state);
        if (!one) {
            return usageError(
                tr("unknown state '%1' (use open, acknowledged, snoozed, resolved, unresolved or all)").arg(state));
        }
        query.states = {*one};
    }
    if (parser.isSet(sinceOption)) {
        const Result<QDateTime> since = parseTimeSpec(parser.value(sinceOption), now, TimeDirection::Past);
        if (!since) {
            return usageError(tr("--since: %1").arg(since.error().toString()));
        }
        query.since = since.value();
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    if (parser.isSet(clientOption)) {
        auto client = InventoryStore(*database.value()).clientByName(parser.value(clientOption));
        if (!client) {
            return runtimeError(client.error());
        }
        query.clientId = client->id;
    }
    AlertStore store(*database.value());
    if (auto expired = store.expireSnoozes(now); !expired) {
        return runtimeError(expired.error());
    }
    auto rows = store.queue(query);
    if (!rows) {
        return runtimeError(rows.error());
    }
    // Most urgent first: severity, then unacknowledged, then the newest.
    std::stable_sort(rows.value().begin(), rows.value().end(), [](const AlertQueueRow &a, const AlertQueueRow &b) {
        if (a.alert.severity != b.alert.severity) {
            return a.alert.severity > b.alert.severity;
        }
        if ((a.alert.state == AlertState::Open) != (b.alert.state == AlertState::Open)) {
            return a.alert.state == AlertState::Open;
        }
        return a.alert.lastSeen > b.alert.lastSeen;
    });

    if (format == QLatin1String("json") || format == QLatin1String("csv")) {
        QList<QJsonObject> records;
        records.reserve(rows->size());
        for (const AlertQueueRow &row : rows.value()) {
            records.append(alertJson(row));
        }
        if (format == QLatin1String("json")) {
            writeJsonRecords(m_context.out, records);
        } else {
            const QStringList columns{QStringLiteral("id"),
                                      QStringLiteral("severity"),
                                      QStringLiteral("state"),
                                      QStringLiteral("category"),
                                      QStringLiteral("client"),
                                      QStringLiteral("site"),
                                      QStringLiteral("device"),
                                      QStringLiteral("rule"),
                                      QStringLiteral("subject"),
                                      QStringLiteral("summary"),
                                      QStringLiteral("first_seen"),
                                      QStringLiteral("last_seen"),
                                      QStringLiteral("occurrences"),
                                      QStringLiteral("acknowledged_by"),
                                      QStringLiteral("snoozed_until"),
                                      QStringLiteral("resolved_at")};
            writeCsvRecords(m_context.out, columns, records);
        }
    } else {
        TextTable table(
            {tr("ID"), tr("SEVERITY"), tr("STATE"), tr("CLIENT"), tr("DEVICE"), tr("ALERT"), tr("AGE"), tr("COUNT")});
        table.setMaximumWidth(5, 60);
        for (const AlertQueueRow &row : rows.value()) {
            const Alert &a = row.alert;
            table.addRow({QString::number(a.id), alertSeverityDisplayName(a.severity), alertStateDisplayName(a.state),
                          row.clientName, row.deviceName, a.summary, durationText(a.firstSeen.secsTo(now)),
                          QString::number(a.occurrences)});
        }
        table.write(m_context.out);
        m_context.out << tr("%n alert(s)", nullptr, static_cast<int>(rows->size())) << '\n';
    }
    return ExitOk;
}

} // namespace Vigil
