// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicePage.h"

#include "AlertRuleStore.h"
#include "AppSettings.h"
#include "BackupStore.h"
#include "Clock.h"
#include "Database.h"
#include "DeviceScenario.h"
#include "DeviceStateStore.h"
#include "HealthChart.h"
#include "InventoryRoles.h"
#include "InventoryStore.h"
#include "MainWindow.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vigil;

namespace {

class DevicePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().toString());
        m_db = std::move(db).value();
        m_inventory = std::make_unique<InventoryStore>(*m_db);
        m_states = std::make_unique<DeviceStateStore>(*m_db);
        m_scenario = std::make_unique<DeviceScenario>(*m_db, m_clock.now());
        m_device = m_scenario->addServer();
        ASSERT_NE(m_device, 0);
    }

    void fill()
    {
        m_scenario->fillHistory(m_device);
        m_scenario->pollNow(m_device);
        m_scenario->addSessions(m_device);
    }

    std::unique_ptr<DevicePage> makePage()
    {
        auto page = std::make_unique<DevicePage>(*m_db, *m_inventory, *m_states, m_clock, QStringLiteral("sam"));
        page->resize(1400, 1000);
        page->show();
        page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        EXPECT_TRUE(page->showDevice(m_device));
        return page;
    }

    template<typename T>
    static T *child(QWidget *page, const char *name)
    {
        auto *found = page->findChild<T *>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }

    static QTableWidgetItem *find(QTableWidget *table, int column, const QString &text, int *rowOut = nullptr)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column) && table->item(row, column)->text() == text) {
                if (rowOut) {
                    *rowOut = row;
                }
                return table->item(row, column);
            }
        }
        return nullptr;
    }

    static bool marked(QTableWidgetItem *item) { return item && item->background().style() != Qt::NoBrush; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<DeviceStateStore> m_states;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 5), Qt::UTC)};
    std::unique_ptr<DeviceScenario> m_scenario;
    qint64 m_device = 0;
};

} // namespace

