// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetOverviewModel.h"

#include <QFont>

namespace Vigil {

FleetOverviewModel::FleetOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FleetOverviewModel::setFleet(FleetHealth fleet)
{
    QList<qint64> before;
    for (const ClientHealth &client : std::as_const(m_fleet.clients)) {
        before.append(client.clientId);
    }
    QList<qint64> after;
    for (const ClientHealth &client : std::as_const(fleet.clients)) {
        after.append(client.clientId);
    }
    if (before != after) {
        beginResetModel();
        m_fleet = std::move(fleet);
        endResetModel();
        return;
    }
    m_fleet = std::move(fleet);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const FleetHealth &FleetOverviewModel::fleet() const
{
    return m_fleet;
}

const ClientHealth &FleetOverviewModel::rowData(int row) const
{
    return row == 0 ? m_fleet.total : m_fleet.clients.at(row - 1);
}

int FleetOverviewModel::rowForClient(qint64 clientId) const
{
    if (clientId == 0) {
        return 0;
    }
    for (qsizetype i = 0; i < m_fleet.clients.size(); ++i) {
        if (m_fleet.clients.at(i).clientId == clientId) {
            return static_cast<int>(i) + 1;
        }
    }
    return -1;
}

bool FleetOverviewModel::isCountColumn(int column)
{
    return column > ClientColumn && column < AttentionColumn;
}

int FleetOverviewModel::count(const ClientHealth &c, int column)
{
    switch (column) {
    case DevicesColumn:
        return c.devices;
    case OnlineColumn:
        return c.online;
    case OfflineColumn:
        return c.offline;
    case StaleColumn:
        return c.stale;
    case CriticalColumn:
        return c.criticalAlerts;
    case WarningColumn:
        return c.warningAlerts;
    case BackupFailingColumn:
        return c.backupsFailing;
    case BackupStaleColumn:
        return c.backupsStale;
    case RebootColumn:
        return c.rebootRequired;
    case SecurityColumn:
        return c.securityUpdates;
    case SmartColumn:
        return c.smartWarnings;
    case SlaBreachedColumn:
        return c.slaBreached;
    case SlaAtRiskColumn:
        return c.slaAtRisk;
    default:
        return 0;
    }
}

int FleetOverviewModel::problemLevel(int column)
{
    switch (column) {
    case OfflineColumn:
    case CriticalColumn:
    case BackupFailingColumn:
    case SmartColumn:
    case SlaBreachedColumn:
        return 2;
    case StaleColumn:
    case WarningColumn:
    case BackupStaleColumn:
    case RebootColumn:
    case SecurityColumn:
    case SlaAtRiskColumn:
        return 1;
    default:
        return 0;
    }
}

FleetLink FleetOverviewModel::linkAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || count(rowData(index.row()), index.column()) == 0) {
        return {};
    }
    FleetLink link;
    link.clientId = rowData(index.row()).clientId;
    link.kind = FleetLink::Kind::Devices;
    switch (index.column()) {
    case DevicesColumn:
        break;
    case OnlineColumn:
        link.status = DeviceStatus::Online;
        break;
    case OfflineColumn:
        link.status = DeviceStatus::Offline;
        break;
    case StaleColumn:
        link.status = DeviceStatus::Stale;
        break;
    case BackupFailingColumn:
        link.conditions = DeviceCondition::BackupFailing;
        break;
    case BackupStaleColumn:
        link.conditions = DeviceCondition::BackupStale;
        break;
    case RebootColumn:
        link.conditions = DeviceCondition::RebootRequired;
        break;
    case SecurityColumn:
        link.conditions = DeviceCondition::SecurityUpdates;
        break;
    case SmartColumn:
        link.conditions = DeviceCondition::SmartWarning;
        break;
    case CriticalColumn:
        link.kind = FleetLink::Kind::Alerts;
        link.severity = AlertSeverity::Critical;
        break;
    case WarningColumn:
        link.kind = FleetLink::Kind::Alerts;
        link.severity = AlertSeverity::Warning;
        break;
    case SlaBreachedColumn:
        link.kind = FleetLink::Kind::Tickets;
        link.sla = SlaState::Breached;
        break;
    case SlaAtRiskColumn:
        link.kind = FleetLink::Kind::Tickets;
        link.sla = SlaState::AtRisk;
        break;
    default:
        return {};
    }
    return link;
}

int FleetOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fleet.clients.size()) + 1;
}

int FleetOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetOverviewModel::attention(const ClientHealth &c) const
{
    QStringList parts;
    const auto note = [&parts](int n, const QString &text) {
        if (n > 0) {
            parts.append(text);
        }
    };
    note(c.offline, tr("%n offline", "devices", c.offline));
    note(c.criticalAlerts, tr("%n critical", "alerts", c.criticalAlerts));
    note(c.backupsFailing, tr("%n backup(s) failing", nullptr, c.backupsFailing));
    note(c.smartWarnings, tr("%n SMART", "drives warning", c.smartWarnings));
    note(c.slaBreached, tr("%n SLA breached", nullptr, c.slaBreached));
    note(c.warningAlerts, tr("%n warning(s)", nullptr, c.warningAlerts));
    note(c.backupsStale, tr("%n backup(s) stale", nullptr, c.backupsStale));
    note(c.slaAtRisk, tr("%n SLA at risk", nullptr, c.slaAtRisk));
    note(c.rebootRequired, tr("%n reboot(s)", nullptr, c.rebootRequired));
    note(c.securityUpdates, tr("%n with security updates", nullptr, c.securityUpdates));
    note(c.stale, tr("%n stale", "devices", c.stale));
    if (parts.isEmpty()) {
        return c.devices == 0 ? tr("No devices") : tr("All clear");
    }
    return parts.join(QStringLiteral(" · "));
}

