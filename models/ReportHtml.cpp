// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include "DurationText.h"
#include "ReportCharts.h"

#include <QBuffer>
#include <QLocale>

#include <algorithm>

namespace Vigil {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString noData()
{
    return QStringLiteral("<span class=\"nodata\">%1</span>")
        .arg(QCoreApplication::translate("Vigil::ReportHtml", "no data recorded"));
}

QString number(int value)
{
    return QLocale().toString(value);
}

QString percent(double value)
{
    return QStringLiteral("%1&nbsp;%").arg(QLocale().toString(value, 'f', 1));
}

QString duration(const std::optional<qint64> &seconds)
{
    return seconds ? esc(durationText(*seconds)).replace(u' ', QStringLiteral("&nbsp;")) : noData();
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReportHtml)

public:
    Writer(const ClientReport &report, const QHash<QString, QString> &sources)
        : m_report(report)
        , m_sources(sources)
    {
    }

    QString date(const QDateTime &time) const
    {
        return time.isValid() ? esc(QLocale().toString(time.toTimeZone(m_report.timeZone).date(), QLocale::ShortFormat))
                              : QStringLiteral("—");
    }

    QString dateTime(const QDateTime &time) const
    {
        if (!time.isValid()) {
            return QStringLiteral("—");
        }
        const QDateTime local = time.toTimeZone(m_report.timeZone);
        // Minutes are enough for a report; the short formats of some locales carry seconds.
        return esc(QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                   + local.time().toString(QStringLiteral("HH:mm")));
    }

