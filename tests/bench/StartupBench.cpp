// SPDX-License-Identifier: GPL-3.0-or-later
// Console start-up at fleet scale: a database with 10,000 devices (100 clients, 2–4 sites each) with their latest
// state and backup jobs, and 100,000 alerts; then, offscreen, the time from main() to the main window constructed,
// shown and its tables filled (the overview's numbers, the inventory tree, the alert queue). The budget: shown
// ≤ 1 s, tables filled ≤ 2 s. Figures are printed, never checked. Usage:
//   vigil_bench_startup [--devices N] [--alerts N] [--runs N] [--seed PATH | --db PATH]
// Without --db it seeds a database (a temporary one, or PATH with --seed unless PATH exists already) and runs itself
// on it as a new process, so the first run is a cold start of a process; with --db it opens that database as it is.
#include "AlertStore.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DeviceSnapshot.h"
#include "DeviceStateStore.h"
#include "FleetOverview.h"
#include "FleetOverviewModel.h"
#include "InventoryStore.h"
#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <random>

using namespace Vigil;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC);

bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(q.lastQuery()));
        return false;
    }
    return true;
}

DeviceSnapshot snapshotFor(int i, std::mt19937 &random)
{
    DeviceSnapshot s;
    s.polledAt = kNow.addSecs(-static_cast<qint64>(random() % 60));
    s.reachable = random() % 50 != 0;
    s.exporter = i % 3 == 0 ? ExporterFlavor::WindowsExporter : ExporterFlavor::NodeExporter;
    s.cpuBusyPercent = static_cast<double>(random() % 100);
    s.memoryUsedPercent = static_cast<double>(random() % 100);
    s.memoryTotalBytes = qint64(16) << 30;
    s.uptimeSeconds = static_cast<qint64>(random() % 5'000'000);
    s.os.prettyName = i % 3 == 0 ? QStringLiteral("Microsoft Windows Server 2022 Standard")
                                 : QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    for (const char *mount : {"/", "/srv", "/var"}) {
        DiskUsage disk;
        disk.mountPoint = QString::fromLatin1(mount);
        disk.device = QStringLiteral("/dev/sda1");
        disk.fsType = QStringLiteral("ext4");
        disk.sizeBytes = qint64(500) << 30;
        disk.usedPercent = static_cast<double>(random() % 100);
        disk.availableBytes = static_cast<qint64>(static_cast<double>(disk.sizeBytes) * (100 - disk.usedPercent) / 100);
        s.disks.append(disk);
    }
    s.pendingUpdates = static_cast<int>(random() % 20);
    s.securityUpdates = static_cast<int>(random() % 3);
    s.rebootRequired = random() % 10 == 0;
    SmartDiskStatus smart;
    smart.disk = QStringLiteral("/dev/sda");
    smart.healthy = random() % 100 != 0;
    smart.reallocatedSectors = random() % 30 == 0 ? 8 : 0;
    smart.pendingSectors = 0;
    s.smart = {smart};
    BackupJobStatus job;
    job.job = QStringLiteral("nightly");
    job.lastSuccess = kNow.addSecs(-static_cast<qint64>(random() % (40 * 3600)));
    job.lastRun = job.lastSuccess;
    job.lastRunOk = random() % 20 != 0;
    job.sizeBytes = qint64(40) << 30;
    s.backups = {job};
    return s;
}

