// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Vigil {

// Filters inventory rows by every word of a query (all must match the row's SearchTextRole, in any order) and
// sorts names naturally ("WS2" before "WS10"). In a tree, matching devices keep their client and site visible.
class InventoryFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterProxyModel)

public:
    explicit InventoryFilterProxyModel(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_query;
    QStringList m_terms;
};

} // namespace Vigil
