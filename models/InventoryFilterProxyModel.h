// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceHealth.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

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

    // Only devices of this client (0: any), in this status (if set) and with all these conditions: the lists
    // behind the fleet overview's numbers. Combines with the query.
    void setDeviceFilter(qint64 clientId, std::optional<DeviceStatus> status, DeviceConditions conditions);
    void clearDeviceFilter();
    bool hasDeviceFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_query;
    QStringList m_terms;
    qint64 m_clientId = 0;
    std::optional<DeviceStatus> m_status;
    DeviceConditions m_conditions;
    bool m_deviceFilter = false;
};

} // namespace Vigil
