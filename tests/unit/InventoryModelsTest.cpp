// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "DeviceTableModel.h"
#include "InventoryFilterProxyModel.h"
#include "InventoryTreeModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace Vigil;

namespace {

Inventory sampleInventory()
{
    Inventory inv;
    inv.clients = {{1, QStringLiteral("Harbor Dental"), {}, {}, SlaPolicy::standard(), {}, {}},
                   {2, QStringLiteral("Kessler Logistics"), {}, {}, SlaPolicy::standard(), {}, {}},
                   {3, QStringLiteral("Empty Client"), {}, {}, SlaPolicy::standard(), {}, {}}};
    inv.sites = {{10, 1, QStringLiteral("Main Street"), QStringLiteral("1 Main St"), {}, {}, {}},
                 {11, 1, QStringLiteral("Branch"), {}, {}, {}, {}},
                 {20, 2, QStringLiteral("Depot"), {}, {}, {}, {}}};
    const auto device = [](qint64 id, qint64 client, qint64 site, const QString &name, const QString &os) {
        Device d;
        d.id = id;
        d.clientId = client;
        d.siteId = site;
        d.name = name;
        d.address = QStringLiteral("10.0.%1.%2").arg(client).arg(id);
        d.os = os;
        d.tags = {QStringLiteral("tag%1").arg(id)};
        return d;
    };
    inv.devices = {device(100, 1, 10, QStringLiteral("HD-FS01"), QStringLiteral("Windows Server 2022")),
                   device(101, 1, 10, QStringLiteral("HD-WS01"), QStringLiteral("Windows 11")),
                   device(102, 1, 11, QStringLiteral("HD-WS02"), QStringLiteral("Windows 11")),
                   device(200, 2, 20, QStringLiteral("KL-DC01"), QStringLiteral("Debian 12"))};
    return inv;
}

TEST(InventoryTreeModelTest, PassesModelTesterThroughResets)
{
    InventoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInventory(sampleInventory());
    model.setInventory(Inventory{});
    model.setInventory(sampleInventory());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(SearchTextRole);
    proxy.setFilterFixedString(QStringLiteral("kl-dc"));
    EXPECT_EQ(proxy.rowCount(), 1);
}

TEST(InventoryTreeModelTest, ShapeIsClientSiteDevice)
{
    InventoryTreeModel model;
    model.setInventory(sampleInventory());
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex harbor = model.index(0, 0);
    EXPECT_EQ(harbor.data().toString(), QStringLiteral("Harbor Dental"));
    EXPECT_EQ(harbor.data(NodeTypeRole).toInt(), static_cast<int>(InventoryNodeType::Client));
    ASSERT_EQ(model.rowCount(harbor), 2);
    const QModelIndex mainStreet = model.index(0, 0, harbor);
    EXPECT_EQ(mainStreet.data().toString(), QStringLiteral("Main Street"));
    EXPECT_EQ(model.index(0, InventoryTreeModel::AddressColumn, harbor).data().toString(), QStringLiteral("1 Main St"));
    ASSERT_EQ(model.rowCount(mainStreet), 2);
    const QModelIndex fs01 = model.index(0, 0, mainStreet);
    EXPECT_EQ(fs01.data().toString(), QStringLiteral("HD-FS01"));
    EXPECT_EQ(fs01.data(DeviceIdRole).toLongLong(), 100);
    EXPECT_EQ(model.index(0, InventoryTreeModel::OsColumn, mainStreet).data().toString(),
              QStringLiteral("Windows Server 2022"));
    EXPECT_EQ(model.parent(fs01), mainStreet);
    EXPECT_EQ(model.parent(mainStreet), harbor);
    EXPECT_EQ(model.rowCount(fs01), 0);
    EXPECT_EQ(model.rowCount(model.index(2, 0)), 0) << "a client without sites has no children";

    EXPECT_EQ(model.indexForDevice(200).data().toString(), QStringLiteral("KL-DC01"));
    EXPECT_EQ(model.indexForSite(11).data().toString(), QStringLiteral("Branch"));
    EXPECT_EQ(model.indexForClient(2).data().toString(), QStringLiteral("Kessler Logistics"));
    EXPECT_FALSE(model.indexForDevice(999).isValid());
    EXPECT_TRUE(model.flags(fs01).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_TRUE(model.flags(mainStreet).testFlag(Qt::ItemIsDropEnabled));
}

DeviceState polled(qint64 deviceId, bool reachable, std::optional<double> cpu = {}, std::optional<double> memory = {})
{
    DeviceSnapshot snapshot;
    snapshot.polledAt = QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC);
    snapshot.reachable = reachable;
    snapshot.cpuBusyPercent = cpu;
    snapshot.memoryUsedPercent = memory;
    if (!reachable) {
        snapshot.failure = PollFailure{QStringLiteral("refused"), QStringLiteral("connection refused")};
    }
    DeviceState state;
    state.deviceId = deviceId;
    state.record(snapshot);
    return state;
}

TEST(InventoryTreeModelTest, PollsUpdateRowsInPlaceAndSitesAndClientsCountUnreachable)
{
    Inventory inventory = sampleInventory();
    for (Device &device : inventory.devices) {
        if (device.id != 102) {
            device.exporterUrl = QStringLiteral("http://%1:9100/metrics").arg(device.address);
        }
    }
    InventoryTreeModel model;
    const ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(6, 1), Qt::UTC));
    model.setClock(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InventoryFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    model.setInventory(inventory);
    proxy.sort(InventoryTreeModel::StateColumn);

    const auto cell = [&model](qint64 deviceId, int column) {
        const QModelIndex device = model.indexForDevice(deviceId);
        return model.index(device.row(), column, device.parent()).data().toString();
    };
    EXPECT_EQ(cell(100, InventoryTreeModel::StateColumn), QStringLiteral("Not polled yet"));
    EXPECT_EQ(cell(102, InventoryTreeModel::StateColumn), QStringLiteral("Not monitored"));
    EXPECT_EQ(model.monitoredCount(), 3);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // HD-FS01 and HD-WS01 are rows 0 and 1 of Main Street: one dataChanged for both, one for the site, one for the
    // client.
    model.updateDeviceStates({polled(100, true, 12.4, 40.6), polled(101, false)});
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changes.count(), 3);
    const QModelIndex top = changes.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottom = changes.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(top.data(DeviceIdRole).toLongLong(), 100);
    EXPECT_EQ(bottom.data(DeviceIdRole).toLongLong(), 101);
    EXPECT_EQ(top.column(), InventoryTreeModel::StateColumn);
    EXPECT_EQ(bottom.column(), InventoryTreeModel::LastSeenColumn);

    EXPECT_EQ(cell(100, InventoryTreeModel::StateColumn), QStringLiteral("Online"));
    EXPECT_EQ(cell(100, InventoryTreeModel::CpuColumn), QStringLiteral("12 %"));
    EXPECT_EQ(cell(100, InventoryTreeModel::MemoryColumn), QStringLiteral("41 %"));
    EXPECT_EQ(cell(101, InventoryTreeModel::StateColumn), QStringLiteral("Offline"));
    EXPECT_EQ(cell(101, InventoryTreeModel::CpuColumn), QString()) << "no stale numbers for a device that is down";
    EXPECT_EQ(model.indexForSite(10).siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(),
              QStringLiteral("1 unreachable"));
    EXPECT_EQ(model.indexForClient(1).siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(),
              QStringLiteral("1 unreachable"));
    EXPECT_EQ(model.indexForClient(2).siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(), QString());
    EXPECT_EQ(model.unreachableCount(), 1);
    // Sorted by state, the unreachable device comes first in its site.
    const QModelIndex mainStreet = proxy.mapFromSource(model.indexForSite(10));
    EXPECT_EQ(proxy.index(0, 0, mainStreet).data(DeviceIdRole).toLongLong(), 101);

    // A first poll without a CPU rate, then recovery; a new inventory keeps the states.
    model.updateDeviceStates({polled(200, true, std::nullopt, 20), polled(101, true, 5, 30)});
    EXPECT_EQ(cell(200, InventoryTreeModel::CpuColumn), QStringLiteral("…"));
    EXPECT_EQ(model.unreachableCount(), 0);
    EXPECT_EQ(model.indexForClient(1).siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(), QString());
    model.setInventory(inventory);
    EXPECT_EQ(cell(101, InventoryTreeModel::StateColumn), QStringLiteral("Online"));
    ASSERT_NE(model.deviceState(200), nullptr);
    EXPECT_EQ(model.deviceState(200)->lastGood.memoryUsedPercent, 20);
}

