// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "BackgroundPoller.h"
#include "ChildProcess.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "InventoryImporter.h"
#include "InventoryRoles.h"
#include "InventoryStore.h"
#include "InventoryTreeModel.h"
#include "MainWindow.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vigil;
using namespace std::chrono_literals;

namespace {

// The main window fills its overview and inventory once it has painted itself.
void waitUntilFilled(QWidget &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    for (int i = 0; i < 200 && tree && tree->model()->rowCount() == 0; ++i) {
        QTest::qWait(10);
    }
}

// The console polling a fleet simulator on loopback, as a technician runs it: live rows, Poll now, pause, and a
// shutdown that loses nothing.
class ConsolePollingTest : public ::testing::Test
{
protected:
    static constexpr int kDevices = 4;

    void SetUp() override
    {
        const QString fleetsim = VigilTest::builtProgram(QStringLiteral("vigil-fleetsim"));
        ASSERT_FALSE(fleetsim.isEmpty());
        const QString inventory = m_dir.filePath(QStringLiteral("fleet.json"));
        // A random base below the ephemeral range; retried if another test holds it.
        for (int attempt = 0; attempt < 5 && !m_fleet; ++attempt) {
            const auto base = static_cast<quint16>(20000 + QRandomGenerator::global()->bounded(12000));
            auto fleet = std::make_unique<VigilTest::ChildProcess>(
                fleetsim, QStringList{QStringLiteral("--devices"), QString::number(kDevices), QStringLiteral("--seed"),
                                      QStringLiteral("5"), QStringLiteral("--base-port"), QString::number(base),
                                      QStringLiteral("--control-port"), QString::number(base - 1),
                                      QStringLiteral("--inventory"), inventory});
            if (fleet->start() && fleet->waitForOutput("serving", 15s)) {
                m_fleet = std::move(fleet);
            }
        }
        ASSERT_TRUE(m_fleet) << "the fleet simulator did not start";
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        InventoryStore store(*m_db);
        auto imported = InventoryImporter::importFile(store, inventory, ImportFormat::FileSd);
        ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
        ASSERT_EQ(imported->devicesCreated, kDevices);
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("vigil.ini")));
    }

    BackgroundPoller::Options options(std::chrono::milliseconds interval) const
    {
        BackgroundPoller::Options options;
        options.databasePath = m_db->path();
        options.settings.defaultInterval = interval;
        options.settings.timeout = 3s;
        options.settings.flushInterval = 200ms;
        return options;
    }

    // Every device row of the tree (through the view's proxy), by device id.
    static QHash<qint64, QModelIndex> deviceRows(QTreeView *tree)
    {
        QHash<qint64, QModelIndex> rows;
        QAbstractItemModel *model = tree->model();
        const QModelIndexList devices =
            model->match(model->index(0, 0), NodeTypeRole, static_cast<int>(InventoryNodeType::Device), -1,
                         Qt::MatchExactly | Qt::MatchRecursive);
        for (const QModelIndex &device : devices) {
            rows.insert(device.data(DeviceIdRole).toLongLong(), device);
        }
        return rows;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<VigilTest::ChildProcess> m_fleet;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
};

TEST_F(ConsolePollingTest, PollsLandLiveAndClosingStopsThePollerWithoutLosingABatch)
{
    // Polls every second, so the second poll (the first with a CPU rate) comes quickly. The exporter secrets come
    // from the OS keychain, as in the console; these devices need none.
    BackgroundPoller::Options polling = options(1s);
    // Nothing is written on a timer: what reaches the database is what the shutdown writes.
    polling.settings.flushInterval = 1h;
    BackgroundPoller poller(polling);
    QHash<qint64, DeviceSnapshot> lastSeen;
    QObject::connect(&poller, &BackgroundPoller::devicePolled, &poller,
                     [&lastSeen](qint64 deviceId, const DeviceSnapshot &snapshot) { lastSeen[deviceId] = snapshot; });
    MainWindow window(*m_db, *m_settings, &poller);
    window.resize(1280, 800);
    window.show();
    waitUntilFilled(window); // the pages fill right after the window has painted itself
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("deviceState"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("pollStatus"));
    ASSERT_TRUE(tree && summary && status);
    const QHash<qint64, QModelIndex> before = deviceRows(tree);
    ASSERT_EQ(before.size(), kDevices);
    const qint64 selected = before.keys().constFirst();
    tree->setCurrentIndex(before.value(selected));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Not polled yet"))) << summary->text().toStdString();
    QSignalSpy resets(tree->model(), &QAbstractItemModel::modelReset);

    poller.start();
    const auto everyDeviceOnlineWithNumbers = [&] {
        const QHash<qint64, QModelIndex> rows = deviceRows(tree);
        return rows.size() == kDevices && std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex &row) {
                   return row.siblingAtColumn(InventoryTreeModel::StateColumn).data().toString()
                              == QStringLiteral("Online")
                          && row.siblingAtColumn(InventoryTreeModel::CpuColumn).data().toString().endsWith(u'%')
                          && row.siblingAtColumn(InventoryTreeModel::MemoryColumn).data().toString().endsWith(u'%');
               });
    };
    ASSERT_TRUE(QTest::qWaitFor(everyDeviceOnlineWithNumbers, 20000))
        << "state of the selected device: " << summary->text().toStdString();

    EXPECT_EQ(resets.count(), 0) << "the tree was reset instead of updated";
    EXPECT_EQ(tree->currentIndex().data(DeviceIdRole).toLongLong(), selected) << "the selection moved";
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Online"))) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("CPU "))) << summary->text().toStdString();
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Polling %1 device(s) · last poll ").arg(kDevices)))
        << status->text().toStdString();
    EXPECT_TRUE(poller.isRunning());

    window.close();
    EXPECT_FALSE(poller.isRunning()) << "closing the window ends the poller thread";
    QCoreApplication::processEvents(); // results queued before the shutdown
    // Every result the console was shown is in the database: the last batch was written before the thread ended.
    const QHash<qint64, DeviceState> stored = DeviceStateStore(*m_db).load().value();
    ASSERT_EQ(lastSeen.size(), kDevices);
    for (auto it = lastSeen.cbegin(); it != lastSeen.cend(); ++it) {
        ASSERT_TRUE(stored.contains(it.key())) << "device " << it.key();
        EXPECT_EQ(stored.value(it.key()).polledAt.toSecsSinceEpoch(), it->polledAt.toSecsSinceEpoch())
            << "device " << it.key() << ": the last poll shown was not saved";
    }
    // Nothing polls after the window closed.
    QSignalSpy after(&poller, &BackgroundPoller::devicePolled);
    QTest::qWait(1500);
    EXPECT_EQ(after.count(), 0);
}

