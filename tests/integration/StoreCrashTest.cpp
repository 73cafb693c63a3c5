// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"
#include "Database.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace Vigil;
using namespace std::chrono_literals;

namespace {

qint64 lastCommitted(const QByteArray &output)
{
    qint64 last = -1;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed ")) {
            last = line.mid(10).toLongLong();
        }
    }
    return last;
}

// A writer killed with SIGKILL in the middle of batched transactions: the database must stay sound, keep every
// batch whose COMMIT returned, and hold only whole batches.
TEST(StoreCrashTest, KillDuringBatchedWritesLosesNoCommittedChange)
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("crash.db"));
    const QString writer = VigilTest::builtProgram(QStringLiteral("vigil-store-writer"));
    ASSERT_FALSE(writer.isEmpty());
    constexpr int batch = 250;
    QRandomGenerator random(20261123);

    qint64 previous = 0;
    for (int round = 0; round < 8; ++round) {
        VigilTest::ChildProcess child(writer, {dbPath, QString::number(batch)});
        ASSERT_TRUE(child.start()) << child.describe().toStdString();
        ASSERT_TRUE(child.waitForOutput("committed ", 20s)) << child.describe().toStdString();
        // Let it run a varying while so the kill lands at different points of the write cycle.
        QThread::msleep(static_cast<unsigned long>(random.bounded(5, 250)));
        child.killHard();
        const qint64 reported = lastCommitted(child.output());
        ASSERT_GT(reported, previous) << "the writer made no progress in round " << round;

        auto opened = Database::open(dbPath);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        Database &db = *opened.value();
        auto integrity = db.integrityCheck();
        ASSERT_TRUE(integrity.ok());
        EXPECT_EQ(integrity.value(), QStringLiteral("ok")) << "round " << round;
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), coalesce(max(ts), 0) FROM health_samples")) && q.next());
        const qint64 rows = q.value(0).toLongLong();
        const qint64 maxTs = q.value(1).toLongLong();
        q.finish();
        EXPECT_GE(rows, reported) << "a committed batch was lost in round " << round;
        EXPECT_LE(rows, reported + batch) << "more than the in-flight batch appeared";
        EXPECT_EQ(rows % batch, 0) << "a partial batch survived the crash";
        EXPECT_EQ(maxTs, rows) << "sample timestamps have a gap";
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT notes FROM devices")) && q.next());
        EXPECT_EQ(q.value(0).toLongLong(), maxTs) << "the device row and the samples disagree";
        previous = rows;
    }
}

} // namespace
