// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpositionParser.h"
#include "ExpositionDocument.h"
#include "ExpositionVisitor.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include <cmath>
#include <random>
#include <string>
#include <vector>

using namespace Vigil;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

QByteArray fixture(const char *name)
{
    return readFile(VigilTest::sharedFixture(QStringLiteral("exposition/") + QString::fromUtf8(name)));
}

// Counts sample lines the way `grep -vcE '^\s*(#|$)'` does, independently of the parser.
qsizetype countSampleLines(const QByteArray &body)
{
    qsizetype count = 0;
    for (const QByteArray &line : body.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        count += (!trimmed.isEmpty() && !trimmed.startsWith('#')) ? 1 : 0;
    }
    return count;
}

// Records everything, copying the views, and touches every byte so sanitizers see any bad view.
class RecordingVisitor final : public ExpositionVisitor
{
public:
    struct Sample
    {
        std::string name;
        std::string family;
        MetricType type = MetricType::Untyped;
        std::vector<std::pair<std::string, std::string>> labels;
        double value = 0;
        std::optional<qint64> timestampMs;
    };

    void help(std::string_view family, std::string_view text) override
    {
        helps.emplace_back(std::string(family), std::string(text));
    }
    void type(std::string_view family, MetricType t) override { types.emplace_back(std::string(family), t); }
    void unit(std::string_view family, std::string_view u) override
    {
        units.emplace_back(std::string(family), std::string(u));
    }
    void sample(const ExpositionSample &s) override
    {
        Sample copy;
        copy.name = std::string(s.name);
        copy.family = std::string(s.family);
        copy.type = s.type;
        for (const ExpositionLabel &l : s.labels) {
            copy.labels.emplace_back(std::string(l.name), std::string(l.value));
        }
        copy.value = s.value;
        copy.timestampMs = s.timestampMs;
        samples.push_back(std::move(copy));
    }

    std::vector<std::pair<std::string, std::string>> helps;
    std::vector<std::pair<std::string, MetricType>> types;
    std::vector<std::pair<std::string, std::string>> units;
    std::vector<Sample> samples;
};

struct Parsed
{
    ExpositionParseResult result;
    RecordingVisitor visitor;
};

Parsed parse(const QByteArray &body, ExpositionFormat format = ExpositionFormat::Prometheus, ParserLimits limits = {})
{
    Parsed parsed;
    ExpositionParser parser(limits);
    parsed.result = parser.parse(body, parsed.visitor, format);
    return parsed;
}

// "line:column kind" of a failed parse, for readable expectations.
std::string errorAt(const ExpositionParseResult &result)
{
    return std::to_string(result.line) + ':' + std::to_string(result.column);
}

} // namespace

TEST(ExpositionParser, NodeExporterFixtureSampleCountAndValues)
{
    const QByteArray body = fixture("node_exporter-1.5.0-linux.prom");
    ASSERT_EQ(body.size(), 57661);
    const Parsed parsed = parse(body);
    ASSERT_TRUE(parsed.result.ok()) << errorAt(parsed.result) << ' ' << parsed.result.message().toStdString();
    EXPECT_EQ(parsed.result.stats.samples, 507);
    EXPECT_EQ(parsed.result.stats.samples, countSampleLines(body));
    EXPECT_EQ(parsed.visitor.samples.size(), 507u);
    EXPECT_EQ(parsed.visitor.types.size(), 283u);
    EXPECT_EQ(parsed.result.stats.bytes, body.size());

    const auto doc = ExpositionDocument::parse(body);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->sampleCount(), 507);
    EXPECT_EQ(doc->value("node_memory_MemTotal_bytes"), 2.5276502016e+10);
    EXPECT_EQ(doc->value("node_boot_time_seconds"), 1.795350824e+09);
    EXPECT_EQ(doc->value("node_cpu_seconds_total", {{"cpu", "0"}, {"mode", "idle"}}), 184.4);
    EXPECT_EQ(doc->value("node_filesystem_avail_bytes", {{"mountpoint", "/"}, {"fstype", "ext4"}}), 8.4133883904e+10);
    const ExpositionSampleRecord *uname = doc->find("node_uname_info");
    ASSERT_NE(uname, nullptr);
    EXPECT_EQ(uname->line, 1019);
    EXPECT_EQ(uname->label("version"), QByteArray("#1 SMP PREEMPT_DYNAMIC @0"));
    EXPECT_EQ(uname->label("domainname"), QByteArray("(none)"));
    EXPECT_EQ(uname->labels.size(), 6);

    const ExpositionFamilyRecord *gc = doc->family("go_gc_duration_seconds");
    ASSERT_NE(gc, nullptr);
    EXPECT_EQ(gc->type, MetricType::Summary);
    EXPECT_EQ(gc->help, QByteArray("A summary of the pause duration of garbage collection cycles."));
    ASSERT_EQ(gc->samples.size(), 7);
    EXPECT_EQ(gc->samples[1].label("quantile"), QByteArray("0.25"));
    EXPECT_EQ(gc->samples[1].value, 2.113e-05);
    EXPECT_EQ(gc->samples[6].name, QByteArray("go_gc_duration_seconds_count"));
    EXPECT_EQ(gc->samples[6].value, 1.0);
}