QString FleetOverviewModel::toolTip(const ClientHealth &c, int column) const
{
    const int n = count(c, column);
    const QString who = c.clientId == 0 ? tr("the fleet") : c.clientName;
    QString what;
    switch (column) {
    case DevicesColumn:
        what = tr("%n device(s) of %1", nullptr, n).arg(who);
        break;
    case OnlineColumn:
        what = tr("%n device(s) of %1 answered their last poll", nullptr, n).arg(who);
        break;
    case OfflineColumn:
        what = tr("%n device(s) of %1 did not answer their last poll", nullptr, n).arg(who);
        break;
    case StaleColumn:
        what = tr("%n device(s) of %1 without a poll in the last 15 minutes", nullptr, n).arg(who);
        break;
    case CriticalColumn:
        what = tr("%n unresolved critical alert(s) of %1", nullptr, n).arg(who);
        break;
    case WarningColumn:
        what = tr("%n unresolved warning(s) of %1", nullptr, n).arg(who);
        break;
    case BackupFailingColumn:
        what = tr("%n device(s) of %1 whose last backup run failed", nullptr, n).arg(who);
        break;
    case BackupStaleColumn:
        what = tr("%n device(s) of %1 without a good backup in 26 hours", nullptr, n).arg(who);
        break;
    case RebootColumn:
        what = tr("%n device(s) of %1 waiting for a reboot", nullptr, n).arg(who);
        break;
    case SecurityColumn:
        what = tr("%n device(s) of %1 with security updates pending", nullptr, n).arg(who);
        break;
    case SmartColumn:
        what = tr("%n device(s) of %1 with a drive failing or reallocating sectors", nullptr, n).arg(who);
        break;
    case SlaBreachedColumn:
        what = tr("%n ticket(s) of %1 past their SLA", nullptr, n).arg(who);
        break;
    case SlaAtRiskColumn:
        what = tr("%n ticket(s) of %1 with a quarter or less of their SLA left", nullptr, n).arg(who);
        break;
    default:
        return {};
    }
    if (n > 0) {
        what += QLatin1Char('\n') + tr("Click or press Enter to list them.");
    }
    return what;
}

QVariant FleetOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ClientHealth &c = rowData(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == ClientColumn) {
            return c.clientName;
        }
        if (column == AttentionColumn) {
            return attention(c);
        }
        return QString::number(count(c, column));
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (column == ClientColumn || column == AttentionColumn) {
            return QString(c.clientName + QStringLiteral(": ") + attention(c));
        }
        return toolTip(c, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isCountColumn(column) ? Qt::Alignment(Qt::AlignCenter)
                                                         : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole: {
        if (index.row() != 0 && !(isCountColumn(column) && count(c, column) > 0 && problemLevel(column) > 0)) {
            return {};
        }
        QFont font;
        font.setBold(true);
        return font;
    }
    case CountRole:
        return isCountColumn(column) ? QVariant(count(c, column)) : QVariant();
    case ProblemRole:
        return isCountColumn(column) && count(c, column) > 0 ? problemLevel(column) : 0;
    case ClientIdRole:
        return c.clientId;
    case IsLinkRole:
        return linkAt(index).kind != FleetLink::Kind::None;
    case IsTotalRole:
        return index.row() == 0;
    default:
        return {};
    }
}

QVariant FleetOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StaleColumn:
            return tr("Monitored devices without a poll in the last 15 minutes, or never polled");
        case BackupStaleColumn:
            return tr("Devices with a backup job that has not succeeded in 26 hours");
        case SmartColumn:
            return tr("Devices with a drive that is unhealthy or has reallocated or pending sectors");
        case SlaAtRiskColumn:
            return tr("Active tickets with a quarter or less of their SLA time left");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case DevicesColumn:
        return tr("Devices");
    case OnlineColumn:
        return tr("Online");
    case OfflineColumn:
        return tr("Offline");
    case StaleColumn:
        return tr("Stale", "devices without recent data");
    case CriticalColumn:
        return tr("Critical", "alerts");
    case WarningColumn:
        return tr("Warnings", "alerts");
    case BackupFailingColumn:
        return tr("Backup\nfailed");
    case BackupStaleColumn:
        return tr("Backup\n> 26 h");
    case RebootColumn:
        return tr("Reboot");
    case SecurityColumn:
        return tr("Security\nupdates");
    case SmartColumn:
        return tr("SMART");
    case SlaBreachedColumn:
        return tr("SLA\nbreached");
    case SlaAtRiskColumn:
        return tr("SLA\nat risk");
    case AttentionColumn:
        return tr("Needs attention");
    default:
        return {};
    }
}

} // namespace Vigil
