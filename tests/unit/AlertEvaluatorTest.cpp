// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertEvaluator.h"
#include "AlertRuleStore.h"
#include "AlertStore.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TestInventory.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

// Rules, dedupe, hysteresis, snoozes and maintenance windows against a real store, with time injected.
class AlertEvaluatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        InventoryStore inventory(*m_db);
        const VigilTest::AddedDevice fs01 = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"),
                                                                 QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
        m_client = fs01.clientId;
        m_site = fs01.siteId;
        m_device = fs01.deviceId;
        m_other = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("HQ"),
                                       QStringLiteral("HD-WS02"))
                      .deviceId;
        m_evaluator = std::make_unique<AlertEvaluator>(*m_db);
        m_alerts = std::make_unique<AlertStore>(*m_db);
    }

    DeviceSnapshot up() const
    {
        DeviceSnapshot s;
        s.polledAt = m_clock.now();
        s.reachable = true;
        return s;
    }
    DeviceSnapshot disk(double usedPercent, const QString &mount = QStringLiteral("/srv")) const
    {
        DeviceSnapshot s = up();
        s.disks.append(DiskUsage{mount, QStringLiteral("/dev/sdb1"), QStringLiteral("ext4"), 1000000000000,
                                 static_cast<qint64>(1000000000000 * (100 - usedPercent) / 100), usedPercent});
        return s;
    }
    DeviceSnapshot down() const
    {
        DeviceSnapshot s;
        s.polledAt = m_clock.now();
        s.failure = PollFailure{QStringLiteral("refused"), QStringLiteral("connection refused")};
        return s;
    }

    // One poll of the device, a minute after the last one.
    QList<qint64> poll(const DeviceSnapshot &snapshot, qint64 deviceId = 0)
    {
        QList<qint64> raised;
        const Status status = m_db->transaction([&]() -> Status {
            auto result = m_evaluator->evaluate({{deviceId ? deviceId : m_device, snapshot}}, m_clock.now());
            if (!result) {
                return result.error();
            }
            raised = result.value();
            return {};
        });
        EXPECT_TRUE(status.ok()) << qPrintable(status.error().toString());
        return raised;
    }
    void minute(int n = 1) { m_clock.advanceSeconds(60 * n); }

    QList<Alert> alerts(const QString &rule = {})
    {
        QList<Alert> out;
        const Result<QList<AlertQueueRow>> rows = m_alerts->queue({});
        EXPECT_TRUE(rows.ok());
        for (const AlertQueueRow &row : rows.value()) {
            if (rule.isEmpty() || row.alert.rule == rule) {
                out.append(row.alert);
            }
        }
        return out;
    }
    QStringList eventKinds(qint64 alertId)
    {
        QStringList kinds;
        const Result<QList<AlertEvent>> events = m_alerts->events(alertId);
        EXPECT_TRUE(events.ok());
        for (const AlertEvent &e : events.value()) {
            kinds.append(e.kind);
        }
        return kinds;
    }
    int rowCount(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertEvaluator> m_evaluator;
    std::unique_ptr<AlertStore> m_alerts;
    qint64 m_client = 0;
    qint64 m_site = 0;
    qint64 m_device = 0;
    qint64 m_other = 0;
};

} // namespace

