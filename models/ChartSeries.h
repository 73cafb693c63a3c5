// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace Vigil {

// A health chart's line, ready to draw: x is milliseconds since the epoch (UTC), y the value. Segments are the
// runs of data between gaps (a device that was offline, a poller that was not running), so a chart draws each
// segment as its own line and never joins across a gap.
struct ChartSeries
{
    QList<QList<QPointF>> segments;
    int resolution = 0; // HistoryStore::Resolution the points were read at
    qint64 sourcePoints = 0;

    qsizetype pointCount() const;
};

} // namespace Vigil
