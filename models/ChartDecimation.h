// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartSeries.h"
#include "HistoryPoint.h"

#include <QList>

namespace Vigil {

// Min/max decimation for a chart `columns` pixels wide showing fromSeconds..toSeconds: each pixel column keeps the
// lowest and the highest value that falls into it (a rollup's min and max, not only its average), in the order
// they occurred, so a single-sample spike survives at any range and the line never has more than two points per
// column. Points must be in time order. Two neighbours further apart than gapSeconds (or than a column) start a
// new segment. Pure, so it is tested without a database.
ChartSeries decimateMinMax(const QList<HistoryPoint> &points, qint64 fromSeconds, qint64 toSeconds, int columns,
                           qint64 gapSeconds);

// The gap between two samples above which a chart shows no data: three times the usual spacing of the points
// (their median distance), and never less than twice the resolution's bucket (300 s for 5-minute rollups).
qint64 chartGapSeconds(const QList<HistoryPoint> &points, int resolutionSeconds);

} // namespace Vigil
