// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryPoint.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Vigil {

// Where a disk is heading: the least-squares slope of its used % over the recent history, and from it the days
// until it is full at that rate. Flat or shrinking disks are "not growing"; too little history is "unknown".
struct DiskTrend
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::DiskTrend)

public:
    enum class Kind { Unknown, NotGrowing, Growing, Full };

    // Below this a disk counts as flat: 0.05 % a day fills a 1 TB disk by 500 MB a day, well inside the noise of
    // logs and caches, and would predict "full in years".
    static constexpr double flatPercentPerDay = 0.05;
    // The fit needs this much history to be worth saying anything.
    static constexpr qint64 minimumSpanSeconds = 6 * 3600;

    Kind kind = Kind::Unknown;
    double percentPerDay = 0;
    std::optional<double> daysUntilFull; // Growing only

    // points: the used % history in time order (rollup averages); currentPercent: the latest poll's value.
    static DiskTrend estimate(const QList<HistoryPoint> &points, double currentPercent);
    // "full in ~12 days", "not growing", "full", "—"
    QString text() const;
};

} // namespace Vigil
