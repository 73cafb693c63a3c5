// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryPage.h"

#include "Clock.h"
#include "DeviceStateStore.h"
#include "DeviceSummaryPanel.h"
#include "FleetOverview.h"
#include "InventoryEditDialog.h"
#include "InventoryFilterProxyModel.h"
#include "InventoryStore.h"
#include "InventoryTreeModel.h"
#include "StatusTone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vigil {

InventoryPage::InventoryPage(InventoryStore &store, DeviceStateStore &states, QWidget *parent, bool loadNow)
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
    // Tones from the palette, so the error stays readable in dark mode.
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %2;"
                       " border-radius: 4px; padding: 6px; }")
            .arg(statusToneBackground(StatusTone::Bad).name(QColor::HexArgb), statusToneColor(StatusTone::Bad).name()));
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
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    connect(m_model, &InventoryTreeModel::moveRequested, this, [this](const QList<qint64> &ids, qint64 siteId) {
        // Queued: the drop is still running in the view when the model is reset by the reload.
        QTimer::singleShot(0, this, [this, ids, siteId] { (void)moveDevices(ids, siteId); });
    });
    m_tree->header()->setSectionResizeMode(InventoryTreeModel::NameColumn, QHeaderView::Interactive);
    // Widths that fit a 1280-pixel window next to the summary: a client's name, "Not polled yet", an IPv4 address,
    // "Windows Server 2022".
    m_tree->setColumnWidth(InventoryTreeModel::NameColumn, 230);
    m_tree->setColumnWidth(InventoryTreeModel::StateColumn, 100);
    m_tree->setColumnWidth(InventoryTreeModel::CpuColumn, 50);
    m_tree->setColumnWidth(InventoryTreeModel::MemoryColumn, 65);
    m_tree->setColumnWidth(InventoryTreeModel::DiskColumn, 115);
    m_tree->setColumnWidth(InventoryTreeModel::LastSeenColumn, 90);
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
        menu.addSeparator();
        for (QAction *action : actions()) {
            if (!action->text().isEmpty()) {
                menu.addAction(action);
            }
        }
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

    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("inventoryDeviceFilter"));
    m_filterLabel = new QLabel(m_filterBar);
    m_filterLabel->setObjectName(QStringLiteral("inventoryDeviceFilterText"));
    auto *showAll = new QToolButton(m_filterBar);
    showAll->setText(tr("Show all devices"));
    showAll->setToolTip(tr("Clear this filter (Esc in the tree)"));
    connect(showAll, &QToolButton::clicked, this, &InventoryPage::clearDeviceFilter);
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(showAll);
    m_filterBar->hide();
    auto *clearAction = new QAction(this);
    clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    connect(clearAction, &QAction::triggered, this, &InventoryPage::clearDeviceFilter);
    m_tree->addAction(clearAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    createEditActions();
    for (QAction *action : actions()) {
        if (!action->text().isEmpty()) {
            auto *button = new QToolButton(this);
            button->setDefaultAction(action);
            top->addWidget(button);
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    if (loadNow) {
        reload();
    }
}

void InventoryPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void InventoryPage::ensureLoaded()
{
    if (!m_loaded) {
        reload();
    }
}

void InventoryPage::reload()
{
    m_loaded = true;
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
    if (m_overview) {
        if (auto health = m_overview->devices()) {
            m_model->setDeviceHealth(std::move(health).value());
        }
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
    ensureLoaded();
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
    ensureLoaded();
    QModelIndex source = m_model->indexForDevice(deviceId);
    if (!source.isValid()) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        clearDeviceFilter();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

const Inventory &InventoryPage::inventory() const
{
    return m_model->inventory();
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
    if (m_proxy->query().trimmed().isEmpty() && !m_proxy->hasDeviceFilter()) {
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

void InventoryPage::createEditActions()
{
    const auto add = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("New client…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Add a client"),
        &InventoryPage::addClient)
        ->setObjectName(QStringLiteral("addClientAction"));
    add(tr("New site…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), tr("Add a site to the selected client"),
        &InventoryPage::addSite)
        ->setObjectName(QStringLiteral("addSiteAction"));
    add(tr("New device…"), QKeySequence(Qt::CTRL | Qt::Key_N), tr("Add a device to the selected site"),
        &InventoryPage::addDevice)
        ->setObjectName(QStringLiteral("addDeviceAction"));
    add(tr("Edit…"), QKeySequence(Qt::Key_F2), tr("Edit the selected client, site or device"),
        &InventoryPage::editCurrent)
        ->setObjectName(QStringLiteral("editAction"));
    add(tr("Remove…"), QKeySequence(QKeySequence::Delete), tr("Remove the selected client, site or device"), [this] {
        (void)removeCurrent();
    })->setObjectName(QStringLiteral("removeAction"));
}

void InventoryPage::setHealthSource(const FleetOverview &overview, const Clock &clock)
{
    m_overview = &overview;
    m_model->setClock(clock);
    if (!m_loaded) {
        return; // the first reload reads it
    }
    if (auto health = m_overview->devices()) {
        m_model->setDeviceHealth(std::move(health).value());
    }
}

void InventoryPage::showDevices(const FleetLink &link)
{
    ensureLoaded();
    if (link.kind != FleetLink::Kind::Devices) {
        return;
    }
    m_filter->clear();
    if (m_overview) {
        if (auto health = m_overview->devices()) {
            m_model->setDeviceHealth(std::move(health).value());
        }
    }
    m_proxy->setDeviceFilter(link.clientId, link.status, link.conditions);
    QString what = tr("All devices");
    if (link.status) {
        switch (*link.status) {
        case DeviceStatus::Online:
            what = tr("Online devices");
            break;
        case DeviceStatus::Offline:
            what = tr("Offline devices");
            break;
        case DeviceStatus::Stale:
            what = tr("Devices without recent data (stale)");
            break;
        case DeviceStatus::Unmonitored:
            what = tr("Devices without an exporter");
            break;
        }
    } else if (link.conditions.testFlag(DeviceCondition::BackupFailing)) {
        what = tr("Devices whose last backup run failed");
    } else if (link.conditions.testFlag(DeviceCondition::BackupStale)) {
        what = tr("Devices without a good backup in 26 hours");
    } else if (link.conditions.testFlag(DeviceCondition::RebootRequired)) {
        what = tr("Devices waiting for a reboot");
    } else if (link.conditions.testFlag(DeviceCondition::SecurityUpdates)) {
        what = tr("Devices with security updates pending");
    } else if (link.conditions.testFlag(DeviceCondition::SmartWarning)) {
        what = tr("Devices with a SMART warning");
    }
    const Client *client = link.clientId != 0 ? m_model->inventory().client(link.clientId) : nullptr;
    m_filterLabel->setText(client ? tr("<b>%1</b> of %2").arg(what.toHtmlEscaped(), client->name.toHtmlEscaped())
                                  : tr("<b>%1</b> of every client").arg(what.toHtmlEscaped()));
    m_filterBar->show();
    m_tree->expandAll();
    updateEmptyState();
    const QModelIndexList devices =
        m_proxy->match(m_proxy->index(0, 0), NodeTypeRole, static_cast<int>(InventoryNodeType::Device), 1,
                       Qt::MatchExactly | Qt::MatchRecursive);
    if (!devices.isEmpty()) {
        m_tree->setCurrentIndex(devices.first());
    }
    m_tree->setFocus(Qt::OtherFocusReason);
}

void InventoryPage::clearDeviceFilter()
{
    m_proxy->clearDeviceFilter();
    m_filterBar->hide();
    m_tree->expandAll();
    updateEmptyState();
}

QString InventoryPage::deviceFilterText() const
{
    return m_filterBar->isHidden() ? QString() : m_filterLabel->text();
}

int InventoryPage::visibleDeviceCount() const
{
    return static_cast<int>(m_proxy
                                ->match(m_proxy->index(0, 0), NodeTypeRole, static_cast<int>(InventoryNodeType::Device),
                                        -1, Qt::MatchExactly | Qt::MatchRecursive)
                                .size());
}

bool InventoryPage::selectClient(qint64 clientId)
{
    ensureLoaded();
    const QModelIndex source = m_model->indexForClient(clientId);
    if (!source.isValid()) {
        return false;
    }
    m_filter->clear();
    clearDeviceFilter();
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

bool InventoryPage::selectSite(qint64 siteId)
{
    ensureLoaded();
    const QModelIndex source = m_model->indexForSite(siteId);
    if (!source.isValid()) {
        return false;
    }
    m_filter->clear();
    clearDeviceFilter();
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

void InventoryPage::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

qint64 InventoryPage::currentId(int role) const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(role).toLongLong() : 0;
}

void InventoryPage::showStoreError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void InventoryPage::reloadAndSelect(qint64 clientId, qint64 siteId, qint64 deviceId)
{
    reload();
    if (deviceId != 0) {
        selectDevice(deviceId);
    } else if (siteId != 0) {
        selectSite(siteId);
    } else if (clientId != 0) {
        selectClient(clientId);
    }
}

void InventoryPage::addClient()
{
    InventoryEditDialog dialog(
        m_model->inventory(), Client{},
        [this](Client &client) -> Status {
            auto id = m_store.addClient(client);
            if (!id) {
                return id.error();
            }
            client.id = *id;
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadAndSelect(dialog.client().id, 0, 0);
    }
}

void InventoryPage::addSite()
{
    Site site;
    site.clientId = currentId(ClientIdRole);
    if (site.clientId == 0) {
        showStoreError(tr("Select the client the new site belongs to."));
        return;
    }
    InventoryEditDialog dialog(
        m_model->inventory(), site,
        [this](Site &s) -> Status {
            auto id = m_store.addSite(s);
            if (!id) {
                return id.error();
            }
            s.id = *id;
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadAndSelect(0, dialog.site().id, 0);
    }
}

void InventoryPage::addDevice()
{
    Device device;
    device.clientId = currentId(ClientIdRole);
    device.siteId = currentId(SiteIdRole);
    if (device.clientId == 0) {
        showStoreError(tr("Select the client or site the new device belongs to."));
        return;
    }
    InventoryEditDialog dialog(
        m_model->inventory(), device,
        [this](Device &d) -> Status {
            auto id = m_store.addDevice(d);
            if (!id) {
                return id.error();
            }
            d.id = *id;
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadAndSelect(0, 0, dialog.device().id);
    }
}

void InventoryPage::editCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const Inventory &inventory = m_model->inventory();
    switch (static_cast<InventoryNodeType>(current.data(NodeTypeRole).toInt())) {
    case InventoryNodeType::Client: {
        const Client *client = inventory.client(current.data(ClientIdRole).toLongLong());
        if (!client) {
            return;
        }
        InventoryEditDialog dialog(
            inventory, *client, [this](Client &c) { return m_store.updateClient(c); }, this);
        if (dialog.exec() == QDialog::Accepted) {
            reloadAndSelect(client->id, 0, 0);
        }
        return;
    }
    case InventoryNodeType::Site: {
        const Site *site = inventory.site(current.data(SiteIdRole).toLongLong());
        if (!site) {
            return;
        }
        const qint64 id = site->id;
        InventoryEditDialog dialog(
            inventory, *site, [this](Site &s) { return m_store.updateSite(s); }, this);
        if (dialog.exec() == QDialog::Accepted) {
            reloadAndSelect(0, id, 0);
        }
        return;
    }
    case InventoryNodeType::Device: {
        auto device = m_store.device(current.data(DeviceIdRole).toLongLong());
        if (!device) {
            showStoreError(tr("Could not read the device: %1").arg(device.error().toString()));
            return;
        }
        const qint64 id = device->id;
        InventoryEditDialog dialog(
            inventory, device.value(), [this](Device &d) { return m_store.updateDevice(d); }, this);
        if (dialog.exec() == QDialog::Accepted) {
            reloadAndSelect(0, 0, id);
        }
        return;
    }
    }
}

bool InventoryPage::removeCurrent()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(InventoryTreeModel::NameColumn);
    if (!current.isValid()) {
        return false;
    }
    const Inventory &inventory = m_model->inventory();
    const auto type = static_cast<InventoryNodeType>(current.data(NodeTypeRole).toInt());
    const QString name = current.data(Qt::DisplayRole).toString();
    QString title;
    QString text;
    std::function<Status()> remove;
    if (type == InventoryNodeType::Client) {
        const qint64 id = current.data(ClientIdRole).toLongLong();
        const int sites = static_cast<int>(std::count_if(inventory.sites.cbegin(), inventory.sites.cend(),
                                                         [id](const Site &s) { return s.clientId == id; }));
        const int devices = static_cast<int>(std::count_if(inventory.devices.cbegin(), inventory.devices.cend(),
                                                           [id](const Device &d) { return d.clientId == id; }));
        title = tr("Remove client %1").arg(name);
        text = tr("Remove %1 with its %2 and %3? Their alerts, health history and state go with them. This cannot be "
                  "undone.")
                   .arg(name, tr("%n site(s)", nullptr, sites), tr("%n device(s)", nullptr, devices));
        remove = [this, id] { return m_store.removeClient(id); };
    } else if (type == InventoryNodeType::Site) {
        const qint64 id = current.data(SiteIdRole).toLongLong();
        const int devices = static_cast<int>(std::count_if(inventory.devices.cbegin(), inventory.devices.cend(),
                                                           [id](const Device &d) { return d.siteId == id; }));
        if (devices > 0) {
            showStoreError(tr("%1 still has %2: move them to another site (drag them) or remove them first.")
                               .arg(name, tr("%n device(s)", nullptr, devices)));
            return false;
        }
        title = tr("Remove site %1").arg(name);
        text = tr("Remove the empty site %1?").arg(name);
        remove = [this, id] { return m_store.removeSite(id); };
    } else {
        const qint64 id = current.data(DeviceIdRole).toLongLong();
        title = tr("Remove device %1").arg(name);
        text = tr("Remove %1? Its alerts, health history, backup status and state go with it. This cannot be undone.")
                   .arg(name);
        remove = [this, id] { return m_store.removeDevice(id); };
    }
    const bool yes = m_confirm ? m_confirm(title, text)
                               : QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                                       QMessageBox::Cancel)
                                     == QMessageBox::Yes;
    if (!yes) {
        return false;
    }
    const Status removed = remove();
    if (!removed) {
        showStoreError(tr("Could not remove %1: %2").arg(name, removed.error().toString()));
        return false;
    }
    reload();
    return true;
}

bool InventoryPage::moveDevices(const QList<qint64> &deviceIds, qint64 siteId)
{
    QStringList failures;
    for (qint64 id : deviceIds) {
        const Status moved = m_store.moveDevice(id, siteId);
        if (!moved) {
            failures.append(moved.error().toString());
        }
    }
    reload();
    if (!deviceIds.isEmpty()) {
        selectDevice(deviceIds.first());
    }
    if (!failures.isEmpty()) {
        showStoreError(tr("Could not move every device: %1").arg(failures.join(QStringLiteral("; "))));
        return false;
    }
    return true;
}

} // namespace Vigil
