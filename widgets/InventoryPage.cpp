// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryPage.h"

#include "DeviceStateStore.h"
#include "DeviceSummaryPanel.h"
#include "InventoryFilterProxyModel.h"
#include "InventoryStore.h"
#include "InventoryTreeModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vigil {

InventoryPage::InventoryPage(InventoryStore &store, DeviceStateStore &states, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_states(states)
    , m_model(new InventoryTreeModel(this))
    , m_proxy(new InventoryFilterProxyModel(this))
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("inventoryFilter"));
    m_filter->setPlaceholderText(tr("Filter by client, site, device, address, OS or tag (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &InventoryPage::applyFilter);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &InventoryPage::focusFilter);
    addAction(findAction);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("inventoryCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("inventoryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;"
                                          " border-radius: 4px; padding: 6px; }"));
    m_error->hide();

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("inventoryTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(InventoryTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(InventoryTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(InventoryTreeModel::NameColumn, 260);
    m_tree->setColumnWidth(InventoryTreeModel::AddressColumn, 140);
    m_tree->setColumnWidth(InventoryTreeModel::OsColumn, 220);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &InventoryPage::showSelection);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("inventoryEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<h3>No devices yet</h3><p>Import your fleet with <b>File › Import inventory…</b> "
                        "(Ctrl+I): a CSV, a Prometheus file_sd JSON or your ~/.ssh/config.</p>"));

    m_body = new QStackedWidget(this);
    m_body->addWidget(m_tree);
    m_body->addWidget(m_empty);

    m_summary = new DeviceSummaryPanel(this);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("inventorySplitter"));
    splitter->addWidget(m_body);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    reload();
}

void InventoryPage::reload()
{
    auto inventory = m_store.load();
    if (!inventory) {
        m_error->setText(
            tr("Could not read the inventory: %1. Showing what was loaded before.").arg(inventory.error().toString()));
        m_error->show();
        return;
    }
    m_error->hide();
    // State is shown when it can be read; the inventory alone is still useful without it.
    if (auto states = m_states.load()) {
        m_stateById = std::move(states).value();
    }
    const QModelIndex current = m_tree->currentIndex();
    const qint64 currentDevice = current.isValid() ? current.data(DeviceIdRole).toLongLong() : 0;
    m_model->setInventory(std::move(inventory).value());
    m_tree->expandAll();
    if (currentDevice != 0) {
        const QModelIndex again = m_proxy->mapFromSource(m_model->indexForDevice(currentDevice));
        m_tree->setCurrentIndex(again);
    }
    updateEmptyState();
    showSelection();
    Q_EMIT inventoryChanged();
}

void InventoryPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool InventoryPage::selectDevice(qint64 deviceId)
{
    QModelIndex source = m_model->indexForDevice(deviceId);
    if (!source.isValid()) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

int InventoryPage::deviceCount() const
{
    return static_cast<int>(m_model->inventory().devices.size());
}

int InventoryPage::clientCount() const
{
    return static_cast<int>(m_model->inventory().clients.size());
}

void InventoryPage::applyFilter(const QString &text)
{
    m_proxy->setQuery(text);
    m_tree->expandAll();
    updateEmptyState();
}

void InventoryPage::updateEmptyState()
{
    const bool empty = m_model->inventory().devices.isEmpty() && m_model->inventory().clients.isEmpty();
    m_body->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_tree);
    const int devices = deviceCount();
    if (m_proxy->query().trimmed().isEmpty()) {
        m_count->setText(tr("%n device(s)", nullptr, devices));
    } else {
        int shown = 0;
        const QModelIndexList matches =
            m_proxy->match(m_proxy->index(0, 0), NodeTypeRole, static_cast<int>(InventoryNodeType::Device), -1,
                           Qt::MatchExactly | Qt::MatchRecursive);
        shown = static_cast<int>(matches.size());
        m_count->setText(tr("%1 of %n device(s)", nullptr, devices).arg(shown));
    }
}

void InventoryPage::showSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(NodeTypeRole).toInt() != static_cast<int>(InventoryNodeType::Device)) {
        m_summary->showNothing(tr("Select a device to see its details."));
        return;
    }
    const Inventory &inventory = m_model->inventory();
    const qint64 id = current.data(DeviceIdRole).toLongLong();
    for (const Device &device : inventory.devices) {
        if (device.id == id) {
            const auto state = m_stateById.constFind(device.id);
            m_summary->showDevice(device, inventory.client(device.clientId), inventory.site(device.siteId),
                                  state == m_stateById.cend() ? nullptr : &*state, QDateTime::currentDateTimeUtc());
            return;
        }
    }
}

} // namespace Vigil
