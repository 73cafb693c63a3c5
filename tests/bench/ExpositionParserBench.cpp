// SPDX-License-Identifier: GPL-3.0-or-later
// Parser throughput on the real fixtures (bytes/s and samples/s, on wall-clock time), and a check that a warmed-up
// parser does not allocate: `vigil_bench_parser --check-allocations` exits non-zero if operator new runs in a parse.
#include "ExpositionDocument.h"
#include "ExpositionParser.h"
#include "ExpositionVisitor.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

namespace {

std::atomic<long long> g_allocations{0};

} // namespace

// Counting replacements of the global allocation functions. The array, aligned and nothrow forms forward here.
void *operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void *p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}

void *operator new[](std::size_t size)
{
    return operator new(size);
}

void operator delete(void *p) noexcept
{
    std::free(p);
}

void operator delete[](void *p) noexcept
{
    std::free(p);
}

void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}

namespace {

using namespace Vigil;

QByteArray fixture(const char *name)
{
    // VIGIL_SOURCE_DIR when run by ctest, else relative to this source file.
    QString source = qEnvironmentVariable("VIGIL_SOURCE_DIR");
    if (source.isEmpty()) {
        source = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../..");
    }
    QFile file(QDir::cleanPath(source + QStringLiteral("/../shared/fixtures/exposition/") + QString::fromUtf8(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    return file.readAll();
}

// What a consumer minimally does with each sample: read the name, every label and the value.
class SummingVisitor final : public ExpositionVisitor
{
public:
    void sample(const ExpositionSample &s) override
    {
        checksum += s.name.size() + s.labels.size();
        for (const ExpositionLabel &l : s.labels) {
            checksum += l.name.size() + l.value.size();
        }
        total += s.value;
    }
    std::size_t checksum = 0;
    double total = 0;
};

const char *const kNodeExporter = "node_exporter-1.5.0-linux.prom";
const char *const kAllTypes = "prometheus-alltypes.237mfs.prom.txt";
const char *const kLinuxAll = "node_exporter-e2e-linux-all-collectors.prom";

void BM_Parse(benchmark::State &state, const char *name)
{
    const QByteArray body = fixture(name);
    ExpositionParser parser;
    SummingVisitor visitor;
    qsizetype samples = 0;
    for (auto _ : state) {
        const ExpositionParseResult result = parser.parse(body, visitor);
        if (!result.ok()) {
            state.SkipWithError("parse failed");
            return;
        }
        samples = result.stats.samples;
        benchmark::DoNotOptimize(visitor.checksum);
    }
    state.SetBytesProcessed(state.iterations() * body.size());
    state.SetItemsProcessed(state.iterations() * samples);
    state.counters["samples"] = static_cast<double>(samples);
}

// The owning convenience (allocates per sample): for comparison only.
void BM_Document(benchmark::State &state, const char *name)
{
    const QByteArray body = fixture(name);
    qsizetype samples = 0;
    for (auto _ : state) {
        const auto document = ExpositionDocument::parse(body);
        samples = document.ok() ? document->sampleCount() : 0;
        benchmark::DoNotOptimize(samples);
    }
    state.SetBytesProcessed(state.iterations() * body.size());
    state.SetItemsProcessed(state.iterations() * samples);
}

BENCHMARK_CAPTURE(BM_Parse, node_exporter, kNodeExporter)->UseRealTime();
BENCHMARK_CAPTURE(BM_Parse, alltypes, kAllTypes)->UseRealTime();
BENCHMARK_CAPTURE(BM_Parse, node_exporter_e2e_all, kLinuxAll)->UseRealTime();
BENCHMARK_CAPTURE(BM_Document, node_exporter, kNodeExporter)->UseRealTime();
BENCHMARK_CAPTURE(BM_Document, alltypes, kAllTypes)->UseRealTime();

// Warm a parser up on each fixture (and on an input with escapes), then count allocations over further parses.
int checkAllocations()
{
    const QByteArray escaped =
        QByteArray("# HELP e Escaped \\\\ help\\n.\n")
        + QByteArray("e{path=\"C:\\\\Windows\\\\Temp\",msg=\"say \\\"hi\\\"\\n\"} 1\n").repeated(500);
    const QByteArray bodies[] = {fixture(kNodeExporter), fixture(kAllTypes), fixture(kLinuxAll), escaped};
    ExpositionParser parser;
    SummingVisitor visitor;
    for (const QByteArray &body : bodies) {
        if (!parser.parse(body, visitor).ok()) {
            std::fprintf(stderr, "warm-up parse failed\n");
            return 1;
        }
    }
    int failures = 0;
    for (const QByteArray &body : bodies) {
        const long long before = g_allocations.load();
        const ExpositionParseResult result = parser.parse(body, visitor);
        const long long allocations = g_allocations.load() - before;
        std::printf("%lld allocations while parsing %lld samples (%lld bytes)\n", allocations,
                    static_cast<long long>(result.stats.samples), static_cast<long long>(body.size()));
        failures += (allocations != 0 || !result.ok()) ? 1 : 0;
    }
    std::printf(failures == 0 ? "OK: no allocation in steady state\n" : "FAIL: the parser allocated\n");
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--check-allocations") == 0) {
            return checkAllocations();
        }
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
