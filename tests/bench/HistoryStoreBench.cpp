// SPDX-License-Identifier: GPL-3.0-or-later
// Sustained health-sample inserts into a real SQLite file (WAL, synchronous=FULL), in the batches the poller
// writes: one poll cycle of D devices × (cpu, memory, 3 disks) per transaction.
#include "Database.h"
#include "HistoryStore.h"
#include "InventoryStore.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

struct Fleet
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<qint64> devices;
};

std::unique_ptr<Fleet> makeFleet(int deviceCount)
{
    auto fleet = std::make_unique<Fleet>();
    fleet->db = Database::open(fleet->dir.filePath(QStringLiteral("bench.db"))).value();
    InventoryStore inventory(*fleet->db);
    InventoryImport import;
    for (int i = 0; i < deviceCount; ++i) {
        ImportedDevice device;
        device.client = QStringLiteral("Client %1").arg(i / 50);
        device.site = QStringLiteral("HQ");
        device.name = QStringLiteral("dev-%1").arg(i);
        import.devices.append(device);
    }
    (void)inventory.applyImport(import, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    QSqlQuery q(fleet->db->connection());
    q.exec(QStringLiteral("SELECT id FROM devices ORDER BY id"));
    while (q.next()) {
        fleet->devices.append(q.value(0).toLongLong());
    }
    return fleet;
}

void appendPollCycles(benchmark::State &state)
{
    const int deviceCount = static_cast<int>(state.range(0));
    auto fleet = makeFleet(deviceCount);
    HistoryStore history(*fleet->db);
    const QStringList mounts{QStringLiteral("/"), QStringLiteral("/var"), QStringLiteral("/srv")};
    qint64 ts = 1'795'000'000;
    QList<HealthSample> batch;
    batch.reserve(deviceCount * 5);
    for (auto _ : state) {
        state.PauseTiming();
        batch.clear();
        ts += 60;
        for (const qint64 device : fleet->devices) {
            batch.append({device, QStringLiteral("cpu"), QString(), ts, static_cast<double>(ts % 97)});
            batch.append({device, QStringLiteral("memory"), QString(), ts, 42.5});
            for (const QString &mount : mounts) {
                batch.append({device, QStringLiteral("disk"), mount, ts, 71.25});
            }
        }
        state.ResumeTiming();
        if (!history.append(batch)) {
            state.SkipWithError("append failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * batch.size());
    state.counters["samples_per_batch"] = static_cast<double>(batch.size());
}
BENCHMARK(appendPollCycles)->Arg(200)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

void maintainAfterADay(benchmark::State &state)
{
    auto fleet = makeFleet(200);
    HistoryStore history(*fleet->db);
    const qint64 start = 1'795'000'000 / 3600 * 3600;
    QList<HealthSample> batch;
    for (int minute = 0; minute < 24 * 60; ++minute) {
        for (const qint64 device : fleet->devices) {
            batch.append({device, QStringLiteral("cpu"), QString(), start + minute * 60, double(minute % 100)});
        }
        if (batch.size() > 20000) {
            (void)history.append(batch);
            batch.clear();
        }
    }
    (void)history.append(batch);
    for (auto _ : state) {
        auto stats = history.maintain(QDateTime::fromSecsSinceEpoch(start + 24 * 3600, Qt::UTC));
        benchmark::DoNotOptimize(stats);
    }
    state.SetItemsProcessed(state.iterations() * 200 * 24 * 60);
}
BENCHMARK(maintainAfterADay)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
