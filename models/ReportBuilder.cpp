// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBuilder.h"

#include "Clock.h"
#include "Database.h"
#include "DeviceKind.h"
#include "DeviceSnapshot.h"
#include "DeviceStateStore.h"
#include "DurationText.h"
#include "HistoryStore.h"
#include "InventoryStore.h"
#include "SqlValues.h"
#include "TicketStore.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Vigil {

namespace {

const QString reachableMetric = QStringLiteral("reachable");
const QString pendingMetric = QStringLiteral("updates_pending");
const QString securityMetric = QStringLiteral("updates_security");
const QString rebootMetric = QStringLiteral("reboot_required");
const QString diskMetric = QStringLiteral("disk");

bool within(const QDateTime &t, const QDateTime &from, const QDateTime &to)
{
    return t.isValid() && t >= from && t < to;
}

std::optional<qint64> mean(qint64 sum, int count)
{
    if (count == 0) {
        return std::nullopt;
    }
    return sum / count;
}

// Counts by id, with each id's label.
QList<ClientReport::Count> sortedCounts(const QMap<QString, int> &counts, const QHash<QString, QString> &labels)
{
    QList<ClientReport::Count> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        list.append({it.key(), labels.value(it.key(), it.key()), it.value()});
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const ClientReport::Count &a, const ClientReport::Count &b) { return a.count > b.count; });
    return list;
}

} // namespace

ReportBuilder::ReportBuilder(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

std::optional<QDate> ReportBuilder::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

Result<ClientReport> ReportBuilder::build(const QString &clientName, QDate month) const
{
    Result<Client> client = InventoryStore(m_db).clientByName(clientName);
    if (!client) {
        return client.error();
    }
    return build(client->id, month);
}

Result<ClientReport> ReportBuilder::build(qint64 clientId, QDate month) const
{
    Result<Client> client = InventoryStore(m_db).client(clientId);
    if (!client) {
        return client.error();
    }
    Result<BusinessCalendar> calendar = TicketStore(m_db).calendar(clientId);
    if (!calendar) {
        return calendar.error();
    }
    ClientReport report;
    report.clientName = client->name;
    report.month = QDate(month.year(), month.month(), 1);
    report.timeZone = calendar->timeZone();
    report.start = QDateTime(report.month, QTime(0, 0), report.timeZone).toUTC();
    report.end = QDateTime(report.month.addMonths(1), QTime(0, 0), report.timeZone).toUTC();
    report.generatedAt = m_clock.now().toUTC();
    if (report.generatedAt < report.start) {
        return Error{ErrorCode::InvalidInput,
                     tr("%1 has not begun yet").arg(QLocale().toString(report.month, QStringLiteral("MMMM yyyy"))),
                     QString()};
    }
    report.monthComplete = report.generatedAt >= report.end;
    const QDateTime until = std::min(report.end, report.generatedAt);

    Result<QList<DeviceRow>> devices = this->devices(clientId, report);
    if (!devices) {
        return devices.error();
    }
    report.deviceCount = static_cast<int>(devices->size());
    QMap<QString, int> byKind;
    QMap<QString, int> byOs;
    QHash<QString, QString> labels;
    for (const DeviceRow &d : devices.value()) {
        const std::optional<DeviceKind> kind = deviceKindFromId(d.kind);
        labels.insert(d.kind, kind ? deviceKindDisplayName(*kind) : d.kind);
        ++byKind[d.kind];
        ++byOs[d.os];
    }
    report.devicesByKind = sortedCounts(byKind, labels);
    report.devicesByOs = sortedCounts(byOs, {{QString(), tr("Not reported")}});

    if (Status s = addHealth(report, devices.value(), until); !s) {
        return s.error();
    }
    if (Status s = addBackups(report, clientId, until); !s) {
        return s.error();
    }
    bool monitored = report.disks.has_value() || report.patching.has_value();
    for (const ClientReport::DeviceUptime &u : std::as_const(report.uptime)) {
        monitored = monitored || u.polls > 0;
    }
    if (Status s = addAlerts(report, clientId, until, monitored); !s) {
        return s.error();
    }
    // Tickets and sessions are recorded in Vigil itself: from the day the client exists, none is a fact.
    if (client->createdAt.isValid() && client->createdAt < report.end) {
        if (Status s = addTickets(report, clientId, until); !s) {
            return s.error();
        }
        if (Status s = addSessions(report, clientId); !s) {
            return s.error();
        }
    }
    if (!report.hasAnyData()) {
        // Nothing at all recorded: Vigil was probably not in use, so "no tickets" would not be a fact either.
        report.tickets.reset();
        report.sessions.reset();
    }
    report.summary = summarise(report);
    return report;
}

Result<QList<ReportBuilder::DeviceRow>> ReportBuilder::devices(qint64 clientId, const ClientReport &report) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.id, d.name, d.kind, d.os, s.snapshot FROM devices d "
                             "LEFT JOIN device_state s ON s.device_id = d.id "
                             "WHERE d.client_id = ? AND d.created_at < ? ORDER BY d.name"));
    q.addBindValue(clientId);
    q.addBindValue(toEpoch(report.end));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the client's devices"));
    }
    QList<DeviceRow> rows;
    while (q.next()) {
        DeviceRow row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        if (row.os.isEmpty() && !q.value(4).isNull()) {
            const Result<DeviceSnapshot> snapshot = DeviceSnapshot::fromJsonText(q.value(4).toByteArray());
            if (snapshot) {
                row.os = !snapshot->os.prettyName.isEmpty() ? snapshot->os.prettyName : snapshot->os.name;
            }
        }
        rows.append(row);
    }
    return rows;
}

