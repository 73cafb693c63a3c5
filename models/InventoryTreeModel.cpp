// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryTreeModel.h"

#include "Clock.h"
#include "DurationText.h"
#include "FleetOverview.h"
#include "StatusTone.h"

#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace Vigil {

struct InventoryTreeModel::Node
{
    InventoryNodeType type = InventoryNodeType::Client;
    qsizetype dataIndex = -1; // into the inventory's clients, sites or devices
    QString searchText;       // precomputed so a filter keystroke builds no strings
    int row = 0;
    int unreachable = 0; // sites and clients: unreachable monitored devices beneath
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_clock(&Clock::system())
    , m_root(std::make_unique<Node>())
{
}

InventoryTreeModel::~InventoryTreeModel() = default;

void InventoryTreeModel::setInventory(Inventory inventory)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_root = std::make_unique<Node>();
    m_clientNodes.clear();
    m_siteNodes.clear();
    m_deviceNodes.clear();
    m_nodeByDevice.clear();

    QHash<qint64, Node *> clientNodes;
    QHash<qint64, Node *> siteNodes;
    const auto addChild = [](Node *parent, InventoryNodeType type, qsizetype dataIndex) {
        auto node = std::make_unique<Node>();
        node->type = type;
        node->dataIndex = dataIndex;
        node->row = static_cast<int>(parent->children.size());
        node->parent = parent;
        Node *raw = node.get();
        parent->children.push_back(std::move(node));
        return raw;
    };
    for (qsizetype i = 0; i < m_inventory.clients.size(); ++i) {
        Node *node = addChild(m_root.get(), InventoryNodeType::Client, i);
        node->searchText = m_inventory.clients.at(i).name.toCaseFolded();
        clientNodes.insert(m_inventory.clients.at(i).id, node);
        m_clientNodes.push_back(node);
    }
    for (qsizetype i = 0; i < m_inventory.sites.size(); ++i) {
        Node *client = clientNodes.value(m_inventory.sites.at(i).clientId);
        if (client) {
            const Site &site = m_inventory.sites.at(i);
            Node *node = addChild(client, InventoryNodeType::Site, i);
            node->searchText = QStringList{m_inventory.clients.at(client->dataIndex).name, site.name, site.address}
                                   .join(QLatin1Char(' '))
                                   .toCaseFolded();
            siteNodes.insert(m_inventory.sites.at(i).id, node);
            m_siteNodes.push_back(node);
        }
    }
    for (qsizetype i = 0; i < m_inventory.devices.size(); ++i) {
        Node *site = siteNodes.value(m_inventory.devices.at(i).siteId);
        if (site) {
            const Device &device = m_inventory.devices.at(i);
            Node *node = addChild(site, InventoryNodeType::Device, i);
            // A device row matches on where it is too, so "harbor windows" finds Harbor Dental's Windows machines.
            node->searchText = QStringList{site->searchText,
                                           device.name,
                                           device.address,
                                           device.os,
                                           deviceKindId(device.kind),
                                           device.tags.join(QLatin1Char(' '))}
                                   .join(QLatin1Char(' '))
                                   .toCaseFolded();
            m_deviceNodes.push_back(node);
            m_nodeByDevice.insert(device.id, node);
        }
    }
    for (Node *site : m_siteNodes) {
        recount(site);
    }
    endResetModel();
}

const Inventory &InventoryTreeModel::inventory() const
{
    return m_inventory;
}

InventoryTreeModel::Node *InventoryTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return m_root.get();
    }
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex InventoryTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, column, const_cast<Node *>(node));
}

void InventoryTreeModel::setDeviceStates(QHash<qint64, DeviceState> states)
{
    m_states = std::move(states);
    for (Node *site : m_siteNodes) {
        recount(site);
    }
    emitStatesChanged(QList<Node *>(m_deviceNodes.cbegin(), m_deviceNodes.cend()));
}

void InventoryTreeModel::updateDeviceStates(const QList<DeviceState> &states)
{
    QList<Node *> changed;
    changed.reserve(states.size());
    for (const DeviceState &state : states) {
        m_states.insert(state.deviceId, state);
        if (Node *node = m_nodeByDevice.value(state.deviceId)) {
            changed.append(node);
        }
    }
    QSet<Node *> sites;
    for (const Node *device : std::as_const(changed)) {
        sites.insert(device->parent);
    }
    for (Node *site : std::as_const(sites)) {
        recount(site);
    }
    emitStatesChanged(changed);
}

