// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpositionParseResult.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Vigil {

namespace {

// Strings are marked with QT_TRANSLATE_NOOP so lupdate finds them under one context. The helpers must not be named
// tr or translate: lupdate reads a call of that name as the translation itself and skips the marked literal.
QString parserText(const char *text)
{
    return QCoreApplication::translate("Vigil::ExpositionParser", text);
}

// Plural forms are chosen by an int; parser limits are far below 2^31.
QString parserText(const char *text, qint64 n)
{
    return QCoreApplication::translate("Vigil::ExpositionParser", text, nullptr,
                                       static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max())));
}

} // namespace

bool ExpositionParseResult::ok() const
{
    return error == ExpositionError::None;
}

QString ExpositionParseResult::message() const
{
    switch (error) {
    case ExpositionError::None:
        return {};
    case ExpositionError::InvalidMetricName:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "invalid metric name"));
    case ExpositionError::InvalidLabelName:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "invalid label name"));
    case ExpositionError::ExpectedEquals:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "expected '=' after the label name"));
    case ExpositionError::ExpectedQuote:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "expected '\"' to open the label value"));
    case ExpositionError::UnterminatedLabelValue:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "unterminated label value"));
    case ExpositionError::InvalidEscape:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser",
                                            "invalid escape sequence (only \\\\, \\\" and \\n are allowed)"));
    case ExpositionError::InvalidUtf8:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "label value is not valid UTF-8"));
    case ExpositionError::DuplicateLabel:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "duplicate label name"));
    case ExpositionError::ExpectedLabelSeparator:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "expected ',' or '}' in the label set"));
    case ExpositionError::ExpectedValue:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "expected a sample value"));
    case ExpositionError::InvalidValue:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "invalid sample value"));
    case ExpositionError::InvalidTimestamp:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "invalid timestamp"));
    case ExpositionError::TrailingCharacters:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "unexpected characters after the sample"));
    case ExpositionError::ExpectedMetricName:
        return parserText(
            QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "expected a metric name after HELP, TYPE or UNIT"));
    case ExpositionError::InvalidType:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "unknown metric type"));
    case ExpositionError::DuplicateType:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "second TYPE line for the same metric family"));
    case ExpositionError::MissingBucketLabel:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "histogram bucket without a valid le label"));
    case ExpositionError::MissingQuantileLabel:
        return parserText(
            QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "summary quantile without a valid quantile label"));
    case ExpositionError::InvalidExemplar:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "invalid exemplar"));
    case ExpositionError::ContentAfterEof:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "content after # EOF"));
    case ExpositionError::MissingEof:
        return parserText(
            QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "missing # EOF at the end of an OpenMetrics body"));
    case ExpositionError::TooManySamples:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "too many samples (limit %1)")).arg(limit);
    case ExpositionError::TooManyLabels:
        return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "too many labels in one sample (limit %1)"))
            .arg(limit);
    case ExpositionError::LabelValueTooLong:
        return parserText(QT_TRANSLATE_N_NOOP("Vigil::ExpositionParser", "label value too long (limit %n byte(s))"),
                          limit);
    case ExpositionError::LineTooLong:
        return parserText(QT_TRANSLATE_N_NOOP("Vigil::ExpositionParser", "line too long (limit %n byte(s))"), limit);
    }
    return parserText(QT_TRANSLATE_NOOP("Vigil::ExpositionParser", "malformed exposition"));
}

QString ExpositionParseResult::where() const
{
    return QString::number(line) + QLatin1Char(':') + QString::number(column);
}

Error ExpositionParseResult::toError() const
{
    return Error{ErrorCode::Parse, message(), where()};
}

} // namespace Vigil
