// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceState.h"

#include <QHash>
#include <QWidget>

class QLabel;
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

Q_SIGNALS:
    void inventoryChanged();

private:
    void applyFilter(const QString &text);
    void showSelection();
    void updateEmptyState();

    InventoryStore &m_store;
    DeviceStateStore &m_states;
    QHash<qint64, DeviceState> m_stateById;
    InventoryTreeModel *m_model = nullptr;
    InventoryFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_body = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    DeviceSummaryPanel *m_summary = nullptr;
};

} // namespace Vigil
