// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceHealth.h"
#include "DeviceState.h"
#include "Inventory.h"
#include "InventoryRoles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace Vigil {

class Clock;

// Clients → sites → devices, from a value snapshot of the inventory, with each device's last poll (a status badge:
// offline, critical, warning, stale with its age, online; CPU, memory, the fullest disk, when last seen). Sites and
// clients show how many of their devices are unreachable. Polls update rows in place. Devices can be dragged onto
// a site (or a device of it): the model asks for the move with moveRequested; the store does it.
class InventoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryTreeModel)

public:
    enum Column {
        NameColumn,
        StateColumn,
        CpuColumn,
        MemoryColumn,
        DiskColumn, // the fullest disk
        LastSeenColumn,
        AddressColumn,
        OsColumn,
        KindColumn,
        ColumnCount
    };

    // Dragging devices carries their ids as a list of qint64 under this type.
    static inline const QString deviceMimeType = QStringLiteral("application/x-vigil-device-ids");

    explicit InventoryTreeModel(QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    void setInventory(Inventory inventory);
    const Inventory &inventory() const;

    // The last poll of every device (by device id). States outlive setInventory(); neither call resets the rows.
    void setDeviceStates(QHash<qint64, DeviceState> states);
    // Newer polls of some devices: one dataChanged per run of adjacent rows, and one for each site and client above.
    void updateDeviceStates(const QList<DeviceState> &states);
    const DeviceState *deviceState(qint64 deviceId) const;
    // The worst unresolved alert and the conditions (backups, reboot, updates, SMART) of every device, from
    // FleetOverview::devices(). Badges and the condition filter use them.
    void setDeviceHealth(QHash<qint64, DeviceHealth> health);
    // Stale badges and ages are computed against this clock (the system's by default); it must outlive the model.
    void setClock(const Clock &clock);
    DeviceStatus deviceStatus(const Device &device) const;
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
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    // Devices dropped onto a site they are not at yet.
    void moveRequested(const QList<qint64> &deviceIds, qint64 siteId);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    QVariant deviceStateData(const Device &device, int column, int role) const;
    QVariant unreachableData(const Node *node, int role) const;
    bool isUnreachable(const Device &device) const;
    QVariant badgeData(const Device &device, int role) const;
    QVariant diskData(const DeviceState *state, bool online, int role) const;
    QVariant lastSeenData(const Device &device, int role) const;
    qint64 dropSite(const QModelIndex &parent) const;
    static QList<qint64> deviceIds(const QMimeData *data);
    void recount(Node *site);
    void emitStatesChanged(const QList<Node *> &devices);

    Inventory m_inventory;
    QHash<qint64, DeviceState> m_states;
    QHash<qint64, DeviceHealth> m_health;
    const Clock *m_clock = nullptr;
    std::unique_ptr<Node> m_root;
    std::vector<Node *> m_clientNodes;
    std::vector<Node *> m_siteNodes;
    std::vector<Node *> m_deviceNodes;
    QHash<qint64, Node *> m_nodeByDevice;
};

} // namespace Vigil
