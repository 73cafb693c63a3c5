// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpositionParser.h"

#include "ExpositionVisitor.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <system_error>

namespace Vigil {

namespace {

enum CharClass : quint8 {
    MetricStart = 1 << 0, // [a-zA-Z_:]
    MetricChar = 1 << 1,  // [a-zA-Z0-9_:]
    LabelStart = 1 << 2,  // [a-zA-Z_]
    LabelChar = 1 << 3,   // [a-zA-Z0-9_]
    Blank = 1 << 4,       // space, tab
    ValueStop = 1 << 5,   // what ends the fast scan of a label value: '"', '\\', and every non-ASCII byte
};

constexpr std::array<quint8, 256> makeCharClasses()
{
    std::array<quint8, 256> table{};
    for (int c = 0; c < 256; ++c) {
        quint8 bits = 0;
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (alpha || c == '_') {
            bits |= MetricStart | MetricChar | LabelStart | LabelChar;
        }
        if (digit) {
            bits |= MetricChar | LabelChar;
        }
        if (c == ':') {
            bits |= MetricStart | MetricChar;
        }
        if (c == ' ' || c == '\t') {
            bits |= Blank;
        }
        if (c == '"' || c == '\\' || c >= 0x80) {
            bits |= ValueStop;
        }
        table[static_cast<std::size_t>(c)] = bits;
    }
    return table;
}

constexpr std::array<quint8, 256> kCharClasses = makeCharClasses();

inline bool hasClass(char c, quint8 cls)
{
    return (kCharClasses[static_cast<unsigned char>(c)] & cls) != 0;
}

inline const char *skipBlanks(const char *p, const char *end)
{
    while (p < end && hasClass(*p, Blank)) {
        ++p;
    }
    return p;
}

inline const char *skipToken(const char *p, const char *end)
{
    while (p < end && !hasClass(*p, Blank)) {
        ++p;
    }
    return p;
}

inline std::string_view view(const char *begin, const char *end)
{
    return {begin, static_cast<std::size_t>(end - begin)};
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates, at most U+10FFFF), or 0.
int utf8SequenceLength(const char *p, const char *end)
{
    const auto byte = [p](int i) { return static_cast<unsigned char>(p[i]); };
    const unsigned char c = byte(0);
    const std::ptrdiff_t available = end - p;
    const auto cont = [&](int i, unsigned char lo, unsigned char hi) {
        return i < available && byte(i) >= lo && byte(i) <= hi;
    };
    if (c < 0x80) {
        return 1;
    }
    if (c < 0xC2) {
        return 0;
    }
    if (c < 0xE0) {
        return cont(1, 0x80, 0xBF) ? 2 : 0;
    }
    if (c < 0xF0) {
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (c < 0xF5) {
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowerCase)
{
    if (text.size() != lowerCase.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (c != lowerCase[i]) {
            return false;
        }
    }
    return true;
}

bool parseDouble(const char *begin, const char *end, double &out)
{
    const char *p = begin;
    if (p == end) {
        return false;
    }
    // from_chars takes no '+'; Go's ParseFloat (what Prometheus uses) does, once.
    if (*p == '+') {
        ++p;
        if (p == end || *p == '+' || *p == '-') {
            return false;
        }
    }
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(p, end, value, std::chars_format::general);
    if (ptr != end) {
        return false;
    }
    if (ec == std::errc::result_out_of_range) {
        // Overflow is an error for Prometheus too; underflow reads as zero, as in Go.
        const std::string_view text = view(p, end);
        const std::size_t exponent = text.find_first_of("eE");
        if (exponent == std::string_view::npos || exponent + 1 >= text.size() || text[exponent + 1] != '-') {
            return false;
        }
        value = text.front() == '-' ? -0.0 : 0.0;
    } else if (ec != std::errc()) {
        return false;
    }
    // from_chars also reads "nan(chars)", which Prometheus does not.
    if (std::isnan(value) && !equalsIgnoringCase(view(p, end), "nan")) {
        return false;
    }
    out = value;
    return true;
}

struct TypeName
{
    std::string_view name;
    MetricType type;
};

constexpr std::array<TypeName, 9> kTypeNames{{
    {"counter", MetricType::Counter},
    {"gauge", MetricType::Gauge},
    {"histogram", MetricType::Histogram},
    {"summary", MetricType::Summary},
    {"untyped", MetricType::Untyped},
    {"info", MetricType::Info},
    {"stateset", MetricType::StateSet},
    {"gaugehistogram", MetricType::GaugeHistogram},
    {"unknown", MetricType::Unknown},
}};

// Whether a sample called `family` + `suffix` belongs to a family of this type.
bool suffixBelongs(MetricType type, std::string_view suffix)
{
    if (suffix.empty()) {
        return true;
    }
    switch (type) {
    case MetricType::Counter:
        return suffix == "_total" || suffix == "_created";
    case MetricType::Histogram:
        return suffix == "_bucket" || suffix == "_sum" || suffix == "_count" || suffix == "_created";
    case MetricType::GaugeHistogram:
        return suffix == "_bucket" || suffix == "_gsum" || suffix == "_gcount";
    case MetricType::Summary:
        return suffix == "_sum" || suffix == "_count" || suffix == "_created";
    case MetricType::Info:
        return suffix == "_info";
    case MetricType::Gauge:
    case MetricType::StateSet:
    case MetricType::Untyped:
    case MetricType::Unknown:
        return false;
    }
    return false;
}

// The state of one parse() call. Lives on the stack; borrows the parser's reusable buffers.
class LineReader
{
public:
    LineReader(const ParserLimits &limits, std::vector<ExpositionLabel> &labels, std::vector<char> &unescaped,
               ExpositionVisitor &visitor, ExpositionFormat format)
        : m_limits(limits)
        , m_labels(labels)
        , m_unescaped(unescaped)
        , m_visitor(visitor)
        , m_openMetrics(format == ExpositionFormat::OpenMetrics)
        , m_defaultType(format == ExpositionFormat::OpenMetrics ? MetricType::Unknown : MetricType::Untyped)
    {
    }

    ExpositionParseResult run(QByteArrayView body);

private:
    bool fail(ExpositionError error, const char *at, qsizetype limit = 0)
    {
        m_error = error;
        m_errorAt = at;
        m_errorLimit = limit;
        return false;
    }

    bool readLine(const char *p, const char *end);
    bool readComment(const char *p, const char *end);
    bool readSample(const char *p, const char *end);
    bool readLabels(const char *&p, const char *end, qsizetype first, qsizetype &count);
    bool readLabelValue(const char *&p, const char *end, std::string_view &value);
    bool readTimestamp(const char *begin, const char *end, qint64 &ms);
    bool readExemplar(const char *&p, const char *end, qsizetype firstLabel);
    bool checkFamilyRules(const ExpositionSample &sample, const char *lineStart);
    char *unescapeBuffer();
    void enterFamily(std::string_view name);

    const ParserLimits &m_limits;
    std::vector<ExpositionLabel> &m_labels;
    std::vector<char> &m_unescaped;
    ExpositionVisitor &m_visitor;
    const bool m_openMetrics;
    const MetricType m_defaultType;

    const char *m_lineStart = nullptr;
    qsizetype m_lineLength = 0;
    char *m_out = nullptr; // next free byte of m_unescaped on this line; null until the line needs it

    std::string_view m_family;
    MetricType m_familyType = MetricType::Untyped;
    bool m_familyTyped = false;
    std::string_view m_lastSampleFamily;
    bool m_sawEof = false;

    ExpositionStats m_stats;
    ExpositionError m_error = ExpositionError::None;
    const char *m_errorAt = nullptr;
    qsizetype m_errorLimit = 0;
};

ExpositionParseResult LineReader::run(QByteArrayView body)
{
    ExpositionParseResult result;
    m_stats.bytes = body.size();
    if (body.isEmpty()) {
        if (m_openMetrics) {
            result.error = ExpositionError::MissingEof;
            result.line = 1;
            result.column = 1;
        }
        result.stats = m_stats;
        return result;
    }
    const char *p = body.data();
    const char *const end = p + body.size();
    if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
    }
    while (p < end) {
        if (m_sawEof) {
            ++m_stats.lines;
            m_lineStart = p;
            fail(ExpositionError::ContentAfterEof, p);
            break;
        }
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        const char *lineEnd = newline ? newline : end;
        const char *contentEnd = lineEnd;
        if (contentEnd > p && contentEnd[-1] == '\r') {
            --contentEnd;
        }
        ++m_stats.lines;
        m_lineStart = p;
        m_lineLength = contentEnd - p;
        m_out = nullptr;
        if (m_lineLength > m_limits.maxLineBytes) {
            fail(ExpositionError::LineTooLong, p + std::max<qsizetype>(m_limits.maxLineBytes, 0),
                 m_limits.maxLineBytes);
            break;
        }
        if (!readLine(p, contentEnd)) {
            break;
        }
        p = newline ? newline + 1 : end;
    }
    if (m_error == ExpositionError::None && m_openMetrics && !m_sawEof) {
        result.error = ExpositionError::MissingEof;
        result.line = m_stats.lines + 1;
        result.column = 1;
    } else if (m_error != ExpositionError::None) {
        result.error = m_error;
        result.line = m_stats.lines;
        result.column = (m_errorAt - m_lineStart) + 1;
        result.limit = m_errorLimit;
    }
    result.stats = m_stats;
    return result;
}

bool LineReader::readLine(const char *p, const char *end)
{
    p = skipBlanks(p, end);
    if (p == end) {
        return true;
    }
    if (*p == '#') {
        return readComment(p, end);
    }
    return readSample(p, end);
}

char *LineReader::unescapeBuffer()
{
    if (!m_out) {
        // Unescaped text is never longer than the line it comes from, so the buffer cannot move during the line
        // and earlier views into it stay valid.
        if (static_cast<qsizetype>(m_unescaped.size()) < m_lineLength) {
            m_unescaped.resize(static_cast<std::size_t>(m_lineLength));
        }
        m_out = m_unescaped.data();
    }
    return m_out;
}

void LineReader::enterFamily(std::string_view name)
{
    if (name != m_family) {
        m_family = name;
        m_familyType = m_defaultType;
        m_familyTyped = false;
        ++m_stats.families;
        m_lastSampleFamily = name;
    }
}

bool LineReader::readComment(const char *p, const char *end)
{
    const char *keyword = skipBlanks(p + 1, end);
    if (keyword == p + 1) {
        return true; // "#text": a comment
    }
    const char *keywordEnd = skipToken(keyword, end);
    const std::string_view word = view(keyword, keywordEnd);
    if (word == "EOF" && skipBlanks(keywordEnd, end) == end) {
        // Plain Prometheus text has no EOF marker; there it is a comment (Prometheus' own test data ends with one).
        m_sawEof = m_openMetrics;
        return true;
    }
    enum class Kind { Help, Type, Unit } kind;
    if (word == "HELP") {
        kind = Kind::Help;
    } else if (word == "TYPE") {
        kind = Kind::Type;
    } else if (word == "UNIT" && m_openMetrics) {
        kind = Kind::Unit;
    } else {
        return true;
    }
    if (keywordEnd == end) {
        return true; // "# HELP" alone, as Prometheus reads it: a comment
    }
    const char *name = skipBlanks(keywordEnd, end);
    if (name == end || !hasClass(*name, MetricStart)) {
        return fail(ExpositionError::ExpectedMetricName, name);
    }
    const char *nameEnd = name + 1;
    while (nameEnd < end && hasClass(*nameEnd, MetricChar)) {
        ++nameEnd;
    }
    if (nameEnd < end && !hasClass(*nameEnd, Blank)) {
        return fail(ExpositionError::InvalidMetricName, nameEnd);
    }
    const std::string_view family = view(name, nameEnd);
    const char *rest = skipBlanks(nameEnd, end);

    switch (kind) {
    case Kind::Help: {
        enterFamily(family);
        if (std::memchr(rest, '\\', static_cast<std::size_t>(end - rest)) == nullptr) {
            m_visitor.help(family, view(rest, end));
            return true;
        }
        // HELP escapes are \\ and \n (and \" in OpenMetrics); any other backslash stays as written, as in Prometheus.
        char *const begin = unescapeBuffer();
        char *out = begin;
        for (const char *q = rest; q < end; ++q) {
            if (*q == '\\' && q + 1 < end) {
                const char next = q[1];
                if (next == '\\' || next == 'n' || (next == '"' && m_openMetrics)) {
                    *out++ = next == 'n' ? '\n' : next;
                    ++q;
                    continue;
                }
            }
            *out++ = *q;
        }
        m_out = out;
        m_visitor.help(family, view(begin, out));
        return true;
    }
    case Kind::Type: {
        const char *typeEnd = skipToken(rest, end);
        const std::string_view typeWord = view(rest, typeEnd);
        const auto *found = std::find_if(kTypeNames.begin(), kTypeNames.end(),
                                         [typeWord](const TypeName &t) { return t.name == typeWord; });
        if (found == kTypeNames.end()) {
            return fail(ExpositionError::InvalidType, rest);
        }
        if (const char *after = skipBlanks(typeEnd, end); after != end) {
            return fail(ExpositionError::TrailingCharacters, after);
        }
        enterFamily(family);
        if (m_familyTyped) {
            return fail(ExpositionError::DuplicateType, p);
        }
        m_familyTyped = true;
        m_familyType = found->type;
        m_visitor.type(family, found->type);
        return true;
    }
    case Kind::Unit: {
        const char *unitEnd = skipToken(rest, end);
        if (const char *after = skipBlanks(unitEnd, end); after != end) {
            return fail(ExpositionError::TrailingCharacters, after);
        }
        for (const char *q = rest; q < unitEnd; ++q) {
            if (!hasClass(*q, MetricChar)) {
                return fail(ExpositionError::TrailingCharacters, q);
            }
        }
        enterFamily(family);
        m_visitor.unit(family, view(rest, unitEnd));
        return true;
    }
    }
    return true;
}

bool LineReader::readLabelValue(const char *&p, const char *end, std::string_view &value)
{
    // p is just past the opening quote.
    const char *const begin = p;
    const char *segment = begin;
    char *outBegin = nullptr;
    char *out = nullptr;
    while (true) {
        while (p < end && !hasClass(*p, ValueStop)) {
            ++p;
        }
        if (p == end) {
            return fail(ExpositionError::UnterminatedLabelValue, begin - 1);
        }
        if (*p == '"') {
            break;
        }
        if (*p == '\\') {
            if (!out) {
                outBegin = out = unescapeBuffer();
            }
            std::memcpy(out, segment, static_cast<std::size_t>(p - segment));
            out += p - segment;
            if (p + 1 == end) {
                return fail(ExpositionError::UnterminatedLabelValue, begin - 1);
            }
            switch (p[1]) {
            case '\\':
                *out++ = '\\';
                break;
            case '"':
                *out++ = '"';
                break;
            case 'n':
                *out++ = '\n';
                break;
            default:
                return fail(ExpositionError::InvalidEscape, p);
            }
            p += 2;
            segment = p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0) {
            return fail(ExpositionError::InvalidUtf8, p);
        }
        p += length;
    }
    if (out) {
        std::memcpy(out, segment, static_cast<std::size_t>(p - segment));
        out += p - segment;
        m_out = out;
        value = view(outBegin, out);
    } else {
        value = view(begin, p);
    }
    if (static_cast<qsizetype>(value.size()) > m_limits.maxLabelValueBytes) {
        return fail(ExpositionError::LabelValueTooLong, begin, m_limits.maxLabelValueBytes);
    }
    ++p; // the closing quote
    return true;
}

bool LineReader::readLabels(const char *&p, const char *end, qsizetype first, qsizetype &count)
{
    // p is at '{'.
    ++p;
    count = 0;
    while (true) {
        p = skipBlanks(p, end);
        if (p == end) {
            return fail(ExpositionError::ExpectedLabelSeparator, p);
        }
        if (*p == '}') {
            ++p; // `{}` and a trailing comma both end here
            return true;
        }
        const char *const nameBegin = p;
        if (!hasClass(*p, LabelStart)) {
            return fail(ExpositionError::InvalidLabelName, p);
        }
        ++p;
        while (p < end && hasClass(*p, LabelChar)) {
            ++p;
        }
        const std::string_view name = view(nameBegin, p);
        p = skipBlanks(p, end);
        if (p == end || *p != '=') {
            return fail(ExpositionError::ExpectedEquals, p);
        }
        p = skipBlanks(p + 1, end);
        if (p == end || *p != '"') {
            return fail(ExpositionError::ExpectedQuote, p);
        }
        ++p;
        std::string_view value;
        if (!readLabelValue(p, end, value)) {
            return false;
        }
        if (count >= m_limits.maxLabelsPerSample) {
            return fail(ExpositionError::TooManyLabels, nameBegin, m_limits.maxLabelsPerSample);
        }
        const qsizetype slot = first + count;
        for (qsizetype i = first; i < slot; ++i) {
            if (m_labels[static_cast<std::size_t>(i)].name == name) {
                return fail(ExpositionError::DuplicateLabel, nameBegin);
            }
        }
        if (static_cast<qsizetype>(m_labels.size()) <= slot) {
            m_labels.resize(static_cast<std::size_t>(std::max<qsizetype>(slot + 1, 2 * m_labels.size())));
        }
        m_labels[static_cast<std::size_t>(slot)] = ExpositionLabel{name, value};
        ++count;
        p = skipBlanks(p, end);
        if (p == end) {
            return fail(ExpositionError::ExpectedLabelSeparator, p);
        }
        if (*p == ',') {
            ++p;
        } else if (*p != '}') {
            return fail(ExpositionError::ExpectedLabelSeparator, p);
        }
    }
}

bool LineReader::readTimestamp(const char *begin, const char *end, qint64 &ms)
{
    if (m_openMetrics) {
        // OpenMetrics timestamps are seconds, possibly fractional.
        double seconds = 0.0;
        if (!parseDouble(begin, end, seconds) || !std::isfinite(seconds)) {
            return false;
        }
        const double millis = std::round(seconds * 1000.0);
        if (!(millis > -9.2e18 && millis < 9.2e18)) {
            return false;
        }
        ms = static_cast<qint64>(millis);
        return true;
    }
    const char *p = begin;
    if (p < end && *p == '+') {
        ++p;
        if (p < end && *p == '-') {
            return false;
        }
    }
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(p, end, value);
    if (ec != std::errc() || ptr != end || p == end) {
        return false;
    }
    ms = value;
    return true;
}

bool LineReader::readExemplar(const char *&p, const char *end, qsizetype firstLabel)
{
    // p is at '#': `# {labels} value [timestamp]`
    const char *const hash = p;
    p = skipBlanks(p + 1, end);
    if (p == hash + 1 || p == end || *p != '{') {
        return fail(ExpositionError::InvalidExemplar, p == end ? hash : p);
    }
    qsizetype count = 0;
    if (!readLabels(p, end, firstLabel, count)) {
        return false;
    }
    p = skipBlanks(p, end);
    const char *valueEnd = skipToken(p, end);
    double value = 0.0;
    if (!parseDouble(p, valueEnd, value)) {
        return fail(ExpositionError::InvalidExemplar, p);
    }
    p = skipBlanks(valueEnd, end);
    if (p < end) {
        const char *timestampEnd = skipToken(p, end);
        qint64 ms = 0;
        if (!readTimestamp(p, timestampEnd, ms)) {
            return fail(ExpositionError::InvalidExemplar, p);
        }
        p = skipBlanks(timestampEnd, end);
    }
    return true;
}

bool LineReader::checkFamilyRules(const ExpositionSample &sample, const char *lineStart)
{
    const bool histogram = sample.type == MetricType::Histogram || sample.type == MetricType::GaugeHistogram;
    if (histogram && sample.name.size() == sample.family.size() + 7 && sample.name.ends_with("_bucket")) {
        const std::optional<std::string_view> le = sample.label("le");
        if (!le || !ExpositionParser::parseValue(*le)) {
            return fail(ExpositionError::MissingBucketLabel, lineStart);
        }
    } else if (sample.type == MetricType::Summary && sample.name.size() == sample.family.size()) {
        const std::optional<std::string_view> quantile = sample.label("quantile");
        if (!quantile || !ExpositionParser::parseValue(*quantile)) {
            return fail(ExpositionError::MissingQuantileLabel, lineStart);
        }
    }
    return true;
}

bool LineReader::readSample(const char *p, const char *end)
{
    const char *const nameBegin = p;
    if (!hasClass(*p, MetricStart)) {
        return fail(ExpositionError::InvalidMetricName, p);
    }
    ++p;
    while (p < end && hasClass(*p, MetricChar)) {
        ++p;
    }
    ExpositionSample sample;
    sample.name = view(nameBegin, p);
    sample.line = m_stats.lines;
    if (p < end && !hasClass(*p, Blank) && *p != '{') {
        return fail(ExpositionError::InvalidMetricName, p);
    }
    p = skipBlanks(p, end);
    qsizetype labelCount = 0;
    if (p < end && *p == '{') {
        if (!readLabels(p, end, 0, labelCount)) {
            return false;
        }
        p = skipBlanks(p, end);
    }
    if (p == end) {
        return fail(ExpositionError::ExpectedValue, p);
    }
    const char *valueEnd = skipToken(p, end);
    if (!parseDouble(p, valueEnd, sample.value)) {
        return fail(ExpositionError::InvalidValue, p);
    }
    p = skipBlanks(valueEnd, end);
    if (p < end && !(m_openMetrics && *p == '#')) {
        const char *timestampEnd = skipToken(p, end);
        qint64 ms = 0;
        if (!readTimestamp(p, timestampEnd, ms)) {
            return fail(ExpositionError::InvalidTimestamp, p);
        }
        sample.timestampMs = ms;
        p = skipBlanks(timestampEnd, end);
    }
    if (p < end && m_openMetrics && *p == '#') {
        if (!readExemplar(p, end, labelCount)) {
            return false;
        }
    }
    if (p != end) {
        return fail(ExpositionError::TrailingCharacters, p);
    }
    if (m_stats.samples >= m_limits.maxSamples) {
        return fail(ExpositionError::TooManySamples, nameBegin, m_limits.maxSamples);
    }

    if (!m_family.empty() && sample.name.starts_with(m_family)
        && suffixBelongs(m_familyType, sample.name.substr(m_family.size()))) {
        sample.family = m_family;
        sample.type = m_familyType;
    } else {
        sample.family = sample.name;
        sample.type = m_defaultType;
    }
    // Only a range of labels this sample actually set: m_labels may be longer (exemplars, earlier lines).
    sample.labels = std::span<const ExpositionLabel>(m_labels.data(), static_cast<std::size_t>(labelCount));
    if (!checkFamilyRules(sample, nameBegin)) {
        return false;
    }
    if (sample.family != m_lastSampleFamily) {
        // A run of samples outside any HELP/TYPE family counts as one family.
        if (sample.family != m_family) {
            ++m_stats.families;
        }
        m_lastSampleFamily = sample.family;
    }
    ++m_stats.samples;
    m_visitor.sample(sample);
    return true;
}

} // namespace

ExpositionParser::ExpositionParser(ParserLimits limits)
    : m_limits(limits)
{
    m_labels.resize(16);
}

ExpositionParser::~ExpositionParser() = default;

ExpositionParseResult ExpositionParser::parse(QByteArrayView body, ExpositionVisitor &visitor, ExpositionFormat format)
{
    LineReader reader(m_limits, m_labels, m_unescaped, visitor, format);
    return reader.run(body);
}

const ParserLimits &ExpositionParser::limits() const
{
    return m_limits;
}

std::optional<double> ExpositionParser::parseValue(std::string_view text)
{
    double value = 0.0;
    if (!parseDouble(text.data(), text.data() + text.size(), value)) {
        return std::nullopt;
    }
    return value;
}

} // namespace Vigil
