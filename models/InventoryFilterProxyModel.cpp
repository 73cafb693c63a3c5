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

bool InventoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty()) {
        return true;
    }
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(SearchTextRole).toString();
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
