// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSnapshot.h"

#include <QList>
#include <QWidget>

#include <utility>

class QLabel;
class QTimer;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Vigil {

class DeviceStateStore;
class DeviceSummaryPanel;
class InventoryFilterProxyModel;
class InventoryStore;
class InventoryTreeModel;

// Clients → sites → devices with a filter box and the selected device's summary.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    InventoryPage(InventoryStore &store, DeviceStateStore &states, QWidget *parent = nullptr);

    // Reads the inventory from the store again. On error the page keeps what it showed and says what went wrong.
    void reload();
    void focusFilter();
    // Shows the device in the tree (clearing a filter that hides it) with its summary; false when unknown.
    bool selectDevice(qint64 deviceId);
    int deviceCount() const;
    int clientCount() const;
    // Devices with an exporter URL, and those of them whose last poll failed.
    int monitoredCount() const;
    int unreachableCount() const;

    // A poll result from the poller. Results are gathered for a moment and shown together: the rows change in
    // place, the tree, its expansion and the selection stay, and the summary follows the selected device.
    void applyPoll(qint64 deviceId, const DeviceSnapshot &snapshot);
    // Asks for a maintenance window for the current device or site (the tree's context menu does the same).
    bool requestMaintenanceForCurrent();
    // The current row's device; 0 when a client or site (or nothing) is current.
    qint64 currentDeviceId() const;

Q_SIGNALS:
    void inventoryChanged();
    // Polls were shown (device states changed).
    void statesChanged();
    // Exactly one of deviceId and siteId is set; target reads "Client / Site" or "Client / Device".
    void maintenanceRequested(qint64 deviceId, qint64 siteId, const QString &target);
    // Enter or a double click on a device: open its page.
    void openDeviceRequested(qint64 deviceId);

private:
    void applyFilter(const QString &text);
    void showSelection();
    void updateEmptyState();
    void showPendingPolls();

    InventoryStore &m_store;
    DeviceStateStore &m_states;
    QList<std::pair<qint64, DeviceSnapshot>> m_pendingPolls;
    InventoryTreeModel *m_model = nullptr;
    InventoryFilterProxyModel *m_proxy = nullptr;
    QTimer *m_pollTimer = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_body = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    DeviceSummaryPanel *m_summary = nullptr;
};

} // namespace Vigil