    void heading(const QString &title) { m_html += QStringLiteral("<h2>%1</h2>\n").arg(esc(title)); }
    void paragraph(const QString &escapedText, const QString &cssClass = QString())
    {
        m_html += cssClass.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(escapedText)
                                     : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, escapedText);
    }
    void image(const QString &name, int width, const QString &alt)
    {
        if (m_sources.contains(name)) {
            m_html += QStringLiteral("<p class=\"chart\"><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n")
                          .arg(m_sources.value(name).toHtmlEscaped())
                          .arg(width)
                          .arg(esc(alt));
        }
    }

    // Cells are HTML already; the first row is the header.
    void table(const QList<QStringList> &rows, const QString &cssClass = QStringLiteral("figures"))
    {
        m_html +=
            QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">\n").arg(cssClass);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString cell = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
            // A header row repeats on every page the table runs over.
            m_html += r == 0 ? QStringLiteral("<thead>") : (r == 1 ? QStringLiteral("<tbody>") : QString());
            m_html += r % 2 == 0 && r > 0 ? QStringLiteral("<tr class=\"alt\">") : QStringLiteral("<tr>");
            for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
                const QString align = c == 0 ? QString() : QStringLiteral(" align=\"right\"");
                m_html += QStringLiteral("<%1%2>%3</%1>").arg(cell, align, rows.at(r).at(c));
            }
            m_html += r == 0 ? QStringLiteral("</tr></thead>\n") : QStringLiteral("</tr>\n");
        }
        m_html += rows.size() > 1 ? QStringLiteral("</tbody></table>\n") : QStringLiteral("</table>\n");
    }

    void keyFigures(const QList<QPair<QString, QString>> &figures)
    {
        m_html += QStringLiteral("<table class=\"key\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>");
        for (const auto &[label, value] : figures) {
            m_html += QStringLiteral("<td align=\"center\"><span class=\"big\">%1</span><br><span class=\"label\">%2"
                                     "</span></td>")
                          .arg(value, esc(label));
        }
        m_html += QStringLiteral("</tr></table>\n");
    }

    void header(const ReportBranding &branding)
    {
        const QString title = tr("Monthly IT report");
        const QString month = QLocale().toString(m_report.month, QStringLiteral("MMMM yyyy"));
        m_html += QStringLiteral("<table class=\"header\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
        m_html += QStringLiteral("<td valign=\"middle\"><p class=\"msp\">%1</p><h1>%2</h1><p class=\"client\">%3 · %4"
                                 "</p></td>")
                      .arg(esc(branding.mspName), esc(title), esc(m_report.clientName), esc(month));
        if (m_sources.contains(QStringLiteral("logo")) && !branding.logo.isNull()) {
            // Both sizes: QTextDocument does not keep the aspect ratio from one of them.
            const int height = 56;
            const int width = height * branding.logo.width() / std::max(1, branding.logo.height());
            m_html += QStringLiteral("<td align=\"right\" valign=\"middle\"><img src=\"%1\" width=\"%2\" "
                                     "height=\"%3\" alt=\"\"></td>")
                          .arg(m_sources.value(QStringLiteral("logo")).toHtmlEscaped())
                          .arg(width)
                          .arg(height);
        }
        m_html += QStringLiteral("</tr></table>\n");
        const QDateTime lastInstant = m_report.end.addSecs(-1);
        QString period = tr("%1 to %2, times in %3. Made on %4.")
                             .arg(date(m_report.start), date(lastInstant),
                                  esc(QString::fromUtf8(m_report.timeZone.id())), dateTime(m_report.generatedAt));
        paragraph(period, QStringLiteral("period"));
    }

    void summary()
    {
        m_html +=
            QStringLiteral("<table class=\"summary\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\"><tr><td>");
        m_html += QStringLiteral("<p class=\"summaryTitle\">%1</p><ul>").arg(esc(tr("This month at a glance")));
        for (const QString &line : m_report.summary) {
            m_html += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        m_html += QStringLiteral("</ul></td></tr></table>\n");
    }

    void devices()
    {
        heading(tr("Devices we manage"));
        if (m_report.deviceCount == 0) {
            paragraph(esc(tr("No devices were in the inventory this month.")));
            return;
        }
        QList<QStringList> kinds{{esc(tr("Kind")), esc(tr("Devices"))}};
        for (const ClientReport::Count &c : m_report.devicesByKind) {
            kinds.append({esc(c.label), number(c.count)});
        }
        QList<QStringList> systems{{esc(tr("Operating system")), esc(tr("Devices"))}};
        for (const ClientReport::Count &c : m_report.devicesByOs) {
            systems.append({esc(c.label), number(c.count)});
        }
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"40%\" "
                                 "valign=\"top\">");
        table(kinds);
        m_html += QStringLiteral("</td><td width=\"4%\"></td><td width=\"56%\" valign=\"top\">");
        table(systems);
        m_html += QStringLiteral("</td></tr></table>\n");
    }

    void availability()
    {
        heading(tr("Availability"));
        if (!m_report.fleetUptimePercent) {
            paragraph(noData() + QLatin1Char(' ')
                      + esc(tr("No availability checks are stored for this month (polling was off, or the store "
                               "predates availability history).")));
            return;
        }
        keyFigures({{tr("Average availability"), percent(*m_report.fleetUptimePercent)}});
        image(QStringLiteral("uptime"), 640, tr("Availability per device"));
        QList<QStringList> rows{
            {esc(tr("Device")), esc(tr("Availability")), esc(tr("Hours observed")), esc(tr("Checks"))}};
        for (const ClientReport::DeviceUptime &u : m_report.uptime) {
            rows.append({esc(u.device), u.percent ? percent(*u.percent) : noData(),
                         u.percent ? percent(u.coveragePercent) : QStringLiteral("—"),
                         u.percent ? QLocale().toString(u.polls) : QStringLiteral("—")});
        }
        table(rows);
        paragraph(esc(tr("Availability is the share of Vigil's checks that the device answered. "
                         "Hours in which no check ran (the console was closed) count neither way; \"hours observed\" "
                         "says how much of the month was watched.")),
                  QStringLiteral("note"));
    }

    void patching()
    {
        heading(tr("Updates"));
        if (!m_report.patching) {
            paragraph(noData() + QLatin1Char(' ') + esc(tr("No device reported its update state this month.")));
            return;
        }
        const ClientReport::Patching &p = *m_report.patching;
        keyFigures({{tr("Updates installed"), p.updatesApplied ? number(*p.updatesApplied) : noData()},
                    {tr("Fully up to date"), number(p.devicesCurrent)},
                    {tr("Security updates waiting"), number(p.securityOutstanding)},
                    {tr("Need a restart"), number(p.devicesNeedingReboot)}});
        QList<QStringList> rows{{esc(tr("Device")), esc(tr("Installed")), esc(tr("Pending")), esc(tr("Security")),
                                 esc(tr("Restart needed")), esc(tr("As of"))}};
        for (const ClientReport::DevicePatches &d : p.devices) {
            rows.append({esc(d.device), d.applied ? number(*d.applied) : noData(),
                         d.pending ? number(*d.pending) : noData(), d.security ? number(*d.security) : noData(),
                         d.reboot ? esc(*d.reboot ? tr("yes") : tr("no")) : noData(), dateTime(d.asOf)});
        }
        table(rows);
        if (p.devicesWithoutData > 0) {
            paragraph(esc(tr("%n device(s) did not report updates (printers, network devices, or not polled).", nullptr,
                             p.devicesWithoutData)),
                      QStringLiteral("note"));
        }
    }

    void backups()
    {
        heading(tr("Backups"));
        if (!m_report.backups) {
            paragraph(noData() + QLatin1Char(' ') + esc(tr("No backup job was reported for this client.")));
            return;
        }
        const ClientReport::Backups &b = *m_report.backups;
        keyFigures({{tr("Backup jobs"), number(static_cast<int>(b.jobs.size()))},
                    {tr("Failed runs reported"), number(b.failedRunAlerts)},
                    {tr("Without a backup in 26 h at month end"),
                     number(static_cast<int>(b.devicesWithoutRecentSuccess.size()))}});
        QList<QStringList> rows{{esc(tr("Device")), esc(tr("Job")), esc(tr("Latest success")), esc(tr("Latest run")),
                                 esc(tr("Last restore test")), esc(tr("Tested by"))}};
        for (const ClientReport::BackupJob &j : b.jobs) {
            QString restore = date(j.lastRestoreTest);
            if (!j.lastRestoreTest.isValid()) {
                restore =
                    j.laterRestoreTest.isValid() ? esc(
                        tr("later test on %1").arg(QLocale().toString(j.laterRestoreTest.date(), QLocale::ShortFormat)))
                                                 : esc(tr("never"));
            }
            QString lastRun = QStringLiteral("—");
            if (j.lastRunOk) {
                lastRun = *j.lastRunOk ? esc(tr("succeeded")) : QStringLiteral("<b>%1</b>").arg(esc(tr("failed")));
            }
            rows.append({esc(j.device), esc(j.job), dateTime(j.lastSuccess), lastRun, restore,
                         j.restoreTestedBy.isEmpty() ? QStringLiteral("—") : esc(j.restoreTestedBy)});
        }
        table(rows);
        if (!b.devicesWithoutRecentSuccess.isEmpty()) {
            paragraph(esc(tr("No successful backup in the 26 hours before month end: %1.")
                              .arg(b.devicesWithoutRecentSuccess.join(QStringLiteral(", ")))));
        }
        paragraph(esc(tr("Endpoints report only their latest backup run, so the number of successful runs is not "
                         "known; failed runs are counted from the alerts they raised.")),
                  QStringLiteral("note"));
    }

    void alerts()
    {
        heading(tr("Alerts"));
        if (!m_report.alerts) {
            paragraph(noData() + QLatin1Char(' ') + esc(tr("The devices were not monitored this month.")));
            return;
        }
        const ClientReport::Alerts &a = *m_report.alerts;
        keyFigures({{tr("Opened"), number(a.total.opened)},
                    {tr("Acknowledged"), number(a.total.acknowledged)},
                    {tr("Resolved"), number(a.total.resolved)},
                    {tr("Mean time to acknowledge"), duration(a.meanSecondsToAcknowledge)},
                    {tr("Mean time to resolve"), duration(a.meanSecondsToResolve)}});
        image(QStringLiteral("alerts"), 560, tr("Alerts by severity"));
        QList<QStringList> rows{{esc(tr("Severity")), esc(tr("Opened")), esc(tr("Acknowledged")), esc(tr("Resolved"))}};
        for (auto it = allAlertSeverities.crbegin(); it != allAlertSeverities.crend(); ++it) {
            const ClientReport::AlertCounts &c = a.bySeverity.at(static_cast<std::size_t>(*it));
            rows.append(
                {esc(alertSeverityDisplayName(*it)), number(c.opened), number(c.acknowledged), number(c.resolved)});
        }
        table(rows);
        QList<QStringList> categories{
            {esc(tr("Category")), esc(tr("Opened")), esc(tr("Acknowledged")), esc(tr("Resolved"))}};
        for (const AlertCategory category : allAlertCategories) {
            const ClientReport::AlertCounts &c = a.byCategory.at(static_cast<std::size_t>(category));
            if (c.opened + c.acknowledged + c.resolved > 0) {
                categories.append({esc(alertCategoryDisplayName(category)), number(c.opened), number(c.acknowledged),
                                   number(c.resolved)});
            }
        }
        if (categories.size() > 1) {
            table(categories);
        }
        if (a.total.resolved > 0) {
            paragraph(esc(tr("%1 of %n resolved alert(s) cleared by themselves (the condition went away).", nullptr,
                             a.total.resolved)
                              .arg(a.resolvedAutomatically)),
                      QStringLiteral("note"));
        }
    }

    void tickets()
    {
        heading(tr("Support requests"));
        if (!m_report.tickets) {
            paragraph(noData());
            return;
        }
        const ClientReport::Tickets &t = *m_report.tickets;
        keyFigures({{tr("Opened"), number(t.total.opened)},
                    {tr("Closed"), number(t.total.closed)},
                    {tr("Average first response"), duration(t.meanSecondsToFirstResponse)},
                    {tr("Average resolution"), duration(t.meanSecondsToResolve)}});
        QList<QStringList> rows{{esc(tr("Priority")), esc(tr("Opened")), esc(tr("Closed"))}};
        for (const Priority priority : allPriorities) {
            const ClientReport::TicketCounts &c = t.byPriority.at(static_cast<std::size_t>(priority));
            rows.append({esc(priorityDisplayName(priority)), number(c.opened), number(c.closed)});
        }
        table(rows);
        QList<QStringList> sla{
            {esc(tr("Service level (requests opened this month)")), esc(tr("Met")), esc(tr("Breached"))},
            {esc(tr("First response")), number(t.responseMet), number(t.responseBreached)},
            {esc(tr("Resolution")), number(t.resolutionMet), number(t.resolutionBreached)}};
        table(sla);
        if (t.stillRunning > 0) {
            paragraph(
                esc(tr("Still open at month end and within the agreed time: %n request(s).", nullptr, t.stillRunning)),
                QStringLiteral("note"));
        }
    }

    void disks()
    {
        heading(tr("Disks and drive health"));
        if (!m_report.disks) {
            paragraph(noData());
            return;
        }
        const ClientReport::Disks &d = *m_report.disks;
        keyFigures({{tr("Devices over 80 % full at month end"), number(d.devicesOver80AtEnd)},
                    {tr("Drive health warnings"), number(static_cast<int>(d.smartWarnings.size()))}});
        if (!d.over80.isEmpty()) {
            QList<QStringList> rows{
                {esc(tr("Device")), esc(tr("Disk")), esc(tr("Used at month end")), esc(tr("Highest"))}};
            for (const ClientReport::DiskRow &r : d.over80) {
                rows.append({esc(r.device), esc(r.mount), percent(r.lastPercent), percent(r.peakPercent)});
            }
            table(rows);
        }
        if (!d.smartWarnings.isEmpty()) {
            QList<QStringList> rows{{esc(tr("Device")), esc(tr("Drive")), esc(tr("Warning")), esc(tr("First seen"))}};
            for (const ClientReport::SmartRow &r : d.smartWarnings) {
                rows.append({esc(r.device), esc(r.disk), esc(r.summary), dateTime(r.firstSeen)});
            }
            table(rows);
        }
    }

    void sessions()
    {
        heading(tr("Remote sessions"));
        if (!m_report.sessions) {
            paragraph(noData());
            return;
        }
        const ClientReport::Sessions &s = *m_report.sessions;
        keyFigures({{tr("Sessions"), number(s.count)}, {tr("Total time"), duration(s.totalSeconds)}});
        if (s.withoutEnd > 0) {
            paragraph(esc(tr("The total time leaves out %n session(s) without a recorded end.", nullptr, s.withoutEnd)),
                      QStringLiteral("note"));
        }
    }

    QString finish()
    {
        static const QString css = QStringLiteral(
            "body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #222; }\n"
            "h1 { font-size: 20pt; margin: 0; color: #1d3557; }\n"
            "h2 { font-size: 13pt; color: #1d3557; margin-top: 18px; margin-bottom: 6px; "
            "border-bottom: 1px solid #1d3557; }\n"
            "p.msp { font-size: 10pt; color: #555; margin: 0; }\n"
            "p.client { font-size: 13pt; margin: 0; }\n"
            "p.period { color: #555; font-size: 9pt; }\n"
            "p.note { color: #555; font-size: 8.5pt; }\n"
            "p.summaryTitle { font-weight: bold; font-size: 11pt; margin: 0; }\n"
            "table.summary { background-color: #eef3f8; }\n"
            "table.figures { margin-bottom: 8px; border-collapse: collapse; }\n"
            "table.figures th { background-color: #1d3557; color: white; text-align: left; font-weight: bold; }\n"
            "table.figures tr.alt td { background-color: #f3f5f8; }\n"
            "table.key { margin-bottom: 6px; }\n"
            "span.big { font-size: 15pt; font-weight: bold; color: #1d3557; }\n"
            "span.label { font-size: 8.5pt; color: #555; }\n"
            "span.nodata { color: #888; font-style: italic; }\n"
            "p.chart { margin: 4px 0; }\n"
            "@media print { h2 { page-break-after: avoid; } table { page-break-inside: avoid; } }\n");
        return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n<title>%2</title>\n"
                              "<style>\n%3</style></head>\n<body>\n%4</body></html>\n")
            .arg(QLocale().bcp47Name(),
                 esc(tr("%1 · %2").arg(m_report.clientName,
                                       QLocale().toString(m_report.month, QStringLiteral("MMMM yyyy")))),
                 css, m_html);
    }