TEST_F(DevicePageTest, ShowsIdentityLiveStateDisksPatchesSmartBackupsAlertsAndSessions)
{
    fill();
    auto page = makePage();
    EXPECT_EQ(child<QLabel>(page.get(), "deviceTitle")->text(), QStringLiteral("HD-FS01"));
    EXPECT_TRUE(
        child<QLabel>(page.get(), "deviceSubtitle")->text().contains(QStringLiteral("Harbor Dental › Main office")));
    const QString identity = child<QLabel>(page.get(), "deviceIdentity")->text();
    for (const char *expected : {"Debian GNU/Linux 12 (bookworm)", "10.20.0.12", "http://10.20.0.12:9100/metrics",
                                 "file server, backup", "Server"}) {
        EXPECT_TRUE(identity.contains(QString::fromUtf8(expected))) << expected;
    }
    EXPECT_TRUE(child<QLabel>(page.get(), "deviceLiveState")->text().contains(QStringLiteral("Online")));
    EXPECT_FALSE(child<QLabel>(page.get(), "deviceLiveState")->property("stale").toBool());
    const QString facts = child<QLabel>(page.get(), "deviceFacts")->text();
    EXPECT_TRUE(facts.contains(QStringLiteral("23 %"))) << qPrintable(facts);
    EXPECT_TRUE(facts.contains(QStringLiteral("58 %")));
    EXPECT_TRUE(facts.contains(QStringLiteral("<b>8 day"))) << "uptime";

    auto *disks = child<QTableWidget>(page.get(), "deviceDisks");
    ASSERT_EQ(disks->rowCount(), 3);
    int data = -1;
    ASSERT_TRUE(find(disks, 0, QStringLiteral("/srv/data"), &data));
    EXPECT_EQ(disks->item(data, 3)->text(), QStringLiteral("87 %"));
    EXPECT_TRUE(marked(disks->item(data, 3))) << "above the 80 % warning";
    // 13.5 % left at 0.9 % a day.
    EXPECT_TRUE(disks->item(data, 4)->text().startsWith(QStringLiteral("full in ~15 day")))
        << qPrintable(disks->item(data, 4)->text());
    int root = -1;
    ASSERT_TRUE(find(disks, 0, QStringLiteral("/"), &root));
    EXPECT_FALSE(marked(disks->item(root, 3)));
    EXPECT_EQ(disks->item(root, 4)->text(), QStringLiteral("not growing"));
    EXPECT_EQ(disks->item(root, 1)->text(), QStringLiteral("60.0 GB"));

    const QString patches = child<QLabel>(page.get(), "devicePatches")->text();
    EXPECT_TRUE(patches.contains(QStringLiteral("14 update"))) << qPrintable(patches);
    EXPECT_TRUE(patches.contains(QStringLiteral("3 security")));
    EXPECT_TRUE(patches.contains(QStringLiteral("reboot required")));

    auto *smart = child<QTableWidget>(page.get(), "deviceSmart");
    ASSERT_EQ(smart->rowCount(), 2);
    int sdb = -1;
    ASSERT_TRUE(find(smart, 0, QStringLiteral("/dev/sdb"), &sdb));
    EXPECT_EQ(smart->item(sdb, 2)->text(), QStringLiteral("24"));
    EXPECT_TRUE(marked(smart->item(sdb, 2)));

    auto *backups = child<QTableWidget>(page.get(), "deviceBackups");
    ASSERT_EQ(backups->rowCount(), 2);
    int nightly = -1;
    int offsite = -1;
    ASSERT_TRUE(find(backups, 0, QStringLiteral("nightly-restic"), &nightly));
    ASSERT_TRUE(find(backups, 0, QStringLiteral("offsite-sync"), &offsite));
    EXPECT_EQ(backups->item(nightly, 2)->text(), QStringLiteral("5 h"));
    EXPECT_FALSE(marked(backups->item(nightly, 2)));
    EXPECT_TRUE(backups->item(offsite, 2)->text().startsWith(QStringLiteral("2 day")));
    EXPECT_TRUE(marked(backups->item(offsite, 2))) << "red past 26 h";
    EXPECT_TRUE(backups->item(offsite, 3)->text().startsWith(QStringLiteral("FAILED")));
    EXPECT_TRUE(backups->item(nightly, 4)->text().contains(QStringLiteral("(+2.8 % in 7 day")))
        << qPrintable(backups->item(nightly, 4)->text());
    EXPECT_TRUE(backups->item(nightly, 5)->text().contains(QStringLiteral("anna · restored /srv/data/accounts")))
        << qPrintable(backups->item(nightly, 5)->text());
    EXPECT_EQ(backups->item(offsite, 5)->text(), QStringLiteral("never"));

    auto *alerts = child<QTableWidget>(page.get(), "deviceAlerts");
    QStringList summaries;
    for (int row = 0; row < alerts->rowCount(); ++row) {
        summaries.append(alerts->item(row, 1)->text());
    }
    EXPECT_EQ(alerts->item(0, 0)->text(), QStringLiteral("Critical")) << "most severe first";
    EXPECT_TRUE(summaries.join(QLatin1Char('\n')).contains(QStringLiteral("/srv/data")))
        << qPrintable(summaries.join(QLatin1Char('\n')));

    auto *sessions = child<QTableWidget>(page.get(), "deviceSessions");
    ASSERT_EQ(sessions->rowCount(), 3);
    EXPECT_EQ(sessions->item(0, 1)->text(), QStringLiteral("SSH"));
    EXPECT_EQ(sessions->item(0, 2)->text(), QStringLiteral("sam"));
    EXPECT_EQ(sessions->item(0, 3)->text(), QStringLiteral("14 min"));
    EXPECT_EQ(sessions->item(2, 1)->text(), QStringLiteral("VNC"));
}

TEST_F(DevicePageTest, RangeButtonsChangeTheSeriesWithinTwoPointsPerPixel)
{
    fill();
    auto page = makePage();
    auto *cpu = child<HealthChart>(page.get(), "cpuChart");
    auto *disk = child<HealthChart>(page.get(), "diskChart");
    QHash<QString, qsizetype> counts;
    for (const char *name : {"rangeHour", "rangeDay", "rangeWeek", "rangeMonth"}) {
        QTest::mouseClick(child<QAbstractButton>(page.get(), name), Qt::LeftButton);
        QCoreApplication::processEvents();
        EXPECT_GT(cpu->dataPointCount(), 0) << name;
        EXPECT_LE(cpu->dataPointCount(), 2 * cpu->width()) << name;
        EXPECT_LE(cpu->plotColumns(), cpu->width()) << name;
        // Three mounts, each bounded on its own.
        EXPECT_LE(disk->dataPointCount(), 3 * 2 * disk->width()) << name;
        counts.insert(QString::fromLatin1(name), cpu->dataPointCount());
    }
    EXPECT_EQ(page->range(), HealthChartQuery::Range::Month);
    EXPECT_NEAR(counts.value(QStringLiteral("rangeHour")), 60, 2) << "an hour of one-a-minute samples, as they are";
    EXPECT_GT(counts.value(QStringLiteral("rangeDay")), counts.value(QStringLiteral("rangeHour")));
    EXPECT_GT(counts.value(QStringLiteral("rangeMonth")), counts.value(QStringLiteral("rangeHour")));
    // Alt+1 is the hour again.
    QTest::keyClick(page.get(), Qt::Key_1, Qt::AltModifier);
    // A button's shortcut clicks it a moment later (animateClick).
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->range() == HealthChartQuery::Range::Hour; }, 2000));
    EXPECT_EQ(cpu->dataPointCount(), counts.value(QStringLiteral("rangeHour")));
}

