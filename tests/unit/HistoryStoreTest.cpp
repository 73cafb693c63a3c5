// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"
#include "Database.h"
#include "InventoryStore.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

class HistoryStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        InventoryStore inventory(*m_db);
        Client client;
        client.name = QStringLiteral("Harbor Dental");
        Site site;
        site.clientId = inventory.addClient(client).value();
        site.name = QStringLiteral("HQ");
        Device device;
        device.siteId = inventory.addSite(site).value();
        device.name = QStringLiteral("HD-FS01");
        m_device = inventory.addDevice(device).value();
        m_history = std::make_unique<HistoryStore>(*m_db);
    }

    int rows(int resolution)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM health_samples WHERE resolution = %1").arg(resolution));
        return q.next() ? q.value(0).toInt() : -1;
    }

    HealthSample cpu(qint64 ts, double value) const { return {m_device, QStringLiteral("cpu"), QString(), ts, value}; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_history;
    qint64 m_device = 0;
    // A Monday, on an hour boundary.
    const QDateTime m_start = QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC);
};

TEST_F(HistoryStoreTest, RawSamplesComeBackInOrderAndDuplicatesReplace)
{
    const qint64 t0 = m_start.toSecsSinceEpoch();
    ASSERT_TRUE(m_history->append({cpu(t0 + 120, 30), cpu(t0, 10), cpu(t0 + 60, 20)}).ok());
    ASSERT_TRUE(m_history->append({cpu(t0 + 60, 25)}).ok());
    HealthSample disk{m_device, QStringLiteral("disk"), QStringLiteral("/srv"), t0, 81.5};
    ASSERT_TRUE(m_history->append({disk}).ok());

    const QDateTime now = m_start.addSecs(300);
    auto points = m_history->series(m_device, QStringLiteral("cpu"), {}, m_start, now, now);
    ASSERT_TRUE(points.ok());
    ASSERT_EQ(points->size(), 3);
    EXPECT_EQ(points->at(0).timestamp, t0);
    EXPECT_DOUBLE_EQ(points->at(1).value, 25);
    EXPECT_DOUBLE_EQ(points->at(2).value, 30);
    auto diskPoints = m_history->series(m_device, QStringLiteral("disk"), QStringLiteral("/srv"), m_start, now, now);
    ASSERT_EQ(diskPoints->size(), 1);
    EXPECT_DOUBLE_EQ(diskPoints->at(0).value, 81.5);
}

TEST_F(HistoryStoreTest, RollupsKeepAverageMinAndMax)
{
    // One sample a minute for three hours: value = minute of the run (0..179).
    QList<HealthSample> samples;
    const qint64 t0 = m_start.toSecsSinceEpoch();
    for (int minute = 0; minute < 180; ++minute) {
        samples.append(cpu(t0 + minute * 60, minute));
    }
    ASSERT_TRUE(m_history->append(samples).ok());
    const QDateTime now = m_start.addSecs(3 * 3600);
    auto stats = m_history->maintain(now);
    ASSERT_TRUE(stats.ok()) << stats.error().toString().toStdString();
    EXPECT_EQ(rows(HistoryStore::FiveMinutes), 36);
    EXPECT_EQ(rows(HistoryStore::Hourly), 3);

    // Read them as a chart over a week would (hourly) and over a few days (five-minute).
    auto hourly = m_history->series(m_device, QStringLiteral("cpu"), {}, now.addDays(-31), now, now);
    ASSERT_TRUE(hourly.ok());
    ASSERT_EQ(hourly->size(), 3);
    EXPECT_EQ(hourly->at(1).timestamp, t0 + 3600);
    EXPECT_DOUBLE_EQ(hourly->at(1).value, (60 + 119) / 2.0); // average of minutes 60..119
    EXPECT_DOUBLE_EQ(hourly->at(1).min, 60);
    EXPECT_DOUBLE_EQ(hourly->at(1).max, 119);
    EXPECT_EQ(hourly->at(1).sampleCount, 60);

    auto five = m_history->series(m_device, QStringLiteral("cpu"), {}, now.addDays(-3), now, now);
    ASSERT_EQ(five->size(), 36);
    EXPECT_DOUBLE_EQ(five->at(2).value, 12); // minutes 10..14
    EXPECT_DOUBLE_EQ(five->at(2).min, 10);
    EXPECT_DOUBLE_EQ(five->at(2).max, 14);

    // Running maintenance again changes nothing.
    ASSERT_TRUE(m_history->maintain(now).ok());
    EXPECT_EQ(rows(HistoryStore::FiveMinutes), 36);
    auto again = m_history->series(m_device, QStringLiteral("cpu"), {}, now.addDays(-31), now, now);
    EXPECT_DOUBLE_EQ(again->at(1).value, hourly->at(1).value);
}

