// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupJobRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Vigil {

class Database;
class HealthChartQuery;

// The backup jobs of a device (the backups table the poller fills) and the restore tests technicians record.
class BackupStore final
{
    Q_DISABLE_COPY_MOVE(BackupStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::BackupStore)

public:
    static constexpr qint64 sizeTrendSeconds = 7 * 86400;
    // The history metric the poller writes a job's size to (subject: the job), in bytes.
    static inline const QString sizeMetric = QStringLiteral("backup_size");

    explicit BackupStore(Database &database);
    ~BackupStore();

    // In job order; the size trend from the health history of the last sizeTrendSeconds before now.
    Result<QList<BackupJobRecord>> jobs(qint64 deviceId, const QDateTime &now) const;
    // Records that a technician verified a restore of the job: when, who and a note. who must not be empty; an
    // unknown job is NotFound. On any error the stored test stays as it was.
    Status recordRestoreTest(qint64 deviceId, const QString &job, const QString &who, const QString &note,
                             const QDateTime &now);

private:
    Database &m_db;
    std::unique_ptr<HealthChartQuery> m_history;
};

} // namespace Vigil
