// SPDX-License-Identifier: GPL-3.0-or-later
// Every payload shape the fleet simulator serves (Linux and Windows, old and new windows_exporter names, textfile
// scenarios) mapped to snapshots, checked against the simulator's own /status and the payloads' raw samples.
#include "ChildProcess.h"
#include "ExpositionDocument.h"
#include "ExpositionParser.h"
#include "MetricMapper.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QVersionNumber>

#include <cmath>
#include <memory>

using namespace Vigil;
using namespace VigilTest;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kFixedTime = 1'790'000'000;

struct Fleet
{
    std::unique_ptr<ChildProcess> process;
    quint16 basePort = 0;
    quint16 controlPort = 0;
};

Fleet startFleet(int devices, const QStringList &extra)
{
    Fleet fleet;
    for (int attempt = 0; attempt < 6; ++attempt) {
        fleet.basePort = static_cast<quint16>(QRandomGenerator::global()->bounded(20000, 32000 - devices));
        fleet.controlPort = freeLoopbackPort();
        QStringList args{QStringLiteral("--devices"),      QString::number(devices),
                         QStringLiteral("--base-port"),    QString::number(fleet.basePort),
                         QStringLiteral("--control-port"), QString::number(fleet.controlPort)};
        args << extra;
        fleet.process = std::make_unique<ChildProcess>(builtProgram(QStringLiteral("vigil-fleetsim")), args);
        if (!fleet.process->start()) {
            ADD_FAILURE() << "cannot start " << fleet.process->describe().toStdString();
            return fleet;
        }
        if (fleet.process->waitForOutput("vigil-fleetsim: serving", 30s)) {
            return fleet;
        }
        fleet.process->waitForExit(5s);
        if (!fleet.process->errorOutput().contains("already in use")) {
            ADD_FAILURE() << "fleetsim did not start: " << fleet.process->describe().toStdString();
            return fleet;
        }
    }
    ADD_FAILURE() << "no free port range found";
    return fleet;
}

QByteArray get(quint16 port, const char *path)
{
    const CommandResult result = runCommand(
        QStringLiteral("curl"),
        {QStringLiteral("-sf"), QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QString::fromUtf8(path))});
    EXPECT_EQ(result.exitCode, 0) << "port " << port << ' ' << result.err.toStdString();
    return result.out;
}

QJsonArray devicesOf(const Fleet &fleet)
{
    return QJsonDocument::fromJson(get(fleet.controlPort, "/status"))
        .object()
        .value(QStringLiteral("devices"))
        .toArray();
}

QStringList scenariosOf(const QJsonObject &device)
{
    QStringList scenarios;
    for (const QJsonValue &value : device.value(QStringLiteral("scenarios")).toArray()) {
        scenarios << value.toString();
    }
    return scenarios;
}

} // namespace