void InventoryTreeModel::emitStatesChanged(const QList<Node *> &devices)
{
    // Rows grouped by parent and sorted, so adjacent rows go out as one dataChanged.
    QHash<Node *, QList<int>> rowsBySite;
    for (const Node *device : devices) {
        rowsBySite[device->parent].append(device->row);
    }
    QList<Node *> clients;
    for (auto it = rowsBySite.begin(); it != rowsBySite.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        Node *site = it.key();
        qsizetype first = 0;
        for (qsizetype i = 1; i <= rows.size(); ++i) {
            if (i == rows.size() || rows.at(i) != rows.at(i - 1) + 1) {
                const Node *top = site->children[static_cast<std::size_t>(rows.at(first))].get();
                const Node *bottom = site->children[static_cast<std::size_t>(rows.at(i - 1))].get();
                Q_EMIT dataChanged(indexFor(top, StateColumn), indexFor(bottom, LastSeenColumn));
                first = i;
            }
        }
        const QModelIndex siteState = indexFor(site, StateColumn);
        Q_EMIT dataChanged(siteState, siteState);
        if (!clients.contains(site->parent)) {
            clients.append(site->parent);
        }
    }
    for (const Node *client : std::as_const(clients)) {
        const QModelIndex clientState = indexFor(client, StateColumn);
        Q_EMIT dataChanged(clientState, clientState);
    }
}

const DeviceState *InventoryTreeModel::deviceState(qint64 deviceId) const
{
    const auto it = m_states.constFind(deviceId);
    return it == m_states.cend() ? nullptr : &*it;
}

const QHash<qint64, DeviceState> &InventoryTreeModel::deviceStates() const
{
    return m_states;
}

bool InventoryTreeModel::isUnreachable(const Device &device) const
{
    if (device.exporterUrl.isEmpty()) {
        return false;
    }
    const DeviceState *state = deviceState(device.id);
    return state && !state->reachable;
}

void InventoryTreeModel::recount(Node *site)
{
    site->unreachable = 0;
    for (const auto &device : site->children) {
        site->unreachable += isUnreachable(m_inventory.devices.at(device->dataIndex)) ? 1 : 0;
    }
    Node *client = site->parent;
    client->unreachable = 0;
    for (const auto &sibling : client->children) {
        client->unreachable += sibling->unreachable;
    }
}

int InventoryTreeModel::monitoredCount() const
{
    return static_cast<int>(std::count_if(m_deviceNodes.cbegin(), m_deviceNodes.cend(), [this](const Node *node) {
        return !m_inventory.devices.at(node->dataIndex).exporterUrl.isEmpty();
    }));
}

int InventoryTreeModel::unreachableCount() const
{
    int count = 0;
    for (const Node *client : m_clientNodes) {
        count += client->unreachable;
    }
    return count;
}

QVariant InventoryTreeModel::unreachableData(const Node *node, int role) const
{
    if (node->unreachable == 0) {
        return {};
    }
    return role == Qt::DisplayRole ? QVariant(tr("%n unreachable", nullptr, node->unreachable))
                                   : QVariant(QBrush(statusToneColor(StatusTone::Bad)));
}

