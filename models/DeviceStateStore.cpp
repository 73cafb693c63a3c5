// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceStateStore.h"

#include "Database.h"
#include "Logging.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace Vigil {

DeviceStateStore::DeviceStateStore(Database &database)
    : m_db(database)
{
}

Status DeviceStateStore::save(const QList<Update> &updates)
{
    if (updates.isEmpty()) {
        return {};
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery good(m_db.connection());
        good.prepare(QStringLiteral(
            "INSERT INTO device_state (device_id, polled_at, last_ok_at, reachable, consecutive_failures, "
            "failure_reason, failure_detail, snapshot, counters) VALUES (?, ?, ?, 1, 0, '', '', ?, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET polled_at = excluded.polled_at, last_ok_at = excluded.last_ok_at, "
            "reachable = 1, consecutive_failures = 0, failure_reason = '', failure_detail = '', "
            "snapshot = excluded.snapshot, counters = excluded.counters"));
        QSqlQuery bad(m_db.connection());
        bad.prepare(QStringLiteral(
            "INSERT INTO device_state (device_id, polled_at, reachable, consecutive_failures, failure_reason, "
            "failure_detail) VALUES (?, ?, 0, 1, ?, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET polled_at = excluded.polled_at, reachable = 0, "
            "consecutive_failures = consecutive_failures + 1, failure_reason = excluded.failure_reason, "
            "failure_detail = excluded.failure_detail"));
        // Fields a technician recorded (who tested the restore, and the note) are never overwritten by a poll.
        QSqlQuery backup(m_db.connection());
        backup.prepare(QStringLiteral(
            "INSERT INTO backups (device_id, job, last_success_at, last_run_at, last_run_ok, size_bytes, "
            "last_restore_test_at, updated_at, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (device_id, job) DO UPDATE SET last_success_at = excluded.last_success_at, "
            "first_seen_at = coalesce(first_seen_at, excluded.first_seen_at), "
            "last_run_at = excluded.last_run_at, last_run_ok = excluded.last_run_ok, size_bytes = excluded.size_bytes, "
            "last_restore_test_at = max(coalesce(excluded.last_restore_test_at, 0), "
            "coalesce(last_restore_test_at, 0)), updated_at = excluded.updated_at"));
        for (const Update &update : updates) {
            const DeviceSnapshot &s = update.snapshot;
            if (s.reachable) {
                good.addBindValue(update.deviceId);
                good.addBindValue(toEpoch(s.polledAt));
                good.addBindValue(toEpoch(s.polledAt));
                good.addBindValue(QString::fromUtf8(s.toJsonText()));
                good.addBindValue(toText(QString::fromUtf8(update.counters)));
                if (!good.exec()) {
                    return m_db.queryError(good, tr("saving device state"));
                }
                for (const BackupJobStatus &job : s.backups) {
                    backup.addBindValue(update.deviceId);
                    backup.addBindValue(toText(job.job));
                    backup.addBindValue(toEpoch(job.lastSuccess));
                    backup.addBindValue(toEpoch(job.lastRun));
                    backup.addBindValue(job.lastRunOk ? QVariant(*job.lastRunOk ? 1 : 0)
                                                      : QVariant(QMetaType::fromType<int>()));
                    backup.addBindValue(job.sizeBytes ? QVariant(*job.sizeBytes)
                                                      : QVariant(QMetaType::fromType<qint64>()));
                    backup.addBindValue(toEpoch(job.lastRestoreTest));
                    backup.addBindValue(toEpoch(s.polledAt));
                    backup.addBindValue(toEpoch(s.polledAt));
                    if (!backup.exec()) {
                        return m_db.queryError(backup, tr("saving backup status"));
                    }
                }
            } else {
                bad.addBindValue(update.deviceId);
                bad.addBindValue(toEpoch(s.polledAt));
                bad.addBindValue(toText(s.failure ? s.failure->reason : QString()));
                bad.addBindValue(toText(s.failure ? s.failure->detail : QString()));
                if (!bad.exec()) {
                    return m_db.queryError(bad, tr("saving device state"));
                }
            }
        }
        return {};
    });
}

Result<QHash<qint64, DeviceState>> DeviceStateStore::query(const QString &where, const QVariantList &bindings) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT device_id, polled_at, last_ok_at, reachable, consecutive_failures, "
                             "failure_reason, failure_detail, snapshot, counters FROM device_state ")
              + where);
    for (const QVariant &binding : bindings) {
        q.addBindValue(binding);
    }
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading device state"));
    }
    QHash<qint64, DeviceState> states;
    while (q.next()) {
        DeviceState state;
        state.deviceId = q.value(0).toLongLong();
        state.polledAt = fromEpoch(q.value(1));
        state.lastOkAt = fromEpoch(q.value(2));
        state.reachable = q.value(3).toBool();
        state.consecutiveFailures = q.value(4).toInt();
        state.failureReason = q.value(5).toString();
        state.failureDetail = q.value(6).toString();
        // A snapshot another Vigil wrote that this one cannot read is shown as "no data", not an error.
        auto snapshot = DeviceSnapshot::fromJsonText(q.value(7).toByteArray());
        if (snapshot) {
            state.lastGood = std::move(snapshot).value();
        } else {
            qCWarning(lcDb) << "unreadable snapshot for device" << state.deviceId;
        }
        state.counters = q.value(8).toString().toUtf8();
        states.insert(state.deviceId, state);
    }
    return states;
}

Result<QHash<qint64, DeviceState>> DeviceStateStore::load() const
{
    return query({}, {});
}

Result<DeviceState> DeviceStateStore::state(qint64 deviceId) const
{
    auto states = query(QStringLiteral("WHERE device_id = ?"), {deviceId});
    if (!states) {
        return states.error();
    }
    if (!states->contains(deviceId)) {
        return Error{ErrorCode::NotFound, tr("device %1 has not been polled yet").arg(deviceId), {}};
    }
    return states->value(deviceId);
}

} // namespace Vigil
