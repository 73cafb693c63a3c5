// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpositionSample.h"

namespace Vigil {

std::string_view metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Untyped:
        return "untyped";
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    case MetricType::Summary:
        return "summary";
    case MetricType::Info:
        return "info";
    case MetricType::StateSet:
        return "stateset";
    case MetricType::GaugeHistogram:
        return "gaugehistogram";
    case MetricType::Unknown:
        return "unknown";
    }
    return "untyped";
}

std::optional<std::string_view> ExpositionSample::label(std::string_view labelName) const
{
    for (const ExpositionLabel &l : labels) {
        if (l.name == labelName) {
            return l.value;
        }
    }
    return std::nullopt;
}

} // namespace Vigil
