// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace Vigil {

MaintenanceStore::MaintenanceStore(Database &database)
    : m_db(database)
{
}

Result<qint64> MaintenanceStore::add(const MaintenanceWindow &window, const QDateTime &now)
{
    const QString where = tr("maintenance window");
    if ((window.deviceId == 0) == (window.siteId == 0)) {
        return Error{ErrorCode::InvalidInput, tr("a maintenance window is for one device or one site"), where};
    }
    if (!window.startsAt.isValid() || !window.endsAt.isValid() || window.endsAt <= window.startsAt) {
        return Error{ErrorCode::InvalidInput, tr("the window must end after it starts"), where};
    }
    if (window.endsAt <= now) {
        return Error{ErrorCode::InvalidInput, tr("the window has already ended"), where};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO maintenance_windows (device_id, site_id, starts_at, ends_at, reason, "
                             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(window.deviceId ? QVariant(window.deviceId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(window.siteId ? QVariant(window.siteId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(toEpoch(window.startsAt));
    q.addBindValue(toEpoch(window.endsAt));
    q.addBindValue(toText(window.reason));
    q.addBindValue(window.createdBy);
    q.addBindValue(toEpoch(now));
    if (!q.exec()) {
        return m_db.queryError(q, tr("adding a maintenance window"));
    }
    return q.lastInsertId().toLongLong();
}

Result<QList<MaintenanceWindow>> MaintenanceStore::current(const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT w.id, w.device_id, w.site_id, w.starts_at, w.ends_at, w.reason, w.created_by, "
                       "coalesce(dc.name || ' / ' || d.name, sc.name || ' / ' || s.name) FROM maintenance_windows w "
                       "LEFT JOIN devices d ON d.id = w.device_id LEFT JOIN clients dc ON dc.id = d.client_id "
                       "LEFT JOIN sites s ON s.id = w.site_id LEFT JOIN clients sc ON sc.id = s.client_id "
                       "WHERE w.ends_at > ? ORDER BY w.starts_at, w.id"));
    q.addBindValue(toEpoch(now));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading maintenance windows"));
    }
    QList<MaintenanceWindow> windows;
    while (q.next()) {
        MaintenanceWindow w;
        w.id = q.value(0).toLongLong();
        w.deviceId = q.value(1).toLongLong();
        w.siteId = q.value(2).toLongLong();
        w.startsAt = fromEpoch(q.value(3));
        w.endsAt = fromEpoch(q.value(4));
        w.reason = q.value(5).toString();
        w.createdBy = q.value(6).toString();
        w.target = q.value(7).toString();
        windows.append(w);
    }
    return windows;
}

Status MaintenanceStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM maintenance_windows WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return m_db.queryError(q, tr("removing a maintenance window"));
    }
    if (q.numRowsAffected() != 1) {
        return Error{ErrorCode::NotFound, tr("there is no maintenance window %1").arg(id), {}};
    }
    return {};
}

} // namespace Vigil
