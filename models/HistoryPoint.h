// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Vigil {

// A point of a health chart: a raw sample (min == max == value) or a rollup bucket (value is the average).
struct HistoryPoint
{
    qint64 timestamp = 0; // start of the bucket for rollups
    double value = 0;
    double min = 0;
    double max = 0;
    int sampleCount = 1;
};

} // namespace Vigil
