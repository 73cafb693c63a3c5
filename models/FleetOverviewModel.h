// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetHealth.h"
#include "FleetLink.h"

#include <QAbstractTableModel>

namespace Vigil {

// The fleet overview as a table: the fleet's totals first, then one row per client. Every non-zero number is a
// link (linkAt) to the list behind it; zeros are links to nothing.
class FleetOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetOverviewModel)

public:
    enum Column {
        ClientColumn,
        DevicesColumn,
        OnlineColumn,
        OfflineColumn,
        StaleColumn,
        CriticalColumn,
        WarningColumn,
        BackupFailingColumn,
        BackupStaleColumn,
        RebootColumn,
        SecurityColumn,
        SmartColumn,
        SlaBreachedColumn,
        SlaAtRiskColumn,
        AttentionColumn,
        ColumnCount
    };

    enum Role {
        CountRole = Qt::UserRole + 1, // the number (int) in count columns
        // How much a non-zero count matters: 0 not a problem (devices online), 1 worth a look, 2 urgent.
        ProblemRole,
        ClientIdRole, // 0 on the fleet row
        IsLinkRole,   // true when activating the cell opens a list
        IsTotalRole,
    };

    explicit FleetOverviewModel(QObject *parent = nullptr);

    // Keeps rows that stay (by client) in place: a refresh changes numbers, not the view's current cell.
    void setFleet(FleetHealth fleet);
    const FleetHealth &fleet() const;
    FleetLink linkAt(const QModelIndex &index) const;
    int rowForClient(qint64 clientId) const; // the fleet row for 0, -1 when unknown
    static bool isCountColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ClientHealth &rowData(int row) const;
    static int count(const ClientHealth &client, int column);
    static int problemLevel(int column);
    QString attention(const ClientHealth &client) const;
    QString toolTip(const ClientHealth &client, int column) const;

    FleetHealth m_fleet;
};

} // namespace Vigil