TEST_F(ConsolePollingTest, PollNowPassesOverEveryDeviceWhilePausedPollingStaysPaused)
{
    // An hour between scheduled polls, and paused from the start: every poll here comes from "Poll now".
    BackgroundPoller poller(options(1h));
    poller.setPaused(true);
    MainWindow window(*m_db, *m_settings, &poller);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *status = window.findChild<QLabel *>(QStringLiteral("pollStatus"));
    auto *pollNow = window.findChild<QAction *>(QStringLiteral("pollNowAction"));
    auto *pause = window.findChild<QAction *>(QStringLiteral("pausePollingAction"));
    ASSERT_TRUE(status && pollNow && pause);
    EXPECT_EQ(pollNow->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_TRUE(pause->isChecked());

    QSignalSpy loaded(&poller, &BackgroundPoller::devicesLoaded);
    poller.start();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(loaded.constFirst().constFirst().toInt(), kDevices);
    EXPECT_EQ(status->text(), QStringLiteral("Polling paused"));
    QSignalSpy polled(&poller, &BackgroundPoller::devicePolled);
    QTest::qWait(1500);
    EXPECT_EQ(polled.count(), 0) << "paused, yet devices were polled";

    QSignalSpy cycles(&poller, &BackgroundPoller::cycleFinished);
    QTest::keyClick(&window, Qt::Key_F5);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Polling all %1 device(s) now…").arg(kDevices)))
        << status->text().toStdString();
    EXPECT_FALSE(pollNow->isEnabled()) << "one pass at a time";
    ASSERT_TRUE(cycles.wait(15000));
    const auto summary = cycles.constFirst().constFirst().value<PollSummary>();
    EXPECT_EQ(summary.polled, kDevices);
    EXPECT_EQ(summary.ok, kDevices);
    EXPECT_EQ(polled.count(), kDevices);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Polled %1 device(s)").arg(kDevices)))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(pollNow->isEnabled());
    // The status line follows the rows, which show polls a moment after they land.
    EXPECT_TRUE(QTest::qWaitFor(
        [status] { return status->text().startsWith(QStringLiteral("Polling paused · last poll ")); }, 2000))
        << status->text().toStdString();

    polled.clear();
    QTest::qWait(1500);
    EXPECT_EQ(polled.count(), 0) << "the pass resumed scheduled polling although it is paused";
    pause->trigger();
    EXPECT_FALSE(poller.isPaused());
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Polling %1 device(s)").arg(kDevices)))
        << status->text().toStdString();
    window.close();
}

TEST_F(ConsolePollingTest, AFailedSaveIsShownWithoutADialog)
{
    BackgroundPoller poller(options(1h));
    MainWindow window(*m_db, *m_settings, &poller);
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("pollStatus"));
    ASSERT_NE(status, nullptr);
    QSignalSpy loaded(&poller, &BackgroundPoller::devicesLoaded);
    poller.start();
    ASSERT_TRUE(loaded.wait(10000));
    // What the poller emits when a write fails, once a second while the disk stays full.
    for (int i = 0; i < 5; ++i) {
        Q_EMIT poller.storeError(QStringLiteral("saving device state failed: database or disk is full"));
    }
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("database or disk is full")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("saving poll results fails"))) << status->text().toStdString();
}

TEST_F(ConsolePollingTest, APollerThatCannotOpenTheDatabaseSaysSoAndPollsNothing)
{
    BackgroundPoller::Options broken = options(1s);
    broken.databasePath = m_dir.path(); // a folder, not a database
    BackgroundPoller poller(broken);
    MainWindow window(*m_db, *m_settings, &poller);
    auto *status = window.findChild<QLabel *>(QStringLiteral("pollStatus"));
    auto *pollNow = window.findChild<QAction *>(QStringLiteral("pollNowAction"));
    ASSERT_TRUE(status && pollNow);
    QSignalSpy failed(&poller, &BackgroundPoller::failed);
    poller.start();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(status->text(), QStringLiteral("Polling could not start"));
    EXPECT_FALSE(status->toolTip().isEmpty());
    EXPECT_FALSE(pollNow->isEnabled());
    window.close();
    EXPECT_FALSE(poller.isRunning());
}

TEST_F(ConsolePollingTest, WithoutAPollerPollingIsOff)
{
    MainWindow window(*m_db, *m_settings);
    auto *status = window.findChild<QLabel *>(QStringLiteral("pollStatus"));
    auto *pollNow = window.findChild<QAction *>(QStringLiteral("pollNowAction"));
    ASSERT_TRUE(status && pollNow);
    EXPECT_EQ(status->text(), QStringLiteral("Polling off"));
    EXPECT_FALSE(pollNow->isEnabled());
}

} // namespace
