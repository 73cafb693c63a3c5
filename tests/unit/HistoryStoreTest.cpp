// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"
#include "Database.h"
#include "InventoryStore.h"
#include "SchemaMigrations.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QSqlError>
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
        m_device = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("HQ"),
                                        QStringLiteral("HD-FS01"))
                       .deviceId;
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

TEST_F(HistoryStoreTest, SeriesIdsLearntInARolledBackTransactionAreForgotten)
{
    const qint64 t0 = m_start.toSecsSinceEpoch();
    // The series row for cpu is rolled back, so its id will be handed out again (to memory, below).
    const Status failed = m_db->transaction([&]() -> Status {
        if (Status saved = m_history->append({cpu(t0, 10)}); !saved) {
            return saved;
        }
        return Error{ErrorCode::InvalidInput, QStringLiteral("the rest of the flush failed"), {}};
    });
    ASSERT_FALSE(failed.ok());
    ASSERT_TRUE(m_history->append({{m_device, QStringLiteral("memory"), QString(), t0, 55}}).ok());
    ASSERT_TRUE(m_history->append({cpu(t0 + 60, 20)}).ok());

    const QDateTime now = m_start.addSecs(300);
    auto memory = m_history->series(m_device, QStringLiteral("memory"), {}, m_start, now, now);
    ASSERT_TRUE(memory.ok());
    ASSERT_EQ(memory->size(), 1) << "a cpu sample landed in the memory series";
    EXPECT_DOUBLE_EQ(memory->at(0).value, 55);
    auto cpuPoints = m_history->series(m_device, QStringLiteral("cpu"), {}, m_start, now, now);
    ASSERT_EQ(cpuPoints->size(), 1);
    EXPECT_DOUBLE_EQ(cpuPoints->at(0).value, 20);
}

TEST_F(HistoryStoreTest, SeriesAcrossManyBucketsComeBackWhole)
{
    // Two days of one-minute samples for two series: each read crosses hundreds of buckets.
    QList<HealthSample> samples;
    const qint64 t0 = m_start.toSecsSinceEpoch();
    for (int minute = 0; minute < 47 * 60; ++minute) {
        samples.append(cpu(t0 + minute * 60, minute % 100));
        samples.append({m_device, QStringLiteral("disk"), QStringLiteral("/"), t0 + minute * 60, 50});
    }
    ASSERT_TRUE(m_history->append(samples).ok());
    const QDateTime now = m_start.addSecs(47 * 3600);
    auto points = m_history->series(m_device, QStringLiteral("cpu"), {}, m_start, now, now);
    ASSERT_TRUE(points.ok());
    ASSERT_EQ(points->size(), 47 * 60);
    for (int i = 0; i < points->size(); ++i) {
        ASSERT_EQ(points->at(i).timestamp, t0 + i * 60);
        ASSERT_DOUBLE_EQ(points->at(i).value, i % 100);
    }
    // A range that starts and ends inside buckets.
    auto middle = m_history->series(m_device, QStringLiteral("cpu"), {}, m_start.addSecs(3 * 60 + 1),
                                    m_start.addSecs(20 * 60), now);
    ASSERT_EQ(middle->size(), 17);
    EXPECT_EQ(middle->constFirst().timestamp, t0 + 4 * 60);
    EXPECT_EQ(middle->constLast().timestamp, t0 + 20 * 60);
}

class HistoryMigrationTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("vigil.db")); }

    // A version 4 database as Vigil 4 left it: samples keyed by device, metric and subject, with rollups.
    void writeVersionFour()
    {
        auto db = Database::open(path(), schemaMigrations().mid(0, 4));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        ASSERT_EQ(db.value()->schemaVersion(), 4);
        InventoryStore inventory(*db.value());
        for (const QString &name : {QStringLiteral("HD-FS01"), QStringLiteral("HD-WS02")}) {
            m_devices.append(
                VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("HQ"), name).deviceId);
        }
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.prepare(QStringLiteral(
            "INSERT INTO health_samples (device_id, metric, subject, resolution, ts, value, min_value, max_value, "
            "sample_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        const auto add = [&](qint64 deviceId, const char *metric, const char *subject, int resolution, qint64 ts,
                             double value, QVariant min, QVariant max, int count) {
            q.addBindValue(deviceId);
            q.addBindValue(QString::fromLatin1(metric));
            q.addBindValue(QString::fromLatin1(subject));
            q.addBindValue(resolution);
            q.addBindValue(ts);
            q.addBindValue(value);
            q.addBindValue(min);
            q.addBindValue(max);
            q.addBindValue(count);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        };
        const qint64 t0 = m_now.toSecsSinceEpoch() - 3 * 3600;
        for (int minute = 0; minute < 180; ++minute) {
            add(m_devices[0], "cpu", "", 0, t0 + minute * 60, minute, {}, {}, 1);
            add(m_devices[0], "disk", "/srv", 0, t0 + minute * 60, 80 + minute % 3, {}, {}, 1);
            add(m_devices[1], "cpu", "", 0, t0 + minute * 60, 100 - minute % 50, {}, {}, 1);
        }
        add(m_devices[0], "cpu", "", 300, t0, 2, 0, 4, 5);
        add(m_devices[0], "cpu", "", 300, t0 + 300, 7, 5, 9, 5);
        add(m_devices[0], "cpu", "", 3600, t0 - 7 * 86400, 33.5, 1, 90, 60);
        add(m_devices[0], "cpu", "", 3600, t0 - 6 * 86400, 44.5, 2, 80, 60);
        add(m_devices[1], "cpu", "", 3600, t0 - 6 * 86400, 12, 3, 70, 60);
    }

    QTemporaryDir m_dir;
    QList<qint64> m_devices;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
};

