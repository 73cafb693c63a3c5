// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceTableModel.h"

namespace Vigil {

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeviceTableModel::setInventory(Inventory inventory)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_rows.clear();
    m_rows.reserve(m_inventory.devices.size());
    for (qsizetype i = 0; i < m_inventory.devices.size(); ++i) {
        const Device &device = m_inventory.devices.at(i);
        Row row;
        row.device = i;
        if (const Client *client = m_inventory.client(device.clientId)) {
            row.clientName = client->name;
        }
        if (const Site *site = m_inventory.site(device.siteId)) {
            row.siteName = site->name;
        }
        // Precomputed once per reset so a filter keystroke never rebuilds strings.
        row.searchText = QStringList{device.name,    row.clientName, row.siteName,
                                     device.address, device.os,      device.tags.join(QLatin1Char(' '))}
                             .join(QLatin1Char(' '))
                             .toCaseFolded();
        m_rows.append(row);
    }
    endResetModel();
}

const Inventory &DeviceTableModel::inventory() const
{
    return m_inventory;
}

int DeviceTableModel::rowForDevice(qint64 deviceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_inventory.devices.at(m_rows.at(i).device).id == deviceId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Device &device = m_inventory.devices.at(row.device);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return device.name;
        case ClientColumn:
            return row.clientName;
        case SiteColumn:
            return row.siteName;
        case AddressColumn:
            return device.address;
        case OsColumn:
            return device.os;
        case KindColumn:
            return deviceKindDisplayName(device.kind);
        case TagsColumn:
            return device.tags.join(QStringLiteral(", "));
        case ExporterColumn:
            return device.exporterUrl;
        default:
            return {};
        }
    case NodeTypeRole:
        return static_cast<int>(InventoryNodeType::Device);
    case ClientIdRole:
        return device.clientId;
    case SiteIdRole:
        return device.siteId;
    case DeviceIdRole:
        return device.id;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Device");
    case ClientColumn:
        return tr("Client");
    case SiteColumn:
        return tr("Site");
    case AddressColumn:
        return tr("Address");
    case OsColumn:
        return tr("Operating system");
    case KindColumn:
        return tr("Kind", "device kind: workstation, server, …");
    case TagsColumn:
        return tr("Tags");
    case ExporterColumn:
        return tr("Exporter");
    default:
        return {};
    }
}

} // namespace Vigil