TEST(ExpositionParser, AllTypesFixtureHistogramsAndSummaries)
{
    const QByteArray body = fixture("prometheus-alltypes.237mfs.prom.txt");
    ASSERT_EQ(body.size(), 190191);
    const Parsed parsed = parse(body);
    ASSERT_TRUE(parsed.result.ok()) << errorAt(parsed.result) << ' ' << parsed.result.message().toStdString();
    EXPECT_EQ(parsed.result.stats.samples, 1857);
    EXPECT_EQ(parsed.result.stats.samples, countSampleLines(body));
    EXPECT_EQ(parsed.visitor.types.size(), 237u);
    EXPECT_EQ(parsed.visitor.helps.size(), 237u);
    EXPECT_EQ(parsed.result.stats.families, 237);

    const auto doc = ExpositionDocument::parse(body);
    ASSERT_TRUE(doc.ok());
    const ExpositionFamilyRecord *hist = doc->family("go_gc_heap_allocs_by_size_bytes");
    ASSERT_NE(hist, nullptr);
    EXPECT_EQ(hist->type, MetricType::Histogram);
    ASSERT_EQ(hist->samples.size(), 14);
    EXPECT_EQ(hist->samples[0].label("le"), QByteArray("8.999999999999998"));
    EXPECT_EQ(hist->samples[11].label("le"), QByteArray("+Inf"));
    EXPECT_EQ(hist->samples[11].value, 4.4046288803e+10);
    EXPECT_EQ(hist->samples[12].name, QByteArray("go_gc_heap_allocs_by_size_bytes_sum"));
    EXPECT_EQ(hist->samples[12].value, 5.937322571024e+12);
    const ExpositionFamilyRecord *summary = doc->family("prometheus_engine_query_duration_seconds");
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->type, MetricType::Summary);
    EXPECT_FALSE(summary->samples.isEmpty());

    // Every sample is attributed to its family, with the family's type.
    for (const RecordingVisitor::Sample &s : parsed.visitor.samples) {
        EXPECT_NE(s.type, MetricType::Untyped) << s.name;
    }
}

TEST(ExpositionParser, OtherRealFixturesParse)
{
    for (const char *name : {"node_exporter-e2e-linux-all-collectors.prom", "node_exporter-e2e-darwin.prom"}) {
        const QByteArray body = fixture(name);
        const Parsed parsed = parse(body);
        ASSERT_TRUE(parsed.result.ok()) << name << ' ' << errorAt(parsed.result) << ' '
                                        << parsed.result.message().toStdString();
        EXPECT_EQ(parsed.result.stats.samples, countSampleLines(body)) << name;
    }
}