TEST_F(DevicePageTest, TheMonthChartKeepsAOneMinuteSpikeAndShowsTheOutageAsAGap)
{
    fill();
    auto page = makePage();
    page->setRange(HealthChartQuery::Range::Month);
    HealthChartQuery query(*m_db);
    auto *cpu = child<HealthChart>(page.get(), "cpuChart");
    auto series = query.series(m_device, QStringLiteral("cpu"), {}, HealthChartQuery::Range::Month, m_clock.now(),
                               cpu->plotColumns());
    ASSERT_TRUE(series.ok());
    EXPECT_EQ(series->segments.size(), 2) << "the afternoon offline is a gap";
    double highest = 0;
    for (const auto &segment : series->segments) {
        for (const QPointF &p : segment) {
            highest = std::max(highest, p.y());
        }
    }
    EXPECT_DOUBLE_EQ(highest, 100.0);
}

TEST_F(DevicePageTest, ThresholdsAreTheClientsEffectiveRules)
{
    fill();
    AlertRuleStore rules(*m_db);
    ASSERT_TRUE(rules
                    .setOverride(m_inventory->device(m_device)->clientId, QStringLiteral("disk_used"),
                                 QJsonObject{{QStringLiteral("warning"), 75}, {QStringLiteral("critical"), 85}},
                                 m_clock.now())
                    .ok());
    auto page = makePage();
    EXPECT_EQ(child<HealthChart>(page.get(), "diskChart")->thresholdsShown(), (QList<double>{75, 85}));
    EXPECT_EQ(child<HealthChart>(page.get(), "cpuChart")->thresholdsShown(), (QList<double>{95}));
    EXPECT_EQ(child<HealthChart>(page.get(), "memoryChart")->thresholdsShown(), (QList<double>{95}));
    // 86.5 % is past this client's critical threshold.
    auto *disks = child<QTableWidget>(page.get(), "deviceDisks");
    int data = -1;
    ASSERT_TRUE(find(disks, 0, QStringLiteral("/srv/data"), &data));
    EXPECT_EQ(disks->item(data, 3)->background().color().rgb(), HealthChart::criticalColor().rgb());
}

TEST_F(DevicePageTest, OldDataIsMarkedStaleAndAnUnreachableDeviceOfflineSince)
{
    fill();
    auto page = makePage();
    auto *live = child<QLabel>(page.get(), "deviceLiveState");
    EXPECT_FALSE(live->property("stale").toBool());

    m_clock.advanceSeconds(3 * 3600);
    page->reload();
    EXPECT_TRUE(live->property("stale").toBool());
    EXPECT_TRUE(live->text().contains(QStringLiteral("Stale"))) << qPrintable(live->text());
    EXPECT_TRUE(child<QLabel>(page.get(), "deviceFacts")->text().contains(QStringLiteral("data from 3 h ago")));

    DeviceSnapshot failed;
    failed.polledAt = m_clock.now();
    failed.failure = PollFailure{QStringLiteral("timeout"), QStringLiteral("no answer in 10 s")};
    ASSERT_TRUE(m_states->save({{m_device, failed, {}}}).ok());
    page->reload();
    EXPECT_TRUE(live->text().contains(QStringLiteral("Offline since"))) << qPrintable(live->text());
    EXPECT_TRUE(live->text().contains(QStringLiteral("timeout")));
    EXPECT_TRUE(live->property("stale").toBool()) << "the numbers shown are the last good poll's";
}

