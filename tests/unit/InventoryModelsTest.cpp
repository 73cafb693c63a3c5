// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceTableModel.h"
#include "InventoryTreeModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
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
