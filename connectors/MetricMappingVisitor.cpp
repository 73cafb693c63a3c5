// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricMappingVisitor.h"

#include "MetricMapper.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace Vigil {

namespace {

using namespace std::string_view_literals;

enum class Metric : quint8 {
    // node_exporter
    NodeCpuSeconds,
    NodeMemAvailable,
    NodeMemTotal,
    NodeMemFree,
    NodeMemBuffers,
    NodeMemCached,
    DarwinMemTotal,
    DarwinMemFree,
    DarwinMemInactive,
    DarwinMemPurgeable,
    NodeFsAvail,
    NodeFsSize,
    NodeFsReadonly,
    NodeBootTime,
    NodeTime,
    NodeOsInfo,
    NodeUnameInfo,
    NodeBuildInfo,
    NodeRebootRequired,
    AptUpgradesPending,
    // smartmon textfile
    SmartHealthy,
    SmartReallocated,
    SmartPending,
    // Vigil's backup convention and restic exporters
    BackupLastSuccess,
    BackupLastRun,
    BackupLastRunSuccess,
    BackupLastSize,
    BackupLastRestoreTest,
    ResticSnapshotsLatest,
    ResticLastSnapshot,
    ResticCheckSuccess,
    ResticBackupSize,
    // windows_exporter
    WinCpuTime,
    WinOsFreeMemory,  // < 0.29
    WinMemoryFree,    // >= 0.29
    WinCsTotalMemory, // < 0.29
    WinMemoryTotal,   // >= 0.29
    WinDiskFree,
    WinDiskSize,
    WinDiskInfo,
    WinSystemUpTime, // < 0.29: despite the name, the boot time as a Unix timestamp
    WinBootTime,     // >= 0.29
    WinOsTime,
    WinTimeCurrent,
    WinOsInfo,
    WinCsHostname,
    WinOsHostname,
    WinBuildInfo,
    WinUpdatePending,
    WinUpdateQueryDuration,
    WinCollectorSuccess,
    WinDiskDriveStatus,
    WinDiskDriveAvailability,
};

struct MetricName
{
    std::string_view name;
    Metric metric;
};

// Sorted by name for binary search; a static_assert below keeps it sorted.
constexpr std::array kMetrics = std::to_array<MetricName>({
    {"apt_upgrades_pending"sv, Metric::AptUpgradesPending},
    {"backup_last_restore_test_timestamp_seconds"sv, Metric::BackupLastRestoreTest},
    {"backup_last_run_success"sv, Metric::BackupLastRunSuccess},
    {"backup_last_run_timestamp_seconds"sv, Metric::BackupLastRun},
    {"backup_last_size_bytes"sv, Metric::BackupLastSize},
    {"backup_last_success_timestamp_seconds"sv, Metric::BackupLastSuccess},
    {"node_boot_time_seconds"sv, Metric::NodeBootTime},
    {"node_cpu_seconds_total"sv, Metric::NodeCpuSeconds},
    {"node_exporter_build_info"sv, Metric::NodeBuildInfo},
    {"node_filesystem_avail_bytes"sv, Metric::NodeFsAvail},
    {"node_filesystem_readonly"sv, Metric::NodeFsReadonly},
    {"node_filesystem_size_bytes"sv, Metric::NodeFsSize},
    {"node_memory_Buffers_bytes"sv, Metric::NodeMemBuffers},
    {"node_memory_Cached_bytes"sv, Metric::NodeMemCached},
    {"node_memory_MemAvailable_bytes"sv, Metric::NodeMemAvailable},
    {"node_memory_MemFree_bytes"sv, Metric::NodeMemFree},
    {"node_memory_MemTotal_bytes"sv, Metric::NodeMemTotal},
    {"node_memory_free_bytes"sv, Metric::DarwinMemFree},
    {"node_memory_inactive_bytes"sv, Metric::DarwinMemInactive},
    {"node_memory_purgeable_bytes"sv, Metric::DarwinMemPurgeable},
    {"node_memory_total_bytes"sv, Metric::DarwinMemTotal},
    {"node_os_info"sv, Metric::NodeOsInfo},
    {"node_reboot_required"sv, Metric::NodeRebootRequired},
    {"node_time_seconds"sv, Metric::NodeTime},
    {"node_uname_info"sv, Metric::NodeUnameInfo},
    {"restic_backup_size_total"sv, Metric::ResticBackupSize},
    {"restic_check_success"sv, Metric::ResticCheckSuccess},
    {"restic_last_snapshot_time"sv, Metric::ResticLastSnapshot},
    {"restic_snapshots_latest_time"sv, Metric::ResticSnapshotsLatest},
    {"smartmon_current_pending_sector_raw_value"sv, Metric::SmartPending},
    {"smartmon_device_smart_healthy"sv, Metric::SmartHealthy},
    {"smartmon_reallocated_sector_ct_raw_value"sv, Metric::SmartReallocated},
    {"windows_cpu_time_total"sv, Metric::WinCpuTime},
    {"windows_cs_hostname"sv, Metric::WinCsHostname},
    {"windows_cs_physical_memory_bytes"sv, Metric::WinCsTotalMemory},
    {"windows_diskdrive_availability"sv, Metric::WinDiskDriveAvailability},
    {"windows_diskdrive_status"sv, Metric::WinDiskDriveStatus},
    {"windows_exporter_build_info"sv, Metric::WinBuildInfo},
    {"windows_exporter_collector_success"sv, Metric::WinCollectorSuccess},
    {"windows_logical_disk_free_bytes"sv, Metric::WinDiskFree},
    {"windows_logical_disk_info"sv, Metric::WinDiskInfo},
    {"windows_logical_disk_size_bytes"sv, Metric::WinDiskSize},
    {"windows_memory_physical_free_bytes"sv, Metric::WinMemoryFree},
    {"windows_memory_physical_total_bytes"sv, Metric::WinMemoryTotal},
    {"windows_os_hostname"sv, Metric::WinOsHostname},
    {"windows_os_info"sv, Metric::WinOsInfo},
    {"windows_os_physical_memory_free_bytes"sv, Metric::WinOsFreeMemory},
    {"windows_os_time"sv, Metric::WinOsTime},
    {"windows_system_boot_time_timestamp_seconds"sv, Metric::WinBootTime},
    {"windows_system_system_up_time"sv, Metric::WinSystemUpTime},
    {"windows_time_current_timestamp_seconds"sv, Metric::WinTimeCurrent},
    {"windows_update_pending_info"sv, Metric::WinUpdatePending},
    {"windows_update_scrape_query_duration_seconds"sv, Metric::WinUpdateQueryDuration},
});
static_assert(std::is_sorted(kMetrics.begin(), kMetrics.end(),
                             [](const MetricName &a, const MetricName &b) { return a.name < b.name; }));

std::optional<Metric> lookup(std::string_view name)
{
    const auto it = std::lower_bound(kMetrics.begin(), kMetrics.end(), name,
                                     [](const MetricName &entry, std::string_view n) { return entry.name < n; });
    if (it == kMetrics.end() || it->name != name) {
        return std::nullopt;
    }
    return it->metric;
}

// Filesystems that hold no user data, or whose "used" is meaningless (read-only images are always full). Most are
// already in node_exporter's default exclude list; an exporter started with other flags still reports them.
constexpr std::array kSkippedFsTypes = {
    "aufs"sv,       "autofs"sv,    "binfmt_misc"sv, "bpf"sv,    "cgroup"sv,   "cgroup2"sv,
    "configfs"sv,   "debugfs"sv,   "devfs"sv,       "devpts"sv, "devtmpfs"sv, "efivarfs"sv,
    "fusectl"sv,    "hugetlbfs"sv, "iso9660"sv,     "mqueue"sv, "nsfs"sv,     "nullfs"sv,
    "overlay"sv,    "proc"sv,      "procfs"sv,      "pstore"sv, "ramfs"sv,    "rpc_pipefs"sv,
    "securityfs"sv, "selinuxfs"sv, "squashfs"sv,    "sysfs"sv,  "tmpfs"sv,    "tracefs"sv,
};

// FUSE filesystems that are views of something else, not storage (fuse.sshfs, fuse.rclone and the like are kept).
constexpr std::array kSkippedFuseTypes = {
    "fuse.appimagefs"sv, "fuse.gvfsd-fuse"sv,          "fuse.lxcfs"sv, "fuse.portal"sv, "fuse.snapfuse"sv,
    "fuse.squashfuse"sv, "fuse.xdg-document-portal"sv,
};

bool skippedFsType(std::string_view fsType)
{
    return std::find(kSkippedFsTypes.begin(), kSkippedFsTypes.end(), fsType) != kSkippedFsTypes.end()
           || std::find(kSkippedFuseTypes.begin(), kSkippedFuseTypes.end(), fsType) != kSkippedFuseTypes.end();
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool containsNoCase(std::string_view text, std::string_view needle)
{
    const auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(a) == lower(b);
    });
    return it != text.end();
}

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

