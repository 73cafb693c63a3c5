// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HealthSample.h"
#include "HistoryPoint.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

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
    static Resolution resolutionFor(const QDateTime &from, const QDateTime &now);

private:
    Result<qint64> rollUp(int fromResolution, int toResolution, qint64 until);
    Result<qint64> rolledUntil(int resolution) const;

    Database &m_db;
};

} // namespace Vigil
