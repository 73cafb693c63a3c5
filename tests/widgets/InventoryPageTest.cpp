// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryPage.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "InventoryStore.h"
#include "InventoryTreeModel.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vigil;

namespace {

class InventoryPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<InventoryStore>(*m_db);
        m_states = std::make_unique<DeviceStateStore>(*m_db);
    }

    void addFleet()
    {
        InventoryImport batch;
        const auto add = [&batch](const char *client, const char *site, const char *name, const char *os,
                                  const char *address) {
            ImportedDevice d;
            d.client = QString::fromUtf8(client);
            d.site = QString::fromUtf8(site);
            d.name = QString::fromUtf8(name);
            d.os = QString::fromUtf8(os);
            d.address = QString::fromUtf8(address);
            batch.devices.append(d);
        };
        add("Harbor Dental", "Main Street", "HD-WS10", "Windows 11 Pro", "10.0.0.10");
        add("Harbor Dental", "Main Street", "HD-WS2", "Windows 11 Pro", "10.0.0.2");
        add("Harbor Dental", "Branch", "HD-FS01", "Windows Server 2022", "10.0.1.5");
        add("Kessler Logistics", "Depot", "KL-DC01", "Debian GNU/Linux 12", "10.1.0.2");
        ASSERT_TRUE(m_store->applyImport(batch, QStringLiteral("Unassigned"), QStringLiteral("Main")).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<DeviceStateStore> m_states;
};

TEST_F(InventoryPageTest, EmptyInventoryShowsHowToImport)
{
    InventoryPage page(*m_store, *m_states);
    auto *empty = page.findChild<QLabel *>(QStringLiteral("inventoryEmpty"));
    ASSERT_NE(empty, nullptr);
    auto *body = qobject_cast<QStackedWidget *>(empty->parentWidget());
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(body->currentWidget(), empty);
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Import")));
}

TEST_F(InventoryPageTest, TreeShowsStoreAndFilterNarrowsIt)
{
    addFleet();
    InventoryPage page(*m_store, *m_states);
    page.resize(1000, 600);
    page.show();
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("inventoryFilter"));
    auto *count = page.findChild<QLabel *>(QStringLiteral("inventoryCount"));
    ASSERT_TRUE(tree && filter && count);
    QAbstractItemModel *model = tree->model();
    ASSERT_EQ(model->rowCount(), 2);
    const QModelIndex harbor = model->index(0, 0);
    EXPECT_EQ(harbor.data().toString(), QStringLiteral("Harbor Dental"));
    EXPECT_TRUE(tree->isExpanded(harbor));
    // Sites and devices sort naturally: Branch before Main Street, HD-WS2 before HD-WS10.
    const QModelIndex mainStreet = model->index(1, 0, harbor);
    EXPECT_EQ(mainStreet.data().toString(), QStringLiteral("Main Street"));
    EXPECT_EQ(model->index(0, 0, mainStreet).data().toString(), QStringLiteral("HD-WS2"));
    EXPECT_EQ(model->index(1, 0, mainStreet).data().toString(), QStringLiteral("HD-WS10"));
    EXPECT_EQ(count->text(), QStringLiteral("4 device(s)"));

    QTest::keyClicks(filter, QStringLiteral("windows main"));
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex onlySite = model->index(0, 0, model->index(0, 0));
    EXPECT_EQ(onlySite.data().toString(), QStringLiteral("Main Street"));
    EXPECT_EQ(model->rowCount(onlySite), 2);
    EXPECT_EQ(count->text(), QStringLiteral("2 of 4 device(s)"));

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("10.1.0"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Kessler Logistics"));
    filter->clear();
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(InventoryPageTest, SelectingADeviceShowsItsSummary)
{
    addFleet();
    InventoryPage page(*m_store, *m_states);
    page.show();
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    auto *title = page.findChild<QLabel *>(QStringLiteral("deviceTitle"));
    auto *details = page.findChild<QLabel *>(QStringLiteral("deviceDetails"));
    ASSERT_TRUE(tree && title && details);
    QAbstractItemModel *model = tree->model();
    const QModelIndex kessler = model->index(1, 0);
    const QModelIndex dc = model->index(0, 0, model->index(0, 0, kessler));
    tree->setCurrentIndex(dc);
    EXPECT_EQ(title->text(), QStringLiteral("KL-DC01"));
    EXPECT_TRUE(details->text().contains(QStringLiteral("10.1.0.2")));
    EXPECT_TRUE(details->text().contains(QStringLiteral("Debian GNU/Linux 12")));
    tree->setCurrentIndex(kessler);
    EXPECT_TRUE(title->text().isEmpty());
}

TEST_F(InventoryPageTest, SummaryShowsLastPollStateAndNamedFailure)
{
    addFleet();
    const Inventory inventory = m_store->load().value();
    qint64 dc = 0;
    qint64 fs = 0;
    for (const Device &d : inventory.devices) {
        Device monitored = d;
        monitored.exporterUrl = QStringLiteral("http://127.0.0.1:9100/metrics");
        ASSERT_TRUE(m_store->updateDevice(monitored).ok());
        dc = d.name == QStringLiteral("KL-DC01") ? d.id : dc;
        fs = d.name == QStringLiteral("HD-FS01") ? d.id : fs;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DeviceSnapshot up;
    up.polledAt = now.addSecs(-120);
    up.reachable = true;
    up.cpuBusyPercent = 37.4;
    up.memoryUsedPercent = 62;
    DiskUsage root;
    root.mountPoint = QStringLiteral("/srv");
    root.usedPercent = 91.2;
    up.disks = {root};
    DeviceSnapshot down;
    down.polledAt = now.addSecs(-30);
    down.failure = PollFailure{QStringLiteral("refused"), QStringLiteral("connection refused")};
    ASSERT_TRUE(m_states->save({{dc, up, {}}, {fs, down, {}}}).ok());

    InventoryPage page(*m_store, *m_states);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    auto *state = page.findChild<QLabel *>(QStringLiteral("deviceState"));
    ASSERT_TRUE(tree && state);
    QAbstractItemModel *model = tree->model();
    tree->setCurrentIndex(model->index(0, 0, model->index(0, 0, model->index(1, 0)))); // KL-DC01
    EXPECT_TRUE(state->text().contains(QStringLiteral("Online"))) << state->text().toStdString();
    EXPECT_TRUE(state->text().contains(QStringLiteral("2 min ago")));
    EXPECT_TRUE(state->text().contains(QStringLiteral("CPU 37 %")));
    EXPECT_TRUE(state->text().contains(QStringLiteral("/srv at 91 %")));
    tree->setCurrentIndex(model->index(0, 0, model->index(0, 0, model->index(0, 0)))); // Harbor › Branch › HD-FS01
    EXPECT_TRUE(state->text().contains(QStringLiteral("Unreachable"))) << state->text().toStdString();
    EXPECT_TRUE(state->text().contains(QStringLiteral("refused")));
    EXPECT_TRUE(state->text().contains(QStringLiteral("never reached")));
}

// Polls from the background poller: rows change in place, the selection and expansion stay, the summary follows.
TEST_F(InventoryPageTest, PollsShowUpInPlaceAndTheSummaryFollows)
{
    addFleet();
    const Inventory inventory = m_store->load().value();
    qint64 dc = 0;
    qint64 fs = 0;
    for (const Device &d : inventory.devices) {
        Device monitored = d;
        monitored.exporterUrl = QStringLiteral("http://127.0.0.1:9100/metrics");
        ASSERT_TRUE(m_store->updateDevice(monitored).ok());
        dc = d.name == QStringLiteral("KL-DC01") ? d.id : dc;
        fs = d.name == QStringLiteral("HD-FS01") ? d.id : fs;
    }
    InventoryPage page(*m_store, *m_states);
    page.resize(1200, 600);
    page.show();
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    auto *state = page.findChild<QLabel *>(QStringLiteral("deviceState"));
    ASSERT_TRUE(tree && state);
    QAbstractItemModel *model = tree->model();
    const QModelIndex kessler = model->index(1, 0);
    const QModelIndex dcIndex = model->index(0, 0, model->index(0, 0, kessler));
    tree->setCurrentIndex(dcIndex);
    EXPECT_TRUE(state->text().contains(QStringLiteral("Not polled yet"))) << state->text().toStdString();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy shown(&page, &InventoryPage::statesChanged);

    DeviceSnapshot up;
    up.polledAt = QDateTime::currentDateTimeUtc();
    up.reachable = true;
    up.cpuBusyPercent = 23.2;
    up.memoryUsedPercent = 48.9;
    DeviceSnapshot down;
    down.polledAt = up.polledAt;
    down.failure = PollFailure{QStringLiteral("timeout"), QStringLiteral("timed out after 10000 ms")};
    page.applyPoll(dc, up);
    page.applyPoll(fs, down);
    page.applyPoll(fs, down);
    ASSERT_TRUE(shown.wait(2000));
    EXPECT_EQ(shown.count(), 1) << "a burst of polls is shown in one go";

    const auto cell = [&](const QModelIndex &device, int column) {
        return device.siblingAtColumn(column).data().toString();
    };
    EXPECT_EQ(cell(dcIndex, InventoryTreeModel::StateColumn), QStringLiteral("Online"));
    EXPECT_EQ(cell(dcIndex, InventoryTreeModel::CpuColumn), QStringLiteral("23 %"));
    EXPECT_EQ(cell(dcIndex, InventoryTreeModel::MemoryColumn), QStringLiteral("49 %"));
    const QModelIndex fsIndex = model->index(0, 0, model->index(0, 0, model->index(0, 0))); // Harbor › Branch
    ASSERT_EQ(fsIndex.data(DeviceIdRole).toLongLong(), fs);
    EXPECT_EQ(cell(fsIndex, InventoryTreeModel::StateColumn), QStringLiteral("Offline"));
    EXPECT_EQ(cell(model->index(0, 0), InventoryTreeModel::StateColumn), QStringLiteral("1 unreachable"));
    EXPECT_EQ(page.unreachableCount(), 1);
    EXPECT_EQ(page.monitoredCount(), 4);

    EXPECT_EQ(resets.count(), 0) << "the tree was reset";
    EXPECT_EQ(tree->currentIndex().data(DeviceIdRole).toLongLong(), dc) << "the selection moved";
    EXPECT_TRUE(tree->isExpanded(kessler));
    EXPECT_TRUE(state->text().contains(QStringLiteral("Online"))) << state->text().toStdString();
    EXPECT_TRUE(state->text().contains(QStringLiteral("CPU 23 %"))) << state->text().toStdString();

    // Two failed polls in one burst count as two, as the store counts them.
    tree->setCurrentIndex(fsIndex);
    EXPECT_TRUE(state->text().contains(QStringLiteral("2 failed poll(s) in a row"))) << state->text().toStdString();
}

TEST_F(InventoryPageTest, ReloadPicksUpNewDevicesAndKeepsSelection)
{
    addFleet();
    InventoryPage page(*m_store, *m_states);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    QAbstractItemModel *model = tree->model();
    const QModelIndex dc = model->index(0, 0, model->index(0, 0, model->index(1, 0)));
    tree->setCurrentIndex(dc);

    Client client;
    client.name = QStringLiteral("Acme Bakery");
    Site site;
    site.clientId = m_store->addClient(client).value();
    site.name = QStringLiteral("Ovens");
    Device device;
    device.siteId = m_store->addSite(site).value();
    device.name = QStringLiteral("AB-WS01");
    ASSERT_TRUE(m_store->addDevice(device).ok());

    page.reload();
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Acme Bakery"));
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("KL-DC01"));
    EXPECT_EQ(page.deviceCount(), 5);
}

} // namespace