std::string_view labelOf(const ExpositionSample &sample, std::string_view name)
{
    return sample.label(name).value_or(std::string_view());
}

std::optional<qint64> toInteger(std::optional<double> value)
{
    if (!value || !std::isfinite(*value) || std::abs(*value) >= 9.2e18) {
        return std::nullopt;
    }
    return static_cast<qint64>(std::llround(*value));
}

// A Unix timestamp metric; 0 (or less) means never. Restic exporters differ in units, so milliseconds are
// recognised by size (1e11 s is the year 5138).
QDateTime toTime(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds) || *seconds <= 0) {
        return {};
    }
    const double s = *seconds > 1e11 ? *seconds / 1000.0 : *seconds;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(s)), Qt::UTC);
}

// Windows drive status values that mean the drive is failing or gone; "OK" is healthy; anything else (Unknown,
// Starting, Service…) says nothing about health.
constexpr std::array kBadDriveStatuses = {"Degraded"sv,   "Error"sv,     "Lost Comm"sv, "No Contact"sv,
                                          "NonRecover"sv, "Pred Fail"sv, "Stressed"sv};
constexpr std::array kBadDriveAvailabilities = {"Warning"sv, "Degraded"sv, "Power Save - Warning"sv, "Install Error"sv};

struct Filesystem
{
    std::string mountPoint;
    std::string device;
    std::string fsType;
    std::optional<double> size;
    std::optional<double> avail;
    bool readonly = false;
};

