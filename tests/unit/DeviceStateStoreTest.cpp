// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceStateStore.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

class DeviceStateStoreTest : public ::testing::Test
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
        m_store = std::make_unique<DeviceStateStore>(*m_db);
    }

    DeviceSnapshot good(const QDateTime &at, double cpu) const
    {
        DeviceSnapshot s;
        s.polledAt = at;
        s.reachable = true;
        s.cpuBusyPercent = cpu;
        s.memoryUsedPercent = 61.5;
        BackupJobStatus job;
        job.job = QStringLiteral("nightly");
        job.lastSuccess = at.addSecs(-3600);
        job.lastRun = at.addSecs(-3600);
        job.lastRunOk = true;
        job.sizeBytes = 123456789;
        s.backups = {job};
        return s;
    }

    DeviceSnapshot failed(const QDateTime &at) const
    {
        DeviceSnapshot s;
        s.polledAt = at;
        s.reachable = false;
        s.failure = PollFailure{QStringLiteral("refused"), QStringLiteral("connection refused by 10.0.0.5:9182")};
        return s;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeviceStateStore> m_store;
    qint64 m_device = 0;
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC);
};

TEST_F(DeviceStateStoreTest, GoodPollIsStoredAndReadBack)
{
    ASSERT_TRUE(m_store->save({{m_device, good(m_t0, 12.5), {}}}).ok());
    auto state = m_store->state(m_device);
    ASSERT_TRUE(state.ok()) << state.error().toString().toStdString();
    EXPECT_TRUE(state->reachable);
    EXPECT_EQ(state->polledAt, m_t0);
    EXPECT_EQ(state->lastOkAt, m_t0);
    EXPECT_EQ(state->consecutiveFailures, 0);
    EXPECT_EQ(state->lastGood, good(m_t0, 12.5));
    EXPECT_FALSE(state->isStale(m_t0.addSecs(60), 300));
    EXPECT_TRUE(state->isStale(m_t0.addSecs(600), 300));
}

TEST_F(DeviceStateStoreTest, FailedPollsKeepTheLastGoodSnapshotAndCountUp)
{
    ASSERT_TRUE(m_store->save({{m_device, good(m_t0, 12.5), {}}}).ok());
    ASSERT_TRUE(m_store->save({{m_device, failed(m_t0.addSecs(60)), {}}}).ok());
    ASSERT_TRUE(m_store->save({{m_device, failed(m_t0.addSecs(120)), {}}}).ok());
    auto state = m_store->state(m_device);
    ASSERT_TRUE(state.ok());
    EXPECT_FALSE(state->reachable);
    EXPECT_EQ(state->consecutiveFailures, 2);
    EXPECT_EQ(state->failureReason, QStringLiteral("refused"));
    EXPECT_TRUE(state->failureDetail.contains(QStringLiteral("9182")));
    EXPECT_EQ(state->polledAt, m_t0.addSecs(120));
    EXPECT_EQ(state->lastOkAt, m_t0) << "the age of the last good data stays visible";
    EXPECT_EQ(state->lastGood.cpuBusyPercent, 12.5);

    ASSERT_TRUE(m_store->save({{m_device, good(m_t0.addSecs(180), 40), {}}}).ok());
    state = m_store->state(m_device);
    EXPECT_TRUE(state->reachable);
    EXPECT_EQ(state->consecutiveFailures, 0);
    EXPECT_TRUE(state->failureReason.isEmpty());
    EXPECT_EQ(state->lastGood.cpuBusyPercent, 40);
}

TEST_F(DeviceStateStoreTest, FirstPollThatFailsStillRecordsWhy)
{
    ASSERT_TRUE(m_store->save({{m_device, failed(m_t0), {}}}).ok());
    auto state = m_store->state(m_device);
    ASSERT_TRUE(state.ok());
    EXPECT_FALSE(state->lastOkAt.isValid());
    EXPECT_TRUE(state->isStale(m_t0, 300));
    EXPECT_EQ(state->consecutiveFailures, 1);
    EXPECT_EQ(m_store->state(m_device + 1000).error().code, ErrorCode::NotFound);
}

TEST_F(DeviceStateStoreTest, BackupRowsFollowPollsButKeepWhatATechnicianRecorded)
{
    ASSERT_TRUE(m_store->save({{m_device, good(m_t0, 10), {}}}).ok());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE backups SET last_restore_test_at = %1, restore_tested_by = 'anna', "
                                      "restore_test_note = 'restored /srv/share to a VM'")
                           .arg(m_t0.addDays(-2).toSecsSinceEpoch())));
    DeviceSnapshot next = good(m_t0.addSecs(3600), 10);
    next.backups[0].lastRunOk = false;
    ASSERT_TRUE(m_store->save({{m_device, next, {}}}).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT last_run_ok, restore_tested_by, restore_test_note, last_restore_test_at, "
                                      "size_bytes FROM backups")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("anna"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("restored /srv/share to a VM"));
    EXPECT_EQ(q.value(3).toLongLong(), m_t0.addDays(-2).toSecsSinceEpoch());
    EXPECT_EQ(q.value(4).toLongLong(), 123456789);
    EXPECT_FALSE(q.next());
}

TEST_F(DeviceStateStoreTest, CountersTravelWithGoodPollsOnly)
{
    ASSERT_TRUE(m_store->save({{m_device, good(m_t0, 10), QByteArrayLiteral(R"({"total":100})")}}).ok());
    ASSERT_TRUE(m_store->save({{m_device, failed(m_t0.addSecs(60)), {}}}).ok());
    auto state = m_store->state(m_device);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->counters, QByteArrayLiteral(R"({"total":100})")) << "a failed poll keeps the last counters";
}

// The console shows a poll as soon as it lands, before the store has it; both must tell the same story.
TEST_F(DeviceStateStoreTest, RecordingInMemoryMatchesWhatTheStoreKeeps)
{
    DeviceState inMemory;
    inMemory.deviceId = m_device;
    const QList<DeviceSnapshot> polls = {failed(m_t0), good(m_t0.addSecs(60), 12.5), failed(m_t0.addSecs(120)),
                                         failed(m_t0.addSecs(180)), good(m_t0.addSecs(240), 40)};
    for (const DeviceSnapshot &poll : polls) {
        ASSERT_TRUE(m_store->save({{m_device, poll, {}}}).ok());
        inMemory.record(poll);
        const DeviceState stored = m_store->state(m_device).value();
        SCOPED_TRACE(poll.polledAt.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(inMemory.polledAt, stored.polledAt);
        EXPECT_EQ(inMemory.lastOkAt, stored.lastOkAt);
        EXPECT_EQ(inMemory.reachable, stored.reachable);
        EXPECT_EQ(inMemory.consecutiveFailures, stored.consecutiveFailures);
        EXPECT_EQ(inMemory.failureReason, stored.failureReason);
        EXPECT_EQ(inMemory.failureDetail, stored.failureDetail);
        EXPECT_EQ(inMemory.lastGood, stored.lastGood);
    }
}

TEST_F(DeviceStateStoreTest, UnreadableSnapshotLoadsAsNoData)
{
    ASSERT_TRUE(m_store->save({{m_device, good(m_t0, 10), {}}}).ok());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE device_state SET snapshot = 'not json'")));
    auto states = m_store->load();
    ASSERT_TRUE(states.ok());
    ASSERT_TRUE(states->contains(m_device));
    EXPECT_FALSE(states->value(m_device).lastGood.cpuBusyPercent.has_value());
    EXPECT_EQ(states->value(m_device).lastOkAt, m_t0);
}

} // namespace