TEST(ExpositionParser, CommentsHelpTypeAndEmptyLines)
{
    const Parsed p = parse("# just a comment\n"
                           "#no space comment\n"
                           "\n"
                           "# HELP a_total Requests \\\\ with a\\nnewline and \\t kept\n"
                           "# TYPE a_total counter\n"
                           "a_total 3\n"
                           "  \t\n"
                           "# HELP\n"
                           "# TYPE b untyped\n"
                           "b 1\n");
    ASSERT_TRUE(p.result.ok()) << errorAt(p.result);
    ASSERT_EQ(p.visitor.helps.size(), 1u);
    EXPECT_EQ(p.visitor.helps[0].first, "a_total");
    EXPECT_EQ(p.visitor.helps[0].second, "Requests \\ with a\nnewline and \\t kept");
    ASSERT_EQ(p.visitor.types.size(), 2u);
    EXPECT_EQ(p.visitor.types[0].second, MetricType::Counter);
    ASSERT_EQ(p.visitor.samples.size(), 2u);
    EXPECT_EQ(p.visitor.samples[0].family, "a_total");
    EXPECT_EQ(p.visitor.samples[0].type, MetricType::Counter);
    EXPECT_EQ(p.visitor.samples[1].type, MetricType::Untyped);
    EXPECT_EQ(p.result.stats.lines, 10);
}

TEST(ExpositionParser, LabelsEscapesAndSpacing)
{
    const Parsed p = parse("m{a=\"x\\\\y\",b=\"q\\\"uote\",c=\"line\\nbreak\"} 1\n"
                           "m{} 2\n"
                           "m{a=\"b\",} 3\n"
                           "m { a = \"b\" , c=\"d\" }\t4\n"
                           "m{a=\"h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80\"} 5\n"
                           "m{a=\"\"} 6\n");
    ASSERT_TRUE(p.result.ok()) << errorAt(p.result) << ' ' << p.result.message().toStdString();
    ASSERT_EQ(p.visitor.samples.size(), 6u);
    const auto &l0 = p.visitor.samples[0].labels;
    ASSERT_EQ(l0.size(), 3u);
    EXPECT_EQ(l0[0].second, "x\\y");
    EXPECT_EQ(l0[1].second, "q\"uote");
    EXPECT_EQ(l0[2].second, "line\nbreak");
    EXPECT_TRUE(p.visitor.samples[1].labels.empty());
    ASSERT_EQ(p.visitor.samples[2].labels.size(), 1u);
    ASSERT_EQ(p.visitor.samples[3].labels.size(), 2u);
    EXPECT_EQ(p.visitor.samples[3].labels[1].second, "d");
    EXPECT_EQ(p.visitor.samples[3].value, 4.0);
    EXPECT_EQ(p.visitor.samples[4].labels[0].second, "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80");
    EXPECT_EQ(p.visitor.samples[5].labels[0].second, "");
}

TEST(ExpositionParser, SpecialValuesAndTimestamps)
{
    const Parsed p = parse("a NaN\nb +Inf\nc -Inf\nd Inf\ne 1e+06\nf -0.5e-3 1700000000000\ng .5 -12\nh 7 \n"
                           "i nan\nj 1e-400\nk 0x0\n");
    ASSERT_FALSE(p.result.ok());
    EXPECT_EQ(errorAt(p.result), "11:3"); // hex is not a Prometheus float
    EXPECT_EQ(p.result.error, ExpositionError::InvalidValue);
    const auto &s = p.visitor.samples;
    ASSERT_EQ(s.size(), 10u);
    EXPECT_TRUE(std::isnan(s[0].value));
    EXPECT_EQ(s[1].value, std::numeric_limits<double>::infinity());
    EXPECT_EQ(s[2].value, -std::numeric_limits<double>::infinity());
    EXPECT_EQ(s[3].value, std::numeric_limits<double>::infinity());
    EXPECT_EQ(s[4].value, 1e6);
    EXPECT_EQ(s[5].value, -0.5e-3);
    EXPECT_EQ(s[5].timestampMs, 1700000000000);
    EXPECT_FALSE(s[4].timestampMs.has_value());
    EXPECT_EQ(s[6].timestampMs, -12);
    EXPECT_EQ(s[7].value, 7.0);
    EXPECT_TRUE(std::isnan(s[8].value));
    EXPECT_EQ(s[9].value, 0.0);

    EXPECT_EQ(ExpositionParser::parseValue("+Inf"), std::numeric_limits<double>::infinity());
    EXPECT_EQ(ExpositionParser::parseValue("1_000"), std::nullopt);
    EXPECT_EQ(ExpositionParser::parseValue("+-1"), std::nullopt);
    EXPECT_EQ(ExpositionParser::parseValue("nan(1)"), std::nullopt);
    EXPECT_EQ(ExpositionParser::parseValue("1e999"), std::nullopt);
    EXPECT_EQ(ExpositionParser::parseValue(""), std::nullopt);
    EXPECT_EQ(ExpositionParser::parseValue(" 1"), std::nullopt);
}