struct SmartDisk
{
    std::string disk;
    std::optional<double> healthy;
    std::optional<double> reallocated;
    std::optional<double> pending;
    std::string status;
    std::string availability;
    bool windowsDrive = false;
};

struct Backup
{
    std::string job;
    BackupSource source = BackupSource::Vigil;
    std::optional<double> lastSuccess;
    std::optional<double> lastRun;
    std::optional<double> lastRunSuccess;
    std::optional<double> size;
    std::optional<double> lastRestoreTest;
    std::optional<double> checkSuccess;
};

template<typename T>
T &entry(std::vector<T> &list, std::string_view key, std::string T::*field)
{
    for (T &item : list) {
        if (item.*field == key) {
            return item;
        }
    }
    T &item = list.emplace_back();
    item.*field = std::string(key);
    return item;
}

} // namespace

struct MetricMappingVisitor::Collected
{
    qsizetype nodeSamples = 0;
    qsizetype windowsSamples = 0;
    std::string nodeVersion;
    std::string windowsVersion;

    double cpuBusy = 0;
    double cpuTotal = 0;
    int cpuCount = 0;

    std::optional<double> memAvailable, memTotal, memFree, memBuffers, memCached;
    std::optional<double> darwinTotal, darwinFree, darwinInactive, darwinPurgeable;
    std::optional<double> winOsFree, winMemFree, winCsTotal, winMemTotal;

    std::vector<Filesystem> filesystems;
    std::vector<Filesystem> volumes;

    std::optional<double> nodeBoot, nodeTime, winSystemUpTime, winBoot, winOsTime, winTimeCurrent;

    OsInfo os;
    std::string winRevision;

