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
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vigil {

InventoryPage::InventoryPage(InventoryStore &store, DeviceStateStore &states, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_states(states)
    , m_model(new InventoryTreeModel(this))
    , m_proxy(new InventoryFilterProxyModel(this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_proxy->setSourceModel(m_model);
    // A fleet's polls arrive spread over the interval, or all at once on "Poll now": a fifth of a second is live
    // enough and turns a burst into one update.
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(200);
    connect(m_pollTimer, &QTimer::timeout, this, &InventoryPage::showPendingPolls);

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
    // Widths that fit a 1280-pixel window next to the summary: a client's name, "Not polled yet", an IPv4 address,
    // "Windows Server 2022".
    m_tree->setColumnWidth(InventoryTreeModel::NameColumn, 230);
    m_tree->setColumnWidth(InventoryTreeModel::StateColumn, 100);
    m_tree->setColumnWidth(InventoryTreeModel::CpuColumn, 50);
    m_tree->setColumnWidth(InventoryTreeModel::MemoryColumn, 65);
    m_tree->setColumnWidth(InventoryTreeModel::AddressColumn, 100);
    m_tree->setColumnWidth(InventoryTreeModel::OsColumn, 160);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &InventoryPage::showSelection);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(NodeTypeRole).toInt() == static_cast<int>(InventoryNodeType::Device)) {
            Q_EMIT openDeviceRequested(index.data(DeviceIdRole).toLongLong());
        }
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (!index.isValid()) {
            return;
        }
        m_tree->setCurrentIndex(index);
        QMenu menu(this);
        QAction *maintenance =
            menu.addAction(tr("Maintenance window…"), this, [this] { (void)requestMaintenanceForCurrent(); });
        maintenance->setEnabled(static_cast<InventoryNodeType>(index.data(NodeTypeRole).toInt())
                                != InventoryNodeType::Client);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });

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
    // Wide enough for "client › site · kind" and the last poll's line without breaking them.
    m_summary->setMinimumWidth(360);
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
    const QModelIndex current = m_tree->currentIndex();
    const qint64 currentDevice = current.isValid() ? current.data(DeviceIdRole).toLongLong() : 0;
    m_model->setInventory(std::move(inventory).value());
    // State is shown when it can be read; the inventory alone is still useful without it. A poll shown here may be
    // newer than the store (the poller writes once a second): the newer one stays.
    if (auto states = m_states.load()) {
        QHash<qint64, DeviceState> merged = std::move(states).value();
        const QHash<qint64, DeviceState> &shown = m_model->deviceStates();
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            const auto stored = merged.constFind(it.key());
            if (stored == merged.cend() || stored->polledAt < it->polledAt) {
                merged.insert(it.key(), it.value());
            }
        }
        m_model->setDeviceStates(std::move(merged));
    }
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

qint64 InventoryPage::currentDeviceId() const
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(InventoryTreeModel::NameColumn);
    if (!current.isValid()
        || static_cast<InventoryNodeType>(current.data(NodeTypeRole).toInt()) != InventoryNodeType::Device) {
        return 0;
    }
    return current.data(DeviceIdRole).toLongLong();
}

bool InventoryPage::requestMaintenanceForCurrent()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(InventoryTreeModel::NameColumn);
    if (!current.isValid()) {
        return false;
    }
    const auto type = static_cast<InventoryNodeType>(current.data(NodeTypeRole).toInt());
    if (type == InventoryNodeType::Client) {
        return false;
    }
    // Up the tree to the client row for the name a technician recognises.
    QModelIndex client = current.parent();
    if (type == InventoryNodeType::Device) {
        client = client.parent();
    }
    const QString target =
        client.data(Qt::DisplayRole).toString() + QStringLiteral(" / ") + current.data(Qt::DisplayRole).toString();
    if (type == InventoryNodeType::Device) {
        Q_EMIT maintenanceRequested(current.data(DeviceIdRole).toLongLong(), 0, target);
    } else {
        Q_EMIT maintenanceRequested(0, current.data(SiteIdRole).toLongLong(), target);
    }
    return true;
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

int InventoryPage::monitoredCount() const
{
    return m_model->monitoredCount();
}

int InventoryPage::unreachableCount() const
{
    return m_model->unreachableCount();
}

void InventoryPage::applyPoll(qint64 deviceId, const DeviceSnapshot &snapshot)
{
    m_pendingPolls.append({deviceId, snapshot});
    if (!m_pollTimer->isActive()) {
        m_pollTimer->start();
    }
}

void InventoryPage::showPendingPolls()
{
    // In arrival order, so two polls of one device in the same moment count as two.
    QHash<qint64, DeviceState> changed;
    for (const auto &[deviceId, snapshot] : std::as_const(m_pendingPolls)) {
        auto it = changed.find(deviceId);
        if (it == changed.end()) {
            const DeviceState *shown = m_model->deviceState(deviceId);
            it = changed.insert(deviceId, shown ? *shown : DeviceState{});
            it->deviceId = deviceId;
        }
        it->record(snapshot);
    }
    m_pendingPolls.clear();
    m_model->updateDeviceStates(changed.values());
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && changed.contains(current.data(DeviceIdRole).toLongLong())) {
        showSelection();
    }
    Q_EMIT statesChanged();
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
            m_summary->showDevice(device, inventory.client(device.clientId), inventory.site(device.siteId),
                                  m_model->deviceState(device.id), QDateTime::currentDateTimeUtc());
            return;
        }
    }
}

} // namespace Vigil
