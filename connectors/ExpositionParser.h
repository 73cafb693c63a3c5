// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpositionParseResult.h"
#include "ExpositionSample.h"
#include "ParserLimits.h"

#include <QByteArrayView>

#include <optional>
#include <string_view>
#include <vector>

namespace Vigil {

class ExpositionVisitor;

// Reads a Prometheus text (0.0.4) or OpenMetrics text body in one pass and hands every HELP, TYPE, UNIT and sample
// to a visitor, as views into the body. It never copies the body; label values with escapes are unescaped into a
// buffer the parser keeps, and labels go into an array it keeps, so a parser that is reused (one per poller) does
// not allocate per sample once it has seen its longest line. Malformed input stops the parse with an error, line
// and column; it never throws.
//
// Accepted leniently, as Prometheus' own scraper does: a leading UTF-8 BOM, CRLF line ends, no final newline,
// blank lines, spaces and tabs between tokens, `metric{} 1`, a trailing comma in a label set, `# ` comments.
// OpenMetrics adds: `# EOF` must end the body, nothing may follow it; timestamps are seconds (floats) and are
// reported in milliseconds; exemplars (`# {…} value [ts]`) are validated and skipped; `# UNIT`.
class ExpositionParser final
{
public:
    explicit ExpositionParser(ParserLimits limits = {});
    ~ExpositionParser();
    ExpositionParser(const ExpositionParser &) = delete;
    ExpositionParser &operator=(const ExpositionParser &) = delete;

    ExpositionParseResult parse(QByteArrayView body, ExpositionVisitor &visitor,
                                ExpositionFormat format = ExpositionFormat::Prometheus);

    const ParserLimits &limits() const;

    // A sample value as Prometheus reads it: decimal or exponent floats (1e+06, .5, -0), NaN, Inf, +Inf, -Inf
    // (case-insensitive); no hex, no underscores. Also for `le` and `quantile` label values.
    static std::optional<double> parseValue(std::string_view text);

private:
    ParserLimits m_limits;
    std::vector<ExpositionLabel> m_labels;
    std::vector<char> m_unescaped;
};

} // namespace Vigil