Status ReportBuilder::addHealth(ClientReport &report, const QList<DeviceRow> &devices, const QDateTime &until) const
{
    HistoryStore history(m_db);
    const QDateTime last = until.addSecs(-1);
    const qint64 monthHours = std::max<qint64>(1, (report.start.secsTo(until) + 3599) / 3600);
    double uptimeSum = 0;
    int uptimeDevices = 0;
    ClientReport::Patching patching;
    bool anyPatchData = false;
    ClientReport::Disks disks;
    bool anyDiskData = false;

    QSqlQuery mounts(m_db.connection());
    mounts.prepare(QStringLiteral("SELECT subject FROM health_series WHERE device_id = ? AND metric = ? "
                                  "ORDER BY subject"));
    for (const DeviceRow &device : devices) {
        // Uptime: the poll-weighted share of answered polls; hours without any poll are gaps, neither up nor down.
        auto reach = history.series(device.id, reachableMetric, QString(), report.start, last, report.generatedAt);
        if (!reach) {
            return reach.error();
        }
        ClientReport::DeviceUptime uptime;
        uptime.device = device.name;
        double weighted = 0;
        QSet<qint64> hours;
        for (const HistoryPoint &p : reach.value()) {
            weighted += p.value * p.sampleCount;
            uptime.polls += p.sampleCount;
            hours.insert(p.timestamp / 3600);
        }
        if (uptime.polls > 0) {
            uptime.percent = weighted / static_cast<double>(uptime.polls);
            uptime.coveragePercent = 100.0 * static_cast<double>(hours.size()) / static_cast<double>(monthHours);
            uptimeSum += *uptime.percent;
            ++uptimeDevices;
        }
        report.uptime.append(uptime);

        // Patching: the month's last poll, and the drops in the pending count between polls.
        auto pending = history.series(device.id, pendingMetric, QString(), report.start, last, report.generatedAt);
        auto security = history.series(device.id, securityMetric, QString(), report.start, last, report.generatedAt);
        auto reboot = history.series(device.id, rebootMetric, QString(), report.start, last, report.generatedAt);
        if (!pending || !security || !reboot) {
            return !pending ? pending.error() : (!security ? security.error() : reboot.error());
        }
        ClientReport::DevicePatches patches;
        patches.device = device.name;
        if (!pending->isEmpty()) {
            int applied = 0;
            for (qsizetype i = 1; i < pending->size(); ++i) {
                const double drop = pending->at(i - 1).value - pending->at(i).value;
                applied += drop > 0 ? static_cast<int>(std::lround(drop)) : 0;
            }
            patches.applied = applied;
            patches.pending = static_cast<int>(std::lround(pending->constLast().value));
            patches.asOf = QDateTime::fromSecsSinceEpoch(pending->constLast().timestamp, QTimeZone::utc());
        }
        if (!security->isEmpty()) {
            patches.security = static_cast<int>(std::lround(security->constLast().value));
        }
        if (!reboot->isEmpty()) {
            patches.reboot = reboot->constLast().value >= 50;
        }
        if (!patches.pending && !patches.security && !patches.reboot) {
            // No history (a store from before it was recorded): the latest state is the month's last poll when
            // that poll falls within the month.
            Result<DeviceState> state = DeviceStateStore(m_db).state(device.id);
            if (state && within(state->lastOkAt, report.start, until)) {
                patches.pending = state->lastGood.pendingUpdates;
                patches.security = state->lastGood.securityUpdates;
                patches.reboot = state->lastGood.rebootRequired;
                patches.asOf = state->lastOkAt;
            }
        }
        if (patches.pending || patches.security || patches.reboot) {
            anyPatchData = true;
            const bool current =
                patches.pending.value_or(patches.security.value_or(0)) == 0 && !patches.reboot.value_or(false);
            patching.devicesCurrent += current ? 1 : 0;
            patching.securityOutstanding += patches.security.value_or(0);
            patching.devicesWithSecurityOutstanding += patches.security.value_or(0) > 0 ? 1 : 0;
            patching.devicesNeedingReboot += patches.reboot.value_or(false) ? 1 : 0;
            if (patches.applied) {
                patching.updatesApplied = patching.updatesApplied.value_or(0) + *patches.applied;
            }
            patching.devices.append(patches);
        } else {
            ++patching.devicesWithoutData;
        }

        // Disks: each mount's last and peak value in the month.
        mounts.bindValue(0, device.id);
        mounts.bindValue(1, diskMetric);
        if (!mounts.exec()) {
            return m_db.queryError(mounts, tr("reading disk history"));
        }
        QStringList subjects;
        while (mounts.next()) {
            subjects.append(mounts.value(0).toString());
        }
        bool over80AtEnd = false;
        for (const QString &mount : std::as_const(subjects)) {
            auto points = history.series(device.id, diskMetric, mount, report.start, last, report.generatedAt);
            if (!points) {
                return points.error();
            }
            if (points->isEmpty()) {
                continue;
            }
            anyDiskData = true;
            ClientReport::DiskRow row{device.name, mount, points->constLast().value, 0};
            for (const HistoryPoint &p : points.value()) {
                row.peakPercent = std::max(row.peakPercent, p.max);
            }
            over80AtEnd = over80AtEnd || row.lastPercent >= 80;
            if (row.peakPercent >= 80) {
                disks.over80.append(row);
            }
        }
        disks.devicesOver80AtEnd += over80AtEnd ? 1 : 0;
    }
    if (uptimeDevices > 0) {
        report.fleetUptimePercent = uptimeSum / uptimeDevices;
    }
    if (anyPatchData) {
        report.patching = patching;
    }
    if (anyDiskData) {
        report.disks = disks;
    }
    return {};
}

