// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertEvaluator.h"
#include "ChildProcess.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;
using VigilTest::CommandResult;

namespace {

// vigil-cli alerts, ack, resolve, snooze and review, run as a process against a store the rule engine filled.
class AlertCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        InventoryStore inventory(*db.value());
        const auto addDevice = [&](const QString &clientName, const QString &deviceName) {
            return VigilTest::addDevice(inventory, clientName, deviceName + QStringLiteral(" site"), deviceName)
                .deviceId;
        };
        const qint64 fs01 = addDevice(QStringLiteral("Harbor Dental"), QStringLiteral("HD-FS01"));
        const qint64 ws02 = addDevice(QStringLiteral("Harbor Dental"), QStringLiteral("HD-WS02"));
        const qint64 dc01 = addDevice(QStringLiteral("Kessler Logistics"), QStringLiteral("KL-DC01"));
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const auto snapshot = [&](double diskPercent) {
            DeviceSnapshot s;
            s.polledAt = now;
            s.reachable = true;
            s.disks.append(DiskUsage{QStringLiteral("C:"),
                                     {},
                                     {},
                                     500000000000,
                                     static_cast<qint64>(500000000000 * (100 - diskPercent) / 100),
                                     diskPercent});
            return s;
        };
        AlertEvaluator evaluator(*db.value());
        const Status status = db.value()->transaction([&]() -> Status {
            auto raised = evaluator.evaluate({{fs01, snapshot(95)}, {ws02, snapshot(85)}, {dc01, snapshot(82)}}, now);
            return raised ? Status() : Status(raised.error());
        });
        ASSERT_TRUE(status.ok()) << qPrintable(status.error().toString());
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("vigil.db")); }

    CommandResult cli(const QStringList &arguments) const { return VigilTest::runVigilCli(dbPath(), arguments); }

    QJsonArray alertsJson(const QStringList &extra = {}) const
    {
        const CommandResult r =
            cli(QStringList{QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).array();
    }

    qint64 idOf(const QString &device) const
    {
        for (const QJsonValue &v : alertsJson({QStringLiteral("--state"), QStringLiteral("all")})) {
            if (v.toObject().value(QStringLiteral("device")).toString() == device) {
                return v.toObject().value(QStringLiteral("id")).toInteger();
            }
        }
        ADD_FAILURE() << "no alert for " << device.toStdString();
        return 0;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(AlertCliTest, AlertsListsMostUrgentFirstAndFilters)
{
    const QJsonArray all = alertsJson();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("device")).toString(), QStringLiteral("HD-FS01"));
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("disk_used"));
    EXPECT_EQ(alertsJson({QStringLiteral("--client"), QStringLiteral("Kessler Logistics")}).size(), 1);
    EXPECT_EQ(alertsJson({QStringLiteral("--state"), QStringLiteral("resolved")}).size(), 0);

    const CommandResult table = cli({QStringLiteral("alerts")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("Disk C: 95 % used")) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains("3 alerts")) << table.out.toStdString();
    const CommandResult csv = cli({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(csv.out.count('\n'), 4) << csv.out.toStdString();

    EXPECT_EQ(cli({QStringLiteral("alerts"), QStringLiteral("--state"), QStringLiteral("sleepy")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("alerts"), QStringLiteral("--since"), QStringLiteral("last tuesday")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("alerts"), QStringLiteral("--client"), QStringLiteral("Nobody")}).exitCode, 1);
}

TEST_F(AlertCliTest, AckSnoozeAndResolveChangeTheStoreAndRefuseBadInput)
{
    const qint64 fs01 = idOf(QStringLiteral("HD-FS01"));
    const qint64 ws02 = idOf(QStringLiteral("HD-WS02"));
    const qint64 dc01 = idOf(QStringLiteral("KL-DC01"));

    CommandResult r = cli({QStringLiteral("ack"), QString::number(fs01), QStringLiteral("--note"),
                           QStringLiteral("clearing the print spool"), QStringLiteral("--as"), QStringLiteral("sam")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Acknowledged 1 alert")) << r.out.toStdString();

    r = cli({QStringLiteral("snooze"), QString::number(ws02), QStringLiteral("--until"), QStringLiteral("2h"),
             QStringLiteral("--as"), QStringLiteral("sam")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("snooze"), QString::number(ws02)}).exitCode, 2);
    EXPECT_EQ(
        cli({QStringLiteral("snooze"), QString::number(ws02), QStringLiteral("--until"), QStringLiteral("whenever")})
            .exitCode,
        2);

    r = cli({QStringLiteral("resolve"), QString::number(dc01), QStringLiteral("--as"), QStringLiteral("sam")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    QHash<QString, QJsonObject> byDevice;
    for (const QJsonValue &v : alertsJson({QStringLiteral("--state"), QStringLiteral("all")})) {
        byDevice.insert(v.toObject().value(QStringLiteral("device")).toString(), v.toObject());
    }
    EXPECT_EQ(byDevice[QStringLiteral("HD-FS01")].value(QStringLiteral("state")).toString(),
              QStringLiteral("acknowledged"));
    EXPECT_EQ(byDevice[QStringLiteral("HD-FS01")].value(QStringLiteral("acknowledged_by")).toString(),
              QStringLiteral("sam"));
    EXPECT_EQ(byDevice[QStringLiteral("HD-FS01")].value(QStringLiteral("ack_note")).toString(),
              QStringLiteral("clearing the print spool"));
    EXPECT_EQ(byDevice[QStringLiteral("HD-WS02")].value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));
    EXPECT_EQ(byDevice[QStringLiteral("KL-DC01")].value(QStringLiteral("state")).toString(),
              QStringLiteral("resolved"));
    EXPECT_EQ(byDevice[QStringLiteral("KL-DC01")].value(QStringLiteral("resolved_by")).toString(),
              QStringLiteral("sam"));

    // A resolved alert and an unknown id are refused by name, and the valid one in the same call is untouched.
    r = cli({QStringLiteral("ack"), QString::number(ws02), QString::number(dc01)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QByteArray::number(dc01))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("already resolved")) << r.err.toStdString();
    EXPECT_EQ(idOf(QStringLiteral("HD-WS02")), ws02);
    EXPECT_EQ(alertsJson({QStringLiteral("--state"), QStringLiteral("snoozed")}).size(), 1);
    r = cli({QStringLiteral("resolve"), QStringLiteral("999")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("999")) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("ack"), QStringLiteral("first")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("ack")}).exitCode, 2);
}

TEST_F(AlertCliTest, ReviewGroupsByClientUnacknowledgedFirstAndFinishingStartsTheNextOne)
{
    const qint64 fs01 = idOf(QStringLiteral("HD-FS01"));
    ASSERT_EQ(
        cli({QStringLiteral("ack"), QString::number(fs01), QStringLiteral("--as"), QStringLiteral("sam")}).exitCode, 0);
    CommandResult r = cli({QStringLiteral("review"), QStringLiteral("--as"), QStringLiteral("sam")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Needs attention: 3 alerts (1 critical, 2 warnings)"))) << qPrintable(out);
    const qsizetype harbor = out.indexOf(QStringLiteral("Harbor Dental — 1 critical, 1 warning"));
    const qsizetype kessler = out.indexOf(QStringLiteral("Kessler Logistics — 1 warning"));
    ASSERT_GE(harbor, 0) << qPrintable(out);
    ASSERT_GT(kessler, harbor) << "the client with a critical alert comes first: " << qPrintable(out);
    const qsizetype newLine = out.indexOf(QStringLiteral("NEW"), harbor);
    const qsizetype ackLine = out.indexOf(QStringLiteral("ack sam"), harbor);
    ASSERT_GE(newLine, 0);
    ASSERT_GT(ackLine, newLine) << "unacknowledged first: " << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("the last 24 hours")));

    r = cli({QStringLiteral("review"), QStringLiteral("--as"), QStringLiteral("sam"), QStringLiteral("--finish")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Review recorded for 3 alerts")) << r.out.toStdString();
    r = cli({QStringLiteral("review"), QStringLiteral("--as"), QStringLiteral("sam")});
    EXPECT_TRUE(r.out.contains("your last review")) << r.out.toStdString();
    r = cli({QStringLiteral("review"), QStringLiteral("--as"), QStringLiteral("alex")});
    EXPECT_TRUE(r.out.contains("the last 24 hours")) << "reviews are per technician: " << r.out.toStdString();

    auto db = Database::open(dbPath());
    ASSERT_TRUE(db.ok());
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.reviewer, count(i.alert_id), sum(i.state_at_review = 'acknowledged') "
                                      "FROM reviews r JOIN review_items i ON i.review_id = r.id GROUP BY r.id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("sam"));
    EXPECT_EQ(q.value(1).toInt(), 3);
    EXPECT_EQ(q.value(2).toInt(), 1);
    EXPECT_FALSE(q.next());
}

TEST_F(AlertCliTest, RulesAreListedAndEditedForTheTeamOrOneClient)
{
    CommandResult r = cli({QStringLiteral("rules")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("disk_used")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("unreachable")) << r.out.toStdString();

    r = cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("disk_used"), QStringLiteral("--client"),
             QStringLiteral("Kessler Logistics"), QStringLiteral("--warning"), QStringLiteral("85")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("rules"), QStringLiteral("--client"), QStringLiteral("Kessler Logistics")});
    EXPECT_TRUE(r.out.contains("disk_used *")) << r.out.toStdString();
    r = cli({QStringLiteral("rules"), QStringLiteral("--client"), QStringLiteral("Harbor Dental")});
    EXPECT_FALSE(r.out.contains("disk_used *")) << r.out.toStdString();

    // Invalid edits are refused with the reason and change nothing.
    r = cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("disk_used"), QStringLiteral("--warning"),
             QStringLiteral("95")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("thresholds must rise")) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("moon_phase"),
                   QStringLiteral("--warning"), QStringLiteral("1")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("disk_used")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("cpu_high"), QStringLiteral("--for"),
                   QStringLiteral("soon")})
                  .exitCode,
              2);

    ASSERT_EQ(cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("cpu_high"), QStringLiteral("--for"),
                   QStringLiteral("30m")})
                  .exitCode,
              0);
    r = cli({QStringLiteral("rules")});
    EXPECT_TRUE(r.out.contains("30 min")) << r.out.toStdString();
    ASSERT_EQ(cli({QStringLiteral("rules"), QStringLiteral("reset"), QStringLiteral("disk_used"),
                   QStringLiteral("--client"), QStringLiteral("Kessler Logistics")})
                  .exitCode,
              0);
    r = cli({QStringLiteral("rules"), QStringLiteral("--client"), QStringLiteral("Kessler Logistics")});
    EXPECT_FALSE(r.out.contains("disk_used *")) << r.out.toStdString();
}