TEST(InventoryTreeModelTest, BadgeShowsTheWorstOfDownAlertsAndOldDataWithDiskAndLastSeen)
{
    Inventory inventory = sampleInventory();
    for (Device &device : inventory.devices) {
        device.exporterUrl = QStringLiteral("http://%1:9100/metrics").arg(device.address);
    }
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(6, 5), Qt::UTC));
    InventoryTreeModel model;
    model.setClock(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInventory(inventory);
    DeviceState fs = polled(100, true, 10, 20);
    fs.lastGood.disks = {DiskUsage{QStringLiteral("/"), {}, {}, 100, 40, 60.0},
                         DiskUsage{QStringLiteral("/srv"), {}, {}, 100, 8, 92.0}};
    model.updateDeviceStates({fs, polled(101, true, 5, 5), polled(102, false), polled(200, true, 1, 1)});
    QHash<qint64, DeviceHealth> health;
    health.insert(
        100, DeviceHealth{100, 1, DeviceStatus::Online, {}, DeviceCondition::RebootRequired, AlertSeverity::Critical});
    health.insert(101, DeviceHealth{101, 1, DeviceStatus::Online, {}, {}, AlertSeverity::Warning});
    health.insert(102, DeviceHealth{102, 1, DeviceStatus::Offline, {}, {}, AlertSeverity::Critical});
    model.setDeviceHealth(health);

    const auto cell = [&model](qint64 deviceId, int column) {
        return model.indexForDevice(deviceId).siblingAtColumn(column).data().toString();
    };
    EXPECT_EQ(cell(100, InventoryTreeModel::StateColumn), QStringLiteral("Critical"));
    EXPECT_EQ(cell(101, InventoryTreeModel::StateColumn), QStringLiteral("Warning"));
    EXPECT_EQ(cell(102, InventoryTreeModel::StateColumn), QStringLiteral("Offline")) << "down beats an alert";
    EXPECT_EQ(cell(200, InventoryTreeModel::StateColumn), QStringLiteral("Online"));
    EXPECT_EQ(cell(100, InventoryTreeModel::DiskColumn), QStringLiteral("/srv 92 %"));
    EXPECT_EQ(cell(200, InventoryTreeModel::DiskColumn), QString());
    EXPECT_EQ(cell(100, InventoryTreeModel::LastSeenColumn), QStringLiteral("5 min ago"));
    EXPECT_EQ(cell(102, InventoryTreeModel::LastSeenColumn), QString()) << "never seen up";
    EXPECT_EQ(model.indexForDevice(100).data(DeviceConditionsRole).toInt(),
              static_cast<int>(DeviceCondition::RebootRequired));
    EXPECT_EQ(model.indexForDevice(102).data(DeviceStatusRole).toInt(), static_cast<int>(DeviceStatus::Offline));

    clock.advanceSeconds(3 * 3600);
    EXPECT_EQ(cell(200, InventoryTreeModel::StateColumn), QStringLiteral("Stale · 3 h"));
    EXPECT_EQ(cell(100, InventoryTreeModel::StateColumn), QStringLiteral("Critical")) << "an alert beats old data";

    // The overview's lists: Harbor Dental's devices waiting for a reboot, and the fleet's offline ones.
    InventoryFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    const auto shownDevices = [&proxy] {
        QList<qint64> ids;
        for (const QModelIndex &index :
             proxy.match(proxy.index(0, 0), NodeTypeRole, static_cast<int>(InventoryNodeType::Device), -1,
                         Qt::MatchExactly | Qt::MatchRecursive)) {
            ids.append(index.data(DeviceIdRole).toLongLong());
        }
        return ids;
    };
    proxy.setDeviceFilter(1, std::nullopt, DeviceCondition::RebootRequired);
    EXPECT_EQ(shownDevices(), QList<qint64>{100});
    EXPECT_EQ(proxy.rowCount(), 1) << "only the client with such a device";
    proxy.setDeviceFilter(0, DeviceStatus::Offline, {});
    EXPECT_EQ(shownDevices(), QList<qint64>{102});
    proxy.setDeviceFilter(2, std::nullopt, {});
    EXPECT_EQ(shownDevices(), QList<qint64>{200});
    proxy.clearDeviceFilter();
    EXPECT_EQ(shownDevices().size(), 4);
}

