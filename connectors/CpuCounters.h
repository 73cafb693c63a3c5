// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <optional>

namespace Vigil {

// The CPU time counters of one poll, summed over every CPU: what the caller keeps per device so the next poll can
// turn them into a busy share (MetricMapper is stateless). Seconds since boot, as the exporter reports them.
struct CpuCounters
{
    double busySeconds = 0;  // every mode except idle (and iowait on Linux)
    double totalSeconds = 0; // every mode
    int cpuCount = 0;
    std::optional<double> bootTime; // UTC seconds since the epoch, when the exporter reports it
    QDateTime polledAt;             // UTC

    friend bool operator==(const CpuCounters &, const CpuCounters &) = default;
};

} // namespace Vigil