    std::optional<double> aptPending, aptSecurity, rebootRequired;
    int winUpdates = 0;
    int winSecurityUpdates = 0;
    bool winUpdateCollector = false;

    std::vector<SmartDisk> smart;
    std::vector<Backup> backups;
};

MetricMappingVisitor::MetricMappingVisitor()
    : m_collected(std::make_unique<Collected>())
{
}

MetricMappingVisitor::~MetricMappingVisitor() = default;

void MetricMappingVisitor::reset()
{
    *m_collected = Collected{};
}

void MetricMappingVisitor::sample(const ExpositionSample &sample)
{
    Collected &c = *m_collected;
    const std::string_view name = sample.name;
    if (startsWith(name, "node_"sv)) {
        ++c.nodeSamples;
    } else if (startsWith(name, "windows_"sv)) {
        ++c.windowsSamples;
    }
    const std::optional<Metric> metric = lookup(name);
    if (!metric || std::isnan(sample.value)) {
        return;
    }
    const double v = sample.value;
    switch (*metric) {
    case Metric::NodeCpuSeconds:
    case Metric::WinCpuTime: {
        const std::string_view mode = labelOf(sample, "mode"sv);
        c.cpuTotal += v;
        // iowait is idle time with I/O outstanding: top and Windows ("% Idle Time") count it as idle.
        if (mode == "idle"sv || mode == "iowait"sv) {
            c.cpuCount += mode == "idle"sv ? 1 : 0;
        } else {
            c.cpuBusy += v;
        }
        break;
    }
    case Metric::NodeMemAvailable:
        c.memAvailable = v;
        break;
    case Metric::NodeMemTotal:
        c.memTotal = v;
        break;
    case Metric::NodeMemFree:
        c.memFree = v;
        break;
    case Metric::NodeMemBuffers:
        c.memBuffers = v;
        break;
    case Metric::NodeMemCached:
        c.memCached = v;
        break;
    case Metric::DarwinMemTotal:
        c.darwinTotal = v;
        break;
    case Metric::DarwinMemFree:
        c.darwinFree = v;
        break;
    case Metric::DarwinMemInactive:
        c.darwinInactive = v;
        break;
    case Metric::DarwinMemPurgeable:
        c.darwinPurgeable = v;
        break;
    case Metric::WinOsFreeMemory:
        c.winOsFree = v;
        break;
    case Metric::WinMemoryFree:
        c.winMemFree = v;
        break;
    case Metric::WinCsTotalMemory:
        c.winCsTotal = v;
        break;
    case Metric::WinMemoryTotal:
        c.winMemTotal = v;
        break;
    case Metric::NodeFsAvail:
    case Metric::NodeFsSize:
    case Metric::NodeFsReadonly: {
        const std::string_view fsType = labelOf(sample, "fstype"sv);
        const std::string_view mountPoint = labelOf(sample, "mountpoint"sv);
        if (mountPoint.empty() || skippedFsType(fsType)) {
            break;
        }
        Filesystem &fs = entry(c.filesystems, mountPoint, &Filesystem::mountPoint);
        if (fs.device.empty()) {
            fs.device = std::string(labelOf(sample, "device"sv));
            fs.fsType = std::string(fsType);
        }
        if (*metric == Metric::NodeFsAvail) {
            fs.avail = v;
        } else if (*metric == Metric::NodeFsSize) {
            fs.size = v;
        } else {
            fs.readonly = v != 0;
        }
        break;
    }
    case Metric::WinDiskFree:
    case Metric::WinDiskSize:
    case Metric::WinDiskInfo: {
        const std::string_view volume = labelOf(sample, "volume"sv);
        // Volumes without a drive letter (recovery and EFI partitions) show up as HarddiskVolumeN.
        if (volume.empty() || volume == "_Total"sv || containsNoCase(volume.substr(0, 14), "HarddiskVolume"sv)) {
            break;
        }
        Filesystem &fs = entry(c.volumes, volume, &Filesystem::mountPoint);
        if (*metric == Metric::WinDiskFree) {
            fs.avail = v;
        } else if (*metric == Metric::WinDiskSize) {
            fs.size = v;
        } else {
            fs.fsType = std::string(labelOf(sample, "filesystem"sv));
        }
        break;
    }
    case Metric::NodeBootTime:
        c.nodeBoot = v;
        break;
    case Metric::NodeTime:
        c.nodeTime = v;
        break;
    case Metric::WinSystemUpTime:
        c.winSystemUpTime = v;
        break;
    case Metric::WinBootTime:
        c.winBoot = v;
        break;
    case Metric::WinOsTime:
        c.winOsTime = v;
        break;
    case Metric::WinTimeCurrent:
        c.winTimeCurrent = v;
        break;
    case Metric::NodeOsInfo: {
        c.os.name = text(labelOf(sample, "name"sv));
        const std::string_view versionId = labelOf(sample, "version_id"sv);
        c.os.version = text(versionId.empty() ? labelOf(sample, "version"sv) : versionId);
        c.os.prettyName = text(labelOf(sample, "pretty_name"sv));
        break;
    }
    case Metric::NodeUnameInfo:
        c.os.hostname = text(labelOf(sample, "nodename"sv));
        c.os.kernel = text(labelOf(sample, "release"sv));
        if (c.os.name.isEmpty()) {
            c.os.name = text(labelOf(sample, "sysname"sv));
        }
        break;
    case Metric::NodeBuildInfo:
        c.nodeVersion = std::string(labelOf(sample, "version"sv));
        break;
    case Metric::WinBuildInfo:
        c.windowsVersion = std::string(labelOf(sample, "version"sv));
        break;
    case Metric::WinOsInfo:
        c.os.name = QStringLiteral("Windows");
        c.os.prettyName = text(labelOf(sample, "product"sv));
        c.os.version = text(labelOf(sample, "version"sv));
        c.winRevision = std::string(labelOf(sample, "revision"sv));
        break;
    case Metric::WinCsHostname:
    case Metric::WinOsHostname:
        if (c.os.hostname.isEmpty()) {
            c.os.hostname = text(labelOf(sample, "hostname"sv));
        }
        break;
    case Metric::NodeRebootRequired:
        c.rebootRequired = v;
        break;
    case Metric::AptUpgradesPending:
        c.aptPending = c.aptPending.value_or(0) + v;
        c.aptSecurity = c.aptSecurity.value_or(0) + (containsNoCase(labelOf(sample, "origin"sv), "security"sv) ? v : 0);
        break;
    case Metric::WinUpdatePending:
        c.winUpdateCollector = true;
        if (v >= 1) {
            ++c.winUpdates;
            c.winSecurityUpdates += containsNoCase(labelOf(sample, "category"sv), "security"sv) ? 1 : 0;
        }
        break;
    case Metric::WinUpdateQueryDuration:
        c.winUpdateCollector = true;
        break;
    case Metric::WinCollectorSuccess:
        c.winUpdateCollector = c.winUpdateCollector || (labelOf(sample, "collector"sv) == "update"sv && v == 1);
        break;
    case Metric::SmartHealthy:
    case Metric::SmartReallocated:
    case Metric::SmartPending: {
        const std::string_view disk = labelOf(sample, "disk"sv);
        if (disk.empty()) {
            break;
        }
        SmartDisk &d = entry(c.smart, disk, &SmartDisk::disk);
        (*metric == Metric::SmartHealthy       ? d.healthy
         : *metric == Metric::SmartReallocated ? d.reallocated
                                               : d.pending) = v;
        break;
    }
    case Metric::WinDiskDriveStatus:
    case Metric::WinDiskDriveAvailability: {
        const std::string_view drive = labelOf(sample, "name"sv);
        if (drive.empty()) {
            break;
        }
        SmartDisk &d = entry(c.smart, drive, &SmartDisk::disk);
        d.windowsDrive = true;
        if (v == 1) {
            (*metric == Metric::WinDiskDriveStatus ? d.status : d.availability) =
                std::string(labelOf(sample, *metric == Metric::WinDiskDriveStatus ? "status"sv : "availability"sv));
        }
        break;
    }
    case Metric::BackupLastSuccess:
    case Metric::BackupLastRun:
    case Metric::BackupLastRunSuccess:
    case Metric::BackupLastSize:
    case Metric::BackupLastRestoreTest: {
        const std::string_view job = labelOf(sample, "job"sv);
        if (job.empty()) {
            break;
        }
        Backup &b = entry(c.backups, job, &Backup::job);
        switch (*metric) {
        case Metric::BackupLastSuccess:
            b.lastSuccess = v;
            break;
        case Metric::BackupLastRun:
            b.lastRun = v;
            break;
        case Metric::BackupLastRunSuccess:
            b.lastRunSuccess = v;
            break;
        case Metric::BackupLastSize:
            b.size = v;
            break;
        default:
            b.lastRestoreTest = v;
            break;
        }
        break;
    }
    case Metric::ResticSnapshotsLatest:
    case Metric::ResticLastSnapshot:
    case Metric::ResticCheckSuccess:
    case Metric::ResticBackupSize: {
        std::string_view repository = labelOf(sample, "repository"sv);
        // Restic jobs share the key space with Vigil's jobs; a prefix keeps a repository called "system" apart.
        const std::string key = "restic:" + std::string(repository.empty() ? "default"sv : repository);
        Backup &b = entry(c.backups, key, &Backup::job);
        b.source = BackupSource::Restic;
        if (*metric == Metric::ResticCheckSuccess) {
            b.checkSuccess = v;
        } else if (*metric == Metric::ResticBackupSize) {
            b.size = v;
        } else {
            b.lastSuccess = std::max(b.lastSuccess.value_or(0), v);
        }
        break;
    }
    }
}