TEST_F(AlertEvaluatorTest, DiskAlertOpensEscalatesFallsBackAndResolvesWithHysteresis)
{
    EXPECT_TRUE(poll(disk(70)).isEmpty());
    minute();
    const QList<qint64> raised = poll(disk(85));
    ASSERT_EQ(raised.size(), 1);
    QList<Alert> all = alerts();
    ASSERT_EQ(all.size(), 1);
    const Alert first = all.first();
    EXPECT_EQ(first.rule, QStringLiteral("disk_used"));
    EXPECT_EQ(first.subject, QStringLiteral("/srv"));
    EXPECT_EQ(first.severity, AlertSeverity::Warning);
    EXPECT_EQ(first.category, AlertCategory::Disk);
    EXPECT_EQ(first.state, AlertState::Open);
    EXPECT_TRUE(first.summary.contains(QStringLiteral("/srv"))) << qPrintable(first.summary);
    EXPECT_TRUE(first.summary.contains(QStringLiteral("85"))) << qPrintable(first.summary);

    minute();
    poll(disk(92));
    EXPECT_EQ(m_alerts->alert(first.id)->severity, AlertSeverity::Critical);
    minute();
    poll(disk(88)); // within 3 points of 90
    EXPECT_EQ(m_alerts->alert(first.id)->severity, AlertSeverity::Critical);
    minute();
    poll(disk(86));
    EXPECT_EQ(m_alerts->alert(first.id)->severity, AlertSeverity::Warning);
    minute();
    poll(disk(78)); // within 3 points of 80: still open
    EXPECT_EQ(m_alerts->alert(first.id)->state, AlertState::Open);
    minute();
    poll(disk(70));
    const Alert resolved = m_alerts->alert(first.id).value();
    EXPECT_EQ(resolved.state, AlertState::Resolved);
    EXPECT_EQ(resolved.resolvedBy, AlertStore::systemActor);
    EXPECT_EQ(resolved.resolvedAt, m_clock.now());
    EXPECT_EQ(resolved.lastSeen, m_clock.now().addSecs(-60));
    EXPECT_EQ(eventKinds(first.id), (QStringList{QStringLiteral("opened"), QStringLiteral("severity"),
                                                 QStringLiteral("severity"), QStringLiteral("resolved")}));
    EXPECT_EQ(alerts().size(), 1);
}

TEST_F(AlertEvaluatorTest, ValueHoveringAtTheThresholdNeverFlaps)
{
    for (int i = 0; i < 30; ++i) {
        poll(disk(i % 2 == 0 ? 80.4 : 79.6));
        minute();
    }
    const QList<Alert> all = alerts();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().state, AlertState::Open);
    EXPECT_EQ(all.first().occurrences, 1);
    EXPECT_EQ(eventKinds(all.first().id), QStringList{QStringLiteral("opened")});
}

TEST_F(AlertEvaluatorTest, OneAlertPerDeviceRuleAndSubject)
{
    for (int i = 0; i < 5; ++i) {
        DeviceSnapshot s = disk(91, QStringLiteral("/"));
        s.disks.append(disk(85, QStringLiteral("/srv")).disks.first());
        poll(s);
        poll(disk(95, QStringLiteral("/")), m_other);
        minute();
    }
    EXPECT_EQ(alerts().size(), 3);
    EXPECT_EQ(rowCount(QStringLiteral("alerts")), 3);
    for (const Alert &a : alerts()) {
        EXPECT_EQ(a.firstSeen, m_clock.now().addSecs(-300));
        EXPECT_EQ(a.lastSeen, m_clock.now().addSecs(-60));
    }
}

TEST_F(AlertEvaluatorTest, ConditionComingBackSoonReopensTheSameAlertAndCountsIt)
{
    poll(disk(85));
    const qint64 id = alerts().first().id;
    minute();
    poll(disk(50));
    ASSERT_EQ(m_alerts->alert(id)->state, AlertState::Resolved);
    minute(30);
    EXPECT_EQ(poll(disk(86)), QList<qint64>{id});
    Alert again = m_alerts->alert(id).value();
    EXPECT_EQ(again.state, AlertState::Open);
    EXPECT_EQ(again.occurrences, 2);
    EXPECT_FALSE(again.resolvedAt.isValid());
    EXPECT_EQ(eventKinds(id).last(), QStringLiteral("recurred"));

    minute();
    poll(disk(50));
    minute(120); // long after: a new alert
    poll(disk(86));
    EXPECT_EQ(alerts().size(), 2);
}

TEST_F(AlertEvaluatorTest, UnreachableAfterThreePollsAndItsOtherAlertsStay)
{
    poll(disk(85));
    ASSERT_EQ(alerts().size(), 1);
    for (int i = 0; i < 2; ++i) {
        minute();
        EXPECT_TRUE(poll(down()).isEmpty());
    }
    EXPECT_TRUE(alerts(QStringLiteral("unreachable")).isEmpty());
    minute();
    ASSERT_EQ(poll(down()).size(), 1);
    const QList<Alert> unreachable = alerts(QStringLiteral("unreachable"));
    ASSERT_EQ(unreachable.size(), 1);
    EXPECT_EQ(unreachable.first().severity, AlertSeverity::Critical);
    EXPECT_EQ(unreachable.first().category, AlertCategory::Network);
    EXPECT_TRUE(unreachable.first().summary.contains(QStringLiteral("connection refused")));
    // Being offline says nothing about the disk.
    EXPECT_EQ(alerts(QStringLiteral("disk_used")).first().state, AlertState::Open);

    minute();
    poll(disk(85));
    EXPECT_EQ(m_alerts->alert(unreachable.first().id)->state, AlertState::Resolved);
    EXPECT_EQ(alerts(QStringLiteral("disk_used")).first().state, AlertState::Open);
}

