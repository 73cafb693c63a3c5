// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthChartQuery.h"

#include "ChartDecimation.h"
#include "Database.h"
#include "NaturalOrder.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace Vigil {

HealthChartQuery::HealthChartQuery(Database &database)
    : m_db(database)
    , m_history(database)
{
}

qint64 HealthChartQuery::rangeSeconds(Range range)
{
    switch (range) {
    case Range::Hour:
        return 3600;
    case Range::Day:
        return 86400;
    case Range::Week:
        return 7 * 86400;
    case Range::Month:
        break;
    }
    return 30 * 86400;
}

HistoryStore::Resolution HealthChartQuery::resolutionFor(Range range)
{
    switch (range) {
    case Range::Hour:
    case Range::Day:
        return HistoryStore::Raw;
    case Range::Week:
        return HistoryStore::FiveMinutes;
    case Range::Month:
        break;
    }
    return HistoryStore::Hourly;
}

Result<QList<HistoryPoint>> HealthChartQuery::points(qint64 deviceId, const QString &metric, const QString &subject,
                                                     const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                                     std::optional<HistoryStore::Resolution> resolution) const
{
    const HistoryStore::Resolution at = resolution.value_or(HistoryStore::resolutionFor(from, now));
    auto stored = m_history.seriesAt(deviceId, metric, subject, from, to, at);
    if (!stored) {
        return stored.error();
    }
    QList<HistoryPoint> result = std::move(stored).value();
    if (at == HistoryStore::Raw) {
        return result;
    }
    // Rollups run every few minutes (hourly ones every hour); what came after the last one is finer. The 5-minute
    // rollups fill in after the last hourly one, raw samples after the last 5-minute one.
    qint64 covered = result.isEmpty() ? from.toSecsSinceEpoch() : result.constLast().timestamp + at;
    if (at == HistoryStore::Hourly && covered <= to.toSecsSinceEpoch()) {
        auto five = m_history.seriesAt(deviceId, metric, subject, QDateTime::fromSecsSinceEpoch(covered, Qt::UTC), to,
                                       HistoryStore::FiveMinutes);
        if (!five) {
            return five.error();
        }
        if (!five->isEmpty()) {
            covered = five->constLast().timestamp + HistoryStore::FiveMinutes;
        }
        result.append(five.value());
    }
    const qint64 rawFrom = std::max(covered, now.toSecsSinceEpoch() - HistoryStore::rawRetentionSeconds);
    if (rawFrom > to.toSecsSinceEpoch()) {
        return result;
    }
    auto tail = m_history.seriesAt(deviceId, metric, subject, QDateTime::fromSecsSinceEpoch(rawFrom, Qt::UTC), to,
                                   HistoryStore::Raw);
    if (!tail) {
        return tail.error();
    }
    result.append(tail.value());
    return result;
}

Result<ChartSeries> HealthChartQuery::series(qint64 deviceId, const QString &metric, const QString &subject,
                                             Range range, const QDateTime &now, int columns) const
{
    const QDateTime from = now.addSecs(-rangeSeconds(range));
    auto history = points(deviceId, metric, subject, from, now, now, resolutionFor(range));
    if (!history) {
        return history.error();
    }
    const int resolution = resolutionFor(range);
    ChartSeries series = decimateMinMax(history.value(), from.toSecsSinceEpoch(), now.toSecsSinceEpoch(), columns,
                                        chartGapSeconds(history.value(), resolution));
    series.resolution = resolution;
    return series;
}

Result<QStringList> HealthChartQuery::subjects(qint64 deviceId, const QString &metric) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT subject FROM health_series WHERE device_id = ? AND metric = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(toText(metric));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading health history"));
    }
    QStringList subjects;
    while (q.next()) {
        subjects.append(q.value(0).toString());
    }
    std::sort(subjects.begin(), subjects.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    return subjects;
}

Result<DiskTrend> HealthChartQuery::diskTrend(qint64 deviceId, const QString &mountPoint, double currentPercent,
                                              const QDateTime &now) const
{
    auto history = points(deviceId, QStringLiteral("disk"), mountPoint, now.addSecs(-trendWindowSeconds), now, now);
    if (!history) {
        return history.error();
    }
    return DiskTrend::estimate(history.value(), currentPercent);
}

} // namespace Vigil