TEST(ExpositionParser, BomCrlfAndNoFinalNewline)
{
    const Parsed p = parse("\xEF\xBB\xBF# TYPE a gauge\r\na{x=\"y\"} 1\r\n\r\nb 2 17\r\nc 3");
    ASSERT_TRUE(p.result.ok()) << errorAt(p.result);
    ASSERT_EQ(p.visitor.samples.size(), 3u);
    EXPECT_EQ(p.visitor.samples[0].type, MetricType::Gauge);
    EXPECT_EQ(p.visitor.samples[0].labels[0].second, "y");
    EXPECT_EQ(p.visitor.samples[1].timestampMs, 17);
    EXPECT_EQ(p.visitor.samples[2].value, 3.0);

    // Columns count from after the BOM; a CR before LF is not part of the line.
    const Parsed bad = parse("\xEF\xBB\xBF"
                             "a{1=\"x\"} 1\r\n");
    EXPECT_EQ(errorAt(bad.result), "1:3");
    const Parsed crInside = parse("a 1\rb 2\n");
    EXPECT_EQ(crInside.result.error, ExpositionError::InvalidValue); // "1\rb" is one token
    EXPECT_EQ(errorAt(crInside.result), "1:3");

    EXPECT_TRUE(parse("").result.ok());
    EXPECT_TRUE(parse("\n\n").result.ok());
    EXPECT_TRUE(parse("\xEF\xBB\xBF").result.ok());
}

struct MalformedCase
{
    const char *body;
    ExpositionError error;
    const char *where;
};

TEST(ExpositionParser, MalformedInputGivesLineAndColumn)
{
    const MalformedCase cases[] = {
        {"ok 1\n1bad 2\n", ExpositionError::InvalidMetricName, "2:1"},
        {"ok 1\nbad-name 2\n", ExpositionError::InvalidMetricName, "2:4"},
        {"m{1a=\"x\"} 1\n", ExpositionError::InvalidLabelName, "1:3"},
        {"m{a=\"x\",,} 1\n", ExpositionError::InvalidLabelName, "1:9"},
        {"m{a:b=\"x\"} 1\n", ExpositionError::ExpectedEquals, "1:4"},
        {"m{a \"x\"} 1\n", ExpositionError::ExpectedEquals, "1:5"},
        {"m{a=x} 1\n", ExpositionError::ExpectedQuote, "1:5"},
        {"m{a=\"x} 1\n", ExpositionError::UnterminatedLabelValue, "1:5"},
        {"m{a=\"x\\", ExpositionError::UnterminatedLabelValue, "1:5"},
        {"m{a=\"x\\ty\"} 1\n", ExpositionError::InvalidEscape, "1:7"},
        {"m{a=\"\xC3\x28\"} 1\n", ExpositionError::InvalidUtf8, "1:6"},
        {"m{a=\"ok\xED\xA0\x80\"} 1\n", ExpositionError::InvalidUtf8, "1:8"},   // surrogate
        {"m{a=\"\xC0\xAF\"} 1\n", ExpositionError::InvalidUtf8, "1:6"},         // overlong
        {"m{a=\"\xF4\x90\x80\x80\"} 1\n", ExpositionError::InvalidUtf8, "1:6"}, // > U+10FFFF
        {"m{a=\"\xE2\x82\"} 1\n", ExpositionError::InvalidUtf8, "1:6"},         // truncated
        {"m{a=\"x\",b=\"y\",a=\"z\"} 1\n", ExpositionError::DuplicateLabel, "1:15"},
        {"m{a=\"x\" b=\"y\"} 1\n", ExpositionError::ExpectedLabelSeparator, "1:9"},
        {"m{a=\"x\"\n", ExpositionError::ExpectedLabelSeparator, "1:8"},
        {"m\n", ExpositionError::ExpectedValue, "1:2"},
        {"m{a=\"x\"}\n", ExpositionError::ExpectedValue, "1:9"},
        {"a 1\n\tm  abc\n", ExpositionError::InvalidValue, "2:5"},
        {"m 1e\n", ExpositionError::InvalidValue, "1:3"},
        {"m ++1\n", ExpositionError::InvalidValue, "1:3"},
        {"m 1 1.5\n", ExpositionError::InvalidTimestamp, "1:5"},
        {"m 1 12x\n", ExpositionError::InvalidTimestamp, "1:5"},
        {"m 1 99999999999999999999\n", ExpositionError::InvalidTimestamp, "1:5"},
        {"m 1 2 3\n", ExpositionError::TrailingCharacters, "1:7"},
        {"# HELP \n", ExpositionError::ExpectedMetricName, "1:8"},
        {"# TYPE 9x gauge\n", ExpositionError::ExpectedMetricName, "1:8"},
        {"# TYPE m{ gauge\n", ExpositionError::InvalidMetricName, "1:9"},
        {"# TYPE m gauges\n", ExpositionError::InvalidType, "1:10"},
        {"# TYPE m gauge extra\n", ExpositionError::TrailingCharacters, "1:16"},
        {"# TYPE m gauge\n# TYPE m counter\n", ExpositionError::DuplicateType, "2:1"},
        {"# TYPE h histogram\nh_bucket{x=\"1\"} 1\n", ExpositionError::MissingBucketLabel, "2:1"},
        {"# TYPE h histogram\nh_bucket{le=\"one\"} 1\n", ExpositionError::MissingBucketLabel, "2:1"},
        {"# TYPE s summary\ns 1\n", ExpositionError::MissingQuantileLabel, "2:1"},
        {"m 1 # {a=\"b\"} 1\n", ExpositionError::InvalidTimestamp, "1:5"}, // no exemplars in 0.0.4
        {"\xEF\xBB\xBF\xEF\xBB\xBFm 1\n", ExpositionError::InvalidMetricName, "1:1"},
        {"m\x00 1\n", ExpositionError::InvalidMetricName, "1:2"},
    };
    for (const MalformedCase &c : cases) {
        // Built with an explicit size so embedded NULs stay.
        const std::string body = c.body == std::string("m\x00 1\n") ? std::string("m\0 1\n", 5) : std::string(c.body);
        const Parsed p = parse(QByteArray(body.data(), qsizetype(body.size())));
        EXPECT_EQ(p.result.error, c.error) << c.body << " → " << p.result.message().toStdString();
        EXPECT_EQ(errorAt(p.result), c.where) << c.body << " → " << p.result.message().toStdString();
        EXPECT_FALSE(p.result.message().isEmpty());
    }
}