TEST_F(AlertEvaluatorTest, ForDurationWithHysteresisAndItSurvivesANewProcess)
{
    DeviceSnapshot busy = up();
    busy.cpuBusyPercent = 97;
    DeviceSnapshot dip = up();
    dip.cpuBusyPercent = 92; // inside the 5-point band: the clock keeps running
    for (int i = 0; i < 10; ++i) {
        poll(i == 5 ? dip : busy);
        minute();
    }
    // A new poller process (vigil-cli poll from cron) carries on where the last one stopped.
    m_evaluator = std::make_unique<AlertEvaluator>(*m_db);
    for (int i = 0; i < 5; ++i) {
        EXPECT_TRUE(poll(busy).isEmpty()) << i;
        minute();
    }
    EXPECT_EQ(poll(busy).size(), 1); // 15 minutes after the first
    EXPECT_EQ(alerts(QStringLiteral("cpu_high")).size(), 1);

    // Warming up (no CPU figure) neither clears nor changes it.
    minute();
    poll(up());
    EXPECT_EQ(alerts(QStringLiteral("cpu_high")).first().state, AlertState::Open);

    // Below the band the pending clock starts over.
    DeviceSnapshot calm = up();
    calm.cpuBusyPercent = 40;
    DeviceSnapshot memory = up();
    memory.memoryUsedPercent = 97;
    poll(memory);
    for (int i = 0; i < 10; ++i) {
        minute();
        poll(memory);
    }
    minute();
    memory.memoryUsedPercent = 80;
    poll(memory);
    for (int i = 0; i < 10; ++i) {
        minute();
        memory.memoryUsedPercent = 97;
        poll(memory);
    }
    EXPECT_TRUE(alerts(QStringLiteral("memory_high")).isEmpty());
}

TEST_F(AlertEvaluatorTest, MaintenanceWindowSuppressesAndLeavesNoBurstBehind)
{
    const QDateTime start = m_clock.now();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO maintenance_windows (site_id, starts_at, ends_at, reason, created_by, "
                             "created_at) VALUES (?, ?, ?, 'patch night', 'sam', ?)"));
    q.addBindValue(m_site);
    q.addBindValue(start.toSecsSinceEpoch());
    q.addBindValue(start.addSecs(3600).toSecsSinceEpoch());
    q.addBindValue(start.toSecsSinceEpoch());
    ASSERT_TRUE(q.exec());

    for (int i = 0; i < 50; ++i) { // rebooting machines, a disk filling while patches unpack
        EXPECT_TRUE(poll(i % 10 < 5 ? down() : disk(93)).isEmpty());
        EXPECT_TRUE(poll(down(), m_other).isEmpty());
        minute();
    }
    minute(11);
    ASSERT_GT(m_clock.now(), start.addSecs(3600));
    // Back to normal: nothing opens and nothing resolves.
    poll(disk(60));
    EXPECT_EQ(rowCount(QStringLiteral("alerts")), 0);
    EXPECT_EQ(rowCount(QStringLiteral("alert_events")), 0);
    // Still down after the window: the rule counts from the window's end.
    EXPECT_TRUE(poll(down(), m_other).isEmpty());
    minute();
    EXPECT_TRUE(poll(down(), m_other).isEmpty());
    minute();
    EXPECT_EQ(poll(down(), m_other).size(), 1);
}