MappingResult MetricMappingVisitor::finish(const std::optional<CpuCounters> &previous, const QDateTime &now) const
{
    const Collected &c = *m_collected;
    MappingResult result;
    DeviceSnapshot &s = result.snapshot;
    s.polledAt = now.toUTC();
    s.reachable = true;

    const bool windows = !c.windowsVersion.empty() || (c.nodeVersion.empty() && c.windowsSamples > c.nodeSamples);
    const bool node = !windows && (!c.nodeVersion.empty() || c.nodeSamples > 0);
    s.exporter = windows ? ExporterFlavor::WindowsExporter
                 : node  ? ExporterFlavor::NodeExporter
                         : ExporterFlavor::Unknown;
    s.exporterVersion = text(windows ? c.windowsVersion : c.nodeVersion);

    // Boot time and the endpoint's own clock: uptime is measured on the endpoint, so a console with a skewed clock
    // still shows the right uptime.
    std::optional<double> boot = windows ? (c.winBoot ? c.winBoot : c.winSystemUpTime) : c.nodeBoot;
    std::optional<double> endpointNow = windows ? (c.winTimeCurrent ? c.winTimeCurrent : c.winOsTime) : c.nodeTime;
    if (boot && *boot > 0) {
        const double clock = endpointNow ? *endpointNow : static_cast<double>(now.toSecsSinceEpoch());
        s.uptimeSeconds = static_cast<qint64>(std::floor(std::max(0.0, clock - *boot)));
    }

    if (c.cpuCount > 0 && c.cpuTotal > 0) {
        CpuCounters counters;
        counters.busySeconds = c.cpuBusy;
        counters.totalSeconds = c.cpuTotal;
        counters.cpuCount = c.cpuCount;
        counters.bootTime = boot;
        counters.polledAt = s.polledAt;
        s.cpuBusyPercent = MetricMapper::cpuBusyPercent(previous, counters);
        result.counters = counters;
    }

    // Memory: total and what is still available for new work without swapping.
    std::optional<double> total;
    std::optional<double> available;
    if (windows) {
        total = c.winMemTotal ? c.winMemTotal : c.winCsTotal;
        available = c.winMemFree ? c.winMemFree : c.winOsFree;
    } else if (c.memTotal) {
        total = c.memTotal;
        if (c.memAvailable) {
            available = c.memAvailable;
        } else if (c.memFree) { // kernels before 3.14 have no MemAvailable
            available = *c.memFree + c.memBuffers.value_or(0) + c.memCached.value_or(0);
        }
    } else if (c.darwinTotal) {
        total = c.darwinTotal;
        if (c.darwinFree) {
            available = *c.darwinFree + c.darwinInactive.value_or(0) + c.darwinPurgeable.value_or(0);
        }
    }
    if (total && *total > 0) {
        s.memoryTotalBytes = toInteger(total);
        if (available) {
            s.memoryUsedPercent = std::clamp((*total - *available) / *total * 100.0, 0.0, 100.0);
        }
    }

    for (const Filesystem &fs : windows ? c.volumes : c.filesystems) {
        // Snaps are read-only squashfs images (skipped by type), but some kernels report them as other types.
        if (!fs.size || !fs.avail || *fs.size <= 0 || (fs.readonly && startsWith(fs.mountPoint, "/snap/"sv))) {
            continue;
        }
        // macOS mounts system volumes (VM, Preboot, Update…) under /System/Volumes; only Data holds user data.
        if (startsWith(fs.mountPoint, "/System/Volumes/"sv) && fs.mountPoint != "/System/Volumes/Data"sv) {
            continue;
        }
        DiskUsage disk;
        disk.mountPoint = text(fs.mountPoint);
        disk.device = text(fs.device);
        disk.fsType = text(fs.fsType);
        disk.sizeBytes = toInteger(fs.size).value_or(0);
        disk.availableBytes = toInteger(fs.avail).value_or(0);
        disk.usedPercent = std::clamp((*fs.size - *fs.avail) / *fs.size * 100.0, 0.0, 100.0);
        s.disks.append(disk);
    }

    s.os = c.os;
    if (windows && !c.winRevision.empty() && !s.os.version.isEmpty()) {
        s.os.kernel = s.os.version + QLatin1Char('.') + text(c.winRevision);
    } else if (windows) {
        s.os.kernel = s.os.version;
    }

    if (c.aptPending) {
        s.pendingUpdates = static_cast<int>(std::llround(*c.aptPending));
        s.securityUpdates = static_cast<int>(std::llround(c.aptSecurity.value_or(0)));
    } else if (windows && c.winUpdateCollector) {
        s.pendingUpdates = c.winUpdates;
        s.securityUpdates = c.winSecurityUpdates;
    }
    if (c.rebootRequired) {
        s.rebootRequired = *c.rebootRequired != 0;
    }

    for (const SmartDisk &d : c.smart) {
        SmartDiskStatus status;
        status.disk = text(d.disk);
        if (d.windowsDrive) {
            status.status = text(d.status);
            const bool badStatus =
                std::find(kBadDriveStatuses.begin(), kBadDriveStatuses.end(), d.status) != kBadDriveStatuses.end();
            const bool badAvailability =
                std::find(kBadDriveAvailabilities.begin(), kBadDriveAvailabilities.end(), d.availability)
                != kBadDriveAvailabilities.end();
            if (badStatus || badAvailability) {
                status.healthy = false;
            } else if (d.status == "OK"sv) {
                status.healthy = true;
            }
        } else if (d.healthy) {
            status.healthy = *d.healthy != 0;
        }
        status.reallocatedSectors = toInteger(d.reallocated);
        status.pendingSectors = toInteger(d.pending);
        s.smart.append(status);
    }

    for (const Backup &b : c.backups) {
        BackupJobStatus job;
        job.source = b.source;
        job.job = text(b.source == BackupSource::Restic ? std::string_view(b.job).substr(7) : std::string_view(b.job));
        job.lastSuccess = toTime(b.lastSuccess);
        job.lastRun = toTime(b.lastRun);
        if (b.lastRunSuccess) {
            job.lastRunOk = *b.lastRunSuccess != 0;
        }
        job.sizeBytes = toInteger(b.size);
        job.lastRestoreTest = toTime(b.lastRestoreTest);
        if (b.checkSuccess) {
            job.repositoryCheckOk = *b.checkSuccess != 0;
        }
        s.backups.append(job);
    }
    return result;
}

} // namespace Vigil
