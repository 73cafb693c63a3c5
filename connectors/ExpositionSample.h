// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <span>
#include <string_view>

namespace Vigil {

// The text dialect of a body: the scraper picks it from the Content-Type (application/openmetrics-text).
enum class ExpositionFormat : quint8 {
    Prometheus, // text format 0.0.4
    OpenMetrics,
};

enum class MetricType : quint8 {
    Untyped, // no TYPE line, or "untyped" (Prometheus text)
    Counter,
    Gauge,
    Histogram,
    Summary,
    Info,           // OpenMetrics
    StateSet,       // OpenMetrics
    GaugeHistogram, // OpenMetrics
    Unknown,        // OpenMetrics' name for untyped
};

std::string_view metricTypeName(MetricType type);

struct ExpositionLabel
{
    std::string_view name;
    std::string_view value; // unescaped, valid UTF-8
};

// One sample as the parser hands it to an ExpositionVisitor. Names and unescaped label values point into the body;
// values that had escapes point into a buffer the parser reuses, and `labels` into an array it reuses: all views
// are valid only during the visitor call. Copy what you keep.
struct ExpositionSample
{
    std::string_view name;
    // The family this sample belongs to (a TYPE/HELP line named `family`, and `name` is that name or that name with
    // a suffix its type allows: _bucket, _sum, _count, _total, _created, _info, _gsum, _gcount); otherwise `name`.
    std::string_view family;
    MetricType type = MetricType::Untyped;
    std::span<const ExpositionLabel> labels;
    double value = 0.0;
    std::optional<qint64> timestampMs;
    qsizetype line = 0;

    // The value of label `labelName`, if the sample has it.
    std::optional<std::string_view> label(std::string_view labelName) const;
};

} // namespace Vigil
