// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpositionVisitor.h"
#include "MappingResult.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace Vigil {

// Collects what MetricMapper needs while ExpositionParser reads a body: most samples (go_*, network, vmstat…) are
// dropped after one table lookup on their name, and only the few dozen that feed a DeviceSnapshot are copied.
// Feed it one body's samples, then finish(); reset() makes it ready for the next body. The rules are in
// docs/metric-mapping.md.
class MetricMappingVisitor final : public ExpositionVisitor
{
public:
    MetricMappingVisitor();
    ~MetricMappingVisitor() override;
    MetricMappingVisitor(const MetricMappingVisitor &) = delete;
    MetricMappingVisitor &operator=(const MetricMappingVisitor &) = delete;

    void sample(const ExpositionSample &sample) override;

    // The snapshot of what was fed so far. `previous` is the device's counters from its last poll (empty on the
    // first); `now` becomes polledAt and is the clock used for uptime when the endpoint reports none.
    MappingResult finish(const std::optional<CpuCounters> &previous, const QDateTime &now) const;
    void reset();

private:
    struct Collected;
    std::unique_ptr<Collected> m_collected;
};

} // namespace Vigil
