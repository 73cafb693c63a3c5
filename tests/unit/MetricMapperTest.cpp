// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricMapper.h"
#include "ExpositionDocument.h"
#include "ExpositionParser.h"
#include "MetricMappingVisitor.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace Vigil;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'795'351'080, Qt::UTC);

QByteArray fixture(const char *name)
{
    QFile file(VigilTest::sharedFixture(QStringLiteral("exposition/") + QString::fromUtf8(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << file.fileName().toStdString();
        return {};
    }
    return file.readAll();
}

// Maps through the parser visitor (the poller's path) and checks the document overload agrees.
MappingResult mapBody(const QByteArray &body, const std::optional<CpuCounters> &previous = {},
                      const QDateTime &now = kNow)
{
    ExpositionParser parser;
    const MetricMapper mapper;
    auto streamed = mapper.map(parser, body, ExpositionFormat::Prometheus, previous, now);
    if (!streamed.ok()) {
        ADD_FAILURE() << streamed.error().toString().toStdString();
        return {};
    }
    const auto document = ExpositionDocument::parse(body);
    if (!document.ok()) {
        ADD_FAILURE() << document.error().toString().toStdString();
        return {};
    }
    const MappingResult fromDocument = mapper.map(*document, previous, now);
    EXPECT_EQ(fromDocument.snapshot, streamed->snapshot);
    EXPECT_EQ(fromDocument.counters, streamed->counters);
    return std::move(streamed).value();
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

// Expected values computed from the fixture with awk, independently of the parser and mapper:
//   awk '/^node_memory_MemTotal_bytes/{t=$2} /^node_memory_MemAvailable_bytes/{a=$2}
//        END{printf "%.17g %.0f\n",(t-a)/t*100,t}'                                   -> 2.2231977496106401 25276502016
//   awk '/^node_filesystem_size_bytes.*mountpoint="\/"/{s=$2} /^node_filesystem_avail_bytes.*mountpoint="\/"/{a=$2}
//        END{printf "%.17g %.0f %.0f\n",(s-a)/s*100,s,a}'               -> 68.90301353514171 270553174016 84133883904
//   awk '/^node_time_seconds/{n=$2} /^node_boot_time_seconds/{b=$2} END{printf "%.6f\n",n-b}'       -> 248.020804
//   awk '/^node_cpu_seconds_total/{v=$NF; t+=v; if ($0 ~ /mode="idle"/) n++; else if ($0 !~ /mode="iowait"/) b+=v}
//        END{printf "%.17g %.17g %d\n",b,t,n}'                                   -> 114.95 493.13999999999999 2
TEST(MetricMapper, NodeExporter150Fixture)
{
    const MappingResult result = mapBody(fixture("node_exporter-1.5.0-linux.prom"));
    const DeviceSnapshot &snap = result.snapshot;
    EXPECT_TRUE(snap.reachable);
    EXPECT_EQ(snap.polledAt, kNow);
    EXPECT_EQ(snap.exporter, ExporterFlavor::NodeExporter);
    EXPECT_EQ(snap.exporterVersion, s("1.5.0"));
    EXPECT_FALSE(snap.cpuBusyPercent.has_value()) << "first poll: warming up, not 0 %";
    EXPECT_TRUE(snap.cpuWarmingUp());
    ASSERT_TRUE(snap.memoryUsedPercent.has_value());
    EXPECT_DOUBLE_EQ(*snap.memoryUsedPercent, 2.2231977496106401);
    EXPECT_EQ(snap.memoryTotalBytes, 25'276'502'016);
    ASSERT_EQ(snap.disks.size(), 1);
    EXPECT_EQ(snap.disks[0].mountPoint, s("/"));
    EXPECT_EQ(snap.disks[0].device, s("/dev/vda"));
    EXPECT_EQ(snap.disks[0].fsType, s("ext4"));
    EXPECT_EQ(snap.disks[0].sizeBytes, 270'553'174'016);
    EXPECT_EQ(snap.disks[0].availableBytes, 84'133'883'904);
    EXPECT_DOUBLE_EQ(snap.disks[0].usedPercent, 68.90301353514171);
    EXPECT_EQ(snap.uptimeSeconds, 248);
    EXPECT_EQ(snap.os.name, s("Debian GNU/Linux"));
    EXPECT_EQ(snap.os.version, s("12"));
    EXPECT_EQ(snap.os.prettyName, s("Debian GNU/Linux 12 (bookworm)"));
    EXPECT_EQ(snap.os.hostname, s("vm"));
    EXPECT_EQ(snap.os.kernel, s("6.18.44-fc-v669"));
    // No textfile metrics in this capture: unknown, not "0 pending" or "no reboot needed".
    EXPECT_FALSE(snap.pendingUpdates.has_value());
    EXPECT_FALSE(snap.securityUpdates.has_value());
    EXPECT_FALSE(snap.rebootRequired.has_value());
    EXPECT_TRUE(snap.smart.isEmpty());
    EXPECT_TRUE(snap.backups.isEmpty());

    ASSERT_TRUE(result.counters.has_value());
    EXPECT_DOUBLE_EQ(result.counters->busySeconds, 114.95);
    EXPECT_DOUBLE_EQ(result.counters->totalSeconds, 493.13999999999999);
    EXPECT_EQ(result.counters->cpuCount, 2);
    EXPECT_EQ(result.counters->bootTime, 1'795'350'824.0);
    EXPECT_EQ(result.counters->polledAt, kNow);
}

// awk '/^node_memory_MemTotal_bytes/{t=$2} /^node_memory_MemFree_bytes/{f=$2} /^node_memory_Buffers_bytes/{b=$2}
//      /^node_memory_Cached_bytes/{c=$2} END{printf "%.17g %.0f\n",(t-(f+b+c))/t*100,t}' -> 68.510064273246272
//      3831959552
// The same cpu awk as above -> busy 4183.2200000000012, total 94008.710000000006, 8 cpus. No node_time_seconds, so
// uptime is measured against the poll time: node_boot_time_seconds is 1418183276.
TEST(MetricMapper, NodeExporterEndToEndLinuxFixtureWithoutMemAvailable)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'418'183'276 + 3600, Qt::UTC);
    const MappingResult result = mapBody(fixture("node_exporter-e2e-linux-all-collectors.prom"), {}, now);
    const DeviceSnapshot &snap = result.snapshot;
    EXPECT_EQ(snap.exporter, ExporterFlavor::NodeExporter);
    EXPECT_EQ(snap.exporterVersion, QString()) << "this capture has no node_exporter_build_info";
    ASSERT_TRUE(snap.memoryUsedPercent.has_value());
    EXPECT_DOUBLE_EQ(*snap.memoryUsedPercent, 68.510064273246272);
    EXPECT_EQ(snap.memoryTotalBytes, 3'831'959'552);
    EXPECT_TRUE(snap.disks.isEmpty()) << "the capture has no filesystem collector output";
    EXPECT_EQ(snap.uptimeSeconds, 3600);
    EXPECT_EQ(snap.os.prettyName, s("Ubuntu 20.04.2 LTS"));
    EXPECT_EQ(snap.os.version, s("20.04"));
    ASSERT_TRUE(result.counters.has_value());
    EXPECT_DOUBLE_EQ(result.counters->busySeconds, 4183.2200000000012);
    EXPECT_DOUBLE_EQ(result.counters->totalSeconds, 94008.710000000006);
    EXPECT_EQ(result.counters->cpuCount, 8);
}

// awk '/^node_memory_total_bytes/{printf "%.0f\n",$2}' -> 7516192768; no free/inactive, so no used %.
TEST(MetricMapper, NodeExporterDarwinFixture)
{
    const MappingResult result = mapBody(fixture("node_exporter-e2e-darwin.prom"));
    EXPECT_EQ(result.snapshot.exporter, ExporterFlavor::NodeExporter);
    EXPECT_EQ(result.snapshot.memoryTotalBytes, 7'516'192'768);
    EXPECT_FALSE(result.snapshot.memoryUsedPercent.has_value());
    EXPECT_FALSE(result.counters.has_value()) << "no cpu collector output";
    EXPECT_FALSE(result.snapshot.uptimeSeconds.has_value());
    EXPECT_EQ(result.snapshot.os.name, s("Ubuntu"));
}

TEST(MetricMapper, PrometheusServerFixtureIsUnknownAndEmpty)
{
    const MappingResult result = mapBody(fixture("prometheus-alltypes.237mfs.prom.txt"));
    DeviceSnapshot expected;
    expected.polledAt = kNow;
    expected.reachable = true;
    EXPECT_EQ(result.snapshot, expected);
    EXPECT_FALSE(result.counters.has_value());
}

TEST(MetricMapper, ParseErrorIsReturnedNotMapped)
{
    ExpositionParser parser;
    const auto result = MetricMapper().map(parser, "node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 1\nbroken{\n",
                                           ExpositionFormat::Prometheus, {}, kNow);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Parse);
    EXPECT_EQ(result.error().where, s("2:8"));
}

namespace {

QByteArray linuxCpu(double user, double system, double idle, double iowait, double boot = 1'700'000'000)
{
    // Two CPUs; cpu 1 has the same counters as cpu 0.
    QByteArray body = "node_boot_time_seconds " + QByteArray::number(boot, 'f', 0) + '\n';
    for (const char *cpu : {"0", "1"}) {
        const QByteArray prefix = QByteArray("node_cpu_seconds_total{cpu=\"") + cpu + "\",mode=\"";
        body += prefix + "idle\"} " + QByteArray::number(idle, 'f', 2) + '\n';
        body += prefix + "iowait\"} " + QByteArray::number(iowait, 'f', 2) + '\n';
        body += prefix + "steal\"} 0\n";
        body += prefix + "system\"} " + QByteArray::number(system, 'f', 2) + '\n';
        body += prefix + "user\"} " + QByteArray::number(user, 'f', 2) + '\n';
    }
    return body;
}

} // namespace

TEST(MetricMapper, CpuBusyNeedsTwoPollsAndIsIdleAndIowaitExcluded)
{
    const QDateTime t1 = kNow;
    const QDateTime t2 = kNow.addSecs(60);
    const MappingResult first = mapBody(linuxCpu(100, 50, 1000, 10), {}, t1);
    EXPECT_FALSE(first.snapshot.cpuBusyPercent.has_value());
    ASSERT_TRUE(first.counters.has_value());
    EXPECT_EQ(first.counters->busySeconds, 300.0);
    EXPECT_EQ(first.counters->totalSeconds, 2320.0);

    // Per CPU in 60 s: user +30, system +6, idle +20, iowait +4: busy 36 of 60 = 60 %.
    const MappingResult second = mapBody(linuxCpu(130, 56, 1020, 14), first.counters, t2);
    ASSERT_TRUE(second.snapshot.cpuBusyPercent.has_value());
    EXPECT_DOUBLE_EQ(*second.snapshot.cpuBusyPercent, 60.0);
    EXPECT_EQ(second.counters->polledAt, t2);

    // A fully idle minute is 0 % (a real value now, not warming up); a fully busy one 100 %.
    const MappingResult idle = mapBody(linuxCpu(130, 56, 1080, 14), second.counters, t2.addSecs(60));
    EXPECT_EQ(idle.snapshot.cpuBusyPercent, 0.0);
    const MappingResult busy = mapBody(linuxCpu(190, 56, 1080, 14), idle.counters, t2.addSecs(120));
    EXPECT_EQ(busy.snapshot.cpuBusyPercent, 100.0);

    // The same counters twice (no time passed): unknown, not 0 %.
    const MappingResult same = mapBody(linuxCpu(190, 56, 1080, 14), busy.counters, t2.addSecs(121));
    EXPECT_FALSE(same.snapshot.cpuBusyPercent.has_value());
}

TEST(MetricMapper, CpuCounterResetWarmsUpAgain)
{
    const MappingResult before = mapBody(linuxCpu(5000, 1000, 90000, 50));
    // Rebooted: counters restarted from zero and are now far lower.
    const MappingResult after = mapBody(linuxCpu(20, 10, 300, 1, 1'700'100'000), before.counters, kNow.addSecs(60));
    EXPECT_FALSE(after.snapshot.cpuBusyPercent.has_value()) << "a reset is warming up, never negative";
    ASSERT_TRUE(after.counters.has_value());
    const MappingResult next = mapBody(linuxCpu(50, 10, 330, 1, 1'700'100'000), after.counters, kNow.addSecs(120));
    ASSERT_TRUE(next.snapshot.cpuBusyPercent.has_value());
    EXPECT_DOUBLE_EQ(*next.snapshot.cpuBusyPercent, 50.0);

    // Counters only went down without a boot time (windows_exporter restarted, or no boot metric): also a reset.
    CpuCounters high{1000, 5000, 2, std::nullopt, kNow};
    CpuCounters low{10, 50, 2, std::nullopt, kNow.addSecs(60)};
    EXPECT_FALSE(MetricMapper::cpuBusyPercent(high, low).has_value());
    // Rebooted during a long gap: the counters already grew past the old ones, but the boot time moved.
    CpuCounters old{10, 50, 2, 1'700'000'000.0, kNow};
    CpuCounters grown{1000, 5000, 2, 1'700'003'000.0, kNow.addSecs(3600)};
    EXPECT_FALSE(MetricMapper::cpuBusyPercent(old, grown).has_value());
    // A CPU hot-added: sums are not comparable.
    CpuCounters more{1000, 5000, 4, 1'700'000'000.0, kNow.addSecs(3600)};
    EXPECT_FALSE(MetricMapper::cpuBusyPercent(old, more).has_value());
    // Linux iowait stepping back by a tick is noise: clamp, do not reset.
    CpuCounters a{100, 1000, 2, 1'700'000'000.0, kNow};
    CpuCounters b{160, 1059.99, 2, 1'700'000'000.0, kNow.addSecs(30)};
    const auto jitter = MetricMapper::cpuBusyPercent(a, b);
    ASSERT_TRUE(jitter.has_value());
    EXPECT_EQ(*jitter, 100.0);
}

namespace {

// windows_exporter before 0.29: windows_cs_physical_memory_bytes, windows_os_physical_memory_free_bytes and
// windows_system_system_up_time, which is the boot time as a Unix timestamp despite its name.
const QByteArray kWindowsOld = R"exp(# TYPE windows_cpu_time_total counter
windows_cpu_time_total{core="0,0",mode="dpc"} 10
windows_cpu_time_total{core="0,0",mode="idle"} 700
windows_cpu_time_total{core="0,0",mode="interrupt"} 10
windows_cpu_time_total{core="0,0",mode="privileged"} 80
windows_cpu_time_total{core="0,0",mode="user"} 200
windows_cpu_time_total{core="0,1",mode="dpc"} 0
windows_cpu_time_total{core="0,1",mode="idle"} 800
windows_cpu_time_total{core="0,1",mode="interrupt"} 0
windows_cpu_time_total{core="0,1",mode="privileged"} 50
windows_cpu_time_total{core="0,1",mode="user"} 150
windows_cs_hostname{domain="harbor.local",fqdn="HD-DC01.harbor.local",hostname="HD-DC01"} 1
windows_cs_physical_memory_bytes 1.7179869184e+10
windows_diskdrive_availability{availability="Running/Full Power",name="\\\\.\\PHYSICALDRIVE0"} 1
windows_diskdrive_availability{availability="Warning",name="\\\\.\\PHYSICALDRIVE0"} 0
windows_diskdrive_status{name="\\\\.\\PHYSICALDRIVE0",status="OK"} 1
windows_diskdrive_status{name="\\\\.\\PHYSICALDRIVE0",status="Pred Fail"} 0
windows_diskdrive_status{name="\\\\.\\PHYSICALDRIVE1",status="OK"} 0
windows_diskdrive_status{name="\\\\.\\PHYSICALDRIVE1",status="Pred Fail"} 1
windows_exporter_build_info{branch="heads/tags/v0.25.1",goarch="amd64",goos="windows",goversion="go1.21.5",revision="x",tags="unknown",version="0.25.1"} 1
windows_logical_disk_free_bytes{volume="C:"} 3.2212254720e+10
windows_logical_disk_free_bytes{volume="D:"} 5e+11
windows_logical_disk_free_bytes{volume="HarddiskVolume1"} 1e+08
windows_logical_disk_size_bytes{volume="C:"} 1.28849018880e+11
windows_logical_disk_size_bytes{volume="D:"} 1e+12
windows_logical_disk_size_bytes{volume="HarddiskVolume1"} 5.24288e+08
windows_os_info{build_number="17763",major_version="10",minor_version="0",product="Microsoft Windows Server 2019 Standard",version="10.0.17763"} 1
windows_os_physical_memory_free_bytes 4.294967296e+09
windows_os_time 1.7000864e+09
windows_system_system_up_time 1.6999999995e+09
windows_update_pending_info{category="Security Updates",severity="Critical",title="2024-11 Cumulative Update (KB5044284)"} 1
windows_update_pending_info{category="Security Updates",severity="Important",title="2024-11 .NET (KB5044301)"} 1
windows_update_pending_info{category="Definition Updates",severity="",title="Security Intelligence Update for Microsoft Defender Antivirus - KB8940100"} 1
windows_update_pending_info{category="Updates",severity="",title="Update for Windows - KB8940131"} 1
windows_update_scrape_query_duration_seconds 3.2
)exp";

// 0.29 and later: windows_memory_physical_{total,free}_bytes, windows_system_boot_time_timestamp_seconds, and
// windows_os_hostname; no update collector enabled, no diskdrive collector.
const QByteArray kWindowsNew = R"exp(windows_cpu_time_total{core="0,0",mode="idle"} 500
windows_cpu_time_total{core="0,0",mode="user"} 100
windows_exporter_build_info{branch="",goarch="amd64",goos="windows",goversion="go1.23",revision="y",tags="",version="0.30.4"} 1
windows_logical_disk_free_bytes{volume="C:"} 2.5e+10
windows_logical_disk_size_bytes{volume="C:"} 1e+11
windows_logical_disk_info{disk="0",filesystem="NTFS",partition="2",volume="C:",volume_name="System"} 1
windows_memory_physical_free_bytes 6e+09
windows_memory_physical_total_bytes 8e+09
windows_os_hostname{domain="WORKGROUP",fqdn="KSL-LT-JSMITH",hostname="KSL-LT-JSMITH"} 1
windows_os_info{build_number="22631",installation_type="Client",major_version="10",minor_version="0",product="Windows 11 Pro",revision="4460",version="10.0.22631"} 1
windows_system_boot_time_timestamp_seconds 1.7e+09
)exp";

} // namespace

TEST(MetricMapper, WindowsExporterOldNames)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'090'000, Qt::UTC);
    const MappingResult result = mapBody(kWindowsOld, {}, now);
    const DeviceSnapshot &snap = result.snapshot;
    EXPECT_EQ(snap.exporter, ExporterFlavor::WindowsExporter);
    EXPECT_EQ(snap.exporterVersion, s("0.25.1"));
    // (17179869184 - 4294967296) / 17179869184 = 75 %
    EXPECT_EQ(snap.memoryUsedPercent, 75.0);
    EXPECT_EQ(snap.memoryTotalBytes, 17'179'869'184);
    ASSERT_EQ(snap.disks.size(), 2) << "HarddiskVolume1 has no letter and is skipped";
    EXPECT_EQ(snap.disks[0].mountPoint, s("C:"));
    EXPECT_EQ(snap.disks[0].sizeBytes, 128'849'018'880);
    EXPECT_EQ(snap.disks[0].availableBytes, 32'212'254'720);
    EXPECT_EQ(snap.disks[0].usedPercent, 75.0);
    EXPECT_EQ(snap.disks[1].mountPoint, s("D:"));
    EXPECT_EQ(snap.disks[1].usedPercent, 50.0);
    // windows_os_time 1700086400 - boot 1699999999.5 = 86400.5 s: the endpoint's clock, not the poll time.
    EXPECT_EQ(snap.uptimeSeconds, 86400);
    EXPECT_EQ(snap.os.name, s("Windows"));
    EXPECT_EQ(snap.os.prettyName, s("Microsoft Windows Server 2019 Standard"));
    EXPECT_EQ(snap.os.version, s("10.0.17763"));
    EXPECT_EQ(snap.os.kernel, s("10.0.17763"));
    EXPECT_EQ(snap.os.hostname, s("HD-DC01"));
    EXPECT_EQ(snap.pendingUpdates, 4);
    EXPECT_EQ(snap.securityUpdates, 2) << "Defender definitions are not security updates";
    EXPECT_FALSE(snap.rebootRequired.has_value()) << "windows_exporter has no reboot-required signal";
    ASSERT_EQ(snap.smart.size(), 2);
    EXPECT_EQ(snap.smart[0].disk, s("\\\\.\\PHYSICALDRIVE0"));
    EXPECT_EQ(snap.smart[0].status, s("OK"));
    EXPECT_EQ(snap.smart[0].healthy, true);
    EXPECT_EQ(snap.smart[1].status, s("Pred Fail"));
    EXPECT_EQ(snap.smart[1].healthy, false);
    ASSERT_TRUE(result.counters.has_value());
    EXPECT_EQ(result.counters->cpuCount, 2);
    EXPECT_EQ(result.counters->busySeconds, 500.0);
    EXPECT_EQ(result.counters->totalSeconds, 2000.0);
    EXPECT_EQ(result.counters->bootTime, 1'699'999'999.5);
}

TEST(MetricMapper, WindowsExporterNewNames)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000 + 7200, Qt::UTC);
    const MappingResult result = mapBody(kWindowsNew, {}, now);
    const DeviceSnapshot &snap = result.snapshot;
    EXPECT_EQ(snap.exporter, ExporterFlavor::WindowsExporter);
    EXPECT_EQ(snap.exporterVersion, s("0.30.4"));
    EXPECT_EQ(snap.memoryUsedPercent, 25.0);
    EXPECT_EQ(snap.memoryTotalBytes, 8'000'000'000);
    ASSERT_EQ(snap.disks.size(), 1);
    EXPECT_EQ(snap.disks[0].fsType, s("NTFS"));
    EXPECT_EQ(snap.disks[0].usedPercent, 75.0);
    EXPECT_EQ(snap.uptimeSeconds, 7200) << "no endpoint clock: measured against the poll time";
    EXPECT_EQ(snap.os.hostname, s("KSL-LT-JSMITH"));
    EXPECT_EQ(snap.os.prettyName, s("Windows 11 Pro"));
    EXPECT_EQ(snap.os.kernel, s("10.0.22631.4460"));
    EXPECT_FALSE(snap.pendingUpdates.has_value()) << "update collector not enabled: unknown, not 0";
    EXPECT_TRUE(snap.smart.isEmpty());

    // Second poll: core 0,0 idle +30, user +10 -> 25 % busy.
    QByteArray later = kWindowsNew;
    later.replace("mode=\"idle\"} 500", "mode=\"idle\"} 530").replace("mode=\"user\"} 100", "mode=\"user\"} 110");
    const MappingResult second = mapBody(later, result.counters, now.addSecs(40));
    EXPECT_EQ(second.snapshot.cpuBusyPercent, 25.0);
}

TEST(MetricMapper, FilesystemsThatHoldNoDataAreSkipped)
{
    QByteArray body;
    const auto fs = [&body](const char *device, const char *fstype, const char *mount, double size, double avail,
                            int readonly = 0) {
        const QByteArray labels =
            QByteArray("{device=\"") + device + "\",fstype=\"" + fstype + "\",mountpoint=\"" + mount + "\"}";
        body += "node_filesystem_avail_bytes" + labels + ' ' + QByteArray::number(avail, 'g', 17) + '\n';
        body += "node_filesystem_readonly" + labels + ' ' + QByteArray::number(readonly) + '\n';
        body += "node_filesystem_size_bytes" + labels + ' ' + QByteArray::number(size, 'g', 17) + '\n';
    };
    fs("/dev/sda1", "ext4", "/", 1000, 250);
    fs("/dev/sda2", "vfat", "/boot/efi", 512, 500);
    fs("/dev/mapper/vg-data", "xfs", "/srv/data", 4000, 1000);
    fs("tmpfs", "tmpfs", "/run", 100, 99);
    fs("tmpfs", "tmpfs", "/run/user/1000", 100, 100);
    fs("udev", "devtmpfs", "/dev", 100, 100);
    fs("overlay", "overlay", "/var/lib/docker/overlay2/abc/merged", 1000, 250);
    fs("/dev/loop3", "squashfs", "/snap/core22/1380", 77, 0, 1);
    fs("/dev/loop4", "ext4", "/snap/firefox/4848", 77, 0, 1);
    fs("lxcfs", "fuse.lxcfs", "/var/lib/lxcfs", 0, 0);
    fs("nsfs", "nsfs", "/run/docker/netns/x", 0, 0);
    fs("user@host:", "fuse.sshfs", "/mnt/remote", 2000, 1500);
    fs("nas:/backup", "nfs4", "/mnt/backup", 8000, 2000);
    fs("/dev/sr0", "iso9660", "/media/cdrom", 700, 0, 1);
    const DeviceSnapshot snap = mapBody(body).snapshot;
    QStringList mounts;
    for (const DiskUsage &disk : snap.disks) {
        mounts << disk.mountPoint;
    }
    EXPECT_EQ(mounts, QStringList({s("/"), s("/boot/efi"), s("/srv/data"), s("/mnt/remote"), s("/mnt/backup")}));
    EXPECT_EQ(snap.disk(s("/"))->usedPercent, 75.0);
    EXPECT_EQ(snap.disk(s("/srv/data"))->device, s("/dev/mapper/vg-data"));
    EXPECT_EQ(snap.disk(s("/mnt/backup"))->usedPercent, 75.0);
}

TEST(MetricMapper, TextfileAptRebootSmartAndBackups)
{
    const QByteArray body = R"exp(apt_upgrades_pending{arch="amd64",origin="Debian:bookworm-security/stable-security"} 3
apt_upgrades_pending{arch="all",origin="Debian-Security:12/stable-security"} 1
apt_upgrades_pending{arch="amd64",origin="Debian:bookworm/stable"} 5
apt_upgrades_pending{arch="all",origin="Debian:bookworm/stable"} 2
backup_last_restore_test_timestamp_seconds{job="system"} 1.69e+09
backup_last_run_success{job="files"} 0
backup_last_run_success{job="system"} 1
backup_last_run_timestamp_seconds{job="files"} 1.7000001e+09
backup_last_run_timestamp_seconds{job="system"} 1.7e+09
backup_last_size_bytes{job="files"} 0
backup_last_size_bytes{job="system"} 5.36870912e+09
backup_last_success_timestamp_seconds{job="files"} 1.6999e+09
backup_last_success_timestamp_seconds{job="system"} 1.7e+09
node_reboot_required 1
restic_check_success{repository="s3:https://s3.example/hd-sql"} 1
restic_snapshots_latest_time{hostname="HD-SQL01",repository="s3:https://s3.example/hd-sql"} 1.6995e+09
restic_backup_size_total{repository="s3:https://s3.example/hd-sql"} 123456789
restic_last_snapshot_time{repository="b2:other"} 1.6996e+12
smartmon_current_pending_sector_raw_value{disk="/dev/sda",smart_id="197",type="sat"} 4
smartmon_current_pending_sector_raw_value{disk="/dev/nvme0",smart_id="197",type="nvme"} 0
smartmon_device_smart_healthy{disk="/dev/sda",type="sat"} 0
smartmon_device_smart_healthy{disk="/dev/nvme0",type="nvme"} 1
smartmon_reallocated_sector_ct_raw_value{disk="/dev/sda",smart_id="5",type="sat"} 112
smartmon_reallocated_sector_ct_raw_value{disk="/dev/nvme0",smart_id="5",type="nvme"} 0
)exp";
    const DeviceSnapshot snap = mapBody(body).snapshot;
    EXPECT_EQ(snap.pendingUpdates, 11);
    EXPECT_EQ(snap.securityUpdates, 4) << "every origin containing \"security\", case-insensitively";
    EXPECT_EQ(snap.rebootRequired, true);

    ASSERT_EQ(snap.smart.size(), 2);
    EXPECT_EQ(snap.smartDisk(s("/dev/sda"))->healthy, false);
    EXPECT_EQ(snap.smartDisk(s("/dev/sda"))->reallocatedSectors, 112);
    EXPECT_EQ(snap.smartDisk(s("/dev/sda"))->pendingSectors, 4);
    EXPECT_EQ(snap.smartDisk(s("/dev/nvme0"))->healthy, true);
    EXPECT_EQ(snap.smartDisk(s("/dev/nvme0"))->reallocatedSectors, 0);

    ASSERT_EQ(snap.backups.size(), 4);
    const BackupJobStatus *system = snap.backup(s("system"));
    ASSERT_NE(system, nullptr);
    EXPECT_EQ(system->source, BackupSource::Vigil);
    EXPECT_EQ(system->lastSuccess.toSecsSinceEpoch(), 1'700'000'000);
    EXPECT_EQ(system->lastRun.toSecsSinceEpoch(), 1'700'000'000);
    EXPECT_EQ(system->lastRunOk, true);
    EXPECT_EQ(system->sizeBytes, 5'368'709'120);
    EXPECT_EQ(system->lastRestoreTest.toSecsSinceEpoch(), 1'690'000'000);
    const BackupJobStatus *files = snap.backup(s("files"));
    ASSERT_NE(files, nullptr);
    EXPECT_EQ(files->lastRunOk, false);
    EXPECT_EQ(files->lastRun.toSecsSinceEpoch(), 1'700'000'100);
    EXPECT_EQ(files->lastSuccess.toSecsSinceEpoch(), 1'699'900'000);
    EXPECT_FALSE(files->lastRestoreTest.isValid()) << "never tested: the metric is absent";
    const BackupJobStatus *restic = snap.backup(s("s3:https://s3.example/hd-sql"));
    ASSERT_NE(restic, nullptr);
    EXPECT_EQ(restic->source, BackupSource::Restic);
    EXPECT_EQ(restic->lastSuccess.toSecsSinceEpoch(), 1'699'500'000);
    EXPECT_EQ(restic->sizeBytes, 123'456'789);
    EXPECT_EQ(restic->repositoryCheckOk, true);
    EXPECT_FALSE(restic->lastRunOk.has_value());
    const BackupJobStatus *other = snap.backup(s("b2:other"));
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(other->lastSuccess.toSecsSinceEpoch(), 1'699'600'000) << "milliseconds recognised";
}

TEST(MetricMapper, NoUpdatesIsZeroAndNanIsIgnored)
{
    const QByteArray body = "apt_upgrades_pending{arch=\"\",origin=\"\"} 0\nnode_reboot_required 0\n"
                            "node_memory_MemTotal_bytes NaN\nnode_memory_MemAvailable_bytes 1\n";
    const DeviceSnapshot snap = mapBody(body).snapshot;
    EXPECT_EQ(snap.pendingUpdates, 0);
    EXPECT_EQ(snap.securityUpdates, 0);
    EXPECT_EQ(snap.rebootRequired, false);
    EXPECT_FALSE(snap.memoryUsedPercent.has_value());
    EXPECT_FALSE(snap.memoryTotalBytes.has_value());
}

TEST(MetricMapper, VisitorIsReusableAfterReset)
{
    ExpositionParser parser;
    MetricMappingVisitor visitor;
    ASSERT_TRUE(parser.parse(kWindowsOld, visitor).ok());
    const MappingResult windows = visitor.finish({}, kNow);
    visitor.reset();
    ASSERT_TRUE(parser.parse(fixture("node_exporter-1.5.0-linux.prom"), visitor).ok());
    const MappingResult linux = visitor.finish({}, kNow);
    EXPECT_EQ(windows.snapshot.exporter, ExporterFlavor::WindowsExporter);
    EXPECT_EQ(linux.snapshot.exporter, ExporterFlavor::NodeExporter);
    EXPECT_EQ(linux.snapshot, mapBody(fixture("node_exporter-1.5.0-linux.prom")).snapshot);
}