TEST(FleetSimMappingTest, EveryPayloadMapsConsistently)
{
    const int count = 60;
    Fleet fleet = startFleet(count, {QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--fixed-time"),
                                     QString::number(kFixedTime)});
    ASSERT_TRUE(fleet.process && fleet.process->running());
    const QJsonArray devices = devicesOf(fleet);
    ASSERT_EQ(devices.size(), count);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(kFixedTime, Qt::UTC);

    int oldWindows = 0;
    int newWindows = 0;
    int withPatches = 0;
    int withBackups = 0;
    int withSmart = 0;
    ExpositionParser parser;
    const MetricMapper mapper;
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        const QString name = device.value(QStringLiteral("name")).toString();
        SCOPED_TRACE(name.toStdString());
        const bool windows = device.value(QStringLiteral("family")).toString() == QLatin1String("windows");
        const QStringList scenarios = scenariosOf(device);
        const QByteArray body = get(static_cast<quint16>(device.value(QStringLiteral("port")).toInt()), "/metrics");
        const auto mapped = mapper.map(parser, body, ExpositionFormat::Prometheus, std::nullopt, now);
        ASSERT_TRUE(mapped.ok()) << mapped.error().toString().toStdString();
        const DeviceSnapshot &snap = mapped->snapshot;
        const auto raw = ExpositionDocument::parse(body);
        ASSERT_TRUE(raw.ok());

        EXPECT_EQ(snap.exporter, windows ? ExporterFlavor::WindowsExporter : ExporterFlavor::NodeExporter);
        EXPECT_FALSE(snap.exporterVersion.isEmpty());
        EXPECT_EQ(snap.os.hostname, name);
        EXPECT_FALSE(snap.os.prettyName.isEmpty());
        EXPECT_TRUE(snap.cpuWarmingUp());
        ASSERT_TRUE(mapped->counters.has_value());
        EXPECT_GE(mapped->counters->cpuCount, 1);

        // Memory and uptime from whichever generation of names the payload carries.
        std::optional<double> total;
        std::optional<double> available;
        std::optional<double> boot;
        std::optional<double> clock;
        if (windows) {
            const bool newNames = QVersionNumber::fromString(snap.exporterVersion) >= QVersionNumber(0, 29);
            (newNames ? newWindows : oldWindows) += 1;
            total = raw->value(newNames ? "windows_memory_physical_total_bytes" : "windows_cs_physical_memory_bytes");
            available =
                raw->value(newNames ? "windows_memory_physical_free_bytes" : "windows_os_physical_memory_free_bytes");
            boot =
                raw->value(newNames ? "windows_system_boot_time_timestamp_seconds" : "windows_system_system_up_time");
            EXPECT_EQ(
                raw->value(newNames ? "windows_system_system_up_time" : "windows_system_boot_time_timestamp_seconds"),
                std::nullopt)
                << "one generation per payload";
            clock = raw->value("windows_os_time");
        } else {
            total = raw->value("node_memory_MemTotal_bytes");
            available = raw->value("node_memory_MemAvailable_bytes");
            boot = raw->value("node_boot_time_seconds");
            clock = raw->value("node_time_seconds");
        }
        ASSERT_TRUE(total && available && boot && clock);
        ASSERT_TRUE(snap.memoryUsedPercent.has_value());
        EXPECT_DOUBLE_EQ(*snap.memoryUsedPercent, (*total - *available) / *total * 100.0);
        EXPECT_GT(*snap.memoryUsedPercent, 0.0);
        EXPECT_LT(*snap.memoryUsedPercent, 100.0);
        EXPECT_EQ(snap.uptimeSeconds, static_cast<qint64>(std::floor(*clock - *boot)));
        EXPECT_GT(snap.uptimeSeconds.value_or(0), 0);

        ASSERT_FALSE(snap.disks.isEmpty());
        double fullest = 0;
        for (const DiskUsage &disk : snap.disks) {
            EXPECT_FALSE(disk.mountPoint.startsWith(QLatin1String("/run"))) << disk.mountPoint.toStdString();
            EXPECT_NE(disk.fsType, QLatin1String("tmpfs"));
            EXPECT_GT(disk.sizeBytes, 0);
            EXPECT_GE(disk.usedPercent, 0.0);
            EXPECT_LE(disk.usedPercent, 100.0);
            fullest = std::max(fullest, disk.usedPercent);
        }
        if (windows) {
            EXPECT_TRUE(snap.disk(QStringLiteral("C:"))) << "every Windows machine has C:";
        } else {
            EXPECT_TRUE(snap.disk(QStringLiteral("/"))) << "every Linux machine has /";
        }

        if (scenarios.contains(QLatin1String("disk_filling"))) {
            EXPECT_GE(fullest, 70.0);
        }
        if (snap.pendingUpdates) {
            ++withPatches;
            EXPECT_LE(*snap.securityUpdates, *snap.pendingUpdates);
            if (scenarios.contains(QLatin1String("patches_pending"))) {
                EXPECT_GE(*snap.securityUpdates, 1);
            } else {
                EXPECT_EQ(*snap.securityUpdates, 0) << "only the patches scenario has security updates pending";
            }
        }
        if (scenarios.contains(QLatin1String("reboot_required"))) {
            EXPECT_GE(snap.uptimeSeconds.value_or(0), 9 * 86400);
            if (!windows && snap.pendingUpdates) {
                EXPECT_EQ(snap.rebootRequired, true);
            }
        } else if (snap.rebootRequired) {
            EXPECT_FALSE(*snap.rebootRequired);
        }
        if (!snap.backups.isEmpty()) {
            ++withBackups;
            bool anyFailed = false;
            for (const BackupJobStatus &backup : snap.backups) {
                EXPECT_TRUE(backup.lastSuccess.isValid()) << backup.job.toStdString();
                EXPECT_LT(backup.lastSuccess, now.addSecs(1));
                anyFailed = anyFailed || backup.lastRunOk == false || backup.repositoryCheckOk == false;
            }
            EXPECT_EQ(anyFailed, scenarios.contains(QLatin1String("backup_failing")));
        }
        for (const SmartDiskStatus &smart : snap.smart) {
            ++withSmart;
            EXPECT_TRUE(smart.healthy.has_value()) << smart.disk.toStdString();
        }
    }
    EXPECT_GT(oldWindows, 0) << "the fleet has windows_exporter < 0.29";
    EXPECT_GT(newWindows, 0) << "the fleet has windows_exporter >= 0.29";
    EXPECT_GT(withPatches, 0);
    EXPECT_GT(withBackups, 0);
    EXPECT_GT(withSmart, 0);
}

TEST(FleetSimMappingTest, CpuBusyFromTwoScrapesOfARunningClock)
{
    Fleet fleet =
        startFleet(6, {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--speed"), QStringLiteral("30")});
    ASSERT_TRUE(fleet.process && fleet.process->running());
    const QJsonArray devices = devicesOf(fleet);
    ExpositionParser parser;
    const MetricMapper mapper;
    QList<QByteArray> first;
    for (const QJsonValue &value : devices) {
        first << get(static_cast<quint16>(value.toObject().value(QStringLiteral("port")).toInt()), "/metrics");
    }
    const QDateTime t1 = QDateTime::currentDateTimeUtc();
    QThread::msleep(1500); // 45 simulated seconds
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const QJsonObject device = devices.at(i).toObject();
        if (scenariosOf(device).contains(QLatin1String("offline_online"))) {
            continue;
        }
        SCOPED_TRACE(device.value(QStringLiteral("name")).toString().toStdString());
        const auto one = mapper.map(parser, first.at(i), ExpositionFormat::Prometheus, std::nullopt, t1);
        ASSERT_TRUE(one.ok());
        EXPECT_FALSE(one->snapshot.cpuBusyPercent.has_value());
        const QByteArray body = get(static_cast<quint16>(device.value(QStringLiteral("port")).toInt()), "/metrics");
        const auto two =
            mapper.map(parser, body, ExpositionFormat::Prometheus, one->counters, QDateTime::currentDateTimeUtc());
        ASSERT_TRUE(two.ok());
        ASSERT_TRUE(two->snapshot.cpuBusyPercent.has_value());
        // The simulator's devices run 4-40 % busy on average, with per-knot spread: roughly 1-80 %.
        EXPECT_GT(*two->snapshot.cpuBusyPercent, 0.5);
        EXPECT_LT(*two->snapshot.cpuBusyPercent, 90.0);
    }
}