private:
    const ClientReport &m_report;
    const QHash<QString, QString> &m_sources;
    QString m_html;
};

QString dataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QHash<QString, QImage> ReportHtml::images(const ClientReport &report, const ReportBranding &branding)
{
    QHash<QString, QImage> result;
    if (!branding.logo.isNull()) {
        result.insert(QStringLiteral("logo"), branding.logo);
    }
    if (report.alerts) {
        const QImage alerts = ReportCharts::alertsBySeverity(*report.alerts);
        if (!alerts.isNull()) {
            result.insert(QStringLiteral("alerts"), alerts);
        }
    }
    const QImage uptime = ReportCharts::uptimeByDevice(report.uptime);
    if (!uptime.isNull()) {
        result.insert(QStringLiteral("uptime"), uptime);
    }
    return result;
}

QString ReportHtml::document(const ClientReport &report, const ReportBranding &branding,
                             const QHash<QString, QString> &imageSources)
{
    Writer w(report, imageSources);
    w.header(branding);
    w.summary();
    w.devices();
    w.availability();
    w.patching();
    w.backups();
    w.alerts();
    w.tickets();
    w.disks();
    w.sessions();
    return w.finish();
}

QString ReportHtml::standalone(const ClientReport &report, const ReportBranding &branding)
{
    QHash<QString, QString> sources;
    const QHash<QString, QImage> all = images(report, branding);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        sources.insert(it.key(), dataUrl(it.value()));
    }
    return document(report, branding, sources);
}

} // namespace Vigil