TEST_F(HistoryMigrationTest, VersionFourSamplesMigrateAndReadTheSame)
{
    writeVersionFour();
    auto opened = Database::open(path());
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion()) << "version 4 goes all the way up";
    EXPECT_EQ(db.integrityCheck().value(), QStringLiteral("ok"));
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), sum(ts), sum(value), sum(sample_count) FROM health_samples"))
                && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3 * 180 + 5);
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM health_series")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    q.finish();

    HistoryStore history(db);
    const qint64 t0 = m_now.toSecsSinceEpoch() - 3 * 3600;
    auto raw = history.series(m_devices[0], QStringLiteral("cpu"), {}, m_now.addSecs(-3 * 3600), m_now, m_now);
    ASSERT_TRUE(raw.ok()) << raw.error().toString().toStdString();
    ASSERT_EQ(raw->size(), 180);
    for (int minute = 0; minute < 180; ++minute) {
        ASSERT_EQ(raw->at(minute).timestamp, t0 + minute * 60);
        ASSERT_DOUBLE_EQ(raw->at(minute).value, minute);
    }
    auto disk = history.series(m_devices[0], QStringLiteral("disk"), QStringLiteral("/srv"), m_now.addSecs(-3600),
                               m_now, m_now);
    ASSERT_EQ(disk->size(), 60);
    EXPECT_DOUBLE_EQ(disk->at(0).value, 80 + 120 % 3);
    auto five = history.series(m_devices[0], QStringLiteral("cpu"), {}, m_now.addDays(-3), m_now, m_now);
    ASSERT_EQ(five->size(), 2);
    EXPECT_DOUBLE_EQ(five->at(1).value, 7);
    EXPECT_DOUBLE_EQ(five->at(1).min, 5);
    EXPECT_DOUBLE_EQ(five->at(1).max, 9);
    EXPECT_EQ(five->at(1).sampleCount, 5);
    auto hourly = history.series(m_devices[0], QStringLiteral("cpu"), {}, m_now.addDays(-60), m_now, m_now);
    ASSERT_EQ(hourly->size(), 2);
    EXPECT_EQ(hourly->at(0).timestamp, t0 - 7 * 86400);
    EXPECT_DOUBLE_EQ(hourly->at(1).value, 44.5);
    auto other = history.series(m_devices[1], QStringLiteral("cpu"), {}, m_now.addDays(-60), m_now, m_now);
    ASSERT_EQ(other->size(), 1);
    EXPECT_DOUBLE_EQ(other->at(0).value, 12);

    // New samples join the migrated series, and removing a device still takes its history along.
    ASSERT_TRUE(history.append({{m_devices[0], QStringLiteral("cpu"), QString(), m_now.toSecsSinceEpoch(), 99}}).ok());
    auto after = history.series(m_devices[0], QStringLiteral("cpu"), {}, m_now.addSecs(-3 * 3600), m_now, m_now);
    ASSERT_EQ(after->size(), 181);
    ASSERT_TRUE(InventoryStore(db).removeDevice(m_devices[0]).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM health_samples")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 180 + 1);
}

TEST_F(HistoryMigrationTest, FailedMigrationLeavesVersionFourSamplesAlone)
{
    writeVersionFour();
    {
        // A table in the way makes migration 5 fail half way.
        auto db = Database::open(path(), schemaMigrations().mid(0, 4));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            db.value()->exec(QStringLiteral("CREATE TABLE health_buckets (x INTEGER)"), QStringLiteral("block")));
    }
    auto failed = Database::open(path());
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::MigrationFailed);

    auto db = Database::open(path(), schemaMigrations().mid(0, 4));
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), 4);
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM health_samples WHERE metric = 'cpu'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2 * 180 + 5);
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'health_series'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

} // namespace