TEST(ExpositionParser, ErrorConvertsToProjectError)
{
    const Parsed p = parse("ok 1\nm{a=\"x\",a=\"y\"} 1\n");
    const Error error = p.result.toError();
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_EQ(error.where, QStringLiteral("2:9"));
    EXPECT_EQ(error.message, QStringLiteral("duplicate label name"));
    EXPECT_EQ(p.result.stats.samples, 1);

    const auto doc = ExpositionDocument::parse("m{a=\"\\q\"} 1\n");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, ErrorCode::Parse);
    EXPECT_EQ(doc.error().where, QStringLiteral("1:6"));
}

TEST(ExpositionParser, LimitsFailWithNamedReason)
{
    ParserLimits limits;
    limits.maxSamples = 3;
    Parsed p = parse("a 1\nb 2\nc 3\n", ExpositionFormat::Prometheus, limits);
    EXPECT_TRUE(p.result.ok());
    p = parse("a 1\nb 2\nc 3\nd 4\n", ExpositionFormat::Prometheus, limits);
    EXPECT_EQ(p.result.error, ExpositionError::TooManySamples);
    EXPECT_EQ(errorAt(p.result), "4:1");
    EXPECT_EQ(p.result.message(), QStringLiteral("too many samples (limit 3)"));

    const QByteArray defaultsBody = QByteArray("x 1\n").repeated(50001);
    p = parse(defaultsBody);
    EXPECT_EQ(p.result.message(), QStringLiteral("too many samples (limit 50000)"));
    EXPECT_EQ(p.result.line, 50001);

    limits = {};
    limits.maxLabelsPerSample = 2;
    p = parse("m{a=\"1\",b=\"2\"} 1\nm{a=\"1\",b=\"2\",c=\"3\"} 1\n", ExpositionFormat::Prometheus, limits);
    EXPECT_EQ(p.result.error, ExpositionError::TooManyLabels);
    EXPECT_EQ(errorAt(p.result), "2:15");
    EXPECT_EQ(p.result.message(), QStringLiteral("too many labels in one sample (limit 2)"));

    // Default: 64 labels.
    QByteArray many = "m{";
    for (int i = 0; i < 65; ++i) {
        many += "l" + QByteArray::number(i) + "=\"v\",";
    }
    many += "} 1\n";
    p = parse(many);
    EXPECT_EQ(p.result.message(), QStringLiteral("too many labels in one sample (limit 64)"));

    const QByteArray longValue = "m{a=\"" + QByteArray(4097, 'v') + "\"} 1\n";
    p = parse(longValue);
    EXPECT_EQ(p.result.error, ExpositionError::LabelValueTooLong);
    EXPECT_EQ(errorAt(p.result), "1:6");
    EXPECT_EQ(p.result.message(), QStringLiteral("label value too long (limit 4096 byte(s))"));
    // The limit applies to the unescaped value.
    EXPECT_TRUE(parse("m{a=\"" + QByteArray("\\n").repeated(2048) + "\"} 1\n").result.ok());
    EXPECT_TRUE(parse("m{a=\"" + QByteArray(4096, 'v') + "\"} 1\n").result.ok());

    const QByteArray longLine = "m{a=\"" + QByteArray(3000, 'v') + "\"} 1 " + QByteArray(70000, ' ') + "\n";
    p = parse(longLine);
    EXPECT_EQ(p.result.error, ExpositionError::LineTooLong);
    EXPECT_EQ(errorAt(p.result), "1:65537");
    EXPECT_EQ(p.result.message(), QStringLiteral("line too long (limit 65536 byte(s))"));
    // Exactly at the limit is fine, CR not counted.
    QByteArray exact = "m 1";
    exact += QByteArray(65536 - exact.size(), ' ');
    EXPECT_TRUE(parse(exact + "\r\n").result.ok());
}