TEST_F(AlertCliTest, MaintenanceWindowsAreAddedListedAndRemoved)
{
    CommandResult r = cli({QStringLiteral("maintenance"), QStringLiteral("add"), QStringLiteral("--client"),
                           QStringLiteral("Harbor Dental"), QStringLiteral("--site"), QStringLiteral("HD-FS01 site"),
                           QStringLiteral("--until"), QStringLiteral("4h"), QStringLiteral("--reason"),
                           QStringLiteral("firmware"), QStringLiteral("--as"), QStringLiteral("sam")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("maintenance"), QStringLiteral("add"), QStringLiteral("--client"),
             QStringLiteral("Kessler Logistics"), QStringLiteral("--device"), QStringLiteral("KL-DC01"),
             QStringLiteral("--from"), QStringLiteral("2h"), QStringLiteral("--until"), QStringLiteral("1h")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("maintenance")});
    EXPECT_TRUE(r.out.contains("Harbor Dental / HD-FS01 site (site)")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Kessler Logistics / KL-DC01")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("firmware")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("2 maintenance windows")) << r.out.toStdString();

    EXPECT_EQ(cli({QStringLiteral("maintenance"), QStringLiteral("add"), QStringLiteral("--client"),
                   QStringLiteral("Harbor Dental"), QStringLiteral("--device"), QStringLiteral("HD-NOPE"),
                   QStringLiteral("--until"), QStringLiteral("1h")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("maintenance"), QStringLiteral("add"), QStringLiteral("--client"),
                   QStringLiteral("Harbor Dental"), QStringLiteral("--until"), QStringLiteral("1h")})
                  .exitCode,
              2)
        << "a site or a device";
    ASSERT_EQ(cli({QStringLiteral("maintenance"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("maintenance"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 1);
    r = cli({QStringLiteral("maintenance")});
    EXPECT_TRUE(r.out.contains("1 maintenance window ")) << r.out.toStdString();
}
