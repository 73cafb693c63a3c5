// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>

namespace Vigil {

// Why a body was rejected. The hot path records only this, a position and a limit; text is made on demand.
enum class ExpositionError : quint8 {
    None,
    InvalidMetricName,
    InvalidLabelName,
    ExpectedEquals,
    ExpectedQuote,
    UnterminatedLabelValue,
    InvalidEscape,
    InvalidUtf8,
    DuplicateLabel,
    ExpectedLabelSeparator,
    ExpectedValue,
    InvalidValue,
    InvalidTimestamp,
    TrailingCharacters,
    ExpectedMetricName, // after # HELP / # TYPE / # UNIT
    InvalidType,
    DuplicateType,
    MissingBucketLabel,
    MissingQuantileLabel,
    InvalidExemplar,
    ContentAfterEof,
    MissingEof,
    TooManySamples,
    TooManyLabels,
    LabelValueTooLong,
    LineTooLong,
};

struct ExpositionStats
{
    qsizetype samples = 0;
    qsizetype families = 0; // HELP/TYPE families plus runs of samples with no metadata
    qsizetype lines = 0;
    qsizetype bytes = 0;
};

// The outcome of one parse: ok, or the first error with its 1-based line and column (columns count bytes, after a
// leading BOM). `stats` counts what was read before the error, too.
struct ExpositionParseResult
{
    ExpositionError error = ExpositionError::None;
    qsizetype line = 0;
    qsizetype column = 0;
    qsizetype limit = 0; // for the limit errors: the limit that was exceeded
    ExpositionStats stats;

    bool ok() const;
    // The translated reason, e.g. "too many samples (limit 50000)".
    QString message() const;
    // "line:column"
    QString where() const;
    // ErrorCode::Parse with message() and where().
    Error toError() const;
};

} // namespace Vigil