QVariant InventoryTreeModel::deviceStateData(const Device &device, int column, int role) const
{
    const DeviceState *state = deviceState(device.id);
    const bool monitored = !device.exporterUrl.isEmpty();
    const bool online = monitored && state && state->reachable;
    if (column == StateColumn) {
        return badgeData(device, role);
    }
    if (column == DiskColumn) {
        return diskData(state, online, role);
    }
    if (column == LastSeenColumn) {
        return lastSeenData(device, role);
    }
    const std::optional<double> value =
        !online ? std::nullopt
                : (column == CpuColumn ? state->lastGood.cpuBusyPercent : state->lastGood.memoryUsedPercent);
    switch (role) {
    case Qt::DisplayRole:
        if (value) {
            return tr("%1 %", "a percentage").arg(*value, 0, 'f', 0);
        }
        if (online && column == CpuColumn) {
            return tr("…", "CPU busy share not known yet: it needs a second poll");
        }
        return {};
    case Qt::ToolTipRole:
        if (online && column == CpuColumn && !value) {
            return tr("CPU use is a rate: it is known from the second poll on.");
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case SortRole:
        return value.value_or(-1.0);
    default:
        return {};
    }
}

QModelIndex InventoryTreeModel::indexForClient(qint64 clientId) const
{
    for (const Node *node : m_clientNodes) {
        if (m_inventory.clients.at(node->dataIndex).id == clientId) {
            return indexFor(node);
        }
    }
    return {};
}

QModelIndex InventoryTreeModel::indexForSite(qint64 siteId) const
{
    for (const Node *node : m_siteNodes) {
        if (m_inventory.sites.at(node->dataIndex).id == siteId) {
            return indexFor(node);
        }
    }
    return {};
}

QModelIndex InventoryTreeModel::indexForDevice(qint64 deviceId) const
{
    return indexFor(m_nodeByDevice.value(deviceId));
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node *parentNode = nodeFor(parent);
    if (static_cast<std::size_t>(row) >= parentNode->children.size()) {
        return {};
    }
    return createIndex(row, column, parentNode->children[static_cast<std::size_t>(row)].get());
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexFor(nodeFor(child)->parent);
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(nodeFor(parent)->children.size());
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeFor(index);
    switch (node->type) {
    case InventoryNodeType::Client: {
        const Client &client = m_inventory.clients.at(node->dataIndex);
        if (index.column() == StateColumn && (role == Qt::DisplayRole || role == Qt::ForegroundRole)) {
            return unreachableData(node, role);
        }
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(client.name) : QVariant();
        case Qt::ToolTipRole:
            return client.contact.isEmpty() ? client.name : client.name + QLatin1Char('\n') + client.contact;
        case Qt::FontRole: {
            if (index.column() != NameColumn) {
                return {}; // "3 unreachable" in bold would not fit the state column
            }
            QFont font;
            font.setBold(true);
            return font;
        }
        case NodeTypeRole:
            return static_cast<int>(InventoryNodeType::Client);
        case ClientIdRole:
            return client.id;
        case SearchTextRole:
            return node->searchText;
        case SortRole:
            return client.name;
        default:
            return {};
        }
    }
    case InventoryNodeType::Site: {
        const Site &site = m_inventory.sites.at(node->dataIndex);
        if (index.column() == StateColumn && (role == Qt::DisplayRole || role == Qt::ForegroundRole)) {
            return unreachableData(node, role);
        }
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn) {
                return site.name;
            }
            if (index.column() == AddressColumn) {
                return site.address;
            }
            return {};
        case NodeTypeRole:
            return static_cast<int>(InventoryNodeType::Site);
        case ClientIdRole:
            return site.clientId;
        case SiteIdRole:
            return site.id;
        case SearchTextRole:
            return node->searchText;
        case SortRole:
            return site.name;
        default:
            return {};
        }
    }
    case InventoryNodeType::Device: {
        const Device &device = m_inventory.devices.at(node->dataIndex);
        if (index.column() >= StateColumn && index.column() <= LastSeenColumn) {
            if (role != NodeTypeRole && role != ClientIdRole && role != SiteIdRole && role != DeviceIdRole
                && role != SearchTextRole && role != DeviceStatusRole && role != DeviceConditionsRole) {
                return deviceStateData(device, index.column(), role);
            }
        }
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            switch (index.column()) {
            case NameColumn:
                return device.name;
            case AddressColumn:
                return device.address;
            case OsColumn:
                if (device.os.isEmpty()) {
                    // What the endpoint reported, when the inventory does not say.
                    const DeviceState *state = deviceState(device.id);
                    return state ? state->lastGood.os.prettyName : QString();
                }
                return device.os;
            case KindColumn:
                return deviceKindDisplayName(device.kind);
            default:
                return {};
            }
        case Qt::ToolTipRole:
            return device.tags.isEmpty() ? device.name
                                         : device.name + QLatin1Char('\n') + device.tags.join(QStringLiteral(", "));
        case NodeTypeRole:
            return static_cast<int>(InventoryNodeType::Device);
        case ClientIdRole:
            return device.clientId;
        case SiteIdRole:
            return device.siteId;
        case DeviceIdRole:
            return device.id;
        case SearchTextRole:
            return node->searchText;
        case DeviceStatusRole:
            return static_cast<int>(deviceStatus(device));
        case DeviceConditionsRole:
            return static_cast<int>(m_health.value(device.id).conditions.toInt());
        default:
            return {};
        }
    }
    }
    return {};
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole
        && (section == CpuColumn || section == MemoryColumn || section == DiskColumn)) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State", "of a device: online, unreachable, …");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case DiskColumn:
        return tr("Fullest disk");
    case LastSeenColumn:
        return tr("Last seen");
    case AddressColumn:
        return tr("Address");
    case OsColumn:
        return tr("Operating system");
    case KindColumn:
        return tr("Kind", "device kind: workstation, server, …");
    default:
        return {};
    }
}

