// SPDX-License-Identifier: GPL-3.0-or-later
// Parse + map per payload: what one poll costs on the poller thread after the body has arrived. The Windows payload
// is a capture of the fleet simulator (tests/data/exposition/fleetsim-windows-0.25.1.prom: `vigil-fleetsim
// --devices 60 --seed 42 --fixed-time 1790000000`, device 31 WCAR-DC01, windows_exporter 0.25.1).
#include "ExpositionDocument.h"
#include "ExpositionParser.h"
#include "MetricMapper.h"
#include "MetricMappingVisitor.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Vigil;

QByteArray readSource(const QString &relative)
{
    // VIGIL_SOURCE_DIR when run by ctest, else relative to this source file.
    QString source = qEnvironmentVariable("VIGIL_SOURCE_DIR");
    if (source.isEmpty()) {
        source = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../..");
    }
    QFile file(QDir::cleanPath(source + QLatin1Char('/') + relative));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    return file.readAll();
}

QByteArray payload(const char *name)
{
    const QString file = QString::fromUtf8(name);
    return file.startsWith(QLatin1String("fleetsim"))
               ? readSource(QStringLiteral("tests/data/exposition/") + file)
               : readSource(QStringLiteral("../shared/fixtures/exposition/") + file);
}

const char *const kNodeExporter = "node_exporter-1.5.0-linux.prom";
const char *const kWindows = "fleetsim-windows-0.25.1.prom";

// The poller's path: one pass of the parser feeding the mapping visitor, then the snapshot (with a CPU rate, as
// from the second poll on).
void BM_ParseAndMap(benchmark::State &state, const char *name)
{
    const QByteArray body = payload(name);
    ExpositionParser parser;
    const MetricMapper mapper;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    auto first = mapper.map(parser, body, ExpositionFormat::Prometheus, std::nullopt, now);
    if (!first.ok() || !first->counters) {
        state.SkipWithError("mapping failed");
        return;
    }
    CpuCounters previous = *first->counters;
    previous.busySeconds -= 10;
    previous.totalSeconds -= 60;
    for (auto _ : state) {
        auto result = mapper.map(parser, body, ExpositionFormat::Prometheus, previous, now);
        benchmark::DoNotOptimize(result);
    }
    const auto document = ExpositionDocument::parse(body);
    const qsizetype samples = document.ok() ? document->sampleCount() : 0;
    state.SetBytesProcessed(state.iterations() * body.size());
    state.SetItemsProcessed(state.iterations() * samples);
    state.counters["samples"] = static_cast<double>(samples);
}

// Mapping alone over an owning document (the tests' path): the cost of the mapper without parsing.
void BM_MapDocument(benchmark::State &state, const char *name)
{
    const auto document = ExpositionDocument::parse(payload(name));
    if (!document.ok()) {
        state.SkipWithError("parse failed");
        return;
    }
    const MetricMapper mapper;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    for (auto _ : state) {
        MappingResult result = mapper.map(*document, std::nullopt, now);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * document->sampleCount());
}

BENCHMARK_CAPTURE(BM_ParseAndMap, node_exporter, kNodeExporter)->UseRealTime();
BENCHMARK_CAPTURE(BM_ParseAndMap, fleetsim_windows, kWindows)->UseRealTime();
BENCHMARK_CAPTURE(BM_MapDocument, node_exporter, kNodeExporter)->UseRealTime();
BENCHMARK_CAPTURE(BM_MapDocument, fleetsim_windows, kWindows)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
