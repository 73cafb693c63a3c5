// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules over a poll cycle of N devices: the engine alone (pure CPU), and the whole step the poller runs in
// its batch transaction (read conditions and alerts, evaluate, write what changed) against a real SQLite file.
// Target: 10,000 devices per cycle in ≤ 100 ms of CPU.
#include "AlertEvaluator.h"
#include "Database.h"
#include "InventoryStore.h"
#include "RuleEngine.h"
#include "RuleSet.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <ctime>

using namespace Vigil;

namespace {

const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);

// A typical server: three filesystems (one of every 20 devices nearly full), two backup jobs, two drives, CPU and
// memory, pending updates; about one device in 25 unreachable.
DeviceSnapshot snapshotFor(int i, const QDateTime &now)
{
    DeviceSnapshot s;
    s.polledAt = now;
    s.reachable = i % 25 != 7;
    if (!s.reachable) {
        s.failure = PollFailure{QStringLiteral("timeout"), QStringLiteral("timed out after 10000 ms")};
        return s;
    }
    s.cpuBusyPercent = (i * 37) % 100;
    s.memoryUsedPercent = 40 + (i * 13) % 60;
    const double full = i % 20 == 3 ? 91 : 40 + (i % 30);
    s.disks = {
        {QStringLiteral("/"), QStringLiteral("/dev/sda1"), QStringLiteral("ext4"), 100'000'000'000, 30'000'000'000, 70},
        {QStringLiteral("/var"), QStringLiteral("/dev/sda2"), QStringLiteral("ext4"), 50'000'000'000, 20'000'000'000,
         60},
        {QStringLiteral("/srv"), QStringLiteral("/dev/sdb1"), QStringLiteral("xfs"), 2'000'000'000'000,
         static_cast<qint64>(2'000'000'000'000 * (100 - full) / 100), full}};
    s.pendingUpdates = i % 11;
    s.securityUpdates = i % 7 == 0 ? 2 : 0;
    s.rebootRequired = i % 9 == 0;
    for (const QString &job : {QStringLiteral("nightly"), QStringLiteral("offsite")}) {
        BackupJobStatus b;
        b.job = job;
        b.lastRun = now.addSecs(-3600 * (1 + i % 20));
        b.lastRunOk = i % 31 != 4;
        b.lastSuccess = b.lastRunOk.value() ? b.lastRun : now.addSecs(-40 * 3600);
        b.lastRestoreTest = now.addSecs(-86400 * (i % 120));
        s.backups.append(b);
    }
    for (const QString &disk : {QStringLiteral("/dev/sda"), QStringLiteral("/dev/sdb")}) {
        SmartDiskStatus d;
        d.disk = disk;
        d.healthy = i % 97 != 5;
        d.reallocatedSectors = i % 50 == 1 ? 24 : 0;
        s.smart.append(d);
    }
    return s;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// The engine alone, in steady state: each device's conditions and alerts as the previous cycle left them.
void engineCycle(benchmark::State &state)
{
    const int devices = static_cast<int>(state.range(0));
    const QList<AlertRule> rules = RuleSet::defaults().value();
    QDateTime now = kStart;
    std::vector<RuleEngine::DeviceInput> inputs(static_cast<size_t>(devices));
    qint64 nextAlert = 1;
    for (int round = 0; round < 4; ++round) { // settle: open what opens, so steady state carries alerts
        now = now.addSecs(60);
        for (int i = 0; i < devices; ++i) {
            RuleEngine::DeviceInput &in = inputs[static_cast<size_t>(i)];
            in.deviceId = i + 1;
            in.snapshot = snapshotFor(i, now);
            RuleEngine::Outcome out = RuleEngine::evaluate(rules, in, now);
            in.conditions = out.conditions;
            for (const AlertChange &c : out.changes) {
                if (c.kind == AlertChange::Kind::Open) {
                    Alert a;
                    a.id = nextAlert++;
                    a.deviceId = in.deviceId;
                    a.rule = c.rule;
                    a.subject = c.subject;
                    a.severity = c.severity;
                    a.firstSeen = now;
                    in.alerts.append(a);
                }
            }
        }
    }
    qint64 changes = 0;
    double cpu = 0;
    for (auto _ : state) {
        const double before = cpuSeconds();
        for (RuleEngine::DeviceInput &in : inputs) {
            RuleEngine::Outcome out = RuleEngine::evaluate(rules, in, now);
            changes += out.changes.size();
            benchmark::DoNotOptimize(out);
        }
        cpu += cpuSeconds() - before;
    }
    state.counters["cpu_ms_per_cycle"] = cpu * 1000.0 / static_cast<double>(state.iterations());
    state.counters["changes_per_cycle"] = static_cast<double>(changes) / static_cast<double>(state.iterations());
    state.counters["open_alerts"] = static_cast<double>(nextAlert - 1);
}
BENCHMARK(engineCycle)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// What the poller does per cycle: contexts from SQLite, the engine, and the writes, in one transaction.
void evaluatorCycle(benchmark::State &state)
{
    const int devices = static_cast<int>(state.range(0));
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db"))).value();
    InventoryStore inventory(*db);
    InventoryImport import;
    for (int i = 0; i < devices; ++i) {
        ImportedDevice device;
        device.client = QStringLiteral("Client %1").arg(i / 10);
        device.site = QStringLiteral("HQ");
        device.name = QStringLiteral("dev-%1").arg(i);
        import.devices.append(device);
    }
    (void)inventory.applyImport(import, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    QList<qint64> ids;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id FROM devices ORDER BY id"));
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    AlertEvaluator evaluator(*db);
    QDateTime now = kStart;
    const auto cycle = [&] {
        now = now.addSecs(60);
        QList<std::pair<qint64, DeviceSnapshot>> polls;
        polls.reserve(ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            polls.append({ids[i], snapshotFor(i, now)});
        }
        return polls;
    };
    for (int round = 0; round < 4; ++round) {
        const auto polls = cycle();
        (void)db->transaction([&]() -> Status { return evaluator.evaluate(polls, now) ? Status() : Status(); },
                              Database::Durability::Relaxed);
    }
    double cpu = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto polls = cycle();
        state.ResumeTiming();
        const double before = cpuSeconds();
        const Status s = db->transaction(
            [&]() -> Status {
                auto raised = evaluator.evaluate(polls, now);
                return raised ? Status() : Status(raised.error());
            },
            Database::Durability::Relaxed);
        cpu += cpuSeconds() - before;
        if (!s) {
            state.SkipWithError(qPrintable(s.error().toString()));
            break;
        }
    }
    q.exec(QStringLiteral("SELECT count(*) FROM alerts WHERE state <> 'resolved'"));
    q.next();
    state.counters["cpu_ms_per_cycle"] = cpu * 1000.0 / static_cast<double>(std::max<qint64>(state.iterations(), 1));
    state.counters["open_alerts"] = q.value(0).toDouble();
}
BENCHMARK(evaluatorCycle)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
