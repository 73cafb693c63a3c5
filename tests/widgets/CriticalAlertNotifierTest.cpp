// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriticalAlertNotifier.h"
#include "AlertEvaluator.h"
#include "AlertStore.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

class CriticalAlertNotifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("vigil.db"))).value();
        InventoryStore inventory(*m_db);
        QList<std::pair<qint64, DeviceSnapshot>> polls;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const double used : {95.0, 85.0, 97.0, 99.0, 91.0}) {
            const QString name = QStringLiteral("HD-%1").arg(polls.size() + 1);
            DeviceSnapshot s;
            s.polledAt = now;
            s.reachable = true;
            s.disks.append(DiskUsage{QStringLiteral("C:"),
                                     {},
                                     {},
                                     100'000'000'000,
                                     static_cast<qint64>(1'000'000'000 * (100 - used)),
                                     used});
            polls.append(
                {VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("HQ"), name).deviceId,
                 s});
        }
        AlertEvaluator evaluator(*m_db);
        ASSERT_TRUE(m_db->transaction([&]() -> Status {
                            auto raised = evaluator.evaluate(polls, now);
                            if (!raised) {
                                return raised.error();
                            }
                            m_raised = raised.value();
                            return {};
                        })
                        .ok());
        m_store = std::make_unique<AlertStore>(*m_db);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertStore> m_store;
    QList<qint64> m_raised;
};

} // namespace

TEST_F(CriticalAlertNotifierTest, AnnouncesOnlyNewCriticalAlertsNobodyHandled)
{
    ASSERT_EQ(m_raised.size(), 5);
    CriticalAlertNotifier notifier(*m_store);
    QSignalSpy spy(&notifier, &CriticalAlertNotifier::notified);

    notifier.alertsRaised(m_raised);
    ASSERT_EQ(spy.size(), 1);
    const QList<qint64> critical = spy.at(0).at(2).value<QList<qint64>>();
    EXPECT_EQ(critical.size(), 4) << "the 85 % warning waits for the review";
    const QString message = spy.at(0).at(1).toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Harbor Dental · HD-"))) << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("HD-2"))) << "the warning is not listed: " << qPrintable(message);
    EXPECT_TRUE(message.endsWith(QStringLiteral("and 1 more"))) << qPrintable(message);
    EXPECT_EQ(message.count(u'\n'), 3) << "three alerts and a line for the rest: " << qPrintable(message);

    // Acknowledged elsewhere before the console got to it: nothing to announce.
    ASSERT_TRUE(m_store->acknowledge(critical, QStringLiteral("sam"), {}, QDateTime::currentDateTimeUtc()).ok());
    notifier.alertsRaised(m_raised);
    EXPECT_EQ(spy.size(), 1);
    notifier.alertsRaised({});
    EXPECT_EQ(spy.size(), 1);
}