TEST_F(AlertEvaluatorTest, SnoozeReopensVisiblyWhenItEndsOrResolvesIfTheConditionCleared)
{
    poll(disk(85));
    poll(disk(85), m_other);
    const QList<Alert> two = alerts();
    ASSERT_EQ(two.size(), 2);
    const QDateTime until = m_clock.now().addSecs(3600);
    ASSERT_TRUE(
        m_alerts
            ->snooze({two[0].id, two[1].id}, QStringLiteral("sam"), until, QStringLiteral("after hours"), m_clock.now())
            .ok());
    EXPECT_EQ(m_alerts->alert(two[0].id)->state, AlertState::Snoozed);
    minute(30);
    poll(disk(85));
    poll(disk(40), m_other); // cleared while snoozed
    EXPECT_EQ(m_alerts->alert(two[0].id)->state, AlertState::Snoozed);
    EXPECT_EQ(m_alerts->alert(two[1].id)->state, AlertState::Resolved);
    EXPECT_TRUE(m_alerts->expireSnoozes(m_clock.now()).value().isEmpty());
    minute(31);
    EXPECT_EQ(m_alerts->expireSnoozes(m_clock.now()).value(), QList<qint64>{two[0].id});
    const Alert back = m_alerts->alert(two[0].id).value();
    EXPECT_EQ(back.state, AlertState::Open);
    EXPECT_FALSE(back.snoozedUntil.isValid());
    const QList<AlertEvent> history = m_alerts->events(two[0].id).value();
    ASSERT_EQ(history.last().kind, QStringLiteral("snooze_ended"));
    EXPECT_EQ(history.last().at, until);
    EXPECT_FALSE(
        m_alerts->snooze({two[0].id}, QStringLiteral("sam"), m_clock.now().addSecs(-5), {}, m_clock.now()).ok());
}

TEST_F(AlertEvaluatorTest, AcknowledgedWarningReopensWhenItTurnsCritical)
{
    poll(disk(85));
    const qint64 id = alerts().first().id;
    ASSERT_TRUE(
        m_alerts->acknowledge({id}, QStringLiteral("sam"), QStringLiteral("cleaning up logs"), m_clock.now()).ok());
    const Alert acked = m_alerts->alert(id).value();
    EXPECT_EQ(acked.state, AlertState::Acknowledged);
    EXPECT_EQ(acked.acknowledgedBy, QStringLiteral("sam"));
    EXPECT_EQ(acked.ackNote, QStringLiteral("cleaning up logs"));
    minute();
    poll(disk(86));
    EXPECT_EQ(m_alerts->alert(id)->state, AlertState::Acknowledged);
    minute();
    EXPECT_EQ(poll(disk(95)), QList<qint64>{id});
    EXPECT_EQ(m_alerts->alert(id)->state, AlertState::Open);
    EXPECT_EQ(m_alerts->alert(id)->severity, AlertSeverity::Critical);
}

TEST_F(AlertEvaluatorTest, TechniciansActionsAreRecordedAndRefusedAsAWholeWhenOneIsInvalid)
{
    poll(disk(85));
    poll(disk(85), m_other);
    const QList<Alert> two = alerts();
    ASSERT_TRUE(
        m_alerts->resolve({two[1].id}, QStringLiteral("sam"), QStringLiteral("moved logs"), m_clock.now()).ok());
    const int eventsBefore = rowCount(QStringLiteral("alert_events"));
    // One valid and one resolved alert: nothing changes.
    const Status refused = m_alerts->acknowledge({two[0].id, two[1].id}, QStringLiteral("sam"), {}, m_clock.now());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QString::number(two[1].id)));
    EXPECT_EQ(m_alerts->alert(two[0].id)->state, AlertState::Open);
    EXPECT_EQ(rowCount(QStringLiteral("alert_events")), eventsBefore);
    EXPECT_EQ(m_alerts->acknowledge({999}, QStringLiteral("sam"), {}, m_clock.now()).error().code, ErrorCode::NotFound);

    ASSERT_TRUE(m_alerts->categorise({two[0].id}, AlertCategory::Hardware, QStringLiteral("sam"), m_clock.now()).ok());
    ASSERT_TRUE(
        m_alerts->addNote(two[0].id, QStringLiteral("sam"), QStringLiteral("ordered a disk"), m_clock.now()).ok());
    EXPECT_EQ(eventKinds(two[0].id),
              (QStringList{QStringLiteral("opened"), QStringLiteral("categorised"), QStringLiteral("note")}));
    // The engine keeps the technician's category.
    minute();
    poll(disk(86));
    EXPECT_EQ(m_alerts->alert(two[0].id)->category, AlertCategory::Hardware);
    // Resolved by hand while the disk is still full: it comes back as a new alert, not a silent reopen.
    ASSERT_TRUE(m_alerts->resolve({two[0].id}, QStringLiteral("sam"), {}, m_clock.now()).ok());
    minute();
    poll(disk(86));
    EXPECT_EQ(alerts().size(), 3);
}

