// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HealthSample.h"
#include "HistoryPoint.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

struct sqlite3;
struct sqlite3_stmt;

namespace Vigil {

class Database;

// Health history in three resolutions: raw samples for 48 hours, 5-minute rollups for 30 days and hourly rollups
// for 13 months, each with min, average and max. Writes are batched; maintain() rolls up finished buckets and
// prunes what has aged out, so the database stays a constant size per device.
class HistoryStore final
{
    Q_DISABLE_COPY_MOVE(HistoryStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::HistoryStore)

public:
    enum Resolution { Raw = 0, FiveMinutes = 300, Hourly = 3600 };

    static constexpr qint64 rawRetentionSeconds = 48 * 3600;
    static constexpr qint64 fiveMinuteRetentionSeconds = 30 * 86400;
    static constexpr qint64 hourlyRetentionSeconds = 396 * 86400; // 13 months

    explicit HistoryStore(Database &database);
    ~HistoryStore();

    // Writes all samples in one transaction. A sample for the same device, metric, subject and second replaces
    // the earlier one.
    Status append(const QList<HealthSample> &samples);

    struct MaintenanceStats
    {
        qint64 fiveMinuteBuckets = 0;
        qint64 hourlyBuckets = 0;
        qint64 pruned = 0;
    };
    // Rolls up every bucket that ended before now and prunes by retention; safe to call as often as wanted.
    Result<MaintenanceStats> maintain(const QDateTime &now);

    // The series for a chart: the finest resolution that still covers from..to.
    Result<QList<HistoryPoint>> series(qint64 deviceId, const QString &metric, const QString &subject,
                                       const QDateTime &from, const QDateTime &to, const QDateTime &now) const;
    // The series at a given resolution, for a caller that wants fewer points than the finest that covers the range.
    Result<QList<HistoryPoint>> seriesAt(qint64 deviceId, const QString &metric, const QString &subject,
                                         const QDateTime &from, const QDateTime &to, Resolution resolution) const;
    static Resolution resolutionFor(const QDateTime &from, const QDateTime &now);
    // Samples are stored by time bucket (ts - ts % span) of this many seconds, then series, then time.
    static qint64 bucketSpan(int resolution);

private:
    struct CachedSeries
    {
        QString metric;
        QString subject;
        qint64 id = 0;
    };

    Status appendRows(sqlite3 *db, const QList<HealthSample> &samples);
    Result<qint64> seriesId(sqlite3 *db, const HealthSample &sample);
    Status prepare(sqlite3 *db, sqlite3_stmt *&stmt, const char *sql, int size);
    Error sqliteError(sqlite3 *db) const;
    Result<qint64> rollUp(int fromResolution, int toResolution, qint64 until);
    Result<qint64> rolledUntil(int resolution) const;

    Database &m_db;
    // Series ids by device, learnt from health_series; dropped after any rollback and at every maintain().
    QHash<qint64, QList<CachedSeries>> m_series;
    quint64 m_rollbacksSeen = 0;
    sqlite3_stmt *m_insertSample = nullptr;
    sqlite3_stmt *m_findSeries = nullptr;
    sqlite3_stmt *m_addSeries = nullptr;
    sqlite3_stmt *m_addBucket = nullptr;
};

} // namespace Vigil
