// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskTrend.h"

#include <cmath>

namespace Vigil {

DiskTrend DiskTrend::estimate(const QList<HistoryPoint> &points, double currentPercent)
{
    DiskTrend trend;
    if (currentPercent >= 99.95) {
        trend.kind = Kind::Full;
        return trend;
    }
    if (points.size() < 3 || points.constLast().timestamp - points.constFirst().timestamp < minimumSpanSeconds) {
        return trend;
    }
    // Centred on the first point so the sums stay small enough for doubles at epoch seconds.
    const qint64 t0 = points.constFirst().timestamp;
    double n = 0;
    double sumX = 0;
    double sumY = 0;
    double sumXX = 0;
    double sumXY = 0;
    for (const HistoryPoint &p : points) {
        const double x = static_cast<double>(p.timestamp - t0) / 86400.0;
        n += 1;
        sumX += x;
        sumY += p.value;
        sumXX += x * x;
        sumXY += x * p.value;
    }
    const double denominator = n * sumXX - sumX * sumX;
    if (denominator <= 0) {
        return trend;
    }
    trend.percentPerDay = (n * sumXY - sumX * sumY) / denominator;
    if (!std::isfinite(trend.percentPerDay) || trend.percentPerDay < flatPercentPerDay) {
        trend.kind = Kind::NotGrowing;
        return trend;
    }
    trend.kind = Kind::Growing;
    trend.daysUntilFull = std::max(0.0, (100.0 - currentPercent) / trend.percentPerDay);
    return trend;
}

QString DiskTrend::text() const
{
    switch (kind) {
    case Kind::Unknown:
        return tr("—", "disk trend unknown");
    case Kind::NotGrowing:
        return tr("not growing");
    case Kind::Full:
        return tr("full");
    case Kind::Growing:
        break;
    }
    const double days = daysUntilFull.value_or(0);
    if (days < 1) {
        return tr("full in ~%n h", nullptr, std::max(1, static_cast<int>(std::lround(days * 24))));
    }
    if (days > 365) {
        return tr("full in over a year");
    }
    return tr("full in ~%n day(s)", nullptr, static_cast<int>(std::lround(days)));
}

} // namespace Vigil
