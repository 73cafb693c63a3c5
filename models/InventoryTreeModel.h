// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceState.h"
#include "Inventory.h"
#include "InventoryRoles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace Vigil {

// Clients → sites → devices, from a value snapshot of the inventory, with each device's last poll (state, CPU,
// memory). Sites and clients show how many of their devices are unreachable. Polls update rows in place.
class InventoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryTreeModel)

public:
    enum Column { NameColumn, StateColumn, CpuColumn, MemoryColumn, AddressColumn, OsColumn, KindColumn, ColumnCount };

    explicit InventoryTreeModel(QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    void setInventory(Inventory inventory);
    const Inventory &inventory() const;

    // The last poll of every device (by device id). States outlive setInventory(); neither call resets the rows.
    void setDeviceStates(QHash<qint64, DeviceState> states);
    // Newer polls of some devices: one dataChanged per run of adjacent rows, and one for each site and client above.
    void updateDeviceStates(const QList<DeviceState> &states);
    const DeviceState *deviceState(qint64 deviceId) const;
    const QHash<qint64, DeviceState> &deviceStates() const;
    // Devices with an exporter URL, and those of them whose last poll failed.
    int monitoredCount() const;
    int unreachableCount() const;

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
    QModelIndex indexFor(const Node *node, int column = 0) const;
    QVariant deviceStateData(const Device &device, int column, int role) const;
    QVariant unreachableData(const Node *node, int role) const;
    bool isUnreachable(const Device &device) const;
    void recount(Node *site);
    void emitStatesChanged(const QList<Node *> &devices);

    Inventory m_inventory;
    QHash<qint64, DeviceState> m_states;
    std::unique_ptr<Node> m_root;
    std::vector<Node *> m_clientNodes;
    std::vector<Node *> m_siteNodes;
    std::vector<Node *> m_deviceNodes;
    QHash<qint64, Node *> m_nodeByDevice;
};

} // namespace Vigil
