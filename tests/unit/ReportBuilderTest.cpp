// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBuilder.h"
#include "Clock.h"
#include "Database.h"
#include "HistoryStore.h"
#include "InventoryStore.h"
#include "ReportCsv.h"
#include "ReportHtml.h"
#include "SqlValues.h"
#include "TestInventory.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// A store filled with known events. Everything is created in September 2026, the reports are made in early
// November, so October is a finished month whose history sits in hourly rollups.
class ReportBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = std::move(db.value());
        ManualClock created(utc("2026-09-01T00:00:00"));
        InventoryStore inventory(*m_db, created);
        const VigilTest::AddedDevice fs = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"),
                                                               QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
        const VigilTest::AddedDevice pc = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"),
                                                               QStringLiteral("HQ"), QStringLiteral("HD-PC01"));
        const VigilTest::AddedDevice berlin = VigilTest::addDevice(inventory, QStringLiteral("Kessler Logistik"),
                                                                   QStringLiteral("Berlin"), QStringLiteral("KL-DC01"));
        m_harbor = fs.clientId;
        m_kessler = berlin.clientId;
        m_fs = fs.deviceId;
        m_pc = pc.deviceId;
        m_dc = berlin.deviceId;
        exec(QStringLiteral("UPDATE devices SET kind = 'server', os = 'Debian GNU/Linux 12' WHERE id = %1").arg(m_fs));
        exec(QStringLiteral("UPDATE devices SET os = 'Windows 11 Pro' WHERE id = %1").arg(m_pc));
        TicketStore tickets(*m_db);
        // Harbor works around the clock in UTC, so SLA arithmetic is wall-clock arithmetic here.
        BusinessCalendar always = BusinessCalendar::standard(QTimeZone::utc());
        always.setWorkingDays({1, 2, 3, 4, 5, 6, 7});
        ASSERT_TRUE(always.setWorkingHours(0, 24 * 60));
        ASSERT_TRUE(tickets.setCalendar(m_harbor, always).ok());
        BusinessCalendar berlinHours = always;
        berlinHours.setTimeZone(QTimeZone("Europe/Berlin"));
        ASSERT_TRUE(tickets.setCalendar(m_kessler, berlinHours).ok());
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }

    // An alert row with its events; empty times are NULL.
    qint64 addAlert(qint64 device, const QString &rule, const QString &severity, const QString &category,
                    const QDateTime &opened, const QDateTime &acknowledged, const QDateTime &resolved,
                    const QString &resolvedBy = QStringLiteral("sam"), const QString &subject = QString())
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO alerts (device_id, rule, subject, severity, state, category, summary, "
                                 "first_seen, last_seen, acknowledged_by, acknowledged_at, resolved_at, resolved_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(device);
        q.addBindValue(rule);
        q.addBindValue(toText(subject));
        q.addBindValue(severity);
        q.addBindValue(resolved.isValid()
                           ? QStringLiteral("resolved")
                           : (acknowledged.isValid() ? QStringLiteral("acknowledged") : QStringLiteral("open")));
        q.addBindValue(category);
        q.addBindValue(QStringLiteral("%1 <on> %2").arg(rule, subject));
        q.addBindValue(toEpoch(opened));
        q.addBindValue(toEpoch(resolved.isValid() ? resolved : opened));
        q.addBindValue(acknowledged.isValid() ? QVariant(QStringLiteral("sam")) : QVariant());
        q.addBindValue(toEpoch(acknowledged));
        q.addBindValue(toEpoch(resolved));
        q.addBindValue(resolved.isValid() ? QVariant(resolvedBy) : QVariant());
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        const qint64 id = q.lastInsertId().toLongLong();
        if (acknowledged.isValid()) {
            exec(QStringLiteral("INSERT INTO alert_events (alert_id, at, actor, kind) VALUES (%1, %2, 'sam', "
                                "'acknowledged')")
                     .arg(id)
                     .arg(acknowledged.toSecsSinceEpoch()));
        }
        return id;
    }

    // Samples every `step` seconds in [from, to).
    void addSeries(qint64 device, const QString &metric, const QString &subject, const QDateTime &from,
                   const QDateTime &to, qint64 step, const std::function<double(const QDateTime &)> &value)
    {
        QList<HealthSample> samples;
        for (QDateTime t = from; t < to; t = t.addSecs(step)) {
            samples.append({device, metric, subject, t.toSecsSinceEpoch(), value(t)});
        }
        ASSERT_TRUE(HistoryStore(*m_db).append(samples).ok());
    }

    void rollUp() { ASSERT_TRUE(HistoryStore(*m_db).maintain(m_now.now()).ok()); }

    ClientReport report(qint64 client, const char *month)
    {
        Result<ClientReport> r =
            ReportBuilder(*m_db, m_now).build(client, *ReportBuilder::parseMonth(QString::fromLatin1(month)));
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().toString().toStdString());
        return r.ok() ? r.value() : ClientReport();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_now{utc("2026-11-05T09:00:00")};
    qint64 m_harbor = 0;
    qint64 m_kessler = 0;
    qint64 m_fs = 0;
    qint64 m_pc = 0;
    qint64 m_dc = 0;
};

} // namespace