TEST(ExpositionParser, OpenMetricsEofTypesAndExemplars)
{
    const char *body = "# TYPE acme_http_router_request_seconds summary\n"
                       "# UNIT acme_http_router_request_seconds seconds\n"
                       "# HELP acme_http_router_request_seconds Latency \\\"quoted\\\".\n"
                       "acme_http_router_request_seconds_sum{path=\"/api/v1\",method=\"GET\"} 9036.32\n"
                       "acme_http_router_request_seconds_count{path=\"/api/v1\",method=\"GET\"} 807283.0\n"
                       "acme_http_router_request_seconds_created{path=\"/api/v1\",method=\"GET\"} 1605281325.0\n"
                       "# TYPE foo histogram\n"
                       "foo_bucket{le=\"0.01\"} 0\n"
                       "foo_bucket{le=\"+Inf\"} 17 # {trace_id=\"KOO5S4vxi0o\"} 0.67 1520879607.789\n"
                       "foo_count 17 1520879607.789\n"
                       "# TYPE bar info\n"
                       "bar_info{version=\"1\"} 1\n"
                       "# TYPE s stateset\n"
                       "s{s=\"a\"} 1\n"
                       "# TYPE g gaugehistogram\n"
                       "g_bucket{le=\"+Inf\"} 2\n"
                       "g_gcount 2\n"
                       "# TYPE u unknown\n"
                       "u 1\n"
                       "untyped_thing 3\n"
                       "# EOF\n";
    const Parsed p = parse(body, ExpositionFormat::OpenMetrics);
    ASSERT_TRUE(p.result.ok()) << errorAt(p.result) << ' ' << p.result.message().toStdString();
    ASSERT_EQ(p.visitor.units.size(), 1u);
    EXPECT_EQ(p.visitor.units[0].second, "seconds");
    EXPECT_EQ(p.visitor.helps[0].second, "Latency \"quoted\".");
    const auto &s = p.visitor.samples;
    ASSERT_EQ(s.size(), 12u);
    EXPECT_EQ(s[2].family, "acme_http_router_request_seconds");
    EXPECT_EQ(s[2].type, MetricType::Summary);
    EXPECT_EQ(s[4].labels.size(), 1u); // exemplar labels are not the sample's
    EXPECT_EQ(s[4].value, 17.0);
    EXPECT_EQ(s[5].timestampMs, 1520879607789);
    EXPECT_EQ(s[6].type, MetricType::Info);
    EXPECT_EQ(s[7].type, MetricType::StateSet);
    EXPECT_EQ(s[9].type, MetricType::GaugeHistogram);
    EXPECT_EQ(s[10].type, MetricType::Unknown);
    EXPECT_EQ(s[11].type, MetricType::Unknown);
    EXPECT_EQ(s[11].family, "untyped_thing");

    Parsed bad = parse("a 1\n# EOF\nb 2\n", ExpositionFormat::OpenMetrics);
    EXPECT_EQ(bad.result.error, ExpositionError::ContentAfterEof);
    EXPECT_EQ(errorAt(bad.result), "3:1");
    bad = parse("a 1\n# EOF\n\n", ExpositionFormat::OpenMetrics);
    EXPECT_EQ(bad.result.error, ExpositionError::ContentAfterEof);
    bad = parse("a 1\n", ExpositionFormat::OpenMetrics);
    EXPECT_EQ(bad.result.error, ExpositionError::MissingEof);
    EXPECT_EQ(errorAt(bad.result), "2:1");
    EXPECT_EQ(parse("", ExpositionFormat::OpenMetrics).result.error, ExpositionError::MissingEof);
    EXPECT_TRUE(parse("a 1\n# EOF", ExpositionFormat::OpenMetrics).result.ok());
    EXPECT_TRUE(parse("a 1\r\n# EOF\r\n", ExpositionFormat::OpenMetrics).result.ok());
    bad = parse("a 1 # {a=\"b\" 1\n# EOF\n", ExpositionFormat::OpenMetrics);
    EXPECT_EQ(bad.result.error, ExpositionError::ExpectedLabelSeparator);
    bad = parse("a 1 # x\n# EOF\n", ExpositionFormat::OpenMetrics);
    EXPECT_EQ(bad.result.error, ExpositionError::InvalidExemplar);
    EXPECT_EQ(errorAt(bad.result), "1:7");
    bad = parse("a 1 #{a=\"b\"} 1\n# EOF\n", ExpositionFormat::OpenMetrics);
    EXPECT_EQ(bad.result.error, ExpositionError::InvalidExemplar);

    // In Prometheus text `# EOF` is only a comment (Prometheus' own alltypes test data ends with one).
    EXPECT_TRUE(parse("a 1\n# EOF\nb 2\n").result.ok());
}

