// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCsv.h"

#include "CsvField.h"

#include <QStringList>

namespace Vigil {

namespace {

class Rows
{
public:
    void add(const QString &section, const QString &figure, const QString &subject, const QString &value,
             const QString &unit)
    {
        m_text += csvField(section) + u',' + csvField(figure) + u',' + csvField(subject) + u',' + csvField(value) + u','
                  + csvField(unit) + u'\n';
    }
    void add(const QString &section, const QString &figure, const QString &subject, std::optional<qint64> value,
             const QString &unit)
    {
        add(section, figure, subject, value ? QString::number(*value) : QString(), unit);
    }
    void add(const QString &section, const QString &figure, const QString &subject, std::optional<double> value)
    {
        add(section, figure, subject, value ? QString::number(*value, 'f', 2) : QString(), QStringLiteral("percent"));
    }
    void add(const QString &section, const QString &figure, const QString &subject, const QDateTime &value)
    {
        add(section, figure, subject, value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString(),
            QStringLiteral("utc_time"));
    }
    QString text() const { return m_text; }

private:
    QString m_text;
};

const QString count = QStringLiteral("count");
const QString seconds = QStringLiteral("seconds");

std::optional<qint64> opt(int value)
{
    return value;
}

} // namespace

QString ReportCsv::text(const ClientReport &r)
{
    Rows rows;
    rows.add(QStringLiteral("section"), QStringLiteral("figure"), QStringLiteral("subject"), QStringLiteral("value"),
             QStringLiteral("unit"));
    const QString report = QStringLiteral("report");
    rows.add(report, QStringLiteral("client"), QString(), r.clientName, QStringLiteral("text"));
    rows.add(report, QStringLiteral("month"), QString(), r.month.toString(QStringLiteral("yyyy-MM")),
             QStringLiteral("text"));
    rows.add(report, QStringLiteral("time_zone"), QString(), QString::fromUtf8(r.timeZone.id()),
             QStringLiteral("text"));
    rows.add(report, QStringLiteral("start"), QString(), r.start);
    rows.add(report, QStringLiteral("end"), QString(), r.end);
    rows.add(report, QStringLiteral("generated_at"), QString(), r.generatedAt);
    rows.add(report, QStringLiteral("month_complete"), QString(),
             r.monthComplete ? QStringLiteral("yes") : QStringLiteral("no"), QStringLiteral("yes_no"));

    const QString devices = QStringLiteral("devices");
    rows.add(devices, QStringLiteral("managed"), QString(), opt(r.deviceCount), count);
    for (const ClientReport::Count &c : r.devicesByKind) {
        rows.add(devices, QStringLiteral("by_kind"), c.id, opt(c.count), count);
    }
    for (const ClientReport::Count &c : r.devicesByOs) {
        rows.add(devices, QStringLiteral("by_os"), c.id, opt(c.count), count);
    }

    const QString uptime = QStringLiteral("uptime");
    rows.add(uptime, QStringLiteral("fleet_average"), QString(), r.fleetUptimePercent);
    for (const ClientReport::DeviceUptime &u : r.uptime) {
        rows.add(uptime, QStringLiteral("device"), u.device, u.percent);
        rows.add(uptime, QStringLiteral("hours_observed"), u.device,
                 u.percent ? std::optional<double>(u.coveragePercent) : std::nullopt);
        rows.add(uptime, QStringLiteral("checks"), u.device, u.percent ? std::optional<qint64>(u.polls) : std::nullopt,
                 count);
    }

    const QString patching = QStringLiteral("patching");
    const auto &p = r.patching;
    rows.add(patching, QStringLiteral("updates_applied"), QString(), p ? p->updatesApplied : std::nullopt, count);
    rows.add(patching, QStringLiteral("devices_current"), QString(),
             p ? std::optional<qint64>(p->devicesCurrent) : std::nullopt, count);
    rows.add(patching, QStringLiteral("security_updates_outstanding"), QString(),
             p ? std::optional<qint64>(p->securityOutstanding) : std::nullopt, count);
    rows.add(patching, QStringLiteral("devices_needing_reboot"), QString(),
             p ? std::optional<qint64>(p->devicesNeedingReboot) : std::nullopt, count);
    if (p) {
        for (const ClientReport::DevicePatches &d : p->devices) {
            rows.add(patching, QStringLiteral("applied"), d.device, d.applied, count);
            rows.add(patching, QStringLiteral("pending"), d.device, d.pending, count);
            rows.add(patching, QStringLiteral("security_pending"), d.device, d.security, count);
            rows.add(patching, QStringLiteral("reboot_required"), d.device,
                     d.reboot ? (*d.reboot ? QStringLiteral("yes") : QStringLiteral("no")) : QString(),
                     QStringLiteral("yes_no"));
        }
    }

    const QString backups = QStringLiteral("backups");
    const auto &b = r.backups;
    rows.add(backups, QStringLiteral("jobs"), QString(), b ? std::optional<qint64>(b->jobs.size()) : std::nullopt,
             count);
    rows.add(backups, QStringLiteral("failed_runs_alerted"), QString(),
             b ? std::optional<qint64>(b->failedRunAlerts) : std::nullopt, count);
    rows.add(backups, QStringLiteral("devices_without_success_26h"), QString(),
             b ? std::optional<qint64>(b->devicesWithoutRecentSuccess.size()) : std::nullopt, count);
    if (b) {
        for (const QString &device : b->devicesWithoutRecentSuccess) {
            rows.add(backups, QStringLiteral("without_success_26h"), device, QStringLiteral("yes"),
                     QStringLiteral("yes_no"));
        }
        for (const ClientReport::BackupJob &j : b->jobs) {
            const QString subject = j.device + u'/' + j.job;
            rows.add(backups, QStringLiteral("last_success"), subject, j.lastSuccess);
            rows.add(backups, QStringLiteral("last_restore_test"), subject, j.lastRestoreTest);
            rows.add(backups, QStringLiteral("restore_tested_by"), subject, j.restoreTestedBy, QStringLiteral("text"));
        }
    }

    const QString alerts = QStringLiteral("alerts");
    const auto &a = r.alerts;
    const auto alertCounts = [&](const QString &subject, const ClientReport::AlertCounts *c) {
        rows.add(alerts, QStringLiteral("opened"), subject, c ? std::optional<qint64>(c->opened) : std::nullopt, count);
        rows.add(alerts, QStringLiteral("acknowledged"), subject,
                 c ? std::optional<qint64>(c->acknowledged) : std::nullopt, count);
        rows.add(alerts, QStringLiteral("resolved"), subject, c ? std::optional<qint64>(c->resolved) : std::nullopt,
                 count);
    };
    alertCounts(QString(), a ? &a->total : nullptr);
    for (const AlertSeverity severity : allAlertSeverities) {
        alertCounts(QStringLiteral("severity:") + alertSeverityId(severity),
                    a ? &a->bySeverity.at(static_cast<std::size_t>(severity)) : nullptr);
    }
    for (const AlertCategory category : allAlertCategories) {
        alertCounts(QStringLiteral("category:") + alertCategoryId(category),
                    a ? &a->byCategory.at(static_cast<std::size_t>(category)) : nullptr);
    }
    rows.add(alerts, QStringLiteral("mean_time_to_acknowledge"), QString(),
             a ? a->meanSecondsToAcknowledge : std::nullopt, seconds);
    rows.add(alerts, QStringLiteral("mean_time_to_resolve"), QString(), a ? a->meanSecondsToResolve : std::nullopt,
             seconds);

    const QString tickets = QStringLiteral("tickets");
    const auto &t = r.tickets;
    const auto ticketCounts = [&](const QString &subject, const ClientReport::TicketCounts *c) {
        rows.add(tickets, QStringLiteral("opened"), subject, c ? std::optional<qint64>(c->opened) : std::nullopt,
                 count);
        rows.add(tickets, QStringLiteral("closed"), subject, c ? std::optional<qint64>(c->closed) : std::nullopt,
                 count);
    };
    ticketCounts(QString(), t ? &t->total : nullptr);
    for (const Priority priority : allPriorities) {
        ticketCounts(QStringLiteral("priority:") + priorityId(priority),
                     t ? &t->byPriority.at(static_cast<std::size_t>(priority)) : nullptr);
    }
    rows.add(tickets, QStringLiteral("mean_first_response"), QString(),
             t ? t->meanSecondsToFirstResponse : std::nullopt, seconds);
    rows.add(tickets, QStringLiteral("mean_resolution"), QString(), t ? t->meanSecondsToResolve : std::nullopt,
             seconds);
    rows.add(tickets, QStringLiteral("sla_response_met"), QString(),
             t ? std::optional<qint64>(t->responseMet) : std::nullopt, count);
    rows.add(tickets, QStringLiteral("sla_response_breached"), QString(),
             t ? std::optional<qint64>(t->responseBreached) : std::nullopt, count);
    rows.add(tickets, QStringLiteral("sla_resolution_met"), QString(),
             t ? std::optional<qint64>(t->resolutionMet) : std::nullopt, count);
    rows.add(tickets, QStringLiteral("sla_resolution_breached"), QString(),
             t ? std::optional<qint64>(t->resolutionBreached) : std::nullopt, count);

    const QString disks = QStringLiteral("disks");
    const auto &d = r.disks;
    rows.add(disks, QStringLiteral("devices_over_80_percent"), QString(),
             d ? std::optional<qint64>(d->devicesOver80AtEnd) : std::nullopt, count);
    rows.add(disks, QStringLiteral("smart_warnings"), QString(),
             d ? std::optional<qint64>(d->smartWarnings.size()) : std::nullopt, count);
    if (d) {
        for (const ClientReport::DiskRow &row : d->over80) {
            rows.add(disks, QStringLiteral("used_at_end"), row.device + u':' + row.mount,
                     std::optional<double>(row.lastPercent));
            rows.add(disks, QStringLiteral("used_peak"), row.device + u':' + row.mount,
                     std::optional<double>(row.peakPercent));
        }
        for (const ClientReport::SmartRow &row : d->smartWarnings) {
            rows.add(disks, QStringLiteral("smart_warning"), row.device + u':' + row.disk, row.summary,
                     QStringLiteral("text"));
        }
    }

    const QString sessions = QStringLiteral("sessions");
    const auto &s = r.sessions;
    rows.add(sessions, QStringLiteral("count"), QString(), s ? std::optional<qint64>(s->count) : std::nullopt, count);
    rows.add(sessions, QStringLiteral("total_time"), QString(),
             s ? std::optional<qint64>(s->totalSeconds) : std::nullopt, seconds);
    return rows.text();
}

} // namespace Vigil
