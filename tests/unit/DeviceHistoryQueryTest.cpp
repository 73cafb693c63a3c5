// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupStore.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "HealthChartQuery.h"
#include "HistoryStore.h"
#include "InventoryStore.h"
#include "SessionLogReader.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

using namespace Vigil;

namespace {

class DeviceHistoryQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().toString());
        m_db = std::move(db).value();
        InventoryStore inventory(*m_db);
        m_device = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("HQ"),
                                        QStringLiteral("HD-FS01"))
                       .deviceId;
        m_other = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("HQ"),
                                       QStringLiteral("HD-WS02"))
                      .deviceId;
        m_history = std::make_unique<HistoryStore>(*m_db);
        m_query = std::make_unique<HealthChartQuery>(*m_db);
    }

    // Samples every `step` seconds over the last `days` days before m_now, value from f(age in days), then the
    // rollups the poller's maintenance would have made.
    void fillHistory(const QString &metric, const QString &subject, int days, qint64 step,
                     const std::function<double(double)> &f)
    {
        QList<HealthSample> samples;
        const qint64 end = m_now.toSecsSinceEpoch();
        for (qint64 ts = end - days * 86400; ts < end; ts += step) {
            samples.append({m_device, metric, subject, ts, f(static_cast<double>(end - ts) / 86400.0)});
        }
        ASSERT_TRUE(m_history->append(samples).ok());
        ASSERT_TRUE(m_history->maintain(m_now).ok());
    }

    DeviceSnapshot withBackup(const QDateTime &at, qint64 size) const
    {
        DeviceSnapshot s;
        s.polledAt = at;
        s.reachable = true;
        BackupJobStatus nightly;
        nightly.job = QStringLiteral("nightly");
        nightly.lastSuccess = at.addSecs(-5 * 3600);
        nightly.lastRun = at.addSecs(-5 * 3600);
        nightly.lastRunOk = true;
        nightly.sizeBytes = size;
        BackupJobStatus offsite;
        offsite.job = QStringLiteral("offsite");
        offsite.lastRun = at.addSecs(-3600);
        offsite.lastRunOk = false;
        s.backups = {offsite, nightly};
        return s;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<HealthChartQuery> m_query;
    qint64 m_device = 0;
    qint64 m_other = 0;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(7, 3, 30), Qt::UTC);
};

} // namespace

TEST_F(DeviceHistoryQueryTest, EachRangeReadsTheResolutionThatCoversIt)
{
    EXPECT_EQ(HealthChartQuery::resolutionFor(HealthChartQuery::Range::Hour), HistoryStore::Raw);
    EXPECT_EQ(HealthChartQuery::resolutionFor(HealthChartQuery::Range::Day), HistoryStore::Raw);
    EXPECT_EQ(HealthChartQuery::resolutionFor(HealthChartQuery::Range::Week), HistoryStore::FiveMinutes);
    EXPECT_EQ(HealthChartQuery::resolutionFor(HealthChartQuery::Range::Month), HistoryStore::Hourly);

    fillHistory(QStringLiteral("cpu"), {}, 31, 60, [](double age) { return 20 + 10 * std::sin(age * 6.28); });
    // A poll after the last rollup: the chart must still reach it.
    ASSERT_TRUE(m_history->append({{m_device, QStringLiteral("cpu"), {}, m_now.toSecsSinceEpoch() - 20, 77}}).ok());

    for (auto range : {HealthChartQuery::Range::Hour, HealthChartQuery::Range::Day, HealthChartQuery::Range::Week,
                       HealthChartQuery::Range::Month}) {
        auto series = m_query->series(m_device, QStringLiteral("cpu"), {}, range, m_now, 800);
        ASSERT_TRUE(series.ok()) << qPrintable(series.error().toString());
        EXPECT_EQ(series->resolution, HealthChartQuery::resolutionFor(range));
        EXPECT_LE(series->pointCount(), 1600);
        EXPECT_EQ(series->segments.size(), 1) << "no gaps in continuous history";
        ASSERT_FALSE(series->segments.isEmpty());
        const QPointF last = series->segments.constLast().constLast();
        EXPECT_DOUBLE_EQ(last.x(), (m_now.toSecsSinceEpoch() - 20) * 1000.0);
        EXPECT_DOUBLE_EQ(last.y(), 77);
        const double first = series->segments.constFirst().constFirst().x() / 1000.0;
        const double from = static_cast<double>(m_now.toSecsSinceEpoch() - HealthChartQuery::rangeSeconds(range));
        EXPECT_GE(first, from);
        EXPECT_LT(first, from + static_cast<int>(HealthChartQuery::resolutionFor(range)) + 60)
            << "the series starts at the beginning of the range";
    }
    // An hour of one-a-minute samples is drawn as it is.
    auto hour = m_query->series(m_device, QStringLiteral("cpu"), {}, HealthChartQuery::Range::Hour, m_now, 800);
    EXPECT_GE(hour->pointCount(), 59);
    EXPECT_LE(hour->pointCount(), 61);
}