TEST_F(AlertEvaluatorTest, ReallocatedSectorsGrowingAgainstABaseline)
{
    const auto smart = [this](qint64 reallocated) {
        DeviceSnapshot s = up();
        SmartDiskStatus drive;
        drive.disk = QStringLiteral("/dev/sda");
        drive.healthy = true;
        drive.reallocatedSectors = reallocated;
        s.smart.append(drive);
        return s;
    };
    EXPECT_TRUE(poll(smart(8)).isEmpty()); // the baseline
    minute();
    EXPECT_TRUE(poll(smart(8)).isEmpty());
    minute();
    ASSERT_EQ(poll(smart(24)).size(), 1);
    const Alert grew = alerts(QStringLiteral("smart_reallocated_growing")).first();
    EXPECT_TRUE(grew.summary.contains(QStringLiteral("8"))) << qPrintable(grew.summary);
    EXPECT_TRUE(grew.summary.contains(QStringLiteral("24"))) << qPrintable(grew.summary);
    minute();
    poll(smart(24));
    EXPECT_EQ(m_alerts->alert(grew.id)->state, AlertState::Open);
    ASSERT_TRUE(m_alerts->resolve({grew.id}, QStringLiteral("sam"), QStringLiteral("watching it"), m_clock.now()).ok());
    minute();
    EXPECT_TRUE(poll(smart(24)).isEmpty());
    minute();
    EXPECT_EQ(poll(smart(30)).size(), 1);

    DeviceSnapshot failing = smart(30);
    failing.smart.first().healthy = false;
    minute();
    poll(failing);
    ASSERT_EQ(alerts(QStringLiteral("smart_unhealthy")).size(), 1);
    EXPECT_EQ(alerts(QStringLiteral("smart_unhealthy")).first().severity, AlertSeverity::Critical);
}

TEST_F(AlertEvaluatorTest, BackupRulesAndARecordedRestoreTest)
{
    // Vigil has watched the job for 100 days (the poller writes this row when it first sees the job).
    QSqlQuery watched(m_db->connection());
    watched.prepare(QStringLiteral("INSERT INTO backups (device_id, job, first_seen_at, updated_at) "
                                   "VALUES (?, 'nightly', ?, ?)"));
    watched.addBindValue(m_device);
    watched.addBindValue(m_clock.now().addDays(-100).toSecsSinceEpoch());
    watched.addBindValue(m_clock.now().toSecsSinceEpoch());
    ASSERT_TRUE(watched.exec());
    DeviceSnapshot s = up();
    BackupJobStatus job;
    job.job = QStringLiteral("nightly");
    job.lastSuccess = m_clock.now().addSecs(-30 * 3600);
    job.lastRun = m_clock.now().addSecs(-3600);
    job.lastRunOk = false;
    s.backups.append(job);
    poll(s);
    ASSERT_EQ(alerts(QStringLiteral("backup_stale")).size(), 1);
    EXPECT_EQ(alerts(QStringLiteral("backup_stale")).first().subject, QStringLiteral("nightly"));
    ASSERT_EQ(alerts(QStringLiteral("backup_failed")).size(), 1);
    EXPECT_EQ(alerts(QStringLiteral("backup_failed")).first().severity, AlertSeverity::Critical);
    const QList<Alert> restore = alerts(QStringLiteral("restore_test_missing"));
    ASSERT_EQ(restore.size(), 1);
    EXPECT_EQ(restore.first().severity, AlertSeverity::Info);
    EXPECT_TRUE(restore.first().summary.contains(QStringLiteral("never")));

    // A technician records a restore test (the dashboard's button writes the backups table).
    QSqlQuery tested(m_db->connection());
    tested.prepare(QStringLiteral("UPDATE backups SET last_restore_test_at = ?, restore_tested_by = 'sam' "
                                  "WHERE device_id = ? AND job = 'nightly'"));
    tested.addBindValue(m_clock.now().toSecsSinceEpoch());
    tested.addBindValue(m_device);
    ASSERT_TRUE(tested.exec());
    ASSERT_EQ(tested.numRowsAffected(), 1);
    minute();
    job.lastSuccess = m_clock.now().addSecs(-600);
    job.lastRunOk = true;
    s = up();
    s.backups = {job};
    poll(s);
    for (const Alert &a : alerts()) {
        EXPECT_EQ(a.state, AlertState::Resolved) << qPrintable(a.rule);
    }

    // A job Vigil has only just started watching is not "never tested for 90 days" yet.
    DeviceSnapshot other = up();
    BackupJobStatus fresh;
    fresh.job = QStringLiteral("weekly");
    fresh.lastSuccess = m_clock.now().addSecs(-3600);
    fresh.lastRun = fresh.lastSuccess;
    fresh.lastRunOk = true;
    other.backups.append(fresh);
    QSqlQuery recent(m_db->connection());
    recent.prepare(
        QStringLiteral("INSERT INTO backups (device_id, job, first_seen_at, updated_at) VALUES (?, 'weekly', ?, ?)"));
    recent.addBindValue(m_other);
    recent.addBindValue(m_clock.now().addDays(-3).toSecsSinceEpoch());
    recent.addBindValue(m_clock.now().toSecsSinceEpoch());
    ASSERT_TRUE(recent.exec());
    EXPECT_TRUE(poll(other, m_other).isEmpty());
}