Status ReportBuilder::addBackups(ClientReport &report, qint64 clientId, const QDateTime &until) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.name, b.job, b.last_success_at, b.last_run_ok, b.last_restore_test_at, "
                             "b.restore_tested_by FROM backups b JOIN devices d ON d.id = b.device_id "
                             "WHERE d.client_id = ? AND coalesce(b.first_seen_at, b.updated_at) < ? "
                             "ORDER BY d.name, b.job"));
    q.addBindValue(clientId);
    q.addBindValue(toEpoch(until));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading backup jobs"));
    }
    ClientReport::Backups backups;
    while (q.next()) {
        ClientReport::BackupJob job;
        job.device = q.value(0).toString();
        job.job = q.value(1).toString();
        job.lastSuccess = fromEpoch(q.value(2));
        if (!q.value(3).isNull()) {
            job.lastRunOk = q.value(3).toInt() != 0;
        }
        const QDateTime tested = fromEpoch(q.value(4));
        // The store keeps one restore test per job: a later one has replaced any test of this month.
        if (tested.isValid() && tested < report.end) {
            job.lastRestoreTest = tested;
            job.restoreTestedBy = q.value(5).toString();
        } else if (tested.isValid()) {
            job.laterRestoreTest = tested;
        }
        backups.jobs.append(job);
    }
    if (backups.jobs.isEmpty()) {
        return {};
    }
    QSqlQuery a(m_db.connection());
    a.prepare(QStringLiteral("SELECT a.rule, d.name, a.first_seen, a.resolved_at FROM alerts a "
                             "JOIN devices d ON d.id = a.device_id WHERE d.client_id = ? "
                             "AND a.rule IN ('backup_failed', 'backup_stale') AND a.first_seen < ? "
                             "ORDER BY d.name"));
    a.addBindValue(clientId);
    a.addBindValue(toEpoch(until));
    if (!a.exec()) {
        return m_db.queryError(a, tr("reading backup alerts"));
    }
    while (a.next()) {
        const QDateTime firstSeen = fromEpoch(a.value(2));
        const QDateTime resolved = fromEpoch(a.value(3));
        if (a.value(0).toString() == QLatin1String("backup_failed")) {
            backups.failedRunAlerts += within(firstSeen, report.start, until) ? 1 : 0;
        } else if (!resolved.isValid() || resolved >= until) {
            const QString device = a.value(1).toString();
            if (!backups.devicesWithoutRecentSuccess.contains(device)) {
                backups.devicesWithoutRecentSuccess.append(device);
            }
        }
    }
    report.backups = backups;
    return {};
}