TEST(ExpositionParser, ViewsPointIntoTheBody)
{
    struct Check final : ExpositionVisitor
    {
        QByteArrayView body;
        int inside = 0;
        int outside = 0;
        void sample(const ExpositionSample &s) override
        {
            const auto in = [this](std::string_view v) {
                return v.data() >= body.data() && v.data() + v.size() <= body.data() + body.size();
            };
            (in(s.name) ? inside : outside)++;
            for (const ExpositionLabel &l : s.labels) {
                (in(l.value) ? inside : outside)++;
            }
        }
    } check;
    const QByteArray body("m{a=\"plain\",b=\"esc\\\"aped\"} 1\n");
    check.body = body;
    ExpositionParser parser;
    ASSERT_TRUE(parser.parse(body, check).ok());
    EXPECT_EQ(check.inside, 2);  // the name and the plain value
    EXPECT_EQ(check.outside, 1); // the unescaped one lives in the parser's buffer
}

TEST(ExpositionParser, ParserIsReusable)
{
    ExpositionParser parser;
    RecordingVisitor first;
    EXPECT_FALSE(parser.parse("m{a=\"x\\\\\"} 1\nbad{", first).ok());
    RecordingVisitor second;
    const ExpositionParseResult r = parser.parse("# TYPE m gauge\nm{a=\"y\\n\"} 2\n", second);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.stats.samples, 1);
    ASSERT_EQ(second.samples.size(), 1u);
    EXPECT_EQ(second.samples[0].labels[0].second, "y\n");
}

