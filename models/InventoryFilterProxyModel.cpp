// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryFilterProxyModel.h"

#include "InventoryRoles.h"
#include "NaturalOrder.h"

namespace Vigil {

InventoryFilterProxyModel::InventoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SortRole);
}

void InventoryFilterProxyModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    m_terms = query.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

QString InventoryFilterProxyModel::query() const
{
    return m_query;
}

void InventoryFilterProxyModel::setDeviceFilter(qint64 clientId, std::optional<DeviceStatus> status,
                                                DeviceConditions conditions)
{
    m_clientId = clientId;
    m_status = status;
    m_conditions = conditions;
    m_deviceFilter = true;
    invalidateRowsFilter();
}

void InventoryFilterProxyModel::clearDeviceFilter()
{
    if (!m_deviceFilter) {
        return;
    }
    m_deviceFilter = false;
    m_clientId = 0;
    m_status.reset();
    m_conditions = {};
    invalidateRowsFilter();
}

bool InventoryFilterProxyModel::hasDeviceFilter() const
{
    return m_deviceFilter;
}

bool InventoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_deviceFilter) {
        // Clients and sites stay visible through the recursive filter when one of their devices passes.
        if (index.data(NodeTypeRole).toInt() != static_cast<int>(InventoryNodeType::Device)) {
            return false;
        }
        if (m_clientId != 0 && index.data(ClientIdRole).toLongLong() != m_clientId) {
            return false;
        }
        if (m_status && index.data(DeviceStatusRole).toInt() != static_cast<int>(*m_status)) {
            return false;
        }
        const auto conditions = DeviceConditions::fromInt(index.data(DeviceConditionsRole).toInt());
        if ((conditions & m_conditions) != m_conditions) {
            return false;
        }
    }
    if (m_terms.isEmpty()) {
        return true;
    }
    const QString text = index.data(SearchTextRole).toString();
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&text](const QString &term) { return text.contains(term); });
}

bool InventoryFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        return naturalCompare(l.toString(), r.toString()) < 0;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace Vigil