bool seed(Database &db, int deviceCount, int alertCount)
{
    std::mt19937 random(5);
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery client(db.connection());
        client.prepare(QStringLiteral("INSERT INTO clients (id, name, created_at, updated_at) VALUES (?, ?, 0, 0)"));
        QSqlQuery site(db.connection());
        site.prepare(
            QStringLiteral("INSERT INTO sites (id, client_id, name, created_at, updated_at) VALUES (?, ?, ?, 0, 0)"));
        QSqlQuery device(db.connection());
        device.prepare(QStringLiteral(
            "INSERT INTO devices (id, client_id, site_id, name, address, os, kind, exporter_url, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"));
        QSqlQuery state(db.connection());
        state.prepare(QStringLiteral(
            "INSERT INTO device_state (device_id, polled_at, last_ok_at, reachable, consecutive_failures, snapshot) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery backup(db.connection());
        backup.prepare(QStringLiteral(
            "INSERT INTO backups (device_id, job, last_success_at, last_run_at, last_run_ok, size_bytes, updated_at) "
            "VALUES (?, 'nightly', ?, ?, ?, ?, ?)"));
        const int clients = std::max(1, deviceCount / 100);
        qint64 siteId = 0;
        QList<std::pair<qint64, qint64>> clientSites; // client → first site, site count packed below
        for (int c = 1; c <= clients; ++c) {
            client.addBindValue(c);
            client.addBindValue(QStringLiteral("Client %1 Services").arg(c, 3, 10, QLatin1Char('0')));
            if (!exec(client)) {
                return Error{ErrorCode::Database, QStringLiteral("seeding"), QStringLiteral("clients")};
            }
            const int sites = 2 + static_cast<int>(random() % 3);
            clientSites.append({siteId + 1, sites});
            for (int s = 0; s < sites; ++s) {
                site.addBindValue(++siteId);
                site.addBindValue(c);
                site.addBindValue(s == 0 ? QStringLiteral("HQ") : QStringLiteral("Branch %1").arg(s));
                if (!exec(site)) {
                    return Error{ErrorCode::Database, QStringLiteral("seeding"), QStringLiteral("sites")};
                }
            }
        }
        for (int i = 1; i <= deviceCount; ++i) {
            const int c = (i - 1) % clients + 1;
            const auto [firstSite, sites] = clientSites.at(c - 1);
            const DeviceSnapshot snapshot = snapshotFor(i, random);
            device.addBindValue(i);
            device.addBindValue(c);
            device.addBindValue(firstSite + (i / clients) % sites);
            device.addBindValue(QStringLiteral("C%1-WS%2").arg(c).arg(i, 5, 10, QLatin1Char('0')));
            device.addBindValue(QStringLiteral("10.%1.%2.%3").arg(c % 256).arg((i / 256) % 256).arg(i % 256));
            device.addBindValue(snapshot.os.prettyName);
            device.addBindValue(i % 3 == 0 ? QStringLiteral("server") : QStringLiteral("workstation"));
            device.addBindValue(
                QStringLiteral("http://10.%1.%2.%3:9100/metrics").arg(c % 256).arg((i / 256) % 256).arg(i % 256));
            if (!exec(device)) {
                return Error{ErrorCode::Database, QStringLiteral("seeding"), QStringLiteral("devices")};
            }
            state.addBindValue(i);
            state.addBindValue(snapshot.polledAt.toSecsSinceEpoch());
            state.addBindValue(snapshot.polledAt.toSecsSinceEpoch());
            state.addBindValue(snapshot.reachable ? 1 : 0);
            state.addBindValue(snapshot.reachable ? 0 : 3);
            state.addBindValue(QString::fromUtf8(snapshot.toJsonText()));
            if (!exec(state)) {
                return Error{ErrorCode::Database, QStringLiteral("seeding"), QStringLiteral("device_state")};
            }
            const BackupJobStatus &job = snapshot.backups.constFirst();
            backup.addBindValue(i);
            backup.addBindValue(job.lastSuccess.toSecsSinceEpoch());
            backup.addBindValue(job.lastRun.toSecsSinceEpoch());
            backup.addBindValue(*job.lastRunOk ? 1 : 0);
            backup.addBindValue(*job.sizeBytes);
            backup.addBindValue(kNow.toSecsSinceEpoch());
            if (!exec(backup)) {
                return Error{ErrorCode::Database, QStringLiteral("seeding"), QStringLiteral("backups")};
            }
        }
        QSqlQuery alert(db.connection());
        alert.prepare(QStringLiteral(
            "INSERT INTO alerts (device_id, rule, subject, severity, state, category, summary, first_seen, last_seen, "
            "occurrences, resolved_at) VALUES (?, ?, ?, ?, ?, 'disk', ?, ?, ?, 1, ?)"));
        const QStringList rules{QStringLiteral("disk_used"), QStringLiteral("backup_stale"),
                                QStringLiteral("unreachable"), QStringLiteral("memory_high")};
        for (int a = 0; a < alertCount; ++a) {
            const int deviceId = 1 + static_cast<int>(random() % static_cast<unsigned>(deviceCount));
            // Most alerts of a year are resolved; a few thousand are still open.
            const bool resolved = random() % 20 != 0;
            const qint64 lastSeen = kNow.toSecsSinceEpoch() - static_cast<qint64>(random() % (365 * 86400));
            alert.addBindValue(deviceId);
            alert.addBindValue(rules.at(a % rules.size()));
            alert.addBindValue(QStringLiteral("s%1").arg(a));
            alert.addBindValue(a % 7 == 0   ? QStringLiteral("critical")
                               : a % 3 == 0 ? QStringLiteral("info")
                                            : QStringLiteral("warning"));
            alert.addBindValue(resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
            alert.addBindValue(QStringLiteral("Disk /srv is 91 % full"));
            alert.addBindValue(lastSeen - 3600);
            alert.addBindValue(lastSeen);
            alert.addBindValue(resolved ? QVariant(lastSeen) : QVariant(QMetaType::fromType<qint64>()));
            if (!exec(alert)) {
                return Error{ErrorCode::Database, QStringLiteral("seeding"), QStringLiteral("alerts")};
            }
        }
        return {};
    });
    return status.ok();
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// "Shown" is the window's first paint: what the technician sees, before the pages have their rows.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &timer)
        : m_timer(timer)
    {
    }
    double at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0) {
            at = ms(m_timer);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const double appMs = ms(sinceMain);
    int devices = 10'000;
    int alerts = 100'000;
    int runs = 3;
    QString dbPath;
    QString seedPath;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--devices")) {
            devices = args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--alerts")) {
            alerts = args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--db")) {
            dbPath = args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--seed")) {
            seedPath = args.at(i + 1);
        }
    }

    QTemporaryDir dir;
    const bool seeded = dbPath.isEmpty();
    const bool fresh = seeded && (seedPath.isEmpty() || !QFile::exists(seedPath));
    if (seeded) {
        dbPath = seedPath.isEmpty() ? dir.filePath(QStringLiteral("vigil.db")) : seedPath;
    }
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(dbPath);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    if (seeded) {
        if (fresh) {
            // The seed is one big transaction: a large page cache keeps SQLite from spilling it to the WAL early.
            QSqlQuery(database.value()->connection()).exec(QStringLiteral("PRAGMA cache_size = -400000"));
            if (!seed(*database.value(), devices, alerts)) {
                return 1;
            }
            std::printf("seeded %d devices and %d alerts in %.1f s into %s\n", devices, alerts, ms(timer) / 1000,
                        qPrintable(dbPath));
        }
        database.value().reset();
        std::fflush(stdout);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QElapsedTimer wall;
        wall.start();
        child.start(QApplication::applicationFilePath(),
                    {QStringLiteral("--db"), dbPath, QStringLiteral("--runs"), QString::number(runs)});
        child.waitForFinished(-1);
        std::printf("child process: %.0f ms from start to exit\n", ms(wall));
        return child.exitCode();
    }
    ManualClock clock(kNow.addSecs(120));
    std::printf("QApplication constructed %.1f ms after main()\n", appMs);
    for (int run = 1; run <= runs; ++run) {
        AppSettings settings(dir.filePath(QStringLiteral("vigil-%1.ini").arg(run)));
        QElapsedTimer t;
        t.start();
        MainWindow window(*database.value(), settings, nullptr, &clock);
        const double constructed = ms(t);
        FirstPaint painted(t);
        window.installEventFilter(&painted);
        window.show();
        const bool exposed = QTest::qWaitForWindowExposed(&window);
        // Filled: the overview has its clients, the inventory tree its clients and the alert queue its rows.
        const auto *overview = window.findChild<QTableView *>(QStringLiteral("overviewTable"));
        const auto *tree = window.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
        const auto *queue = window.findChild<QTableView *>(QStringLiteral("alertTable"));
        while (t.elapsed() < 10'000
               && (!overview || overview->model()->rowCount() < 2 || !tree || tree->model()->rowCount() == 0 || !queue
                   || queue->model()->rowCount() == 0)) {
            QApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        const double filled = ms(t);
        const double shown = painted.at;
        std::printf("run %d: MainWindow constructed %.0f ms, shown %.0f ms%s, tables filled %.0f ms "
                    "(overview %d rows, inventory %d clients, alert queue %d rows)\n",
                    run, constructed, shown, exposed ? "" : " (not exposed)", filled,
                    overview ? overview->model()->rowCount() : -1, tree ? tree->model()->rowCount() : -1,
                    queue ? queue->model()->rowCount() : -1);
        if (run == 1) {
            std::printf("first run: from main() to window shown %.0f ms, to tables filled %.0f ms\n",
                        ms(sinceMain) - (filled - shown), ms(sinceMain));
            std::fflush(stdout);
        }
        window.close();
    }
    // What the pages read, one by one (after the runs, so the first run is a cold start).
    {
        const auto time = [](const char *what, const auto &call) {
            QElapsedTimer t;
            t.start();
            const bool ok = call();
            std::printf("  %-44s %7.1f ms%s\n", what, ms(t), ok ? "" : " (failed)");
        };
        std::printf("store reads the pages make:\n");
        InventoryStore inventory(*database.value());
        DeviceStateStore states(*database.value());
        AlertStore alertStore(*database.value());
        FleetOverview fleet(*database.value(), clock);
        time("InventoryStore::load", [&] { return inventory.load().ok(); });
        time("DeviceStateStore::load", [&] { return states.load().ok(); });
        time("FleetOverview::devices", [&] { return fleet.devices().ok(); });
        time("FleetOverview::compute", [&] { return fleet.compute().ok(); });
        time("AlertStore::queue (unresolved)", [&] {
            AlertStore::Query query;
            query.states = {AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};
            return alertStore.queue(query).ok();
        });
        time("AlertStore::queue (resolved, 7 days)", [&] {
            AlertStore::Query query;
            query.states = {AlertState::Resolved};
            query.since = clock.now().addDays(-7);
            return alertStore.queue(query).ok();
        });
    }
    {
        FleetOverview overview(*database.value(), clock);
        QElapsedTimer t;
        t.start();
        const auto fleet = overview.compute();
        std::printf("FleetOverview::compute: %.1f ms (%d clients, %d critical alerts)\n", ms(t),
                    fleet ? static_cast<int>(fleet->clients.size()) : -1, fleet ? fleet->total.criticalAlerts : -1);
    }

    return 0;
}
