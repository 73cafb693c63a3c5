// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricMapper.h"

#include "ExpositionDocument.h"
#include "ExpositionParser.h"
#include "MetricMappingVisitor.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace Vigil {

namespace {

// Linux' per-CPU iowait can step back by a few ticks; a drop this small is noise, not a reset.
constexpr double kCounterJitterSeconds = 1.0;
// A boot time that moves by more than this between polls is a reboot (Windows' derived boot time wobbles by <1 s).
constexpr double kBootTimeToleranceSeconds = 10.0;

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

Result<MappingResult> MetricMapper::map(ExpositionParser &parser, QByteArrayView body, ExpositionFormat format,
                                        const std::optional<CpuCounters> &previous, const QDateTime &now) const
{
    MetricMappingVisitor visitor;
    const ExpositionParseResult parsed = parser.parse(body, visitor, format);
    if (!parsed.ok()) {
        return parsed.toError();
    }
    return visitor.finish(previous, now);
}

MappingResult MetricMapper::map(const ExpositionDocument &document, const std::optional<CpuCounters> &previous,
                                const QDateTime &now) const
{
    MetricMappingVisitor visitor;
    std::vector<ExpositionLabel> labels;
    for (const ExpositionFamilyRecord &family : document.families()) {
        for (const ExpositionSampleRecord &record : family.samples) {
            labels.clear();
            for (const auto &[name, value] : record.labels) {
                labels.push_back({view(name), view(value)});
            }
            ExpositionSample sample;
            sample.name = view(record.name);
            sample.family = view(family.name);
            sample.type = family.type;
            sample.labels = labels;
            sample.value = record.value;
            sample.timestampMs = record.timestampMs;
            sample.line = record.line;
            visitor.sample(sample);
        }
    }
    return visitor.finish(previous, now);
}

std::optional<double> MetricMapper::cpuBusyPercent(const std::optional<CpuCounters> &previous,
                                                   const CpuCounters &current)
{
    if (!previous || previous->cpuCount != current.cpuCount) {
        return std::nullopt;
    }
    if (previous->bootTime && current.bootTime
        && std::abs(*previous->bootTime - *current.bootTime) > kBootTimeToleranceSeconds) {
        return std::nullopt;
    }
    const double busy = current.busySeconds - previous->busySeconds;
    const double idle = (current.totalSeconds - current.busySeconds) - (previous->totalSeconds - previous->busySeconds);
    if (busy < -kCounterJitterSeconds || idle < -kCounterJitterSeconds) {
        return std::nullopt; // counters went down: the machine restarted (or the exporter did, on Windows)
    }
    const double elapsed = std::max(0.0, busy) + std::max(0.0, idle);
    if (!(elapsed > 0) || !std::isfinite(elapsed)) {
        return std::nullopt; // no CPU time passed: the same sample twice
    }
    return std::clamp(std::max(0.0, busy) / elapsed * 100.0, 0.0, 100.0);
}

} // namespace Vigil
