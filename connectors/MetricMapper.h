// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CpuCounters.h"
#include "ExpositionSample.h"
#include "MappingResult.h"
#include "Result.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace Vigil {

class ExpositionDocument;
class ExpositionParser;

// Turns one scrape of node_exporter or windows_exporter (old and new metric names) plus textfile metrics (apt,
// reboot required, SMART, backups, restic) into a DeviceSnapshot. Stateless: the only state across polls is the
// CPU counters, which the caller keeps per device and passes back in. The first poll, and the first after a
// counter reset (a reboot), has no CPU busy share ("warming up"), never 0 %. Decisions: docs/metric-mapping.md.
class MetricMapper final
{
public:
    // Parses and maps in one pass, without an owning copy of the samples: what the poller uses.
    Result<MappingResult> map(ExpositionParser &parser, QByteArrayView body, ExpositionFormat format,
                              const std::optional<CpuCounters> &previous, const QDateTime &now) const;
    // The same over an already parsed document (tests, tools).
    MappingResult map(const ExpositionDocument &document, const std::optional<CpuCounters> &previous,
                      const QDateTime &now) const;

    // The busy share between two polls' counters in [0, 100], or empty when it cannot be known: no previous poll,
    // counters that went down or a boot time that moved (a reboot), a changed CPU count, or no time elapsed.
    static std::optional<double> cpuBusyPercent(const std::optional<CpuCounters> &previous, const CpuCounters &current);
};

} // namespace Vigil
