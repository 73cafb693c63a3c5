// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inventory.h"
#include "InventoryRoles.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Vigil {

// Clients → sites → devices, from a value snapshot of the inventory.
class InventoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryTreeModel)

public:
    enum Column { NameColumn, AddressColumn, OsColumn, KindColumn, ColumnCount };

    explicit InventoryTreeModel(QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    void setInventory(Inventory inventory);
    const Inventory &inventory() const;

    QModelIndex indexForClient(qint64 clientId) const;
    QModelIndex indexForSite(qint64 siteId) const;
    QModelIndex indexForDevice(qint64 deviceId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;

    Inventory m_inventory;
    std::unique_ptr<Node> m_root;
    std::vector<const Node *> m_clientNodes;
    std::vector<const Node *> m_siteNodes;
    std::vector<const Node *> m_deviceNodes;
};

} // namespace Vigil
