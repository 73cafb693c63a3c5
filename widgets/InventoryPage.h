// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Vigil {

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
    explicit InventoryPage(InventoryStore &store, QWidget *parent = nullptr);

    // Reads the inventory from the store again. On error the page keeps what it showed and says what went wrong.
    void reload();
    void focusFilter();
    int deviceCount() const;
    int clientCount() const;

Q_SIGNALS:
    void inventoryChanged();

private:
    void applyFilter(const QString &text);
    void showSelection();
    void updateEmptyState();

    InventoryStore &m_store;
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
