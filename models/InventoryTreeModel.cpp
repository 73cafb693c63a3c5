// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryTreeModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Vigil {

namespace {

// The same greens, reds and greys as the device summary.
const QColor kOnline(0x1e, 0x7d, 0x32);
const QColor kDown(0xb7, 0x1c, 0x1c);
const QColor kQuiet(0x75, 0x75, 0x75);

} // namespace

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
                Q_EMIT dataChanged(indexFor(top, StateColumn), indexFor(bottom, MemoryColumn));
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
                                   : QVariant(QBrush(kDown));
}

QVariant InventoryTreeModel::deviceStateData(const Device &device, int column, int role) const
{
    const DeviceState *state = deviceState(device.id);
    const bool monitored = !device.exporterUrl.isEmpty();
    const bool online = monitored && state && state->reachable;
    if (column == StateColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (!monitored) {
                return tr("Not monitored");
            }
            if (!state) {
                return tr("Not polled yet");
            }
            return state->reachable ? tr("Online") : tr("Unreachable");
        case Qt::ForegroundRole:
            if (!monitored || !state) {
                return QBrush(kQuiet);
            }
            return QBrush(state->reachable ? kOnline : kDown);
        case Qt::ToolTipRole:
            if (!monitored) {
                return tr("No exporter URL: Vigil does not poll this device.");
            }
            if (!state) {
                return {};
            }
            if (state->reachable) {
                return tr("Polled %1").arg(QLocale().toString(state->polledAt.toLocalTime(), QLocale::ShortFormat));
            }
            return tr("%1: %2\n%n failed poll(s) in a row", nullptr, state->consecutiveFailures)
                .arg(state->failureReason, state->failureDetail);
        case SortRole:
            // Unreachable first when sorted ascending: that is what a technician looks for.
            if (!monitored) {
                return 3;
            }
            if (!state) {
                return 2;
            }
            return state->reachable ? 1 : 0;
        default:
            return {};
        }
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
        if (index.column() == StateColumn || index.column() == CpuColumn || index.column() == MemoryColumn) {
            if (role != NodeTypeRole && role != ClientIdRole && role != SiteIdRole && role != DeviceIdRole
                && role != SearchTextRole) {
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
        && (section == CpuColumn || section == MemoryColumn)) {
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

} // namespace Vigil
