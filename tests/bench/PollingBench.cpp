// SPDX-License-Identifier: GPL-3.0-or-later
// The poller against the fleet simulator on loopback: N endpoints every 60 s for a few minutes, measuring the CPU
// this process uses, how late polls start against their slots, connection reuse and memory. Figures only; never a
// pass/fail gate. Usage: vigil_bench_polling [--benchmark_filter=…] with VIGIL_BENCH_DEVICES and
// VIGIL_BENCH_MINUTES in the environment (defaults 10000 and 3).
#include "Clock.h"
#include "Database.h"
#include "InventoryImporter.h"
#include "InventoryStore.h"
#include "PollService.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

using namespace Vigil;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    return 0;
}

QString fleetsimPath()
{
    const QString here = QCoreApplication::applicationDirPath();
    return QDir(here).filePath(QStringLiteral("../fleetsim/vigil-fleetsim"));
}

void pollFleet(benchmark::State &state)
{
    const int devices = qEnvironmentVariableIntValue("VIGIL_BENCH_DEVICES") > 0
                            ? qEnvironmentVariableIntValue("VIGIL_BENCH_DEVICES")
                            : 10000;
    const int minutes = qEnvironmentVariableIntValue("VIGIL_BENCH_MINUTES") > 0
                            ? qEnvironmentVariableIntValue("VIGIL_BENCH_MINUTES")
                            : 3;
    QTemporaryDir dir;
    QProcess fleet;
    fleet.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    fleet.start(fleetsimPath(), {QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--seed"),
                                 QStringLiteral("3"), QStringLiteral("--base-port"), QStringLiteral("40000"),
                                 QStringLiteral("--inventory"), dir.filePath(QStringLiteral("fleet.json"))});
    if (!fleet.waitForStarted() || !fleet.waitForReadyRead(30000)) {
        state.SkipWithError("the fleet simulator did not start (is port 40000 free?)");
        return;
    }
    auto db = Database::open(dir.filePath(QStringLiteral("vigil.db")));
    InventoryStore inventory(*db.value());
    if (!InventoryImporter::importFile(inventory, dir.filePath(QStringLiteral("fleet.json")), ImportFormat::FileSd)) {
        state.SkipWithError("import failed");
        return;
    }
    PollService::Settings settings;
    PollService service(*db.value(), Clock::system(), settings);
    (void)service.reloadDevices();

    for (auto _ : state) {
        // The first minute warms up (every device gets its first poll and its connection); measure after it.
        QEventLoop loop;
        service.start();
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        const PollService::ScheduleStats warm = service.scheduleStats();
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        QTimer::singleShot(minutes * 60'000, &loop, &QEventLoop::quit);
        loop.exec();
        const double cpu = cpuSeconds() - cpu0;
        const double seconds = wall.elapsed() / 1000.0;
        service.stop();
        const PollService::ScheduleStats &stats = service.scheduleStats();
        std::vector<qint64> lateness(stats.latenessMs.cbegin()
                                         + (stats.latenessMs.size() - (stats.started - warm.started)),
                                     stats.latenessMs.cend());
        std::sort(lateness.begin(), lateness.end());
        const auto percentile = [&lateness](double p) {
            return lateness.empty()
                       ? 0.0
                       : static_cast<double>(
                           lateness[static_cast<std::size_t>(p * static_cast<double>(lateness.size() - 1))]);
        };
        const qint64 finished = stats.finished - warm.finished;
        state.SetIterationTime(seconds);
        state.counters["devices"] = devices;
        state.counters["polls"] = static_cast<double>(finished);
        state.counters["polls_per_s"] = static_cast<double>(finished) / seconds;
        state.counters["cpu_core_pct"] = 100.0 * cpu / seconds;
        state.counters["late_p50_ms"] = percentile(0.50);
        state.counters["late_p99_ms"] = percentile(0.99);
        state.counters["late_max_ms"] = percentile(1.0);
        state.counters["reused_pct"] =
            finished > 0 ? 100.0 * static_cast<double>(stats.reused - warm.reused) / static_cast<double>(finished)
                         : 0.0;
        state.counters["skipped"] = static_cast<double>(stats.skippedStillRunning);
        state.counters["rss_mib"] = rssMiB();
    }
    fleet.terminate();
    fleet.waitForFinished(10000);
}
BENCHMARK(pollFleet)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