TEST_F(DeviceHistoryQueryTest, AnOfflineDayIsAGapInEveryRange)
{
    QList<HealthSample> samples;
    const qint64 end = m_now.toSecsSinceEpoch();
    for (qint64 ts = end - 10 * 86400; ts < end; ts += 60) {
        const bool offline = ts > end - 4 * 86400 && ts < end - 3 * 86400;
        if (!offline) {
            samples.append({m_device, QStringLiteral("memory"), {}, ts, 40});
        }
    }
    ASSERT_TRUE(m_history->append(samples).ok());
    ASSERT_TRUE(m_history->maintain(m_now).ok());
    auto week = m_query->series(m_device, QStringLiteral("memory"), {}, HealthChartQuery::Range::Week, m_now, 1200);
    ASSERT_TRUE(week.ok());
    EXPECT_EQ(week->segments.size(), 2);
    auto month = m_query->series(m_device, QStringLiteral("memory"), {}, HealthChartQuery::Range::Month, m_now, 300);
    EXPECT_EQ(month->segments.size(), 2);
}

TEST_F(DeviceHistoryQueryTest, SubjectsAreTheMountsWithHistory)
{
    ASSERT_TRUE(m_history
                    ->append({{m_device, QStringLiteral("disk"), QStringLiteral("/srv/data10"), 1000, 1},
                              {m_device, QStringLiteral("disk"), QStringLiteral("/"), 1000, 1},
                              {m_device, QStringLiteral("disk"), QStringLiteral("/srv/data9"), 1000, 1},
                              {m_device, QStringLiteral("cpu"), {}, 1000, 1},
                              {m_other, QStringLiteral("disk"), QStringLiteral("/other"), 1000, 1}})
                    .ok());
    auto mounts = m_query->subjects(m_device, QStringLiteral("disk"));
    ASSERT_TRUE(mounts.ok());
    EXPECT_EQ(mounts.value(),
              (QStringList{QStringLiteral("/"), QStringLiteral("/srv/data9"), QStringLiteral("/srv/data10")}));
}

TEST_F(DeviceHistoryQueryTest, DiskTrendFollowsTheLastDays)
{
    // Flat for weeks, then growing 2 % a day for the last three days: the trend follows the recent growth.
    fillHistory(QStringLiteral("disk"), QStringLiteral("/srv"), 20, 300,
                [](double age) { return age > 3 ? 60.0 : 60.0 + (3 - age) * 2; });
    auto trend = m_query->diskTrend(m_device, QStringLiteral("/srv"), 66, m_now);
    ASSERT_TRUE(trend.ok());
    ASSERT_EQ(trend->kind, DiskTrend::Kind::Growing);
    EXPECT_NEAR(trend->percentPerDay, 2.0, 0.1);
    EXPECT_NEAR(*trend->daysUntilFull, 17.0, 1.0);

    auto none = m_query->diskTrend(m_device, QStringLiteral("/nothing"), 50, m_now);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->kind, DiskTrend::Kind::Unknown);
}

