// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinuxPayload.h"

#include "DeterministicRandom.h"
#include "DeviceTimeline.h"
#include "ExpositionWriter.h"
#include "FleetPlan.h"
#include "GoRuntimePayload.h"
#include "SimSignal.h"
#include "TextfilePayload.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <tuple>

namespace VigilFleetSim {

namespace {

constexpr std::array kCpuModes = {"idle", "iowait", "irq", "nice", "softirq", "steal", "system", "user"};
// Share of busy time per non-idle mode; iowait counts as not busy for most dashboards but is not idle either.
constexpr std::array kCpuModeShare = {0.0, 0.06, 0.004, 0.006, 0.02, 0.01, 0.27, 0.63};

constexpr std::array kCollectors = {
    "arp",       "bcache",     "bonding",   "btrfs",        "conntrack",    "cpu",     "cpufreq",
    "diskstats", "dmi",        "edac",      "entropy",      "fibrechannel", "filefd",  "filesystem",
    "hwmon",     "infiniband", "ipvs",      "loadavg",      "mdadm",        "meminfo", "netclass",
    "netdev",    "netstat",    "nfs",       "nfsd",         "nvme",         "os",      "powersupplyclass",
    "pressure",  "rapl",       "schedstat", "selinux",      "sockstat",     "softnet", "stat",
    "systemd",   "tapestats",  "textfile",  "thermal_zone", "time",         "timex",   "udp_queues",
    "uname",     "vmstat",     "xfs",       "zfs"};

constexpr std::array kSystemdStates = {"activating", "active", "deactivating", "failed", "inactive"};

struct NetstatField
{
    const char *name;
    const char *statistic;
    double rate; // per second per unit of device traffic, 0 for gauges that stay put
    double base;
};

constexpr std::array kNetstat = {
    NetstatField{"Icmp6_InErrors", "Icmp6InErrors", 0, 1},
    NetstatField{"Icmp6_InMsgs", "Icmp6InMsgs", 0.00001, 3},
    NetstatField{"Icmp6_OutMsgs", "Icmp6OutMsgs", 0.00002, 9},
    NetstatField{"Icmp_InErrors", "IcmpInErrors", 0, 0},
    NetstatField{"Icmp_InMsgs", "IcmpInMsgs", 0.00002, 1},
    NetstatField{"Icmp_OutMsgs", "IcmpOutMsgs", 0.00002, 0},
    NetstatField{"Ip6_InOctets", "Ip6InOctets", 0.001, 128},
    NetstatField{"Ip6_OutOctets", "Ip6OutOctets", 0.001, 880},
    NetstatField{"IpExt_InOctets", "IpExtInOctets", 1.0, 0},
    NetstatField{"IpExt_OutOctets", "IpExtOutOctets", 0.8, 0},
    NetstatField{"Ip_Forwarding", "IpForwarding", 0, 2},
    NetstatField{"TcpExt_ListenDrops", "TcpExtListenDrops", 0, 0},
    NetstatField{"TcpExt_ListenOverflows", "TcpExtListenOverflows", 0, 0},
    NetstatField{"TcpExt_SyncookiesFailed", "TcpExtSyncookiesFailed", 0, 0},
    NetstatField{"TcpExt_SyncookiesRecv", "TcpExtSyncookiesRecv", 0, 0},
    NetstatField{"TcpExt_SyncookiesSent", "TcpExtSyncookiesSent", 0, 0},
    NetstatField{"TcpExt_TCPSynRetrans", "TcpExtTCPSynRetrans", 0.000001, 3},
    NetstatField{"TcpExt_TCPTimeouts", "TcpExtTCPTimeouts", 0.000002, 2},
    NetstatField{"Tcp_ActiveOpens", "TcpActiveOpens", 0.00005, 19},
    NetstatField{"Tcp_CurrEstab", "TcpCurrEstab", 0, 12},
    NetstatField{"Tcp_InErrs", "TcpInErrs", 0, 0},
    NetstatField{"Tcp_InSegs", "TcpInSegs", 0.0008, 2615},
    NetstatField{"Tcp_OutRsts", "TcpOutRsts", 0.00001, 2},
    NetstatField{"Tcp_OutSegs", "TcpOutSegs", 0.0007, 1799},
    NetstatField{"Tcp_PassiveOpens", "TcpPassiveOpens", 0.00004, 5},
    NetstatField{"Tcp_RetransSegs", "TcpRetransSegs", 0.000002, 0},
    NetstatField{"Udp6_InDatagrams", "Udp6InDatagrams", 0, 0},
    NetstatField{"Udp6_InErrors", "Udp6InErrors", 0, 0},
    NetstatField{"Udp6_NoPorts", "Udp6NoPorts", 0, 0},
    NetstatField{"Udp6_OutDatagrams", "Udp6OutDatagrams", 0, 0},
    NetstatField{"Udp6_RcvbufErrors", "Udp6RcvbufErrors", 0, 0},
    NetstatField{"Udp6_SndbufErrors", "Udp6SndbufErrors", 0, 0},
    NetstatField{"UdpLite6_InErrors", "UdpLite6InErrors", 0, 0},
    NetstatField{"UdpLite_InErrors", "UdpLiteInErrors", 0, 0},
    NetstatField{"Udp_InDatagrams", "UdpInDatagrams", 0.00003, 35},
    NetstatField{"Udp_InErrors", "UdpInErrors", 0, 0},
    NetstatField{"Udp_NoPorts", "UdpNoPorts", 0.000001, 0},
    NetstatField{"Udp_OutDatagrams", "UdpOutDatagrams", 0.00003, 36},
    NetstatField{"Udp_RcvbufErrors", "UdpRcvbufErrors", 0, 0},
    NetstatField{"Udp_SndbufErrors", "UdpSndbufErrors", 0, 0},
};

constexpr std::array kSockstat = {"FRAG6_inuse",   "FRAG6_memory", "FRAG_inuse", "FRAG_memory",  "RAW6_inuse",
                                  "RAW_inuse",     "TCP6_inuse",   "TCP_alloc",  "TCP_inuse",    "TCP_mem",
                                  "TCP_mem_bytes", "TCP_orphan",   "TCP_tw",     "UDP6_inuse",   "UDPLITE6_inuse",
                                  "UDPLITE_inuse", "UDP_inuse",    "UDP_mem",    "UDP_mem_bytes"};

struct MemoryField
{
    const char *name;
    double shareOfTotal; // of MemTotal; negative means "computed below"
};

constexpr std::array kMemoryStatic = {
    MemoryField{"AnonHugePages_bytes", 0.0},  MemoryField{"Balloon_bytes", 0.0},
    MemoryField{"Bounce_bytes", 0.0},         MemoryField{"CommitLimit_bytes", 0.55},
    MemoryField{"DirectMap1G_bytes", 0.0},    MemoryField{"DirectMap2M_bytes", 0.9},
    MemoryField{"DirectMap4k_bytes", 0.02},   MemoryField{"FileHugePages_bytes", 0.0},
    MemoryField{"FilePmdMapped_bytes", 0.0},  MemoryField{"HugePages_Free", 0.0},
    MemoryField{"HugePages_Rsvd", 0.0},       MemoryField{"HugePages_Surp", 0.0},
    MemoryField{"HugePages_Total", 0.0},      MemoryField{"Hugetlb_bytes", 0.0},
    MemoryField{"KernelStack_bytes", 0.0009}, MemoryField{"Mlocked_bytes", 0.0},
    MemoryField{"NFS_Unstable_bytes", 0.0},   MemoryField{"PageTables_bytes", 0.004},
    MemoryField{"Percpu_bytes", 0.0003},      MemoryField{"SecPageTables_bytes", 0.0},
    MemoryField{"ShmemHugePages_bytes", 0.0}, MemoryField{"ShmemPmdMapped_bytes", 0.0},
    MemoryField{"Unevictable_bytes", 0.0},    MemoryField{"VmallocChunk_bytes", 0.0},
    MemoryField{"VmallocUsed_bytes", 0.003},  MemoryField{"WritebackTmp_bytes", 0.0},
    MemoryField{"Writeback_bytes", 0.0},      MemoryField{"Zswap_bytes", 0.0},
    MemoryField{"Zswapped_bytes", 0.0},
};

std::string fieldName(const char *prefix, const char *field)
{
    return std::string(prefix) + field;
}

} // namespace

void LinuxPayload::write(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state)
{
    const double now = state.now;
    const double boot = state.bootTime;
    const double up = std::max(1.0, now - boot);
    auto key = [&device](std::uint64_t a, std::uint64_t b = 0) { return DeterministicRandom::key({device.key, a, b}); };
    auto counter = [&](std::uint64_t tag, double rate, std::uint64_t sub = 0) {
        return std::floor(SimSignal::counter(key(tag, sub), rate, boot, now));
    };

    TextfilePayload::writeLinuxLeading(out, device, state);
    GoRuntimePayload::write(out, device, state, 0x1000);

    const std::string &nic0 = device.nics.front().name;
    out.family("node_arp_entries", "ARP entries by device", "gauge");
    out.sample("node_arp_entries", {{"device", nic0}}, 3 + std::floor(SimSignal::noise(key(0x10), now) * 12));
    out.family("node_boot_time_seconds", "Node boot time, in unixtime.", "gauge");
    out.sample("node_boot_time_seconds", boot);
    out.family("node_context_switches_total", "Total number of context switches.", "counter");
    out.sample("node_context_switches_total", counter(0x11, 900.0 * device.cpus));

    std::vector<std::string> cpuNames;
    for (int c = 0; c < device.cpus; ++c) {
        cpuNames.push_back(std::to_string(c));
    }
    out.family("node_cpu_guest_seconds_total", "Seconds the CPUs spent in guests (VMs) for each mode.", "counter");
    for (const std::string &cpu : cpuNames) {
        out.sample("node_cpu_guest_seconds_total", {{"cpu", cpu}, {"mode", "nice"}}, 0);
        out.sample("node_cpu_guest_seconds_total", {{"cpu", cpu}, {"mode", "user"}}, 0);
    }
    out.family("node_cpu_seconds_total", "Seconds the CPUs spent in each mode.", "counter");
    for (int c = 0; c < device.cpus; ++c) {
        // Per-CPU spread around the device's busy level; busy stays below 0.9 so idle keeps increasing.
        const double factor = 0.75 + 0.5 * DeterministicRandom::unit(key(0x12, static_cast<std::uint64_t>(c)));
        const double busy =
            SimSignal::counter(key(0x13, static_cast<std::uint64_t>(c)), device.cpuBusy * factor, boot, now);
        for (std::size_t m = 0; m < kCpuModes.size(); ++m) {
            const double value = m == 0 ? up - busy : busy * kCpuModeShare[m];
            out.sample("node_cpu_seconds_total",
                       {{"cpu", cpuNames[static_cast<std::size_t>(c)]}, {"mode", kCpuModes[m]}},
                       std::round(std::max(0.0, value) * 100.0) / 100.0);
        }
    }

    struct DiskFamily
    {
        const char *name;
        const char *help;
        int kind; // 0 read ops, 1 write ops, 2 read bytes, 3 write bytes, 4 time, 5 zero, 6 gauge now
    };
    static constexpr std::array diskFamilies = {
        DiskFamily{"node_disk_discard_time_seconds_total", "This is the total number of seconds spent by all discards.",
                   5},
        DiskFamily{"node_disk_discarded_sectors_total", "The total number of sectors discarded successfully.", 5},
        DiskFamily{"node_disk_discards_completed_total", "The total number of discards completed successfully.", 5},
        DiskFamily{"node_disk_discards_merged_total", "The total number of discards merged.", 5},
        DiskFamily{"node_disk_flush_requests_time_seconds_total",
                   "This is the total number of seconds spent by all flush requests.", 4},
        DiskFamily{"node_disk_flush_requests_total", "The total number of flush requests completed successfully", 1},
    };
    for (const DiskFamily &family : diskFamilies) {
        out.family(family.name, family.help, "counter");
        for (std::size_t i = 0; i < device.disks.size(); ++i) {
            const SimDisk &disk = device.disks[i];
            const double value =
                family.kind == 5 ? 0
                : family.kind == 4
                    ? std::round(SimSignal::counter(key(0x20, i), disk.writeRate * 1e-9, boot, now) * 1000) / 1000
                    : counter(0x21, disk.writeRate / 65536.0, i);
            out.sample(family.name, {{"device", disk.name}}, value);
        }
    }
    out.family("node_disk_info", "Info of /sys/block/<block_device>.", "gauge");
    for (std::size_t i = 0; i < device.disks.size(); ++i) {
        const SimDisk &disk = device.disks[i];
        const bool mapper = disk.name.rfind("dm-", 0) == 0;
        const std::string minor = mapper ? disk.name.substr(3) : std::string("0");
        out.sample("node_disk_info",
                   {{"device", disk.name},
                    {"major", mapper ? "254" : (disk.name[0] == 'n' ? "259" : "8")},
                    {"minor", minor},
                    {"model", disk.model},
                    {"path", ""},
                    {"revision", ""},
                    {"serial", disk.serial},
                    {"wwn", ""}},
                   1);
    }
    out.family("node_disk_io_now", "The number of I/Os currently in progress.", "gauge");
    for (const SimDisk &disk : device.disks) {
        out.sample("node_disk_io_now", {{"device", disk.name}}, 0);
    }
    struct DiskCounter
    {
        const char *name;
        const char *help;
        double bytesPerUnit; // divides the disk's byte rate; 0 = time family
        bool write;
    };
    static constexpr std::array diskCounters = {
        DiskCounter{"node_disk_io_time_seconds_total", "Total seconds spent doing I/Os.", 0, false},
        DiskCounter{"node_disk_io_time_weighted_seconds_total", "The weighted # of seconds spent doing I/Os.", 0, true},
        DiskCounter{"node_disk_read_bytes_total", "The total number of bytes read successfully.", 1, false},
        DiskCounter{"node_disk_read_time_seconds_total", "The total number of seconds spent by all reads.", 0, false},
        DiskCounter{"node_disk_reads_completed_total", "The total number of reads completed successfully.", 32768,
                    false},
        DiskCounter{"node_disk_reads_merged_total", "The total number of reads merged.", 180000, false},
        DiskCounter{"node_disk_write_time_seconds_total", "This is the total number of seconds spent by all writes.", 0,
                    true},
        DiskCounter{"node_disk_writes_completed_total", "The total number of writes completed successfully.", 16384,
                    true},
        DiskCounter{"node_disk_writes_merged_total", "The number of writes merged.", 90000, true},
        DiskCounter{"node_disk_written_bytes_total", "The total number of bytes written successfully.", 1, true},
    };
    for (std::size_t f = 0; f < diskCounters.size(); ++f) {
        const DiskCounter &family = diskCounters[f];
        out.family(family.name, family.help, "counter");
        for (std::size_t i = 0; i < device.disks.size(); ++i) {
            const SimDisk &disk = device.disks[i];
            const double rate = family.write ? disk.writeRate : disk.readRate;
            double value = 0;
            if (family.bytesPerUnit == 0) {
                value = std::round(SimSignal::counter(key(0x22 + f, i), rate * 2e-8, boot, now) * 1000) / 1000;
            } else if (family.bytesPerUnit == 1) {
                value = std::floor(SimSignal::counter(key(family.write ? 0x40 : 0x41, i), rate, boot, now) / 512) * 512;
            } else {
                value = std::floor(SimSignal::counter(key(family.write ? 0x40 : 0x41, i), rate, boot, now)
                                   / family.bytesPerUnit);
            }
            out.sample(family.name, {{"device", disk.name}}, value);
        }
    }

    out.family("node_entropy_available_bits", "Bits of available entropy.", "gauge");
    out.sample("node_entropy_available_bits", 256);
    out.family("node_entropy_pool_size_bits", "Bits of entropy pool.", "gauge");
    out.sample("node_entropy_pool_size_bits", 256);
    out.family("node_exporter_build_info",
               "A metric with a constant '1' value labeled by version, revision, branch, goversion from which "
               "node_exporter was built, and the goos and goarch for the build.",
               "gauge");
    const std::string revision = device.exporterVersion + (device.osId == "debian" ? "-1+b6" : "-1ubuntu0.2");
    out.sample("node_exporter_build_info",
               {{"branch", device.osId == "debian" ? "debian/sid" : "ubuntu"},
                {"goarch", device.machine == "x86_64" ? "amd64" : "arm64"},
                {"goos", "linux"},
                {"goversion", device.goVersion},
                {"revision", revision},
                {"version", device.exporterVersion}},
               1);
    out.family("node_filefd_allocated", "File descriptor statistics: allocated.", "gauge");
    out.sample("node_filefd_allocated", std::floor(SimSignal::gauge(key(0x50), 900, 300, now)));
    out.family("node_filefd_maximum", "File descriptor statistics: maximum.", "gauge");
    out.sample("node_filefd_maximum", 9.223372036854776e+18);

    struct FsFamily
    {
        const char *name;
        const char *help;
        int kind; // 0 avail, 1 device_error, 2 files, 3 files_free, 4 free, 5 readonly, 6 size
    };
    static constexpr std::array fsFamilies = {
        FsFamily{"node_filesystem_avail_bytes", "Filesystem space available to non-root users in bytes.", 0},
        FsFamily{"node_filesystem_device_error",
                 "Whether an error occurred while getting statistics for the given device.", 1},
        FsFamily{"node_filesystem_files", "Filesystem total file nodes.", 2},
        FsFamily{"node_filesystem_files_free", "Filesystem total free file nodes.", 3},
        FsFamily{"node_filesystem_free_bytes", "Filesystem free space in bytes.", 4},
        FsFamily{"node_filesystem_readonly", "Filesystem read-only status.", 5},
        FsFamily{"node_filesystem_size_bytes", "Filesystem size in bytes.", 6},
    };
    for (const FsFamily &family : fsFamilies) {
        out.family(family.name, family.help, "gauge");
        for (std::size_t i = 0; i < device.volumes.size(); ++i) {
            const SimVolume &volume = device.volumes[i];
            const double blocks = std::floor(volume.sizeBytes / 4096.0);
            const double size = blocks * 4096.0;
            const double freeBytes = std::floor(size * (1.0 - state.volumeUsed[i]) / 4096.0) * 4096.0;
            // ext4 reserves 5 % for root; avail is what users see.
            const double reserved = volume.fstype == "ext4" ? std::floor(blocks * 0.05) * 4096.0 : 0.0;
            const double files = volume.fstype == "vfat" ? 0 : std::floor(size / 16384.0);
            double value = 0;
            switch (family.kind) {
            case 0:
                value = std::max(0.0, freeBytes - reserved);
                break;
            case 2:
                value = files;
                break;
            case 3:
                value = std::floor(files * (1.0 - state.volumeUsed[i] * 0.3));
                break;
            case 4:
                value = freeBytes;
                break;
            case 6:
                value = size;
                break;
            default:
                value = 0;
            }
            out.sample(family.name,
                       {{"device", volume.device}, {"fstype", volume.fstype}, {"mountpoint", volume.mountpoint}},
                       value);
        }
    }
    out.family("node_forks_total", "Total number of forks.", "counter");
    out.sample("node_forks_total", counter(0x51, 3.0 + device.cpus));
    out.family("node_intr_total", "Total number of interrupts serviced.", "counter");
    out.sample("node_intr_total", counter(0x52, 400.0 * device.cpus));
    const double load = device.cpuBusy * device.cpus;
    out.family("node_load1", "1m load average.", "gauge");
    out.sample("node_load1", std::round(SimSignal::gauge(key(0x53), load, load * 0.6, now) * 100) / 100);
    out.family("node_load15", "15m load average.", "gauge");
    out.sample("node_load15", std::round(SimSignal::gauge(key(0x54), load, load * 0.2, now / 15.0) * 100) / 100);
    out.family("node_load5", "5m load average.", "gauge");
    out.sample("node_load5", std::round(SimSignal::gauge(key(0x55), load, load * 0.35, now / 5.0) * 100) / 100);

    // Memory: MemAvailable / MemTotal is what Vigil maps to "memory used %".
    const double total = std::floor(device.memTotalBytes / 1024.0) * 1024.0;
    const double usedFraction = std::clamp(SimSignal::gauge(key(0x56), device.memUsedFraction, 0.04, now), 0.05, 0.98);
    const double available = std::floor(total * (1.0 - usedFraction) / 4096.0) * 4096.0;
    const double cached = std::floor(available * 0.62 / 4096.0) * 4096.0;
    const double buffers = std::floor(available * 0.04 / 4096.0) * 4096.0;
    const double memFree = std::max(0.0, available - cached - buffers + total * 0.01);
    const double anon = total * usedFraction * 0.8;
    const double shmem = total * 0.01;
    const double swapFree = device.swapTotalBytes * (1.0 - 0.05 * usedFraction);
    struct Dynamic
    {
        const char *name;
        double value;
    };
    const std::array dynamicMemory = {
        Dynamic{"Active_anon_bytes", anon * 0.6},
        Dynamic{"Active_bytes", anon * 0.6 + cached * 0.5},
        Dynamic{"Active_file_bytes", cached * 0.5},
        Dynamic{"AnonPages_bytes", anon},
        Dynamic{"Buffers_bytes", buffers},
        Dynamic{"Cached_bytes", cached},
        Dynamic{"Committed_AS_bytes", anon * 1.6},
        Dynamic{"Dirty_bytes", std::floor(SimSignal::gauge(key(0x57), 200000, 150000, now) / 4096) * 4096},
        Dynamic{"Inactive_anon_bytes", anon * 0.4},
        Dynamic{"Inactive_bytes", anon * 0.4 + cached * 0.5},
        Dynamic{"Inactive_file_bytes", cached * 0.5},
        Dynamic{"KReclaimable_bytes", total * 0.02},
        Dynamic{"Mapped_bytes", total * 0.03},
        Dynamic{"MemAvailable_bytes", available},
        Dynamic{"MemFree_bytes", memFree},
        Dynamic{"MemTotal_bytes", total},
        Dynamic{"SReclaimable_bytes", total * 0.02},
        Dynamic{"SUnreclaim_bytes", total * 0.008},
        Dynamic{"Shmem_bytes", shmem},
        Dynamic{"Slab_bytes", total * 0.028},
        Dynamic{"SwapCached_bytes", device.swapTotalBytes > 0 ? 4096.0 * 12 : 0.0},
        Dynamic{"SwapFree_bytes", swapFree},
        Dynamic{"SwapTotal_bytes", device.swapTotalBytes},
        Dynamic{"VmallocTotal_bytes", 3.5184372087808e+13},
        Dynamic{"Hugepagesize_bytes", 2097152},
    };
    for (const Dynamic &field : dynamicMemory) {
        const std::string name = fieldName("node_memory_", field.name);
        out.family(name, "Memory information field " + std::string(field.name) + '.', "gauge");
        out.sample(name, std::floor(field.value / 1024.0) * 1024.0);
    }
    for (const MemoryField &field : kMemoryStatic) {
        const std::string name = fieldName("node_memory_", field.name);
        out.family(name, "Memory information field " + std::string(field.name) + '.', "gauge");
        out.sample(name, std::floor(total * field.shareOfTotal / 1024.0) * 1024.0);
    }

    const double traffic = device.nics.front().rxRate + device.nics.front().txRate;
    for (std::size_t i = 0; i < kNetstat.size(); ++i) {
        const NetstatField &field = kNetstat[i];
        const std::string name = fieldName("node_netstat_", field.name);
        out.family(name, "Statistic " + std::string(field.statistic) + '.', "untyped");
        const double value = field.rate > 0 ? field.base + counter(0x60 + i, traffic * field.rate) : field.base;
        out.sample(name, value);
    }

    // lo appears in netclass but Debian's netdev excludes it, as in the reference capture.
    std::vector<const SimNic *> nics;
    for (const SimNic &nic : device.nics) {
        nics.push_back(&nic);
    }
    const SimNic loopback{"lo", "00:00:00:00:00:00", true, 0, 0, 0};
    struct NetProperty
    {
        const char *name;
        int kind;
    };
    static constexpr std::array netProperties = {
        NetProperty{"address_assign_type", 0},
        NetProperty{"carrier", 1},
        NetProperty{"carrier_changes_total", 2},
        NetProperty{"carrier_down_changes_total", 3},
        NetProperty{"carrier_up_changes_total", 3},
        NetProperty{"device_id", 0},
        NetProperty{"dormant", 0},
        NetProperty{"flags", 4},
        NetProperty{"iface_id", 5},
        NetProperty{"iface_link", 5},
        NetProperty{"iface_link_mode", 0},
    };
    for (const NetProperty &property : netProperties) {
        const std::string name = fieldName("node_network_", property.name);
        const bool isCounter = std::string_view(property.name).ends_with("_total");
        out.family(name, "Network device property: " + std::string(property.name), isCounter ? "counter" : "gauge");
        for (std::size_t i = 0; i <= nics.size(); ++i) {
            const SimNic &nic = i == 0 ? loopback : *nics[i - 1];
            double value = 0;
            switch (property.kind) {
            case 1:
                value = nic.up ? 1 : 0;
                break;
            case 2:
                value = i == 0 ? 0 : 2;
                break;
            case 3:
                value = i == 0 ? 0 : 1;
                break;
            case 4:
                value = i == 0 ? 9 : 4099;
                break;
            case 5:
                value = static_cast<double>(i + 1);
                break;
            default:
                value = 0;
            }
            out.sample(name, {{"device", nic.name}}, value);
        }
    }
    out.family("node_network_info", "Non-numeric data from /sys/class/net/<iface>, value is always 1.", "gauge");
    for (std::size_t i = 0; i <= nics.size(); ++i) {
        const SimNic &nic = i == 0 ? loopback : *nics[i - 1];
        out.sample("node_network_info",
                   {{"address", nic.mac},
                    {"broadcast", i == 0 ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff"},
                    {"device", nic.name},
                    {"duplex", i == 0 ? "" : "full"},
                    {"ifalias", ""},
                    {"operstate", i == 0 ? "unknown" : (nic.up ? "up" : "down")}},
                   1);
    }
    out.family("node_network_mtu_bytes", "Network device property: mtu_bytes", "gauge");
    for (std::size_t i = 0; i <= nics.size(); ++i) {
        const SimNic &nic = i == 0 ? loopback : *nics[i - 1];
        out.sample("node_network_mtu_bytes", {{"device", nic.name}}, i == 0 ? 65536 : 1500);
    }
    out.family("node_network_protocol_type", "Network device property: protocol_type", "gauge");
    for (std::size_t i = 0; i <= nics.size(); ++i) {
        const SimNic &nic = i == 0 ? loopback : *nics[i - 1];
        out.sample("node_network_protocol_type", {{"device", nic.name}}, i == 0 ? 772 : 1);
    }
    struct NetStatistic
    {
        const char *stat;
        int kind; // 0 bytes, 1 packets, 2 zero
        bool transmit;
    };
    static constexpr std::array netStatistics = {
        NetStatistic{"receive_bytes", 0, false},      NetStatistic{"receive_compressed", 2, false},
        NetStatistic{"receive_drop", 2, false},       NetStatistic{"receive_errs", 2, false},
        NetStatistic{"receive_fifo", 2, false},       NetStatistic{"receive_frame", 2, false},
        NetStatistic{"receive_multicast", 2, false},  NetStatistic{"receive_nohandler", 2, false},
        NetStatistic{"receive_packets", 1, false},    NetStatistic{"transmit_bytes", 0, true},
        NetStatistic{"transmit_carrier", 2, true},    NetStatistic{"transmit_colls", 2, true},
        NetStatistic{"transmit_compressed", 2, true}, NetStatistic{"transmit_drop", 2, true},
        NetStatistic{"transmit_errs", 2, true},       NetStatistic{"transmit_fifo", 2, true},
        NetStatistic{"transmit_packets", 1, true},
    };
    for (const NetStatistic &statistic : netStatistics) {
        const std::string name = "node_network_" + std::string(statistic.stat) + "_total";
        out.family(name, "Network device statistic " + std::string(statistic.stat) + '.', "counter");
        for (std::size_t i = 0; i < nics.size(); ++i) {
            const SimNic &nic = *nics[i];
            const double rate = statistic.transmit ? nic.txRate : nic.rxRate;
            const double bytes = SimSignal::counter(key(statistic.transmit ? 0x70 : 0x71, i), rate, boot, now);
            const double value = statistic.kind == 0   ? std::floor(bytes)
                                 : statistic.kind == 1 ? std::floor(bytes / 900.0)
                                                       : 0;
            out.sample(name, {{"device", nic.name}}, value);
        }
    }
    out.family("node_network_speed_bytes", "Network device property: speed_bytes", "gauge");
    for (const SimNic *nic : nics) {
        out.sample("node_network_speed_bytes", {{"device", nic->name}}, nic->speedBytes);
    }
    out.family("node_network_transmit_queue_length", "Network device property: transmit_queue_length", "gauge");
    for (std::size_t i = 0; i <= nics.size(); ++i) {
        const SimNic &nic = i == 0 ? loopback : *nics[i - 1];
        out.sample("node_network_transmit_queue_length", {{"device", nic.name}}, 1000);
    }
    out.family("node_network_up", "Value is 1 if operstate is 'up', 0 otherwise.", "gauge");
    for (std::size_t i = 0; i <= nics.size(); ++i) {
        const SimNic &nic = i == 0 ? loopback : *nics[i - 1];
        out.sample("node_network_up", {{"device", nic.name}}, i > 0 && nic.up ? 1 : 0);
    }

    static constexpr std::array<std::pair<const char *, const char *>, 10> conntrack = {{
        {"entries", "Number of currently allocated flow entries for connection tracking."},
        {"entries_limit", "Maximum size of connection tracking table."},
        {"stat_drop", "Number of packets dropped due to conntrack failure."},
        {"stat_early_drop",
         "Number of dropped conntrack entries to make room for new ones, if maximum table size was reached."},
        {"stat_found", "Number of searched entries which were successful."},
        {"stat_ignore", "Number of packets seen which are already connected to a conntrack entry."},
        {"stat_insert", "Number of entries inserted into the list."},
        {"stat_insert_failed", "Number of entries for which list insertion was attempted but failed."},
        {"stat_invalid", "Number of packets seen which can not be tracked."},
        {"stat_search_restart",
         "Number of conntrack table lookups which had to be restarted due to hashtable resizes."},
    }};
    for (std::size_t i = 0; i < conntrack.size(); ++i) {
        const std::string name = fieldName("node_nf_conntrack_", conntrack[i].first);
        out.family(name, conntrack[i].second, "gauge");
        out.sample(name, i == 0 ? std::floor(SimSignal::gauge(key(0x80), 180, 120, now)) : i == 1 ? 262144 : 0);
    }

    out.family("node_os_info",
               "A metric with a constant '1' value labeled by build_id, id, id_like, image_id, image_version, name, "
               "pretty_name, variant, variant_id, version, version_codename, version_id.",
               "gauge");
    out.sample("node_os_info",
               {{"build_id", ""},
                {"id", device.osId},
                {"id_like", device.osId == "ubuntu" ? "debian" : ""},
                {"image_id", ""},
                {"image_version", ""},
                {"name", device.osName},
                {"pretty_name", device.osPrettyName},
                {"variant", ""},
                {"variant_id", ""},
                {"version", device.osVersion},
                {"version_codename", device.osCodename},
                {"version_id", device.osVersionId}},
               1);
    out.family("node_os_version", "Metric containing the major.minor part of the OS version.", "gauge");
    out.sample("node_os_version",
               {{"id", device.osId}, {"id_like", device.osId == "ubuntu" ? "debian" : ""}, {"name", device.osName}},
               std::atof(device.osVersionId.c_str()));

    static constexpr std::array<std::pair<const char *, const char *>, 5> pressure = {{
        {"cpu_waiting", "Total time in seconds that processes have waited for CPU time"},
        {"io_stalled", "Total time in seconds no process could make progress due to IO congestion"},
        {"io_waiting", "Total time in seconds that processes have waited due to IO congestion"},
        {"memory_stalled", "Total time in seconds no process could make progress due to memory congestion"},
        {"memory_waiting", "Total time in seconds that processes have waited for memory"},
    }};
    for (std::size_t i = 0; i < pressure.size(); ++i) {
        const std::string name = "node_pressure_" + std::string(pressure[i].first) + "_seconds_total";
        out.family(name, pressure[i].second, "counter");
        out.sample(name, std::round(SimSignal::counter(key(0x90, i), device.cpuBusy * 0.02 / static_cast<double>(i + 1),
                                                       boot, now)
                                    * 1e6)
                             / 1e6);
    }
    out.family("node_procs_blocked", "Number of processes blocked waiting for I/O to complete.", "gauge");
    out.sample("node_procs_blocked", SimSignal::noise(key(0x91), now) > 0.85 ? 1 : 0);
    out.family("node_procs_running", "Number of processes in runnable state.", "gauge");
    out.sample("node_procs_running",
               1 + std::floor(SimSignal::noise(key(0x92), now) * device.cpus * device.cpuBusy * 2));

    out.family("node_schedstat_running_seconds_total", "Number of seconds CPU spent running a process.", "counter");
    for (int c = 0; c < device.cpus; ++c) {
        out.sample(
            "node_schedstat_running_seconds_total", {{"cpu", cpuNames[static_cast<std::size_t>(c)]}},
            std::round(SimSignal::counter(key(0x13, static_cast<std::uint64_t>(c)), device.cpuBusy, boot, now) * 1e3)
                / 1e3);
    }
    out.family("node_schedstat_timeslices_total", "Number of timeslices executed by CPU.", "counter");
    for (int c = 0; c < device.cpus; ++c) {
        out.sample("node_schedstat_timeslices_total", {{"cpu", cpuNames[static_cast<std::size_t>(c)]}},
                   counter(0x93, 150, static_cast<std::uint64_t>(c)));
    }
    out.family("node_schedstat_waiting_seconds_total", "Number of seconds spent by processing waiting for this CPU.",
               "counter");
    for (int c = 0; c < device.cpus; ++c) {
        out.sample(
            "node_schedstat_waiting_seconds_total", {{"cpu", cpuNames[static_cast<std::size_t>(c)]}},
            std::round(SimSignal::counter(key(0x94, static_cast<std::uint64_t>(c)), device.cpuBusy * 0.05, boot, now)
                       * 1e3)
                / 1e3);
    }

    out.family("node_scrape_collector_duration_seconds", "node_exporter: Duration of a collector scrape.", "gauge");
    for (std::size_t i = 0; i < kCollectors.size(); ++i) {
        out.sample("node_scrape_collector_duration_seconds", {{"collector", kCollectors[i]}},
                   std::round((1e-5 + SimSignal::noise(key(0xa0, i), now) * 4e-4) * 1e9) / 1e9);
    }
    out.family("node_scrape_collector_success", "node_exporter: Whether a collector succeeded.", "gauge");
    for (const char *collector : kCollectors) {
        const std::string_view name(collector);
        const bool fails = name == "bonding" || name == "fibrechannel" || name == "infiniband" || name == "ipvs"
                           || name == "nfs" || name == "nfsd" || name == "tapestats" || name == "zfs" || name == "rapl"
                           || name == "mdadm" || name == "nvme";
        out.sample("node_scrape_collector_success", {{"collector", collector}}, fails ? 0 : 1);
    }
    out.family("node_selinux_enabled", "SELinux is enabled, 1 is true, 0 is false", "gauge");
    out.sample("node_selinux_enabled", 0);
    for (std::size_t i = 0; i < kSockstat.size(); ++i) {
        const std::string name = fieldName("node_sockstat_", kSockstat[i]);
        const std::string_view field(kSockstat[i]);
        std::string help = "Number of ";
        const std::size_t underscore = field.find('_');
        help += std::string(field.substr(0, underscore)) + " sockets in state "
                + std::string(field.substr(underscore + 1)) + '.';
        out.family(name, help, "gauge");
        const double value = field.starts_with("TCP") || field.starts_with("UDP_")
                                 ? std::floor(SimSignal::gauge(key(0xb0, i), 20, 15, now))
                                 : 0;
        out.sample(name, field == "TCP_mem_bytes" ? value * 4096 : value);
    }
    out.family("node_sockstat_sockets_used", "Number of IPv4 sockets in use.", "gauge");
    out.sample("node_sockstat_sockets_used", std::floor(SimSignal::gauge(key(0xb1), 120, 60, now)));
    out.family("node_softnet_dropped_total", "Number of dropped packets", "counter");
    for (const std::string &cpu : cpuNames) {
        out.sample("node_softnet_dropped_total", {{"cpu", cpu}}, 0);
    }
    out.family("node_softnet_processed_total", "Number of processed packets", "counter");
    for (std::size_t c = 0; c < cpuNames.size(); ++c) {
        out.sample("node_softnet_processed_total", {{"cpu", cpuNames[c]}},
                   counter(0xb2, traffic / 900.0 / device.cpus, c));
    }
    out.family("node_softnet_times_squeezed_total", "Number of times processing packets ran out of quota", "counter");
    for (const std::string &cpu : cpuNames) {
        out.sample("node_softnet_times_squeezed_total", {{"cpu", cpu}}, 0);
    }

    out.family("node_systemd_system_running", "Whether the system is operational (see 'systemctl is-system-running')",
               "gauge");
    out.sample("node_systemd_system_running", 1);
    out.family("node_systemd_unit_state", "Systemd unit", "gauge");
    for (const std::string &unit : device.services) {
        const std::size_t dot = unit.rfind('.');
        const std::string type = unit.substr(dot + 1);
        for (const char *unitState : kSystemdStates) {
            out.sample("node_systemd_unit_state", {{"name", unit}, {"state", unitState}, {"type", type}},
                       std::string_view(unitState) == "active" ? 1 : 0);
        }
    }
    out.family("node_systemd_units", "Summary of systemd unit states", "gauge");
    for (const char *unitState : kSystemdStates) {
        const std::string_view s(unitState);
        out.sample("node_systemd_units", {{"state", unitState}}, s == "active" ? 142 : s == "inactive" ? 78 : 0);
    }
    out.family("node_systemd_version", "Detected systemd version", "gauge");
    out.sample("node_systemd_version",
               {{"version", device.osCodename == "bookworm" ? "252.22-1~deb12u1"
                            : device.osCodename == "noble"  ? "255.4-1ubuntu8"
                                                            : "249.11-0ubuntu3"}},
               device.osCodename == "bookworm" ? 252.22
               : device.osCodename == "noble"  ? 255.4
                                               : 249.11);

    TextfilePayload::writeLinuxNodeTextfile(out, device, state);

    out.family("node_time_clocksource_available_info",
               "Available clocksources read from '/sys/devices/system/clocksource'.", "gauge");
    out.sample("node_time_clocksource_available_info", {{"clocksource", "hpet"}, {"device", "0"}}, 1);
    out.sample("node_time_clocksource_available_info", {{"clocksource", "tsc"}, {"device", "0"}}, 1);
    out.family("node_time_clocksource_current_info", "Current clocksource read from '/sys/devices/system/clocksource'.",
               "gauge");
    out.sample("node_time_clocksource_current_info", {{"clocksource", "tsc"}, {"device", "0"}}, 1);
    out.family("node_time_seconds", "System time in seconds since epoch (1970).", "gauge");
    out.sample("node_time_seconds", std::round(now * 1000.0) / 1000.0);
    out.family("node_time_zone_offset_seconds", "System time zone offset in seconds.", "gauge");
    out.sample("node_time_zone_offset_seconds", {{"time_zone", "UTC"}}, 0);

    static constexpr std::array<std::tuple<const char *, const char *, const char *, double>, 17> timex = {{
        {"estimated_error_seconds", "Estimated error in seconds.", "gauge", 0.000123},
        {"frequency_adjustment_ratio", "Local clock frequency adjustment.", "gauge", 1.0000134},
        {"loop_time_constant", "Phase-locked loop time constant.", "gauge", 7},
        {"maxerror_seconds", "Maximum error in seconds.", "gauge", 0.0185},
        {"offset_seconds", "Time offset in between local system and reference clock.", "gauge", 0.000017},
        {"pps_calibration_total", "Pulse per second count of calibration intervals.", "counter", 0},
        {"pps_error_total", "Pulse per second count of calibration errors.", "counter", 0},
        {"pps_frequency_hertz", "Pulse per second frequency.", "gauge", 0},
        {"pps_jitter_seconds", "Pulse per second jitter.", "gauge", 0},
        {"pps_jitter_total", "Pulse per second count of jitter limit exceeded events.", "counter", 0},
        {"pps_shift_seconds", "Pulse per second interval duration.", "gauge", 0},
        {"pps_stability_exceeded_total", "Pulse per second count of stability limit exceeded events.", "counter", 0},
        {"pps_stability_hertz", "Pulse per second stability, average of recent frequency changes.", "gauge", 0},
        {"status", "Value of the status array bits.", "gauge", 8193},
        {"sync_status", "Is clock synchronized to a reliable server (1 = yes, 0 = no).", "gauge", 1},
        {"tai_offset_seconds", "International Atomic Time (TAI) offset.", "gauge", 0},
        {"tick_seconds", "Seconds between clock ticks.", "gauge", 0.01},
    }};
    for (const auto &[field, help, type, value] : timex) {
        const std::string name = fieldName("node_timex_", field);
        out.family(name, help, type);
        out.sample(name, value);
    }
    out.family("node_udp_queues", "Number of allocated memory in the kernel for UDP datagrams in bytes.", "gauge");
    for (const char *ip : {"v4", "v6"}) {
        out.sample("node_udp_queues", {{"ip", ip}, {"queue", "rx"}}, 0);
        out.sample("node_udp_queues", {{"ip", ip}, {"queue", "tx"}}, 0);
    }
    out.family("node_uname_info", "Labeled system information as provided by the uname system call.", "gauge");
    const std::string version = device.osId == "ubuntu"
                                    ? "#" + std::to_string(100 + device.index % 30) + "-Ubuntu SMP PREEMPT_DYNAMIC"
                                    : "#1 SMP PREEMPT_DYNAMIC Debian "
                                          + device.kernelRelease.substr(0, device.kernelRelease.find('-')) + ".76-1";
    out.sample("node_uname_info",
               {{"domainname", "(none)"},
                {"machine", device.machine},
                {"nodename", device.name},
                {"release", device.kernelRelease},
                {"sysname", "Linux"},
                {"version", version}},
               1);
    static constexpr std::array<std::pair<const char *, double>, 7> vmstat = {{{"oom_kill", 0},
                                                                               {"pgfault", 900},
                                                                               {"pgmajfault", 0.2},
                                                                               {"pgpgin", 40},
                                                                               {"pgpgout", 60},
                                                                               {"pswpin", 0},
                                                                               {"pswpout", 0}}};
    for (std::size_t i = 0; i < vmstat.size(); ++i) {
        const std::string name = fieldName("node_vmstat_", vmstat[i].first);
        out.family(name, "/proc/vmstat information field " + std::string(vmstat[i].first) + '.', "untyped");
        out.sample(name, vmstat[i].second > 0 ? counter(0xc0 + i, vmstat[i].second * device.cpus) : 0);
    }

    GoRuntimePayload::writeProcess(out, device, state, 0x2000);
    TextfilePayload::writeTrailing(out, device, state);
}

} // namespace VigilFleetSim