Status ReportBuilder::addAlerts(ClientReport &report, qint64 clientId, const QDateTime &until, bool monitored) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.rule, a.subject, a.summary, d.name, a.severity, a.category, a.first_seen, a.resolved_at, "
        "a.resolved_by, coalesce((SELECT min(e.at) FROM alert_events e "
        "WHERE e.alert_id = a.id AND e.kind = 'acknowledged'), a.acknowledged_at) "
        "FROM alerts a JOIN devices d ON d.id = a.device_id "
        "WHERE d.client_id = ? AND a.first_seen < ? AND (a.resolved_at IS NULL OR a.resolved_at >= ?) "
        "ORDER BY a.first_seen, a.id"));
    q.addBindValue(clientId);
    q.addBindValue(toEpoch(until));
    q.addBindValue(toEpoch(report.start));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading alerts"));
    }
    ClientReport::Alerts alerts;
    ClientReport::Disks *disks = report.disks ? &*report.disks : nullptr;
    QList<ClientReport::SmartRow> smart;
    qint64 ackSum = 0;
    qint64 resolveSum = 0;
    bool any = false;
    while (q.next()) {
        any = true;
        const QString rule = q.value(0).toString();
        const AlertSeverity severity = alertSeverityFromId(q.value(4).toString()).value_or(AlertSeverity::Warning);
        const AlertCategory category = alertCategoryFromId(q.value(5).toString()).value_or(AlertCategory::Other);
        const QDateTime firstSeen = fromEpoch(q.value(6));
        const QDateTime resolved = fromEpoch(q.value(7));
        const QDateTime acknowledged = fromEpoch(q.value(9));
        ClientReport::AlertCounts &bySeverity = alerts.bySeverity.at(static_cast<std::size_t>(severity));
        ClientReport::AlertCounts &byCategory = alerts.byCategory.at(static_cast<std::size_t>(category));
        if (within(firstSeen, report.start, until)) {
            ++bySeverity.opened;
            ++byCategory.opened;
            ++alerts.total.opened;
            if (rule.startsWith(QLatin1String("smart_"))) {
                smart.append({q.value(3).toString(), q.value(1).toString(), q.value(2).toString(), firstSeen});
            }
        }
        if (within(acknowledged, report.start, until)) {
            ++bySeverity.acknowledged;
            ++byCategory.acknowledged;
            ++alerts.total.acknowledged;
            ackSum += firstSeen.secsTo(acknowledged);
        }
        if (within(resolved, report.start, until)) {
            ++bySeverity.resolved;
            ++byCategory.resolved;
            ++alerts.total.resolved;
            resolveSum += firstSeen.secsTo(resolved);
            alerts.resolvedAutomatically += q.value(8).toString() == QLatin1String("system") ? 1 : 0;
        }
    }
    alerts.meanSecondsToAcknowledge = mean(ackSum, alerts.total.acknowledged);
    alerts.meanSecondsToResolve = mean(resolveSum, alerts.total.resolved);
    if (any || monitored) {
        report.alerts = alerts;
    }
    if (!smart.isEmpty() && !disks) {
        report.disks = ClientReport::Disks();
        disks = &*report.disks;
    }
    if (disks) {
        disks->smartWarnings = smart;
    }
    return {};
}