TEST(InventoryTreeModelTest, DevicesDroppedOnASiteAskToMoveThere)
{
    InventoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InventoryFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    model.setInventory(sampleInventory());
    QSignalSpy moves(&model, &InventoryTreeModel::moveRequested);

    // Through the proxy, as the tree view does it.
    const QModelIndex fs = proxy.mapFromSource(model.indexForDevice(100));
    const QModelIndex ws = proxy.mapFromSource(model.indexForDevice(101));
    std::unique_ptr<QMimeData> data(proxy.mimeData({fs, fs.siblingAtColumn(1), ws}));
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->hasFormat(InventoryTreeModel::deviceMimeType));
    EXPECT_TRUE(proxy.mimeTypes().contains(InventoryTreeModel::deviceMimeType));

    const QModelIndex branch = proxy.mapFromSource(model.indexForSite(11));
    const QModelIndex mainStreet = proxy.mapFromSource(model.indexForSite(10));
    EXPECT_TRUE(proxy.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, branch));
    EXPECT_FALSE(proxy.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, branch));
    EXPECT_FALSE(
        proxy.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, proxy.mapFromSource(model.indexForClient(2))))
        << "a client is not a place";
    QMimeData foreign;
    foreign.setText(QStringLiteral("HD-FS01"));
    EXPECT_FALSE(proxy.canDropMimeData(&foreign, Qt::MoveAction, -1, -1, branch));

    proxy.dropMimeData(data.get(), Qt::MoveAction, -1, -1, branch);
    ASSERT_EQ(moves.count(), 1);
    EXPECT_EQ(moves.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{100, 101}));
    EXPECT_EQ(moves.at(0).at(1).toLongLong(), 11);
    // Onto a device: to its site; another client's site is fine too (the store checks and moves).
    proxy.dropMimeData(data.get(), Qt::MoveAction, -1, -1, proxy.mapFromSource(model.indexForDevice(200)));
    ASSERT_EQ(moves.count(), 2);
    EXPECT_EQ(moves.at(1).at(1).toLongLong(), 20);
    // Where they already are: nothing to do.
    proxy.dropMimeData(data.get(), Qt::MoveAction, -1, -1, mainStreet);
    EXPECT_EQ(moves.count(), 2);
    EXPECT_EQ(model.rowCount(model.indexForSite(10)), 2) << "rows move when the store has moved them";
}

TEST(DeviceTableModelTest, PassesModelTesterAndShowsClientAndSite)
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInventory(sampleInventory());
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), DeviceTableModel::ColumnCount);
    const int row = model.rowForDevice(102);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, DeviceTableModel::NameColumn).data().toString(), QStringLiteral("HD-WS02"));
    EXPECT_EQ(model.index(row, DeviceTableModel::ClientColumn).data().toString(), QStringLiteral("Harbor Dental"));
    EXPECT_EQ(model.index(row, DeviceTableModel::SiteColumn).data().toString(), QStringLiteral("Branch"));
    EXPECT_EQ(model.index(row, DeviceTableModel::TagsColumn).data().toString(), QStringLiteral("tag102"));
    EXPECT_TRUE(model.index(row, 0).data(SearchTextRole).toString().contains(QStringLiteral("harbor dental")));
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setFilterRole(SearchTextRole);
    proxy.setFilterFixedString(QStringLiteral("branch"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());
    proxy.sort(DeviceTableModel::NameColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("KL-DC01"));
    model.setInventory(Inventory{});
    EXPECT_EQ(proxy.rowCount(), 0);
}

} // namespace