// Replays tests/fuzz/corpus (inputs that once found bugs or sit on grammar edges) and seeded random mutations of
// the real fixtures. The only assertion beyond "no crash, no sanitizer report" is that an error points inside the
// body. The libFuzzer target in tests/fuzz explores further when built with clang.
namespace {

void expectSaneOutcome(QByteArrayView body, const ExpositionParseResult &r, const std::string &what)
{
    if (r.ok()) {
        return;
    }
    const qsizetype lines = QByteArrayView(body).count('\n') + 1;
    EXPECT_GE(r.line, 1) << what;
    EXPECT_LE(r.line, lines + 1) << what;
    EXPECT_GE(r.column, 1) << what;
    EXPECT_LE(r.column, body.size() + 1) << what;
    EXPECT_FALSE(r.message().isEmpty()) << what;
}

class TouchingVisitor final : public ExpositionVisitor
{
public:
    void help(std::string_view family, std::string_view text) override { touch(family), touch(text); }
    void unit(std::string_view family, std::string_view u) override { touch(family), touch(u); }
    void sample(const ExpositionSample &s) override
    {
        touch(s.name);
        touch(s.family);
        for (const ExpositionLabel &l : s.labels) {
            touch(l.name);
            touch(l.value);
        }
    }
    std::size_t sum = 0;

private:
    void touch(std::string_view v)
    {
        for (char c : v) {
            sum += static_cast<unsigned char>(c);
        }
    }
};

void parseEveryWay(QByteArrayView body, const std::string &what)
{
    ParserLimits tiny;
    tiny.maxSamples = 5;
    tiny.maxLabelsPerSample = 2;
    tiny.maxLabelValueBytes = 3;
    tiny.maxLineBytes = 20;
    for (const ParserLimits &limits : {ParserLimits{}, tiny}) {
        for (ExpositionFormat format : {ExpositionFormat::Prometheus, ExpositionFormat::OpenMetrics}) {
            ExpositionParser parser(limits);
            TouchingVisitor visitor;
            expectSaneOutcome(body, parser.parse(body, visitor, format), what);
        }
    }
}

} // namespace

TEST(ExpositionParserFuzzReplay, Corpus)
{
    const QDir dir(VigilTest::sourcePath(QStringLiteral("tests/fuzz/corpus")));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 20) << dir.path().toStdString();
    for (const QString &name : files) {
        const QByteArray body = readFile(dir.filePath(name));
        parseEveryWay(body, name.toStdString());
        // Every prefix too: truncation mid-token is the commonest real-world breakage.
        for (qsizetype n = 0; n < body.size() && body.size() <= 2048; ++n) {
            parseEveryWay(body.first(n), name.toStdString() + " prefix " + std::to_string(n));
        }
    }
}

TEST(ExpositionParserFuzzReplay, MutatedFixtures)
{
    static const char kInteresting[] = "\"{}=,#\\ \t\n\r\x00\xff\xc3\xe2\xf0\x80"
                                       "eE+-.0123456789_:aZ";
    std::mt19937 random(20240611); // fixed: failures must reproduce
    for (const char *name :
         {"node_exporter-1.5.0-linux.prom", "prometheus-alltypes.237mfs.prom.txt", "node_exporter-e2e-darwin.prom"}) {
        const QByteArray original = fixture(name);
        ASSERT_FALSE(original.isEmpty());
        for (int round = 0; round < 150; ++round) {
            QByteArray body = original;
            const int edits = 1 + static_cast<int>(random() % 8);
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(body.size()));
                const char c = kInteresting[random() % (sizeof kInteresting - 1)];
                switch (random() % 5) {
                case 0:
                    body[at] = c;
                    break;
                case 1:
                    body.insert(at, c);
                    break;
                case 2:
                    body.remove(at, static_cast<qsizetype>(random() % 40));
                    break;
                case 3:
                    body.insert(at, body.mid(static_cast<qsizetype>(random() % static_cast<unsigned>(body.size())),
                                             static_cast<qsizetype>(random() % 200)));
                    break;
                default:
                    body.truncate(at);
                    break;
                }
            }
            // Hand the parser an exact-size heap copy so ASan catches a read one past the end.
            std::vector<char> exact(body.begin(), body.end());
            const QByteArrayView view(exact.data(), static_cast<qsizetype>(exact.size()));
            parseEveryWay(view, std::string(name) + " round " + std::to_string(round));
        }
    }
}
