// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDecimation.h"

#include <algorithm>
#include <vector>

namespace Vigil {

qsizetype ChartSeries::pointCount() const
{
    qsizetype count = 0;
    for (const QList<QPointF> &segment : segments) {
        count += segment.size();
    }
    return count;
}

qint64 chartGapSeconds(const QList<HistoryPoint> &points, int resolutionSeconds)
{
    const qint64 floor = std::max<qint64>(2 * resolutionSeconds, 0);
    if (points.size() < 3) {
        return std::max<qint64>(floor, 180);
    }
    std::vector<qint64> steps;
    steps.reserve(static_cast<size_t>(points.size() - 1));
    for (qsizetype i = 1; i < points.size(); ++i) {
        steps.push_back(points.at(i).timestamp - points.at(i - 1).timestamp);
    }
    const auto middle = steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 2);
    std::nth_element(steps.begin(), middle, steps.end());
    return std::max<qint64>({floor, 3 * *middle, 1});
}

ChartSeries decimateMinMax(const QList<HistoryPoint> &points, qint64 fromSeconds, qint64 toSeconds, int columns,
                           qint64 gapSeconds)
{
    ChartSeries out;
    out.sourcePoints = points.size();
    if (points.isEmpty() || columns <= 0 || toSeconds <= fromSeconds) {
        return out;
    }
    const double span = static_cast<double>(toSeconds - fromSeconds);
    const double columnSeconds = span / columns;
    // A gap narrower than a column cannot be seen; breaking only at wider ones also keeps each column inside one
    // segment, which is what bounds the output at two points per column.
    const double breakAfter = std::max(static_cast<double>(gapSeconds), columnSeconds);
    const auto columnOf = [&](qint64 ts) {
        const auto c = static_cast<int>(static_cast<double>(ts - fromSeconds) / columnSeconds);
        return std::clamp(c, 0, columns - 1);
    };

    struct Extreme
    {
        qint64 ts = 0;
        double value = 0;
    };
    QList<QPointF> segment;
    int column = -1;
    Extreme low;
    Extreme high;
    const auto flushColumn = [&] {
        if (column < 0) {
            return;
        }
        const auto add = [&](const Extreme &e) {
            segment.append(QPointF(static_cast<double>(e.ts) * 1000.0, e.value));
        };
        if (low.ts == high.ts && low.value == high.value) {
            add(low);
        } else if (low.ts <= high.ts) {
            add(low);
            add(high);
        } else {
            add(high);
            add(low);
        }
        column = -1;
    };
    const auto flushSegment = [&] {
        flushColumn();
        if (!segment.isEmpty()) {
            out.segments.append(std::exchange(segment, {}));
        }
    };

    qint64 previous = 0;
    bool first = true;
    for (const HistoryPoint &p : points) {
        if (p.timestamp < fromSeconds || p.timestamp > toSeconds) {
            continue;
        }
        if (!first && static_cast<double>(p.timestamp - previous) > breakAfter) {
            flushSegment();
        }
        first = false;
        previous = p.timestamp;
        const int c = columnOf(p.timestamp);
        if (c != column) {
            flushColumn();
            column = c;
            low = {p.timestamp, p.min};
            high = {p.timestamp, p.max};
            continue;
        }
        if (p.min < low.value) {
            low = {p.timestamp, p.min};
        }
        if (p.max > high.value) {
            high = {p.timestamp, p.max};
        }
    }
    flushSegment();
    return out;
}

} // namespace Vigil
