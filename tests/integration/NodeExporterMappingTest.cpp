// SPDX-License-Identifier: GPL-3.0-or-later
// A real prometheus-node-exporter with a textfile directory, scraped twice and mapped: the snapshot must say what
// the exporter (and the machine) says.
#include "ChildProcess.h"
#include "ExpositionDocument.h"
#include "ExpositionParser.h"
#include "MetricMapper.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>

using namespace Vigil;
using namespace std::chrono_literals;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// KEY=value or KEY="value" from /etc/os-release, as node_exporter reads it.
QString osRelease(const QByteArray &content, const QByteArray &key)
{
    for (const QByteArray &line : content.split('\n')) {
        if (line.startsWith(QByteArray(key + '='))) {
            QByteArray value = line.mid(key.size() + 1).trimmed();
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
                value = value.mid(1, value.size() - 2);
            }
            return QString::fromUtf8(value);
        }
    }
    return {};
}

QString commandOutput(const QString &program, const QStringList &arguments)
{
    const VigilTest::CommandResult result = VigilTest::runCommand(program, arguments, 10s);
    return result.exitCode == 0 ? QString::fromUtf8(result.out).trimmed() : QString();
}

const QByteArray kApt = R"(# HELP apt_upgrades_pending Apt packages pending updates by origin.
# TYPE apt_upgrades_pending gauge
apt_upgrades_pending{arch="amd64",origin="Debian:bookworm-security/stable-security"} 2
apt_upgrades_pending{arch="all",origin="Debian:bookworm/stable"} 1
apt_upgrades_pending{arch="amd64",origin="Debian:bookworm/stable"} 5
# HELP node_reboot_required Node reboot is required for software updates.
# TYPE node_reboot_required gauge
node_reboot_required 1
)";

const QByteArray kSmart = R"(# TYPE smartmon_device_smart_healthy gauge
smartmon_device_smart_healthy{disk="/dev/sda",type="sat"} 1
smartmon_device_smart_healthy{disk="/dev/sdb",type="sat"} 0
# TYPE smartmon_reallocated_sector_ct_raw_value gauge
smartmon_reallocated_sector_ct_raw_value{disk="/dev/sda",smart_id="5",type="sat"} 0
smartmon_reallocated_sector_ct_raw_value{disk="/dev/sdb",smart_id="5",type="sat"} 37
# TYPE smartmon_current_pending_sector_raw_value gauge
smartmon_current_pending_sector_raw_value{disk="/dev/sda",smart_id="197",type="sat"} 0
smartmon_current_pending_sector_raw_value{disk="/dev/sdb",smart_id="197",type="sat"} 8
)";

const QByteArray kBackup = R"(# TYPE backup_last_success_timestamp_seconds gauge
backup_last_success_timestamp_seconds{job="system"} 1731025200
backup_last_success_timestamp_seconds{job="files"} 1730852400
# TYPE backup_last_run_timestamp_seconds gauge
backup_last_run_timestamp_seconds{job="system"} 1731025200
backup_last_run_timestamp_seconds{job="files"} 1731027000
# TYPE backup_last_run_success gauge
backup_last_run_success{job="system"} 1
backup_last_run_success{job="files"} 0
# TYPE backup_last_size_bytes gauge
backup_last_size_bytes{job="system"} 21474836480
backup_last_size_bytes{job="files"} 0
# TYPE backup_last_restore_test_timestamp_seconds gauge
backup_last_restore_test_timestamp_seconds{job="system"} 1728000000
)";

struct Scrape
{
    QByteArray body;
    QDateTime at;
};

Scrape scrape(quint16 port)
{
    const VigilTest::CommandResult result = VigilTest::runCommand(
        QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return {result.out, QDateTime::currentDateTimeUtc()};
}

} // namespace

