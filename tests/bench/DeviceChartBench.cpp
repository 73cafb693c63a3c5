// SPDX-License-Identifier: GPL-3.0-or-later
// The device page's charts over a month of history (DeviceScenario: 30 days, rollups beyond 48 h, one sample a
// minute after): reading and decimating one line into 1200 columns (a 2400-pixel chart, or at two points per pixel
// the most a 1200-pixel one could ask for), updating a chart with it and rendering
// the chart, and a whole range switch of the page (three charts, five lines). The budget for a range: ≤ 16 ms.
// Figures are printed, never checked. Runs offscreen.
#include "Clock.h"
#include "Database.h"
#include "DevicePage.h"
#include "DeviceScenario.h"
#include "DeviceStateStore.h"
#include "HealthChart.h"
#include "HealthChartQuery.h"
#include "InventoryStore.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <memory>

using namespace Vigil;

namespace {

constexpr int kColumns = 1200;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<DeviceScenario> scenario;
    qint64 device = 0;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(7, 5), Qt::UTC)};

    Fixture()
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("vigil.db")))).value();
        scenario = std::make_unique<DeviceScenario>(*db, clock.now());
        device = scenario->addServer();
        scenario->fillHistory(device);
        scenario->pollNow(device);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

HealthChartQuery::Range rangeOf(const benchmark::State &state)
{
    return static_cast<HealthChartQuery::Range>(state.range(0));
}

void queryAndDecimate(benchmark::State &state)
{
    Fixture &f = fixture();
    HealthChartQuery query(*f.db);
    qsizetype points = 0;
    qint64 source = 0;
    for (auto _ : state) {
        auto series = query.series(f.device, QStringLiteral("cpu"), {}, rangeOf(state), f.clock.now(), kColumns);
        points = series->pointCount();
        source = series->sourcePoints;
        benchmark::DoNotOptimize(points);
    }
    state.counters["source_points"] = static_cast<double>(source);
    state.counters["drawn_points"] = static_cast<double>(points);
}
BENCHMARK(queryAndDecimate)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// setLines plus a full render of the chart (1200 × 260 px plot, the thresholds included) into an image.
void chartUpdateAndRender(benchmark::State &state)
{
    Fixture &f = fixture();
    HealthChartQuery query(*f.db);
    HealthChart chart(QStringLiteral("CPU busy %"));
    chart.resize(kColumns + 60, 300);
    chart.setThresholds(95, std::nullopt);
    const QDateTime now = f.clock.now();
    const QDateTime from = now.addSecs(-HealthChartQuery::rangeSeconds(rangeOf(state)));
    auto series = query.series(f.device, QStringLiteral("cpu"), {}, rangeOf(state), now, kColumns).value();
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        chart.setLines({{QString(), series}}, from, now);
        QPainter painter(&image);
        chart.render(&painter);
    }
    state.counters["drawn_points"] = static_cast<double>(chart.dataPointCount());
}
BENCHMARK(chartUpdateAndRender)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// What a click on a range button costs: every line read, decimated and set, then the three charts painted (the
// rest of the page does not change).
void pageRangeSwitch(benchmark::State &state)
{
    Fixture &f = fixture();
    InventoryStore inventory(*f.db);
    DeviceStateStore states(*f.db);
    DevicePage page(*f.db, inventory, states, f.clock, QStringLiteral("sam"));
    page.resize(1500, 1100);
    page.show();
    page.showDevice(f.device);
    QCoreApplication::processEvents();
    const QList<HealthChart *> charts = page.findChildren<HealthChart *>();
    QImage image(page.size(), QImage::Format_ARGB32_Premultiplied);
    qsizetype points = 0;
    for (auto _ : state) {
        page.setRange(rangeOf(state));
        QPainter painter(&image);
        points = 0;
        for (HealthChart *chart : charts) {
            static_cast<QWidget *>(chart)->render(&painter, chart->mapTo(&page, QPoint(0, 0)));
            points += chart->dataPointCount();
        }
    }
    state.counters["charts"] = static_cast<double>(charts.size());
    state.counters["drawn_points"] = static_cast<double>(points);
}
BENCHMARK(pageRangeSwitch)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
