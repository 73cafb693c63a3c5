// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inventory.h"
#include "InventoryRoles.h"

#include <QAbstractTableModel>

namespace Vigil {

// Every device in one flat table (for sorting and filtering across clients).
class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableModel)

public:
    enum Column {
        NameColumn,
        ClientColumn,
        SiteColumn,
        AddressColumn,
        OsColumn,
        KindColumn,
        TagsColumn,
        ExporterColumn,
        ColumnCount
    };

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setInventory(Inventory inventory);
    const Inventory &inventory() const;
    int rowForDevice(qint64 deviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qsizetype device = -1;
        QString clientName;
        QString siteName;
        QString searchText;
    };

    Inventory m_inventory;
    QList<Row> m_rows;
};

} // namespace Vigil