Qt::ItemFlags InventoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (nodeFor(index)->type) {
    case InventoryNodeType::Device:
        flags |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
        break;
    case InventoryNodeType::Site:
        flags |= Qt::ItemIsDropEnabled;
        break;
    case InventoryNodeType::Client:
        break;
    }
    return flags;
}

void InventoryTreeModel::setDeviceHealth(QHash<qint64, DeviceHealth> health)
{
    m_health = std::move(health);
    emitStatesChanged(QList<Node *>(m_deviceNodes.cbegin(), m_deviceNodes.cend()));
}

void InventoryTreeModel::setClock(const Clock &clock)
{
    m_clock = &clock;
}

DeviceStatus InventoryTreeModel::deviceStatus(const Device &device) const
{
    const DeviceState *state = deviceState(device.id);
    return FleetOverview::statusFor(!device.exporterUrl.isEmpty(), state ? state->polledAt : QDateTime(),
                                    state && state->reachable, m_clock->now());
}

QVariant InventoryTreeModel::badgeData(const Device &device, int role) const
{
    const DeviceState *state = deviceState(device.id);
    const DeviceStatus status = deviceStatus(device);
    const std::optional<AlertSeverity> worst = m_health.value(device.id).worstAlert;
    // One word per device, the most urgent first: down beats an alert, an alert beats old data.
    enum class Badge { NotMonitored, NotPolled, Offline, Critical, Warning, Stale, Online };
    Badge badge = Badge::Online;
    if (status == DeviceStatus::Unmonitored) {
        badge = Badge::NotMonitored;
    } else if (status == DeviceStatus::Offline) {
        badge = Badge::Offline;
    } else if (worst == AlertSeverity::Critical) {
        badge = Badge::Critical;
    } else if (worst == AlertSeverity::Warning) {
        badge = Badge::Warning;
    } else if (!state) {
        badge = Badge::NotPolled;
    } else if (status == DeviceStatus::Stale) {
        badge = Badge::Stale;
    }
    const QDateTime now = m_clock->now();
    switch (role) {
    case Qt::DisplayRole:
        switch (badge) {
        case Badge::NotMonitored:
            return tr("Not monitored");
        case Badge::NotPolled:
            return tr("Not polled yet");
        case Badge::Offline:
            return tr("Offline");
        case Badge::Critical:
            return tr("Critical", "device badge: a critical alert is open");
        case Badge::Warning:
            return tr("Warning", "device badge: a warning is open");
        case Badge::Stale:
            return tr("Stale · %1", "device badge with the age of its data")
                .arg(durationText(state->polledAt.secsTo(now)));
        case Badge::Online:
            return tr("Online");
        }
        return {};
    case Qt::ForegroundRole:
        switch (badge) {
        case Badge::Offline:
        case Badge::Critical:
            return QBrush(statusToneColor(StatusTone::Bad));
        case Badge::Warning:
        case Badge::Stale:
            return QBrush(statusToneColor(StatusTone::Warning));
        case Badge::Online:
            return QBrush(statusToneColor(StatusTone::Good));
        default:
            return QBrush(statusToneColor(StatusTone::Quiet));
        }
    case Qt::FontRole: {
        if (badge != Badge::Offline && badge != Badge::Critical) {
            return {};
        }
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole: {
        if (badge == Badge::NotMonitored) {
            return tr("No exporter URL: Vigil does not poll this device.");
        }
        if (!state) {
            return {};
        }
        QStringList lines;
        if (!state->reachable) {
            lines.append(tr("%1: %2\n%n failed poll(s) in a row", nullptr, state->consecutiveFailures)
                             .arg(state->failureReason, state->failureDetail));
        } else {
            lines.append(tr("Polled %1").arg(QLocale().toString(state->polledAt.toLocalTime(), QLocale::ShortFormat)));
        }
        if (worst) {
            lines.append(tr("Worst unresolved alert: %1").arg(alertSeverityDisplayName(*worst)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case SortRole:
        // The most urgent first when sorted ascending: that is what a technician looks for.
        return static_cast<int>(badge == Badge::NotMonitored ? 9 : static_cast<int>(badge));
    default:
        return {};
    }
}

QVariant InventoryTreeModel::diskData(const DeviceState *state, bool online, int role) const
{
    if (!state || state->lastGood.disks.isEmpty()) {
        return role == SortRole ? QVariant(-1.0) : QVariant();
    }
    const auto fullest =
        std::max_element(state->lastGood.disks.cbegin(), state->lastGood.disks.cend(),
                         [](const DiskUsage &a, const DiskUsage &b) { return a.usedPercent < b.usedPercent; });
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2 %", "mount point and used percentage")
            .arg(fullest->mountPoint)
            .arg(fullest->usedPercent, 0, 'f', 0);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const DiskUsage &disk : state->lastGood.disks) {
            lines.append(tr("%1: %2 % used, %3 GB free")
                             .arg(disk.mountPoint)
                             .arg(disk.usedPercent, 0, 'f', 1)
                             .arg(static_cast<double>(disk.availableBytes) / 1e9, 0, 'f', 1));
        }
        if (!online) {
            lines.append(tr("As of the last good poll."));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (!online) {
            return QBrush(statusToneColor(StatusTone::Quiet));
        }
        if (fullest->usedPercent >= 90) {
            return QBrush(statusToneColor(StatusTone::Bad));
        }
        if (fullest->usedPercent >= 80) {
            return QBrush(statusToneColor(StatusTone::Warning));
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case SortRole:
        return fullest->usedPercent;
    default:
        return {};
    }
}

QVariant InventoryTreeModel::lastSeenData(const Device &device, int role) const
{
    const DeviceState *state = deviceState(device.id);
    if (!state || !state->lastOkAt.isValid()) {
        return role == SortRole ? QVariant(qint64(-1)) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 ago").arg(durationText(state->lastOkAt.secsTo(m_clock->now())));
    case Qt::ToolTipRole:
        return QLocale().toString(state->lastOkAt.toLocalTime(), QLocale::LongFormat);
    case SortRole:
        return state->lastOkAt.toSecsSinceEpoch();
    default:
        return {};
    }
}

QStringList InventoryTreeModel::mimeTypes() const
{
    return {deviceMimeType};
}

QMimeData *InventoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const Node *node = index.isValid() ? nodeFor(index) : nullptr;
        if (node && node->type == InventoryNodeType::Device) {
            const qint64 id = m_inventory.devices.at(node->dataIndex).id;
            if (!ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(deviceMimeType, bytes);
    return data;
}

QList<qint64> InventoryTreeModel::deviceIds(const QMimeData *data)
{
    if (!data || !data->hasFormat(deviceMimeType)) {
        return {};
    }
    QList<qint64> ids;
    QDataStream stream(data->data(deviceMimeType));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

qint64 InventoryTreeModel::dropSite(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return 0;
    }
    const Node *node = nodeFor(parent);
    if (node->type == InventoryNodeType::Device) {
        node = node->parent; // dropped onto a device: onto its site
    }
    return node->type == InventoryNodeType::Site ? m_inventory.sites.at(node->dataIndex).id : 0;
}

bool InventoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || dropSite(parent) == 0) {
        return false;
    }
    const QList<qint64> ids = deviceIds(data);
    return !ids.isEmpty()
           && std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_nodeByDevice.contains(id); });
}

bool InventoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const qint64 siteId = dropSite(parent);
    QList<qint64> moving;
    for (qint64 id : deviceIds(data)) {
        const Node *node = m_nodeByDevice.value(id);
        if (m_inventory.devices.at(node->dataIndex).siteId != siteId) {
            moving.append(id);
        }
    }
    if (moving.isEmpty()) {
        return false;
    }
    Q_EMIT moveRequested(moving, siteId);
    // The rows move when the store has moved them and the inventory is read again, not here: false keeps the view
    // from removing the dragged rows itself.
    return false;
}

Qt::DropActions InventoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions InventoryTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Vigil
