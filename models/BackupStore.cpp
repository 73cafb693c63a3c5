// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupStore.h"

#include "Database.h"
#include "HealthChartQuery.h"
#include "NaturalOrder.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace Vigil {

std::optional<qint64> BackupJobRecord::ageSeconds(const QDateTime &now) const
{
    if (!lastSuccess.isValid()) {
        return std::nullopt;
    }
    return std::max<qint64>(0, lastSuccess.secsTo(now));
}

std::optional<double> BackupJobRecord::sizeChangePercent() const
{
    if (!sizeBytes || !sizeBefore || *sizeBefore <= 0) {
        return std::nullopt;
    }
    return (static_cast<double>(*sizeBytes) - static_cast<double>(*sizeBefore)) * 100.0
           / static_cast<double>(*sizeBefore);
}

BackupStore::BackupStore(Database &database)
    : m_db(database)
    , m_history(std::make_unique<HealthChartQuery>(database))
{
}

BackupStore::~BackupStore() = default;

Result<QList<BackupJobRecord>> BackupStore::jobs(qint64 deviceId, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT job, last_success_at, last_run_at, last_run_ok, size_bytes, last_restore_test_at, "
                             "restore_tested_by, restore_test_note, first_seen_at, updated_at "
                             "FROM backups WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading backup jobs"));
    }
    QList<BackupJobRecord> jobs;
    while (q.next()) {
        BackupJobRecord job;
        job.deviceId = deviceId;
        job.job = q.value(0).toString();
        job.lastSuccess = fromEpoch(q.value(1));
        job.lastRun = fromEpoch(q.value(2));
        if (!q.value(3).isNull()) {
            job.lastRunOk = q.value(3).toInt() != 0;
        }
        if (!q.value(4).isNull()) {
            job.sizeBytes = q.value(4).toLongLong();
        }
        // A poll without a test stores 0 there (DeviceStateStore's max() of two NULLs): never tested.
        if (q.value(5).toLongLong() > 0) {
            job.lastRestoreTest = fromEpoch(q.value(5));
        }
        job.restoreTestedBy = q.value(6).toString();
        job.restoreTestNote = q.value(7).toString();
        job.firstSeen = fromEpoch(q.value(8));
        job.updatedAt = fromEpoch(q.value(9));
        jobs.append(job);
    }
    q.finish();
    std::sort(jobs.begin(), jobs.end(),
              [](const BackupJobRecord &a, const BackupJobRecord &b) { return naturalCompare(a.job, b.job) < 0; });
    for (BackupJobRecord &job : jobs) {
        auto sizes = m_history->points(deviceId, sizeMetric, job.job, now.addSecs(-sizeTrendSeconds), now, now);
        if (!sizes) {
            return sizes.error();
        }
        // Only a size older than a day says anything about a trend.
        if (!sizes->isEmpty() && sizes->constFirst().timestamp <= now.toSecsSinceEpoch() - 86400) {
            job.sizeBefore = static_cast<qint64>(sizes->constFirst().value);
            job.sizeBeforeAt = QDateTime::fromSecsSinceEpoch(sizes->constFirst().timestamp, Qt::UTC);
        }
    }
    return jobs;
}

Status BackupStore::recordRestoreTest(qint64 deviceId, const QString &job, const QString &who, const QString &note,
                                      const QDateTime &now)
{
    if (who.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("a restore test needs the technician who did it"),
                     tr("backup job %1").arg(job)};
    }
    if (!now.isValid()) {
        return Error{ErrorCode::InvalidInput, tr("a restore test needs the time it was done"),
                     tr("backup job %1").arg(job)};
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE backups SET last_restore_test_at = ?, restore_tested_by = ?, "
                                 "restore_test_note = ? WHERE device_id = ? AND job = ?"));
        q.addBindValue(toEpoch(now));
        q.addBindValue(toText(who.trimmed()));
        q.addBindValue(toText(note.trimmed()));
        q.addBindValue(deviceId);
        q.addBindValue(toText(job));
        if (!q.exec()) {
            return m_db.queryError(q, tr("recording the restore test"));
        }
        if (q.numRowsAffected() != 1) {
            return Error{ErrorCode::NotFound, tr("device %1 has no backup job \"%2\"").arg(deviceId).arg(job), {}};
        }
        return {};
    });
}

} // namespace Vigil