TEST_F(DevicePageTest, RestoreTestButtonRecordsWhoWhenAndNote)
{
    fill();
    auto page = makePage();
    QString asked;
    page->setRestoreNotePrompt([&](const QString &job) -> std::optional<QString> {
        asked = job;
        return QStringLiteral("restored /srv/data/finance to a scratch VM");
    });
    auto *backups = child<QTableWidget>(page.get(), "deviceBackups");
    int offsite = -1;
    ASSERT_TRUE(find(backups, 0, QStringLiteral("offsite-sync"), &offsite));
    backups->selectRow(offsite);
    m_clock.advanceSeconds(120);
    QTest::mouseClick(child<QPushButton>(page.get(), "restoreTestButton"), Qt::LeftButton);
    EXPECT_EQ(asked, QStringLiteral("offsite-sync"));

    BackupStore store(*m_db);
    auto jobs = store.jobs(m_device, m_clock.now());
    ASSERT_TRUE(jobs.ok());
    const auto it = std::find_if(jobs->cbegin(), jobs->cend(),
                                 [](const BackupJobRecord &j) { return j.job == QStringLiteral("offsite-sync"); });
    ASSERT_NE(it, jobs->cend());
    EXPECT_EQ(it->lastRestoreTest, m_clock.now());
    EXPECT_EQ(it->restoreTestedBy, QStringLiteral("sam"));
    EXPECT_EQ(it->restoreTestNote, QStringLiteral("restored /srv/data/finance to a scratch VM"));
    // Shown at once, on the same job.
    ASSERT_TRUE(find(backups, 0, QStringLiteral("offsite-sync"), &offsite));
    EXPECT_TRUE(backups->item(offsite, 5)->text().contains(QStringLiteral("sam")));
    EXPECT_EQ(backups->currentRow(), offsite);

    // Cancelled: nothing recorded, the earlier test stays.
    page->setRestoreNotePrompt([](const QString &) { return std::optional<QString>(); });
    int nightly = -1;
    ASSERT_TRUE(find(backups, 0, QStringLiteral("nightly-restic"), &nightly));
    backups->selectRow(nightly);
    EXPECT_FALSE(page->recordRestoreTestForSelection());
    jobs = store.jobs(m_device, m_clock.now());
    for (const BackupJobRecord &job : jobs.value()) {
        if (job.job == QStringLiteral("nightly-restic")) {
            EXPECT_EQ(job.restoreTestedBy, QStringLiteral("anna"));
            EXPECT_LT(job.lastRestoreTest, m_clock.now().addDays(-40));
        }
    }
}

TEST_F(DevicePageTest, PollsOfTheShownDeviceUpdateIt)
{
    fill();
    auto page = makePage();
    DeviceSnapshot next = m_scenario->snapshot();
    next.polledAt = m_clock.now();
    next.cpuBusyPercent = 88;
    page->applyPoll(m_device + 1000, next);
    page->applyPoll(m_device, next);
    auto *facts = child<QLabel>(page.get(), "deviceFacts");
    EXPECT_TRUE(QTest::qWaitFor([&] { return facts->text().contains(QStringLiteral("88 %")); }, 2000));
}

TEST_F(DevicePageTest, InventoryEnterOpensTheDevicePageAndAltLeftGoesBack)
{
    fill();
    AppSettings settings(m_dir.filePath(QStringLiteral("vigil.ini")));
    MainWindow window(*m_db, settings, nullptr, &m_clock);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(QStringLiteral("inventory"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    ASSERT_TRUE(tree);
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), DeviceIdRole, m_device, 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    tree->setCurrentIndex(found.first());
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    ASSERT_TRUE(window.isDeviceShown());
    auto *page = window.findChild<DevicePage *>();
    EXPECT_EQ(page->deviceId(), m_device);
    EXPECT_EQ(page->findChild<QTableWidget *>(QStringLiteral("deviceDisks"))->rowCount(), 3);
    QTest::keyClick(page, Qt::Key_Left, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isDeviceShown(); }, 2000));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("inventory"));
    EXPECT_EQ(tree->currentIndex().data(DeviceIdRole).toLongLong(), m_device);

    // Double click does the same; choosing a page in the navigation leaves the device too.
    const QRect rect = tree->visualRect(tree->currentIndex());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_TRUE(window.isDeviceShown());
    window.showPage(QStringLiteral("alerts"));
    EXPECT_FALSE(window.isDeviceShown());
}
