// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCommand.h"

#include "AlertStore.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DurationText.h"
#include "ReviewLog.h"
#include "TimeSpec.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace Vigil {

namespace {

const QString sinceOption = QStringLiteral("since");
const QString finishOption = QStringLiteral("finish");
const QString asOption = QStringLiteral("as");

constexpr int summaryWidth = 64;

QString cut(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

QString stateText(const Alert &a, const QDateTime &now)
{
    switch (a.state) {
    case AlertState::Open:
        return ReviewCommand::tr("NEW");
    case AlertState::Acknowledged:
        return ReviewCommand::tr("ack %1").arg(a.acknowledgedBy);
    case AlertState::Snoozed:
        return ReviewCommand::tr("snoozed %1").arg(durationText(now.secsTo(a.snoozedUntil)));
    case AlertState::Resolved:
        return ReviewCommand::tr("resolved");
    }
    return {};
}

QString severityCounts(const QMap<AlertSeverity, int> &counts)
{
    QStringList parts;
    for (auto it = counts.constEnd(); it != counts.constBegin();) {
        --it;
        switch (it.key()) {
        case AlertSeverity::Critical:
            parts.append(ReviewCommand::tr("%n critical", nullptr, it.value()));
            break;
        case AlertSeverity::Warning:
            parts.append(ReviewCommand::tr("%n warning(s)", nullptr, it.value()));
            break;
        case AlertSeverity::Info:
            parts.append(ReviewCommand::tr("%n info", nullptr, it.value()));
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ReviewCommand::ReviewCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("review"), tr("The morning review: what needs attention, per client."))
{
}

void ReviewCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({sinceOption,
                      tr("Start from TIME instead of your last finished review (2026-11-22T18:00, 12h, …)."),
                      QStringLiteral("TIME")});
    parser.addOption({finishOption, tr("Record this review as done: the next one starts from now.")});
    parser.addOption(
        {asOption, tr("Reviewer name (default: from the settings, else the login name)."), QStringLiteral("NAME")});
}

int ReviewCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QDateTime now = Clock::system().now();
    const QString reviewer = parser.isSet(asOption) ? parser.value(asOption) : AppSettings().technicianName();
    std::optional<QDateTime> explicitSince;
    if (parser.isSet(sinceOption)) {
        const Result<QDateTime> since = parseTimeSpec(parser.value(sinceOption), now, TimeDirection::Past);
        if (!since) {
            return usageError(tr("--since: %1").arg(since.error().toString()));
        }
        explicitSince = since.value();
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    Database &db = *database.value();
    AlertStore store(db);
    ReviewLog log(db);
    if (auto expired = store.expireSnoozes(now); !expired) {
        return runtimeError(expired.error());
    }
    QDateTime since;
    QString sinceWhy;
    if (explicitSince) {
        since = *explicitSince;
    } else {
        auto last = log.lastReview(reviewer);
        if (!last) {
            return runtimeError(last.error());
        }
        if (last.value()) {
            since = last.value()->finishedAt;
            sinceWhy = tr("your last review");
        } else {
            since = now.addSecs(-24 * 3600);
            sinceWhy = tr("no earlier review; the last 24 hours");
        }
    }

    AlertStore::Query pending;
    pending.states = {AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};
    auto rows = store.queue(pending);
    if (!rows) {
        return runtimeError(rows.error());
    }
    AlertStore::Query closed;
    closed.states = {AlertState::Resolved};
    closed.since = since;
    auto resolvedRows = store.queue(closed);
    if (!resolvedRows) {
        return runtimeError(resolvedRows.error());
    }

    struct ClientBlock
    {
        QString name;
        QList<const AlertQueueRow *> rows;
        QMap<AlertSeverity, int> counts;
        int resolvedSince = 0;
        int newSince = 0;
    };
    QHash<qint64, ClientBlock> blocks;
    QMap<AlertSeverity, int> totals;
    int newSince = 0;
    for (const AlertQueueRow &row : rows.value()) {
        ClientBlock &block = blocks[row.clientId];
        block.name = row.clientName;
        block.rows.append(&row);
        ++block.counts[row.alert.severity];
        ++totals[row.alert.severity];
        if (row.alert.firstSeen >= since || row.alert.lastSeen >= since) {
            ++block.newSince;
            ++newSince;
        }
    }
    for (const AlertQueueRow &row : resolvedRows.value()) {
        if (row.alert.resolvedAt >= since) {
            ClientBlock &block = blocks[row.clientId];
            block.name = row.clientName;
            ++block.resolvedSince;
        }
    }
    QList<ClientBlock *> ordered;
    for (ClientBlock &block : blocks) {
        std::stable_sort(block.rows.begin(), block.rows.end(), [](const AlertQueueRow *a, const AlertQueueRow *b) {
            const bool aNew = a->alert.state == AlertState::Open;
            const bool bNew = b->alert.state == AlertState::Open;
            if (aNew != bNew) {
                return aNew;
            }
            if (a->alert.severity != b->alert.severity) {
                return a->alert.severity > b->alert.severity;
            }
            return a->alert.firstSeen > b->alert.firstSeen;
        });
        ordered.append(&block);
    }
    // The client with the worst news first.
    std::sort(ordered.begin(), ordered.end(), [](const ClientBlock *a, const ClientBlock *b) {
        const auto rank = [](const ClientBlock *c) {
            return std::make_tuple(c->counts.value(AlertSeverity::Critical), c->counts.value(AlertSeverity::Warning),
                                   static_cast<int>(c->rows.size()));
        };
        if (rank(a) != rank(b)) {
            return rank(a) > rank(b);
        }
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });

    QTextStream &out = m_context.out;
    const QString sinceText = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    out << tr("Morning review for %1, since %2").arg(reviewer, sinceText)
        << (sinceWhy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(sinceWhy)) << '\n';
    const int total = static_cast<int>(rows->size());
    if (total == 0) {
        out << tr("Nothing needs attention.") << '\n';
    } else {
        out << tr("Needs attention: %n alert(s)", nullptr, total) << " (" << severityCounts(totals) << ") · "
            << tr("%n new or seen again since", nullptr, newSince) << '\n';
    }

    int idWidth = 0;
    int deviceWidth = 0;
    int stateWidth = 0;
    for (const AlertQueueRow &row : rows.value()) {
        idWidth = std::max(idWidth, static_cast<int>(QString::number(row.alert.id).size()) + 1);
        deviceWidth = std::max(deviceWidth, static_cast<int>(row.deviceName.size()));
        stateWidth = std::max(stateWidth, static_cast<int>(stateText(row.alert, now).size()));
    }
    int severityWidth = 0;
    for (const AlertSeverity severity : allAlertSeverities) {
        severityWidth = std::max(severityWidth, static_cast<int>(alertSeverityDisplayName(severity).size()));
    }
    QList<qint64> covered;
    for (const ClientBlock *block : std::as_const(ordered)) {
        out << '\n' << block->name;
        QStringList facts;
        if (!block->counts.isEmpty()) {
            facts.append(severityCounts(block->counts));
        } else {
            facts.append(tr("all clear"));
        }
        if (block->resolvedSince > 0) {
            facts.append(tr("%n resolved since", nullptr, block->resolvedSince));
        }
        out << QStringLiteral(" — ") << facts.join(QStringLiteral(" · ")) << '\n';
        for (const AlertQueueRow *row : block->rows) {
            const Alert &a = row->alert;
            covered.append(a.id);
            out << QStringLiteral("  ") << QString(u'#' + QString::number(a.id)).leftJustified(idWidth)
                << QStringLiteral("  ") << alertSeverityDisplayName(a.severity).toUpper().leftJustified(severityWidth)
                << QStringLiteral("  ") << stateText(a, now).leftJustified(stateWidth) << QStringLiteral("  ")
                << row->deviceName.leftJustified(deviceWidth) << QStringLiteral("  ")
                << cut(a.summary, summaryWidth).leftJustified(summaryWidth) << QStringLiteral("  ")
                << durationText(a.firstSeen.secsTo(now));
            if (a.occurrences > 1) {
                out << QStringLiteral(" ×") << a.occurrences;
            }
            out << '\n';
        }
    }
    if (parser.isSet(finishOption)) {
        auto recorded = log.record(reviewer, now, covered, now);
        if (!recorded) {
            return runtimeError(recorded.error());
        }
        out << '\n'
            << tr("Review recorded for %n alert(s); the next review starts from now.", nullptr,
                  static_cast<int>(covered.size()))
            << '\n';
    }
    return ExitOk;
}

} // namespace Vigil