TEST_F(HistoryStoreTest, UnfinishedBucketWaitsAndLateSampleStillCounts)
{
    const qint64 t0 = m_start.toSecsSinceEpoch();
    ASSERT_TRUE(m_history->append({cpu(t0, 10), cpu(t0 + 60, 20), cpu(t0 + 300, 50)}).ok());
    // At 06:07 the 06:05 bucket is still running: only 06:00 is rolled up.
    ASSERT_TRUE(m_history->maintain(m_start.addSecs(420)).ok());
    EXPECT_EQ(rows(HistoryStore::FiveMinutes), 1);
    // A sample for 06:04 arrives late; the next maintenance folds it into the 06:00 bucket.
    ASSERT_TRUE(m_history->append({cpu(t0 + 240, 60)}).ok());
    const QDateTime later = m_start.addSecs(600);
    ASSERT_TRUE(m_history->maintain(later).ok());
    auto five = m_history->series(m_device, QStringLiteral("cpu"), {}, later.addDays(-3), later, later);
    ASSERT_EQ(five->size(), 2);
    EXPECT_DOUBLE_EQ(five->at(0).value, 30); // (10 + 20 + 60) / 3
    EXPECT_DOUBLE_EQ(five->at(0).max, 60);
    EXPECT_DOUBLE_EQ(five->at(1).value, 50);
}

TEST_F(HistoryStoreTest, RetentionPrunesEachResolution)
{
    const qint64 t0 = m_start.toSecsSinceEpoch();
    ASSERT_TRUE(m_history->append({cpu(t0, 10), cpu(t0 + 60, 20)}).ok());
    ASSERT_TRUE(m_history->maintain(m_start.addSecs(3600)).ok());
    EXPECT_EQ(rows(HistoryStore::Raw), 2);

    ASSERT_TRUE(m_history->maintain(m_start.addSecs(HistoryStore::rawRetentionSeconds + 3600)).ok());
    EXPECT_EQ(rows(HistoryStore::Raw), 0) << "raw samples older than 48 h are gone";
    EXPECT_EQ(rows(HistoryStore::FiveMinutes), 1);
    EXPECT_EQ(rows(HistoryStore::Hourly), 1);

    ASSERT_TRUE(m_history->maintain(m_start.addSecs(HistoryStore::fiveMinuteRetentionSeconds + 3600)).ok());
    EXPECT_EQ(rows(HistoryStore::FiveMinutes), 0);
    EXPECT_EQ(rows(HistoryStore::Hourly), 1);

    ASSERT_TRUE(m_history->maintain(m_start.addSecs(HistoryStore::hourlyRetentionSeconds + 3600)).ok());
    EXPECT_EQ(rows(HistoryStore::Hourly), 0);
}

TEST_F(HistoryStoreTest, ResolutionFollowsTheRange)
{
    const QDateTime now = m_start;
    EXPECT_EQ(HistoryStore::resolutionFor(now.addSecs(-3600), now), HistoryStore::Raw);
    EXPECT_EQ(HistoryStore::resolutionFor(now.addDays(-2), now), HistoryStore::Raw);
    EXPECT_EQ(HistoryStore::resolutionFor(now.addDays(-7), now), HistoryStore::FiveMinutes);
    EXPECT_EQ(HistoryStore::resolutionFor(now.addDays(-30), now), HistoryStore::FiveMinutes);
    EXPECT_EQ(HistoryStore::resolutionFor(now.addDays(-90), now), HistoryStore::Hourly);
}

TEST_F(HistoryStoreTest, SamplesOfARemovedDeviceGoWithIt)
{
    ASSERT_TRUE(m_history->append({cpu(m_start.toSecsSinceEpoch(), 10)}).ok());
    InventoryStore inventory(*m_db);
    ASSERT_TRUE(inventory.removeDevice(m_device).ok());
    EXPECT_EQ(rows(HistoryStore::Raw), 0);
}

} // namespace
