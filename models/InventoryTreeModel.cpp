// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryTreeModel.h"

#include <QFont>
#include <QHash>

namespace Vigil {

struct InventoryTreeModel::Node
{
    InventoryNodeType type = InventoryNodeType::Client;
    qsizetype dataIndex = -1; // into the inventory's clients, sites or devices
    QString searchText;       // precomputed so a filter keystroke builds no strings
    int row = 0;
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
        }
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

QModelIndex InventoryTreeModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, 0, const_cast<Node *>(node));
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
    for (const Node *node : m_deviceNodes) {
        if (m_inventory.devices.at(node->dataIndex).id == deviceId) {
            return indexFor(node);
        }
    }
    return {};
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
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(client.name) : QVariant();
        case Qt::ToolTipRole:
            return client.contact.isEmpty() ? client.name : client.name + QLatin1Char('\n') + client.contact;
        case Qt::FontRole: {
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
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