Status ReportBuilder::addTickets(ClientReport &report, qint64 clientId, const QDateTime &until) const
{
    TicketFilter filter;
    filter.statuses = QList<TicketStatus>(allTicketStatuses.cbegin(), allTicketStatuses.cend());
    filter.clientId = clientId;
    // The clocks read at month end: a ticket answered later was still waiting for its answer then.
    Result<QList<Ticket>> tickets = TicketStore(m_db).list(filter, until);
    if (!tickets) {
        return tickets.error();
    }
    ClientReport::Tickets result;
    qint64 responseSum = 0;
    int responded = 0;
    qint64 resolveSum = 0;
    for (const Ticket &t : tickets.value()) {
        ClientReport::TicketCounts &counts = result.byPriority.at(static_cast<std::size_t>(t.priority));
        if (within(t.createdAt, report.start, until)) {
            ++counts.opened;
            ++result.total.opened;
            if (t.response.stopped) {
                result.responseMet += t.response.state == SlaState::Met ? 1 : 0;
                result.responseBreached += t.response.state == SlaState::Breached ? 1 : 0;
            } else if (t.response.state == SlaState::Breached) {
                ++result.responseBreached;
            }
            if (t.resolution.stopped) {
                result.resolutionMet += t.resolution.state == SlaState::Met ? 1 : 0;
                result.resolutionBreached += t.resolution.state == SlaState::Breached ? 1 : 0;
            } else if (t.resolution.state == SlaState::Breached) {
                ++result.resolutionBreached;
            } else {
                ++result.stillRunning;
            }
        }
        if (within(t.firstResponseAt, report.start, until)) {
            responseSum += t.createdAt.secsTo(t.firstResponseAt);
            ++responded;
        }
        const QDateTime done = t.resolvedAt.isValid() ? t.resolvedAt : t.closedAt;
        if (within(done, report.start, until)) {
            ++counts.closed;
            ++result.total.closed;
            resolveSum += t.createdAt.secsTo(done);
        }
    }
    result.meanSecondsToFirstResponse = mean(responseSum, responded);
    result.meanSecondsToResolve = mean(resolveSum, result.total.closed);
    report.tickets = result;
    return {};
}

Status ReportBuilder::addSessions(ClientReport &report, qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.started_at, s.ended_at FROM sessions_log s JOIN devices d ON d.id = s.device_id "
                             "WHERE d.client_id = ? AND s.started_at >= ? AND s.started_at < ?"));
    q.addBindValue(clientId);
    q.addBindValue(toEpoch(report.start));
    q.addBindValue(toEpoch(report.end));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the session log"));
    }
    ClientReport::Sessions sessions;
    while (q.next()) {
        ++sessions.count;
        if (q.value(1).isNull()) {
            ++sessions.withoutEnd;
        } else {
            sessions.totalSeconds += std::max<qint64>(0, q.value(1).toLongLong() - q.value(0).toLongLong());
        }
    }
    report.sessions = sessions;
    return {};
}