TEST_F(AlertEvaluatorTest, ClientOverrideAndDisabledRule)
{
    AlertRuleStore rules(*m_db);
    ASSERT_TRUE(rules
                    .setOverride(m_client, QStringLiteral("disk_used"),
                                 QJsonDocument::fromJson(R"({"warning": 88})").object(), m_clock.now())
                    .ok());
    ASSERT_TRUE(rules
                    .setOverride(m_client, QStringLiteral("restore_test_missing"),
                                 QJsonDocument::fromJson(R"({"enabled": false})").object(), m_clock.now())
                    .ok());
    EXPECT_FALSE(rules
                     .setOverride(m_client, QStringLiteral("disk_used"),
                                  QJsonDocument::fromJson(R"({"warning": 95})").object(), m_clock.now())
                     .ok()); // above critical
    ASSERT_TRUE(m_evaluator->reloadRules(m_clock.now()).ok());
    EXPECT_TRUE(poll(disk(85)).isEmpty());
    EXPECT_EQ(poll(disk(89)).size(), 1);
    DeviceSnapshot s = up();
    BackupJobStatus job;
    job.job = QStringLiteral("nightly");
    job.lastSuccess = m_clock.now();
    s.backups.append(job);
    for (const qint64 device : {m_device, m_other}) {
        QSqlQuery watched(m_db->connection());
        watched.prepare(QStringLiteral("INSERT INTO backups (device_id, job, first_seen_at, updated_at) "
                                       "VALUES (?, 'nightly', ?, ?)"));
        watched.addBindValue(device);
        watched.addBindValue(m_clock.now().addDays(-200).toSecsSinceEpoch());
        watched.addBindValue(m_clock.now().toSecsSinceEpoch());
        ASSERT_TRUE(watched.exec());
    }
    poll(s);
    EXPECT_TRUE(alerts(QStringLiteral("restore_test_missing")).isEmpty());
    // The same job on a device of a client without the override does raise it.
    InventoryStore inventory(*m_db);
    const qint64 elsewhere =
        VigilTest::addDevice(inventory, QStringLiteral("Other Client"), QStringLiteral("HQ"), QStringLiteral("OC-FS01"))
            .deviceId;
    QSqlQuery watched(m_db->connection());
    watched.prepare(QStringLiteral("INSERT INTO backups (device_id, job, first_seen_at, updated_at) "
                                   "VALUES (?, 'nightly', ?, ?)"));
    watched.addBindValue(elsewhere);
    watched.addBindValue(m_clock.now().addDays(-200).toSecsSinceEpoch());
    watched.addBindValue(m_clock.now().toSecsSinceEpoch());
    ASSERT_TRUE(watched.exec());
    poll(s, elsewhere);
    EXPECT_EQ(alerts(QStringLiteral("restore_test_missing")).size(), 1);
}