TEST_F(DeviceHistoryQueryTest, BackupJobsCarryAgeResultSizeTrendAndRestoreTest)
{
    DeviceStateStore states(*m_db);
    ASSERT_TRUE(states.save({{m_device, withBackup(m_now.addDays(-7), 1'000'000'000), {}}}).ok());
    ASSERT_TRUE(states.save({{m_device, withBackup(m_now, 1'100'000'000), {}}}).ok());
    // What the poller writes to history with each poll.
    ASSERT_TRUE(m_history
                    ->append({{m_device, BackupStore::sizeMetric, QStringLiteral("nightly"),
                               m_now.addDays(-6).toSecsSinceEpoch(), 1'000'000'000},
                              {m_device, BackupStore::sizeMetric, QStringLiteral("nightly"),
                               m_now.addSecs(-60).toSecsSinceEpoch(), 1'100'000'000}})
                    .ok());
    ASSERT_TRUE(m_history->maintain(m_now).ok());

    BackupStore store(*m_db);
    auto jobs = store.jobs(m_device, m_now);
    ASSERT_TRUE(jobs.ok()) << qPrintable(jobs.error().toString());
    ASSERT_EQ(jobs->size(), 2);
    const BackupJobRecord &nightly = jobs->at(0);
    EXPECT_EQ(nightly.job, QStringLiteral("nightly"));
    EXPECT_EQ(nightly.ageSeconds(m_now), 5 * 3600);
    EXPECT_EQ(nightly.lastRunOk, true);
    EXPECT_EQ(nightly.sizeBytes, 1'100'000'000);
    ASSERT_TRUE(nightly.sizeBefore);
    EXPECT_EQ(*nightly.sizeBefore, 1'000'000'000);
    EXPECT_NEAR(*nightly.sizeChangePercent(), 10.0, 1e-9);
    EXPECT_FALSE(nightly.lastRestoreTest.isValid()) << "never tested, even after two polls";
    EXPECT_EQ(nightly.firstSeen, m_now.addDays(-7));

    const BackupJobRecord &offsite = jobs->at(1);
    EXPECT_FALSE(offsite.ageSeconds(m_now)) << "never succeeded";
    EXPECT_EQ(offsite.lastRunOk, false);
    EXPECT_FALSE(offsite.sizeChangePercent());

    EXPECT_TRUE(store.jobs(m_other, m_now)->isEmpty());
}

TEST_F(DeviceHistoryQueryTest, RecordingARestoreTestKeepsWhoWhenAndNote)
{
    DeviceStateStore states(*m_db);
    ASSERT_TRUE(states.save({{m_device, withBackup(m_now, 5), {}}}).ok());
    BackupStore store(*m_db);
    const QDateTime tested = m_now.addSecs(600);
    ASSERT_TRUE(store
                    .recordRestoreTest(m_device, QStringLiteral("nightly"), QStringLiteral("sam"),
                                       QStringLiteral("  restored /srv/share to a VM  "), tested)
                    .ok());
    auto jobs = store.jobs(m_device, tested);
    ASSERT_TRUE(jobs.ok());
    EXPECT_EQ(jobs->at(0).lastRestoreTest, tested);
    EXPECT_EQ(jobs->at(0).restoreTestedBy, QStringLiteral("sam"));
    EXPECT_EQ(jobs->at(0).restoreTestNote, QStringLiteral("restored /srv/share to a VM"));

    // Refused: nothing changes.
    const Status nobody =
        store.recordRestoreTest(m_device, QStringLiteral("nightly"), QStringLiteral(" "), QStringLiteral("x"), m_now);
    EXPECT_EQ(nobody.error().code, ErrorCode::InvalidInput);
    const Status unknown = store.recordRestoreTest(m_device, QStringLiteral("weekly"), QStringLiteral("sam"),
                                                   QStringLiteral("x"), m_now.addDays(1));
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("weekly")));
    const Status otherDevice = store.recordRestoreTest(m_other, QStringLiteral("nightly"), QStringLiteral("sam"),
                                                       QStringLiteral("x"), m_now.addDays(1));
    EXPECT_EQ(otherDevice.error().code, ErrorCode::NotFound);
    jobs = store.jobs(m_device, tested);
    EXPECT_EQ(jobs->at(0).lastRestoreTest, tested);
    EXPECT_EQ(jobs->at(0).restoreTestedBy, QStringLiteral("sam"));
    EXPECT_EQ(jobs->at(0).restoreTestNote, QStringLiteral("restored /srv/share to a VM"));

    // The next poll keeps the technician's test.
    ASSERT_TRUE(states.save({{m_device, withBackup(m_now.addSecs(900), 5), {}}}).ok());
    jobs = store.jobs(m_device, tested);
    EXPECT_EQ(jobs->at(0).lastRestoreTest, tested);
    EXPECT_EQ(jobs->at(0).restoreTestedBy, QStringLiteral("sam"));
}

TEST_F(DeviceHistoryQueryTest, SessionsOfADeviceNewestFirst)
{
    QSqlQuery q(m_db->connection());
    const auto add = [&](qint64 device, const QString &protocol, qint64 start, const QVariant &end) {
        q.prepare(QStringLiteral("INSERT INTO sessions_log (device_id, device_name, protocol, technician, started_at, "
                                 "ended_at, result) VALUES (?, 'HD-FS01', ?, 'sam', ?, ?, 'ok')"));
        q.addBindValue(device);
        q.addBindValue(protocol);
        q.addBindValue(start);
        q.addBindValue(end);
        ASSERT_TRUE(q.exec());
    };
    add(m_device, QStringLiteral("ssh"), 1000, 1600);
    add(m_device, QStringLiteral("vnc"), 5000, QVariant(QMetaType::fromType<qint64>()));
    add(m_other, QStringLiteral("rdp"), 9000, 9100);
    SessionLogReader reader(*m_db);
    auto sessions = reader.sessions(m_device);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 2);
    EXPECT_EQ(sessions->at(0).protocol, QStringLiteral("vnc"));
    EXPECT_FALSE(sessions->at(0).endedAt.isValid());
    EXPECT_EQ(sessions->at(1).protocol, QStringLiteral("ssh"));
    EXPECT_EQ(sessions->at(1).endedAt, QDateTime::fromSecsSinceEpoch(1600, Qt::UTC));
    EXPECT_EQ(sessions->at(1).technician, QStringLiteral("sam"));
    EXPECT_EQ(reader.sessions(m_device, 1)->size(), 1);
}
