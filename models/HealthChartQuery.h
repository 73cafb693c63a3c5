// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartSeries.h"
#include "DiskTrend.h"
#include "HistoryPoint.h"
#include "HistoryStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Vigil {

class Database;

// What the device page's health charts and disk table read: a metric over one of the chart ranges at the
// resolution that covers it (1 h and 24 h raw, 7 d from 5-minute rollups, 30 d from hourly ones: 720 buckets with
// their min and max draw the same picture as 8,640 five-minute ones at chart widths, for a tenth of the reading),
// decimated for the chart's width, and each disk's trend.
class HealthChartQuery final
{
    Q_DISABLE_COPY_MOVE(HealthChartQuery)
    Q_DECLARE_TR_FUNCTIONS(Vigil::HealthChartQuery)

public:
    enum class Range { Hour, Day, Week, Month };

    // How far back a disk's trend looks: long enough to smooth a day's rhythm, short enough to follow a change.
    static constexpr qint64 trendWindowSeconds = 3 * 86400;

    explicit HealthChartQuery(Database &database);

    static qint64 rangeSeconds(Range range);
    static HistoryStore::Resolution resolutionFor(Range range);

    // The history of one series from..to at `resolution` (by default the finest HistoryStore keeps for `from`); a
    // rollup range ends with the raw samples of the minutes not rolled up yet, so the chart reaches "now".
    Result<QList<HistoryPoint>> points(qint64 deviceId, const QString &metric, const QString &subject,
                                       const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                       std::optional<HistoryStore::Resolution> resolution = {}) const;
    // One chart line: the range ending now, decimated to at most two points per column.
    Result<ChartSeries> series(qint64 deviceId, const QString &metric, const QString &subject, Range range,
                               const QDateTime &now, int columns) const;
    // The subjects (mount points for "disk") with stored history, in natural order.
    Result<QStringList> subjects(qint64 deviceId, const QString &metric) const;
    Result<DiskTrend> diskTrend(qint64 deviceId, const QString &mountPoint, double currentPercent,
                                const QDateTime &now) const;

private:
    Database &m_db;
    HistoryStore m_history;
};

} // namespace Vigil