TEST(NodeExporterMappingTest, SnapshotMatchesWhatTheExporterReports)
{
    const QString exporter = QStringLiteral("/usr/bin/prometheus-node-exporter");
    ASSERT_TRUE(QFile::exists(exporter)) << "prometheus-node-exporter is not installed; ./test.sh installs it";
    QTemporaryDir dir;
    const QString textfiles = dir.filePath(QStringLiteral("textfile"));
    ASSERT_TRUE(QDir().mkpath(textfiles));
    ASSERT_TRUE(writeFile(textfiles + QStringLiteral("/apt.prom"), kApt));
    ASSERT_TRUE(writeFile(textfiles + QStringLiteral("/smartmon.prom"), kSmart));
    ASSERT_TRUE(writeFile(textfiles + QStringLiteral("/backup.prom"), kBackup));

    const quint16 port = VigilTest::freeLoopbackPort();
    VigilTest::ChildProcess server(exporter, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                                              QStringLiteral("--collector.textfile.directory=") + textfiles});
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(server.waitForPort(port, 15s)) << server.describe().toStdString();

    const Scrape first = scrape(port);
    QThread::msleep(1200);
    const Scrape second = scrape(port);
    ASSERT_FALSE(first.body.isEmpty());
    ASSERT_FALSE(second.body.isEmpty());
    const double procUptime = readFile(QStringLiteral("/proc/uptime")).split(' ').value(0).toDouble();

    ExpositionParser parser;
    const MetricMapper mapper;
    const auto one = mapper.map(parser, first.body, ExpositionFormat::Prometheus, std::nullopt, first.at);
    ASSERT_TRUE(one.ok()) << one.error().toString().toStdString();
    EXPECT_FALSE(one->snapshot.cpuBusyPercent.has_value()) << "first poll is warming up";
    ASSERT_TRUE(one->counters.has_value());
    const auto two = mapper.map(parser, second.body, ExpositionFormat::Prometheus, one->counters, second.at);
    ASSERT_TRUE(two.ok()) << two.error().toString().toStdString();
    const DeviceSnapshot &snap = two->snapshot;

    EXPECT_TRUE(snap.reachable);
    EXPECT_EQ(snap.exporter, ExporterFlavor::NodeExporter);
    EXPECT_FALSE(snap.exporterVersion.isEmpty());
    ASSERT_TRUE(snap.cpuBusyPercent.has_value()) << "second poll has a rate";
    EXPECT_GE(*snap.cpuBusyPercent, 0.0);
    EXPECT_LE(*snap.cpuBusyPercent, 100.0);

    // The same scrape's raw samples, read through the document, not the mapper.
    const auto raw = ExpositionDocument::parse(second.body);
    ASSERT_TRUE(raw.ok());
    const std::optional<double> memTotal = raw->value("node_memory_MemTotal_bytes");
    const std::optional<double> memAvailable = raw->value("node_memory_MemAvailable_bytes");
    ASSERT_TRUE(memTotal && memAvailable);
    ASSERT_TRUE(snap.memoryUsedPercent.has_value());
    EXPECT_DOUBLE_EQ(*snap.memoryUsedPercent, (*memTotal - *memAvailable) / *memTotal * 100.0);
    EXPECT_EQ(snap.memoryTotalBytes, static_cast<qint64>(*memTotal));

    const ExpositionSampleRecord *rootSize = raw->find("node_filesystem_size_bytes", {{"mountpoint", "/"}});
    const ExpositionSampleRecord *rootAvail = raw->find("node_filesystem_avail_bytes", {{"mountpoint", "/"}});
    ASSERT_NE(rootSize, nullptr);
    ASSERT_NE(rootAvail, nullptr);
    const QByteArray rootType = rootSize->label("fstype").value_or(QByteArray());
    if (rootType == "overlay" || rootType == "tmpfs") {
        EXPECT_EQ(snap.disk(QStringLiteral("/")), nullptr) << "a container's root is not a disk";
    } else {
        const DiskUsage *root = snap.disk(QStringLiteral("/"));
        ASSERT_NE(root, nullptr);
        EXPECT_EQ(root->sizeBytes, static_cast<qint64>(rootSize->value));
        EXPECT_EQ(root->availableBytes, static_cast<qint64>(rootAvail->value));
        EXPECT_DOUBLE_EQ(root->usedPercent, (rootSize->value - rootAvail->value) / rootSize->value * 100.0);
        EXPECT_EQ(root->fsType, QString::fromUtf8(rootType));
        // df reports the same statfs size for /.
        const QStringList df =
            commandOutput(QStringLiteral("df"),
                          {QStringLiteral("-B1"), QStringLiteral("--output=size"), QStringLiteral("/")})
                .split(QLatin1Char('\n'));
        EXPECT_EQ(df.value(1).trimmed().toLongLong(), root->sizeBytes);
    }
    for (const DiskUsage &disk : snap.disks) {
        EXPECT_NE(disk.fsType, QStringLiteral("tmpfs")) << disk.mountPoint.toStdString();
        EXPECT_GE(disk.usedPercent, 0.0);
        EXPECT_LE(disk.usedPercent, 100.0);
    }

    ASSERT_TRUE(snap.uptimeSeconds.has_value());
    EXPECT_NEAR(static_cast<double>(*snap.uptimeSeconds), procUptime, 5.0);

    const QByteArray osReleaseText = readFile(QStringLiteral("/etc/os-release"));
    EXPECT_EQ(snap.os.name, osRelease(osReleaseText, "NAME"));
    EXPECT_EQ(snap.os.version, osRelease(osReleaseText, "VERSION_ID"));
    EXPECT_EQ(snap.os.prettyName, osRelease(osReleaseText, "PRETTY_NAME"));
    EXPECT_EQ(snap.os.hostname, commandOutput(QStringLiteral("uname"), {QStringLiteral("-n")}));
    EXPECT_EQ(snap.os.kernel, commandOutput(QStringLiteral("uname"), {QStringLiteral("-r")}));

    // The textfile values, exactly.
    EXPECT_EQ(snap.pendingUpdates, 8);
    EXPECT_EQ(snap.securityUpdates, 2);
    EXPECT_EQ(snap.rebootRequired, true);
    ASSERT_EQ(snap.smart.size(), 2);
    EXPECT_EQ(snap.smartDisk(QStringLiteral("/dev/sda"))->healthy, true);
    EXPECT_EQ(snap.smartDisk(QStringLiteral("/dev/sdb"))->healthy, false);
    EXPECT_EQ(snap.smartDisk(QStringLiteral("/dev/sdb"))->reallocatedSectors, 37);
    EXPECT_EQ(snap.smartDisk(QStringLiteral("/dev/sdb"))->pendingSectors, 8);
    ASSERT_EQ(snap.backups.size(), 2);
    const BackupJobStatus *system = snap.backup(QStringLiteral("system"));
    ASSERT_NE(system, nullptr);
    EXPECT_EQ(system->lastSuccess.toSecsSinceEpoch(), 1'731'025'200);
    EXPECT_EQ(system->lastRun.toSecsSinceEpoch(), 1'731'025'200);
    EXPECT_EQ(system->lastRunOk, true);
    EXPECT_EQ(system->sizeBytes, 21'474'836'480);
    EXPECT_EQ(system->lastRestoreTest.toSecsSinceEpoch(), 1'728'000'000);
    const BackupJobStatus *files = snap.backup(QStringLiteral("files"));
    ASSERT_NE(files, nullptr);
    EXPECT_EQ(files->lastSuccess.toSecsSinceEpoch(), 1'730'852'400);
    EXPECT_EQ(files->lastRun.toSecsSinceEpoch(), 1'731'027'000);
    EXPECT_EQ(files->lastRunOk, false);
    EXPECT_EQ(files->sizeBytes, 0);
    EXPECT_FALSE(files->lastRestoreTest.isValid());

    // What gets stored reads back the same.
    const auto stored = DeviceSnapshot::fromJsonText(snap.toJsonText());
    ASSERT_TRUE(stored.ok());
    DeviceSnapshot expected = snap;
    expected.polledAt = QDateTime::fromSecsSinceEpoch(snap.polledAt.toSecsSinceEpoch(), Qt::UTC);
    EXPECT_EQ(*stored, expected);
}