QStringList ReportBuilder::summarise(const ClientReport &report)
{
    QStringList lines;
    const QLocale locale;
    if (!report.hasAnyData()) {
        lines.append(tr("Vigil recorded nothing for %1 in this month: no monitoring data, alerts, tickets or remote "
                        "sessions. The figures below are empty rather than zero.")
                         .arg(report.clientName));
        return lines;
    }
    if (report.fleetUptimePercent) {
        lines.append(tr("Your %n device(s) answered %1 % of our checks on average.", nullptr, report.deviceCount)
                         .arg(locale.toString(*report.fleetUptimePercent, 'f', 1)));
    } else {
        lines.append(tr("We manage %n device(s) for you; no availability checks were recorded this month.", nullptr,
                        report.deviceCount));
    }
    if (report.patching) {
        const ClientReport::Patching &p = *report.patching;
        QString line;
        if (p.updatesApplied) {
            // lupdate skips a count that is not a plain name, so the counts here are ints of their own.
            const int applied = *p.updatesApplied;
            line = tr("%n update(s) installed.", nullptr, applied) + QLatin1Char(' ');
        }
        line += tr("%n device(s) fully up to date at month end", nullptr, p.devicesCurrent);
        if (p.devicesWithSecurityOutstanding > 0) {
            line += QLatin1String("; ")
                    + tr("security updates still waiting on %n device(s)", nullptr, p.devicesWithSecurityOutstanding);
        }
        if (p.devicesNeedingReboot > 0) {
            line += QLatin1String("; ") + tr("a restart pending on %n device(s)", nullptr, p.devicesNeedingReboot);
        }
        lines.append(line + QLatin1Char('.'));
    }
    if (report.backups) {
        const ClientReport::Backups &b = *report.backups;
        const int missing = static_cast<int>(b.devicesWithoutRecentSuccess.size());
        const int jobs = static_cast<int>(b.jobs.size());
        if (missing == 0) {
            lines.append(tr("All %n backup job(s) had a recent successful backup at month end.", nullptr, jobs));
        } else {
            lines.append(
                tr("%n device(s) had no successful backup in the last 26 hours at month end.", nullptr, missing));
        }
        int tested = 0;
        for (const ClientReport::BackupJob &job : b.jobs) {
            tested += job.lastRestoreTest.isValid() ? 1 : 0;
        }
        lines.append(tr("A restore has been tested for %1 of %n backup job(s).", nullptr, jobs).arg(tested));
    }
    if (report.alerts) {
        const ClientReport::Alerts &a = *report.alerts;
        if (a.total.opened == 0) {
            lines.append(tr("No problems were detected this month."));
        } else {
            const int critical = a.bySeverity.at(static_cast<std::size_t>(AlertSeverity::Critical)).opened;
            QString line = tr("We detected %n problem(s)", nullptr, a.total.opened);
            if (critical > 0) {
                line += QLatin1String(" (") + tr("%n critical", nullptr, critical) + QLatin1Char(')');
            }
            if (a.meanSecondsToAcknowledge) {
                line += QLatin1String(", ")
                        + tr("picked them up within %1 on average").arg(durationText(*a.meanSecondsToAcknowledge));
            }
            if (a.meanSecondsToResolve) {
                line += QLatin1String(" ")
                        + tr("and had them fixed within %1 on average").arg(durationText(*a.meanSecondsToResolve));
            }
            lines.append(line + QLatin1Char('.'));
        }
    }
    if (report.tickets) {
        const ClientReport::Tickets &t = *report.tickets;
        QString line = tr("You raised %n request(s)", nullptr, t.total.opened) + QLatin1String("; ")
                       + tr("we closed %n", nullptr, t.total.closed);
        const int decided = t.responseMet + t.responseBreached;
        if (decided > 0) {
            line += QLatin1String("; ")
                    + tr("%1 of %n first response(s) came within the agreed time", nullptr, decided).arg(t.responseMet);
        }
        lines.append(line + QLatin1Char('.'));
    }
    if (report.sessions && report.sessions->count > 0) {
        lines.append(
            tr("Our technicians connected remotely %n time(s), for %1 in total.", nullptr, report.sessions->count)
                .arg(durationText(report.sessions->totalSeconds)));
    }
    if (!report.monthComplete) {
        lines.append(tr("The month is not over yet: figures run to %1.")
                         .arg(locale.toString(report.generatedAt.toTimeZone(report.timeZone), QLocale::ShortFormat)));
    }
    return lines;
}

} // namespace Vigil