TEST_F(ReportBuilderTest, MonthArgumentIsStrict)
{
    EXPECT_EQ(ReportBuilder::parseMonth(QStringLiteral("2026-10")), QDate(2026, 10, 1));
    EXPECT_FALSE(ReportBuilder::parseMonth(QStringLiteral("2026-13")));
    EXPECT_FALSE(ReportBuilder::parseMonth(QStringLiteral("2026-1")));
    EXPECT_FALSE(ReportBuilder::parseMonth(QStringLiteral("October")));
    EXPECT_FALSE(ReportBuilder::parseMonth(QStringLiteral("2026-10-01")));
    const Result<ClientReport> future = ReportBuilder(*m_db, m_now).build(m_harbor, QDate(2026, 12, 1));
    ASSERT_FALSE(future.ok());
    const Result<ClientReport> unknown =
        ReportBuilder(*m_db, m_now).build(QStringLiteral("Nobody"), QDate(2026, 10, 1));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_F(ReportBuilderTest, MonthWithoutDataSaysSoInsteadOfZeros)
{
    const ClientReport r = report(m_harbor, "2026-10");
    EXPECT_FALSE(r.hasAnyData());
    EXPECT_EQ(r.deviceCount, 2) << "the inventory is known even without data";
    EXPECT_FALSE(r.fleetUptimePercent);
    EXPECT_FALSE(r.patching);
    EXPECT_FALSE(r.backups);
    EXPECT_FALSE(r.alerts);
    EXPECT_FALSE(r.tickets);
    EXPECT_FALSE(r.disks);
    EXPECT_FALSE(r.sessions);
    ASSERT_EQ(r.summary.size(), 1);
    EXPECT_TRUE(r.summary.constFirst().contains(QStringLiteral("recorded nothing")))
        << r.summary.constFirst().toStdString();
    const QString csv = ReportCsv::text(r);
    EXPECT_TRUE(csv.contains(QStringLiteral("alerts,opened,,,count\n"))) << "empty value, not 0";
    EXPECT_FALSE(csv.contains(QStringLiteral("alerts,opened,,0,count")));
    const QString html = ReportHtml::document(r, {}, {});
    EXPECT_TRUE(html.contains(QStringLiteral("no data recorded")));
}

TEST_F(ReportBuilderTest, AlertAcrossTheMonthBoundaryCountsOpenedInOneMonthResolvedInTheNext)
{
    addAlert(m_fs, QStringLiteral("disk_used"), QStringLiteral("warning"), QStringLiteral("disk"),
             utc("2026-10-31T23:30:00"), QDateTime(), utc("2026-11-01T00:30:00"), QStringLiteral("system"));
    const ClientReport october = report(m_harbor, "2026-10");
    ASSERT_TRUE(october.alerts);
    EXPECT_EQ(october.alerts->total.opened, 1);
    EXPECT_EQ(october.alerts->total.resolved, 0);
    EXPECT_FALSE(october.alerts->meanSecondsToResolve) << "nothing was resolved in October";
    EXPECT_EQ(october.alerts->byCategory.at(static_cast<std::size_t>(AlertCategory::Disk)).opened, 1);

    const ClientReport november = report(m_harbor, "2026-11");
    ASSERT_TRUE(november.alerts);
    EXPECT_EQ(november.alerts->total.opened, 0);
    EXPECT_EQ(november.alerts->total.resolved, 1);
    EXPECT_EQ(november.alerts->resolvedAutomatically, 1);
    EXPECT_EQ(november.alerts->meanSecondsToResolve, 3600);
    EXPECT_FALSE(november.monthComplete);
}

TEST_F(ReportBuilderTest, MonthIsTheClientsLocalMonth)
{
    // 22:30 UTC on 30 September is 00:30 on 1 October in Berlin.
    addAlert(m_dc, QStringLiteral("unreachable"), QStringLiteral("critical"), QStringLiteral("network"),
             utc("2026-09-30T22:30:00"), QDateTime(), utc("2026-09-30T22:40:00"));
    addAlert(m_fs, QStringLiteral("unreachable"), QStringLiteral("critical"), QStringLiteral("network"),
             utc("2026-09-30T22:30:00"), QDateTime(), utc("2026-09-30T22:40:00"));
    const ClientReport berlin = report(m_kessler, "2026-10");
    EXPECT_EQ(berlin.start, utc("2026-09-30T22:00:00"));
    EXPECT_EQ(berlin.end, utc("2026-10-31T23:00:00")) << "daylight saving ends on 25 October";
    ASSERT_TRUE(berlin.alerts);
    EXPECT_EQ(berlin.alerts->total.opened, 1);
    EXPECT_EQ(berlin.alerts->bySeverity.at(static_cast<std::size_t>(AlertSeverity::Critical)).opened, 1);

    const ClientReport harborOctober = report(m_harbor, "2026-10");
    EXPECT_FALSE(harborOctober.alerts) << "for a UTC client the alert belongs to September";
    const ClientReport harborSeptember = report(m_harbor, "2026-09");
    ASSERT_TRUE(harborSeptember.alerts);
    EXPECT_EQ(harborSeptember.alerts->total.opened, 1);
    EXPECT_EQ(harborSeptember.alerts->total.resolved, 1);
}

TEST_F(ReportBuilderTest, MeanTimesToAcknowledgeAndResolve)
{
    const QDateTime t0 = utc("2026-10-12T03:00:00");
    addAlert(m_fs, QStringLiteral("backup_failed"), QStringLiteral("critical"), QStringLiteral("backup"), t0,
             t0.addSecs(10 * 60), t0.addSecs(3600));
    addAlert(m_pc, QStringLiteral("disk_used"), QStringLiteral("warning"), QStringLiteral("disk"), t0,
             t0.addSecs(30 * 60), t0.addSecs(3 * 3600));
    // Never acknowledged, cleared by itself: counts for resolving, not for acknowledging.
    addAlert(m_pc, QStringLiteral("cpu_high"), QStringLiteral("warning"), QStringLiteral("other"), t0, QDateTime(),
             t0.addSecs(2 * 3600), QStringLiteral("system"));
    // Still open at month end.
    addAlert(m_pc, QStringLiteral("smart_unhealthy"), QStringLiteral("critical"), QStringLiteral("hardware"),
             utc("2026-10-20T08:00:00"), QDateTime(), QDateTime(), QString(), QStringLiteral("/dev/sda"));
    const ClientReport r = report(m_harbor, "2026-10");
    ASSERT_TRUE(r.alerts);
    EXPECT_EQ(r.alerts->total.opened, 4);
    EXPECT_EQ(r.alerts->total.acknowledged, 2);
    EXPECT_EQ(r.alerts->total.resolved, 3);
    EXPECT_EQ(r.alerts->meanSecondsToAcknowledge, 20 * 60);
    EXPECT_EQ(r.alerts->meanSecondsToResolve, 2 * 3600);
    EXPECT_EQ(r.alerts->bySeverity.at(static_cast<std::size_t>(AlertSeverity::Critical)).opened, 2);
    EXPECT_EQ(r.alerts->bySeverity.at(static_cast<std::size_t>(AlertSeverity::Warning)).resolved, 2);
    ASSERT_TRUE(r.disks) << "a SMART warning is disk data";
    ASSERT_EQ(r.disks->smartWarnings.size(), 1);
    EXPECT_EQ(r.disks->smartWarnings.constFirst().device, QStringLiteral("HD-PC01"));
    EXPECT_EQ(r.disks->smartWarnings.constFirst().disk, QStringLiteral("/dev/sda"));
    // Stored strings are escaped in HTML.
    const QString html = ReportHtml::document(r, ReportBranding{QStringLiteral("Acme <IT>"), {}}, {});
    EXPECT_TRUE(html.contains(QStringLiteral("Acme &lt;IT&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("smart_unhealthy &lt;on&gt; /dev/sda")));
    EXPECT_FALSE(html.contains(QStringLiteral("<on>")));
    const QString csv = ReportCsv::text(r);
    EXPECT_TRUE(csv.contains(QStringLiteral("alerts,mean_time_to_acknowledge,,1200,seconds\n"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("alerts,opened,severity:critical,2,count\n")));
}

TEST_F(ReportBuilderTest, TicketSlaMetAndBreached)
{
    TicketStore tickets(*m_db);
    const auto open = [&](Priority priority, const QDateTime &at) {
        NewTicket t;
        t.clientId = m_harbor;
        t.title = QStringLiteral("Request");
        t.priority = priority;
        return tickets.create(t, QStringLiteral("sam"), at).value();
    };
    // Critical: 1 h response, 8 h resolution. Answered in 30 min (met), resolved after 10 h (breached).
    const QDateTime t0 = utc("2026-10-05T09:00:00");
    const qint64 a = open(Priority::Critical, t0);
    ASSERT_TRUE(tickets.addNote(a, QStringLiteral("sam"), QStringLiteral("On it"), true, t0.addSecs(1800)).ok());
    ASSERT_TRUE(tickets
                    .setStatus(a, TicketStatus::Resolved, QStringLiteral("sam"), QStringLiteral("Replaced PSU"),
                               t0.addSecs(10 * 3600))
                    .ok());
    // Normal: 8 h response; answered after 9 h (breached), resolved after 20 h (met, 40 h target).
    const qint64 b = open(Priority::Normal, t0);
    ASSERT_TRUE(tickets.addNote(b, QStringLiteral("sam"), QStringLiteral("Looking"), false, t0.addSecs(9 * 3600)).ok());
    ASSERT_TRUE(
        tickets
            .setStatus(b, TicketStatus::Resolved, QStringLiteral("sam"), QStringLiteral("Done"), t0.addSecs(20 * 3600))
            .ok());
    // Low, opened on 31 October at 20:00 and answered on 1 November: still running at October's end.
    const qint64 c = open(Priority::Low, utc("2026-10-31T20:00:00"));
    ASSERT_TRUE(
        tickets.addNote(c, QStringLiteral("sam"), QStringLiteral("Tomorrow"), false, utc("2026-11-01T08:00:00")).ok());
    // Opened in September, closed in October: counts as closed in October only.
    const qint64 d = open(Priority::High, utc("2026-09-29T10:00:00"));
    ASSERT_TRUE(
        tickets.addNote(d, QStringLiteral("sam"), QStringLiteral("Hi"), false, utc("2026-09-29T11:00:00")).ok());
    ASSERT_TRUE(tickets
                    .setStatus(d, TicketStatus::Resolved, QStringLiteral("sam"), QStringLiteral("Fixed"),
                               utc("2026-10-01T10:00:00"))
                    .ok());

    const ClientReport r = report(m_harbor, "2026-10");
    ASSERT_TRUE(r.tickets);
    const ClientReport::Tickets &t = *r.tickets;
    EXPECT_EQ(t.total.opened, 3);
    EXPECT_EQ(t.total.closed, 3);
    EXPECT_EQ(t.byPriority.at(static_cast<std::size_t>(Priority::High)).closed, 1);
    EXPECT_EQ(t.byPriority.at(static_cast<std::size_t>(Priority::High)).opened, 0);
    EXPECT_EQ(t.responseMet, 1);
    EXPECT_EQ(t.responseBreached, 1);
    EXPECT_EQ(t.resolutionMet, 1);
    EXPECT_EQ(t.resolutionBreached, 1);
    EXPECT_EQ(t.stillRunning, 1);
    // First responses in October: 30 min and 9 h → 4 h 45 min.
    EXPECT_EQ(t.meanSecondsToFirstResponse, (1800 + 9 * 3600) / 2);
    // Resolved in October: 10 h, 20 h and 48 h.
    EXPECT_EQ(t.meanSecondsToResolve, (10 + 20 + 48) * 3600 / 3);
}

TEST_F(ReportBuilderTest, UptimeFromAnsweredChecksWithGapsLeftOut)
{
    // HD-FS01 polled every 10 minutes for the first nine days of October, down for two hours on the 3rd; nothing
    // after (the console was closed). HD-PC01 never polled.
    const QDateTime from = utc("2026-10-01T00:00:00");
    addSeries(m_fs, QStringLiteral("reachable"), QString(), from, utc("2026-10-10T00:00:00"), 600,
              [](const QDateTime &t) {
                  return t >= utc("2026-10-03T10:00:00") && t < utc("2026-10-03T12:00:00") ? 0.0 : 100.0;
              });
    rollUp();
    const ClientReport r = report(m_harbor, "2026-10");
    ASSERT_EQ(r.uptime.size(), 2);
    const ClientReport::DeviceUptime &fs = r.uptime.at(0);
    EXPECT_EQ(fs.device, QStringLiteral("HD-FS01"));
    EXPECT_EQ(fs.polls, 9 * 24 * 6);
    ASSERT_TRUE(fs.percent);
    EXPECT_NEAR(*fs.percent, 100.0 * (9 * 24 * 6 - 12) / (9 * 24 * 6), 1e-9);
    EXPECT_NEAR(fs.coveragePercent, 100.0 * 9 * 24 / (31 * 24), 1e-9);
    EXPECT_FALSE(r.uptime.at(1).percent) << "never polled: no data, not 0 % and not 100 %";
    ASSERT_TRUE(r.fleetUptimePercent);
    EXPECT_NEAR(*r.fleetUptimePercent, *fs.percent, 1e-9) << "devices without data stay out of the average";
    ASSERT_TRUE(r.alerts) << "a monitored month without alerts has zero alerts, as a fact";
    EXPECT_EQ(r.alerts->total.opened, 0);
}

TEST_F(ReportBuilderTest, PatchingFromPendingCountHistory)
{
    const QDateTime from = utc("2026-10-01T00:00:00");
    const QDateTime to = utc("2026-10-31T00:00:00");
    // 12 pending until the 10th, 2 until the 20th, 5 new ones then, and none after the 25th: 10 + 7 applied.
    addSeries(m_fs, QStringLiteral("updates_pending"), QString(), from, to, 3600, [](const QDateTime &t) {
        if (t < utc("2026-10-10T00:00:00")) {
            return 12.0;
        }
        if (t < utc("2026-10-20T00:00:00")) {
            return 2.0;
        }
        return t < utc("2026-10-25T00:00:00") ? 7.0 : 0.0;
    });
    addSeries(m_fs, QStringLiteral("updates_security"), QString(), from, to, 3600,
              [](const QDateTime &) { return 0.0; });
    addSeries(m_fs, QStringLiteral("reboot_required"), QString(), from, to, 3600,
              [](const QDateTime &) { return 0.0; });
    addSeries(m_pc, QStringLiteral("updates_pending"), QString(), from, to, 3600,
              [](const QDateTime &) { return 4.0; });
    addSeries(m_pc, QStringLiteral("updates_security"), QString(), from, to, 3600,
              [](const QDateTime &) { return 3.0; });
    addSeries(m_pc, QStringLiteral("reboot_required"), QString(), from, to, 3600,
              [](const QDateTime &) { return 100.0; });
    addSeries(m_pc, QStringLiteral("disk"), QStringLiteral("C:"), from, to, 3600,
              [&](const QDateTime &t) { return 70.0 + 15.0 * from.secsTo(t) / from.secsTo(to); });
    rollUp();
    const ClientReport r = report(m_harbor, "2026-10");
    ASSERT_TRUE(r.patching);
    EXPECT_EQ(r.patching->updatesApplied, 17);
    EXPECT_EQ(r.patching->devicesCurrent, 1);
    EXPECT_EQ(r.patching->securityOutstanding, 3);
    EXPECT_EQ(r.patching->devicesWithSecurityOutstanding, 1);
    EXPECT_EQ(r.patching->devicesNeedingReboot, 1);
    ASSERT_EQ(r.patching->devices.size(), 2);
    EXPECT_EQ(r.patching->devices.at(0).pending, 0);
    EXPECT_EQ(r.patching->devices.at(1).applied, 0);
    ASSERT_TRUE(r.disks);
    EXPECT_EQ(r.disks->devicesOver80AtEnd, 1);
    ASSERT_EQ(r.disks->over80.size(), 1);
    EXPECT_EQ(r.disks->over80.constFirst().mount, QStringLiteral("C:"));
    EXPECT_GT(r.disks->over80.constFirst().lastPercent, 84.0);
}

TEST_F(ReportBuilderTest, BackupsRestoreTestsAndSessions)
{
    exec(QStringLiteral("INSERT INTO backups (device_id, job, last_success_at, last_run_at, last_run_ok, "
                        "last_restore_test_at, restore_tested_by, updated_at, first_seen_at) VALUES "
                        "(%1, 'nightly', %2, %2, 1, %3, 'anna', %4, %5), "
                        "(%6, 'documents', %7, %8, 0, %9, '', %4, %5)")
             .arg(m_fs)
             .arg(utc("2026-11-05T02:00:00").toSecsSinceEpoch())
             .arg(utc("2026-10-14T15:00:00").toSecsSinceEpoch())
             .arg(utc("2026-11-05T08:00:00").toSecsSinceEpoch())
             .arg(utc("2026-09-02T00:00:00").toSecsSinceEpoch())
             .arg(m_pc)
             .arg(utc("2026-10-29T01:00:00").toSecsSinceEpoch())
             .arg(utc("2026-11-05T01:00:00").toSecsSinceEpoch())
             .arg(utc("2026-11-02T12:00:00").toSecsSinceEpoch()));
    // HD-PC01's backup went stale on the 30th and was still stale at month end; two failed runs in October.
    addAlert(m_pc, QStringLiteral("backup_stale"), QStringLiteral("warning"), QStringLiteral("backup"),
             utc("2026-10-30T03:00:00"), QDateTime(), QDateTime(), QString(), QStringLiteral("documents"));
    addAlert(m_pc, QStringLiteral("backup_failed"), QStringLiteral("critical"), QStringLiteral("backup"),
             utc("2026-10-30T01:00:00"), QDateTime(), utc("2026-10-30T02:00:00"));
    addAlert(m_pc, QStringLiteral("backup_failed"), QStringLiteral("critical"), QStringLiteral("backup"),
             utc("2026-10-31T01:00:00"), QDateTime(), QDateTime());
    // HD-FS01's stale alert cleared before month end.
    addAlert(m_fs, QStringLiteral("backup_stale"), QStringLiteral("warning"), QStringLiteral("backup"),
             utc("2026-10-10T03:00:00"), QDateTime(), utc("2026-10-11T03:00:00"), QStringLiteral("system"));
    exec(QStringLiteral("INSERT INTO sessions_log (device_id, device_name, protocol, technician, started_at, ended_at) "
                        "VALUES (%1, 'HD-FS01', 'ssh', 'sam', %2, %3), (%1, 'HD-FS01', 'vnc', 'sam', %4, NULL), "
                        "(%1, 'HD-FS01', 'ssh', 'sam', %5, %6)")
             .arg(m_fs)
             .arg(utc("2026-10-02T10:00:00").toSecsSinceEpoch())
             .arg(utc("2026-10-02T10:45:00").toSecsSinceEpoch())
             .arg(utc("2026-10-03T10:00:00").toSecsSinceEpoch())
             .arg(utc("2026-11-02T10:00:00").toSecsSinceEpoch())
             .arg(utc("2026-11-02T10:05:00").toSecsSinceEpoch()));

    const ClientReport r = report(m_harbor, "2026-10");
    ASSERT_TRUE(r.backups);
    ASSERT_EQ(r.backups->jobs.size(), 2);
    const ClientReport::BackupJob &nightly = r.backups->jobs.at(0);
    EXPECT_EQ(nightly.job, QStringLiteral("nightly"));
    EXPECT_EQ(nightly.lastRestoreTest, utc("2026-10-14T15:00:00"));
    EXPECT_EQ(nightly.restoreTestedBy, QStringLiteral("anna"));
    const ClientReport::BackupJob &documents = r.backups->jobs.at(1);
    EXPECT_FALSE(documents.lastRestoreTest.isValid()) << "tested only after the month";
    EXPECT_EQ(documents.laterRestoreTest, utc("2026-11-02T12:00:00"));
    EXPECT_EQ(documents.lastRunOk, false);
    EXPECT_EQ(r.backups->failedRunAlerts, 2);
    EXPECT_EQ(r.backups->devicesWithoutRecentSuccess, QStringList{QStringLiteral("HD-PC01")});
    ASSERT_TRUE(r.sessions);
    EXPECT_EQ(r.sessions->count, 2);
    EXPECT_EQ(r.sessions->totalSeconds, 45 * 60);
    EXPECT_EQ(r.sessions->withoutEnd, 1);
    EXPECT_TRUE(r.hasAnyData());
    EXPECT_EQ(r.devicesByKind.size(), 2);
    EXPECT_EQ(r.devicesByOs.size(), 2);
}