TEST_F(AlertEvaluatorTest, EscalatingCreatesOneLinkedTicketWithTheHistory)
{
    poll(disk(95));
    const Alert alert = alerts().first();
    ASSERT_TRUE(
        m_alerts->acknowledge({alert.id}, QStringLiteral("sam"), QStringLiteral("vendor called"), m_clock.now()).ok());
    TicketStore tickets(*m_db);
    const Result<qint64> ticket = tickets.createFromAlert(alert.id, QStringLiteral("sam"), m_clock.now());
    ASSERT_TRUE(ticket.ok()) << qPrintable(ticket.error().toString());
    EXPECT_EQ(tickets.createFromAlert(alert.id, QStringLiteral("sam"), m_clock.now()).value(), ticket.value())
        << "a second escalation opens the same ticket";
    EXPECT_EQ(m_alerts->alert(alert.id)->ticketId, ticket.value());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT t.client_id, t.device_id, t.priority, t.title, e.body FROM tickets t "
                             "JOIN ticket_events e ON e.ticket_id = t.id JOIN ticket_alerts l ON l.ticket_id = t.id "
                             "WHERE t.id = ? AND l.alert_id = ?"));
    q.addBindValue(ticket.value());
    q.addBindValue(alert.id);
    ASSERT_TRUE(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), m_client);
    EXPECT_EQ(q.value(1).toLongLong(), m_device);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("critical"));
    EXPECT_TRUE(q.value(3).toString().contains(QStringLiteral("HD-FS01")));
    EXPECT_TRUE(q.value(4).toString().contains(QStringLiteral("vendor called"))) << qPrintable(q.value(4).toString());
    EXPECT_EQ(rowCount(QStringLiteral("tickets")), 1);
    EXPECT_EQ(eventKinds(alert.id).last(), QStringLiteral("escalated"));
    EXPECT_EQ(tickets.createFromAlert(4242, QStringLiteral("sam"), m_clock.now()).error().code, ErrorCode::NotFound);
}

TEST_F(AlertEvaluatorTest, AutoResolvedAlertLeavesANoteOnItsTicketWhichStaysOpen)
{
    poll(disk(95));
    const Alert alert = alerts().first();
    TicketStore tickets(*m_db);
    const Result<qint64> ticket = tickets.createFromAlert(alert.id, QStringLiteral("sam"), m_clock.now());
    ASSERT_TRUE(ticket.ok());
    minute();
    poll(disk(50));
    ASSERT_TRUE(m_alerts->alert(alert.id)->isResolved());
    const Result<TicketDetail> detail = tickets.ticket(ticket.value(), m_clock.now());
    ASSERT_TRUE(detail.ok()) << qPrintable(detail.error().toString());
    EXPECT_EQ(detail->ticket.status, TicketStatus::New);
    EXPECT_FALSE(detail->ticket.firstResponseAt.isValid()) << "the system's note is not a response";
    const TicketEvent &last = detail->events.constLast();
    EXPECT_EQ(last.kind, QStringLiteral("alert"));
    EXPECT_EQ(last.actor, TicketStore::systemActor);
    EXPECT_TRUE(last.body.contains(QStringLiteral("#%1").arg(alert.id))) << qPrintable(last.body);
    EXPECT_EQ(detail->alertIds, QList<qint64>{alert.id});
}

TEST_F(AlertEvaluatorTest, AlertQueueShowsTheTicketsDueTimeInBusinessHours)
{
    poll(disk(95)); // Monday 02:00 UTC
    const Alert alert = alerts().first();
    TicketStore tickets(*m_db);
    ASSERT_TRUE(tickets.setCalendar(m_client, BusinessCalendar::standard(QTimeZone::utc())).ok());
    const qint64 ticket = tickets.createFromAlert(alert.id, QStringLiteral("sam"), m_clock.now()).value();
    const auto dueAt = [&] {
        const Result<QList<AlertQueueRow>> rows = m_alerts->queue({});
        EXPECT_TRUE(rows.ok());
        return rows.ok() && !rows->isEmpty() ? rows->constFirst().ticketDueAt : QDateTime();
    };
    // Critical: first response within an hour of opening time, not of 02:00.
    EXPECT_EQ(dueAt(), QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(tickets.setStatus(ticket, TicketStatus::Waiting, QStringLiteral("sam"), {}, m_clock.now()).ok());
    EXPECT_FALSE(dueAt().isValid()) << "no due time while waiting on the client";
}
