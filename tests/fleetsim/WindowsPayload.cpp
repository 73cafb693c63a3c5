// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsPayload.h"

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

namespace VigilFleetSim {

namespace {

constexpr std::array kCpuModes = {"dpc", "idle", "interrupt", "privileged", "user"};
constexpr std::array kCpuModeShare = {0.01, 0.0, 0.01, 0.30, 0.68};
constexpr std::array kServiceStates = {"continue pending", "pause pending", "paused", "running",
                                       "start pending",    "stop pending",  "stopped"};
constexpr std::array kStartModes = {"auto", "boot", "disabled", "manual", "system"};
constexpr std::array kServiceStatuses = {"degraded",  "error",   "lost comm", "no contact", "nonrecover", "ok",
                                         "pred fail", "service", "starting",  "stopping",   "stressed",   "unknown"};
constexpr std::array kDiskStatuses = {"Degraded",  "Error",   "Lost Comm", "No Contact", "NonRecover", "OK",
                                      "Pred Fail", "Service", "Starting",  "Stopping",   "Stressed",   "Unknown"};
constexpr std::array kCollectors = {"cpu", "cs",       "diskdrive",     "logical_disk", "memory",
                                    "net", "os",       "physical_disk", "service",      "system",
                                    "tcp", "textfile", "time",          "update"};

struct Field
{
    const char *name;
    const char *help;
    const char *type;
};

} // namespace

void WindowsPayload::write(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state)
{
    const double now = state.now;
    const double boot = state.bootTime;
    const double up = std::max(1.0, now - boot);
    auto key = [&device](std::uint64_t a, std::uint64_t b = 0) { return DeterministicRandom::key({device.key, a, b}); };
    auto counter = [&](std::uint64_t tag, double rate, std::uint64_t sub = 0) {
        return std::floor(SimSignal::counter(key(tag, sub), rate, boot, now));
    };
    const bool newNames = device.windowsNewNames;

    TextfilePayload::writeBackups(out, device, state);
    GoRuntimePayload::write(out, device, state, 0x1000);

    std::vector<std::string> cores;
    for (int c = 0; c < device.cpus; ++c) {
        cores.push_back("0," + std::to_string(c));
    }
    out.family("windows_cpu_clock_interrupts_total", "Total number of received and serviced clock tick interrupts",
               "counter");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        out.sample("windows_cpu_clock_interrupts_total", {{"core", cores[c]}}, counter(0x10, 64, c));
    }
    out.family("windows_cpu_core_frequency_mhz", "Core frequency in megahertz", "gauge");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        out.sample("windows_cpu_core_frequency_mhz", {{"core", cores[c]}}, device.kind == "server" ? 2394 : 2611);
    }
    out.family("windows_cpu_cstate_seconds_total", "Time spent in low-power idle state", "counter");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        for (const char *cstate : {"c1", "c2", "c3"}) {
            out.sample("windows_cpu_cstate_seconds_total", {{"core", cores[c]}, {"state", cstate}},
                       std::string_view(cstate) == "c1" ? std::round(up * (1 - device.cpuBusy) * 100) / 100 : 0);
        }
    }
    out.family("windows_cpu_dpcs_total", "Total number of received and serviced deferred procedure calls (DPCs)",
               "counter");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        out.sample("windows_cpu_dpcs_total", {{"core", cores[c]}}, counter(0x11, 40, c));
    }
    out.family("windows_cpu_idle_break_events_total", "Total number of time processor was woken from idle", "counter");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        out.sample("windows_cpu_idle_break_events_total", {{"core", cores[c]}}, counter(0x12, 300, c));
    }
    out.family("windows_cpu_interrupts_total", "Total number of received and serviced hardware interrupts", "counter");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        out.sample("windows_cpu_interrupts_total", {{"core", cores[c]}}, counter(0x13, 900, c));
    }
    out.family("windows_cpu_parking_status", "Parking Status represents whether a processor is parked or not", "gauge");
    for (const std::string &core : cores) {
        out.sample("windows_cpu_parking_status", {{"core", core}}, 0);
    }
    out.family("windows_cpu_processor_performance_total",
               "Processor Performance is the average performance of the processor while it is executing instructions, "
               "as a percentage of the nominal performance of the processor. On some processors, Processor Performance "
               "may exceed 100%",
               "counter");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        out.sample("windows_cpu_processor_performance_total", {{"core", cores[c]}}, counter(0x14, 1.2e6, c));
    }
    out.family("windows_cpu_time_total",
               "Time that processor spent in different modes (dpc, idle, interrupt, privileged, user)", "counter");
    for (std::size_t c = 0; c < cores.size(); ++c) {
        const double factor = 0.75 + 0.5 * DeterministicRandom::unit(key(0x15, c));
        const double busy = SimSignal::counter(key(0x16, c), device.cpuBusy * factor, boot, now);
        for (std::size_t m = 0; m < kCpuModes.size(); ++m) {
            const double value = m == 1 ? up - busy : busy * kCpuModeShare[m];
            out.sample("windows_cpu_time_total", {{"core", cores[c]}, {"mode", kCpuModes[m]}},
                       std::round(std::max(0.0, value) * 1e4) / 1e4);
        }
    }

    const std::string fqdn = device.name + '.' + device.domain;
    out.family(
        "windows_cs_hostname",
        "Labelled system hostname information as provided by ComputerSystem.DNSHostName and ComputerSystem.Domain",
        "gauge");
    out.sample("windows_cs_hostname", {{"domain", device.domain}, {"fqdn", fqdn}, {"hostname", device.name}}, 1);
    out.family("windows_cs_logical_processors", "ComputerSystem.NumberOfLogicalProcessors", "gauge");
    out.sample("windows_cs_logical_processors", device.cpus);
    const double totalMemory = device.memTotalBytes;
    if (!newNames) {
        out.family("windows_cs_physical_memory_bytes", "ComputerSystem.TotalPhysicalMemory", "gauge");
        out.sample("windows_cs_physical_memory_bytes", totalMemory);
    }

    // Disk drives: status OK unless the SMART scenario has turned the first drive unhealthy.
    out.family("windows_diskdrive_availability", "Availability of the disk drive.", "gauge");
    static constexpr std::array availabilities = {"Running/Full Power",   "Warning",       "Off Line",     "Degraded",
                                                  "Power Save - Warning", "Not Installed", "Install Error"};
    for (std::size_t i = 0; i < device.disks.size(); ++i) {
        const std::string name = "\\\\.\\PHYSICALDRIVE" + device.disks[i].name;
        for (const char *availability : availabilities) {
            const bool running = std::string_view(availability) == "Running/Full Power";
            const bool warning = std::string_view(availability) == "Warning";
            const bool degraded = i == 0 && !state.smartHealthy;
            out.sample("windows_diskdrive_availability", {{"availability", availability}, {"name", name}},
                       (degraded ? warning : running) ? 1 : 0);
        }
    }
    out.family("windows_diskdrive_info", "General drive information", "gauge");
    for (const SimDisk &disk : device.disks) {
        out.sample("windows_diskdrive_info",
                   {{"caption", disk.model},
                    {"device_id", "\\\\.\\PHYSICALDRIVE" + disk.name},
                    {"model", disk.model},
                    {"name", "\\\\.\\PHYSICALDRIVE" + disk.name}},
                   1);
    }
    out.family("windows_diskdrive_partitions", "Number of partitions", "gauge");
    for (const SimDisk &disk : device.disks) {
        out.sample("windows_diskdrive_partitions", {{"name", "\\\\.\\PHYSICALDRIVE" + disk.name}},
                   disk.name == "0" ? 4 : 1);
    }
    out.family("windows_diskdrive_status", "Status of the drive", "gauge");
    for (std::size_t i = 0; i < device.disks.size(); ++i) {
        const std::string name = "\\\\.\\PHYSICALDRIVE" + device.disks[i].name;
        const char *current = i == 0 && !state.smartHealthy ? "Pred Fail" : "OK";
        for (const char *status : kDiskStatuses) {
            out.sample("windows_diskdrive_status", {{"name", name}, {"status", status}},
                       std::string_view(status) == current ? 1 : 0);
        }
    }

    out.family("windows_exporter_build_info",
               "A metric with a constant '1' value labeled by version, revision, branch, goversion from which "
               "windows_exporter was built, and the goos and goarch for the build.",
               "gauge");
    out.sample("windows_exporter_build_info",
               {{"branch", "heads/tags/v" + device.exporterVersion},
                {"goarch", "amd64"},
                {"goos", "windows"},
                {"goversion", device.goVersion},
                {"revision", "a5d9c8e1b3f24a6c"},
                {"tags", "unknown"},
                {"version", device.exporterVersion}},
               1);
    out.family("windows_exporter_collector_duration_seconds", "windows_exporter: Duration of a collection.", "gauge");
    for (std::size_t i = 0; i < kCollectors.size(); ++i) {
        out.sample("windows_exporter_collector_duration_seconds", {{"collector", kCollectors[i]}},
                   std::round((0.0005 + SimSignal::noise(key(0x20, i), now) * 0.03) * 1e7) / 1e7);
    }
    out.family("windows_exporter_collector_success", "windows_exporter: Whether the collector was successful.",
               "gauge");
    for (const char *collector : kCollectors) {
        out.sample("windows_exporter_collector_success", {{"collector", collector}}, 1);
    }
    out.family("windows_exporter_collector_timeout", "windows_exporter: Whether the collector timed out.", "gauge");
    for (const char *collector : kCollectors) {
        out.sample("windows_exporter_collector_timeout", {{"collector", collector}}, 0);
    }

    static constexpr std::array<Field, 16> logicalDisk = {{
        {"avg_read_requests_queued",
         "Average number of read requests that were queued for the selected disk during the sample interval "
         "(LogicalDisk.AvgDiskReadQueueLength)",
         "gauge"},
        {"avg_write_requests_queued",
         "Average number of write requests that were queued for the selected disk during the sample interval "
         "(LogicalDisk.AvgDiskWriteQueueLength)",
         "gauge"},
        {"free_bytes", "Free space in bytes, updates every 10-15 min (LogicalDisk.PercentFreeSpace)", "gauge"},
        {"idle_seconds_total", "Seconds that the disk was idle (LogicalDisk.PercentIdleTime)", "counter"},
        {"read_bytes_total",
         "The number of bytes transferred from the disk during read operations (LogicalDisk.DiskReadBytesPerSec)",
         "counter"},
        {"read_latency_seconds_total",
         "Shows the average time, in seconds, of a read operation from the disk (LogicalDisk.AvgDiskSecPerRead)",
         "counter"},
        {"read_seconds_total",
         "Seconds that the disk was busy servicing read requests (LogicalDisk.PercentDiskReadTime)", "counter"},
        {"read_write_latency_seconds_total",
         "Shows the time, in seconds, of the average disk transfer (LogicalDisk.AvgDiskSecPerTransfer)", "counter"},
        {"reads_total", "The number of read operations on the disk (LogicalDisk.DiskReadsPerSec)", "counter"},
        {"requests_queued", "The number of requests queued to the disk (LogicalDisk.CurrentDiskQueueLength)", "gauge"},
        {"size_bytes", "Total space in bytes, updates every 10-15 min (LogicalDisk.PercentFreeSpace_Base)", "gauge"},
        {"split_ios_total", "The number of I/Os to the disk were split into multiple I/Os (LogicalDisk.SplitIOPerSec)",
         "counter"},
        {"write_bytes_total",
         "The number of bytes transferred to the disk during write operations (LogicalDisk.DiskWriteBytesPerSec)",
         "counter"},
        {"write_latency_seconds_total",
         "Shows the average time, in seconds, of a write operation to the disk (LogicalDisk.AvgDiskSecPerWrite)",
         "counter"},
        {"write_seconds_total",
         "Seconds that the disk was busy servicing write requests (LogicalDisk.PercentDiskWriteTime)", "counter"},
        {"writes_total", "The number of write operations on the disk (LogicalDisk.DiskWritesPerSec)", "counter"},
    }};
    for (std::size_t f = 0; f < logicalDisk.size(); ++f) {
        const Field &field = logicalDisk[f];
        const std::string name = std::string("windows_logical_disk_") + field.name;
        out.family(name, field.help, field.type);
        for (std::size_t v = 0; v < device.volumes.size(); ++v) {
            const SimVolume &volume = device.volumes[v];
            const SimDisk &disk = device.disks[std::min(v, device.disks.size() - 1)];
            const std::string_view n(field.name);
            double value = 0;
            if (n == "free_bytes") {
                value = std::floor(volume.sizeBytes * (1.0 - state.volumeUsed[v]) / 4096.0) * 4096.0;
            } else if (n == "size_bytes") {
                value = std::floor(volume.sizeBytes / 4096.0) * 4096.0;
            } else if (n == "idle_seconds_total") {
                value = std::round(up * 0.97 * 1e3) / 1e3;
            } else if (n == "read_bytes_total") {
                value = std::floor(SimSignal::counter(key(0x30, v), disk.readRate, boot, now) / 512) * 512;
            } else if (n == "write_bytes_total") {
                value = std::floor(SimSignal::counter(key(0x31, v), disk.writeRate, boot, now) / 512) * 512;
            } else if (n == "reads_total") {
                value = std::floor(SimSignal::counter(key(0x30, v), disk.readRate, boot, now) / 32768);
            } else if (n == "writes_total") {
                value = std::floor(SimSignal::counter(key(0x31, v), disk.writeRate, boot, now) / 16384);
            } else if (field.type == std::string_view("counter")) {
                value =
                    std::round(SimSignal::counter(key(0x32 + f, v), (disk.readRate + disk.writeRate) * 1e-9, boot, now)
                               * 1e4)
                    / 1e4;
            }
            out.sample(name, {{"volume", volume.device}}, value);
        }
    }

    const double usedFraction = std::clamp(SimSignal::gauge(key(0x40), device.memUsedFraction, 0.04, now), 0.05, 0.98);
    const double freeMemory = std::floor(totalMemory * (1.0 - usedFraction) / 4096.0) * 4096.0;
    struct MemoryValue
    {
        const char *name;
        const char *help;
        const char *type;
        double value;
    };
    const std::array memory = {
        MemoryValue{
            "available_bytes",
            "The amount of physical memory immediately available for allocation to a process or for system use. It is "
            "equal to the sum of memory assigned to the standby (cached), free and zero page lists (AvailableBytes)",
            "gauge", freeMemory},
        MemoryValue{"cache_bytes", "(CacheBytes)", "gauge", totalMemory * 0.02},
        MemoryValue{"cache_bytes_peak", "(CacheBytesPeak)", "gauge", totalMemory * 0.04},
        MemoryValue{
            "cache_faults_total",
            "Number of faults which occur when a page sought in the file system cache is not found there and must be "
            "retrieved from elsewhere in memory (soft fault) or from disk (hard fault) (Cache Faults/sec)",
            "counter", counter(0x41, 120)},
        MemoryValue{"commit_limit", "(CommitLimit)", "gauge", totalMemory + device.swapTotalBytes},
        MemoryValue{"committed_bytes", "(CommittedBytes)", "gauge", totalMemory * usedFraction * 1.3},
        MemoryValue{"demand_zero_faults_total",
                    "The number of zeroed pages required to satisfy faults. Zeroed pages, pages emptied of previously "
                    "stored data and filled with zeros, are a security feature of Windows that prevent processes from "
                    "seeing data stored by earlier processes that used the memory space (Demand Zero Faults/sec)",
                    "counter", counter(0x42, 900)},
        MemoryValue{"free_and_zero_page_list_bytes",
                    "The amount of physical memory, in bytes, that is assigned to the free and zero page lists. This "
                    "memory does not contain cached data. It is immediately available for allocation to a process or "
                    "for system use (FreeAndZeroPageListBytes)",
                    "gauge", freeMemory * 0.3},
        MemoryValue{"free_system_page_table_entries", "(FreeSystemPageTableEntries)", "gauge", 1.2345678e+07},
        MemoryValue{"modified_page_list_bytes",
                    "The amount of physical memory, in bytes, that is assigned to the modified page list. This memory "
                    "contains cached data and code that is not actively in use by processes, the system and the system "
                    "cache (ModifiedPageListBytes)",
                    "gauge", totalMemory * 0.005},
        MemoryValue{"page_faults_total",
                    "Overall rate at which faulted pages are handled by the processor (Page Faults/sec)", "counter",
                    counter(0x43, 2500)},
        MemoryValue{"pool_nonpaged_allocs_total",
                    "The number of calls to allocate space in the nonpaged pool. The nonpaged pool is an area of "
                    "system memory area for objects that cannot be written to disk, and must remain in physical memory "
                    "as long as they are allocated (PoolNonpagedAllocs)",
                    "gauge", 0},
        MemoryValue{"pool_nonpaged_bytes",
                    "Number of bytes in the non-paged pool, an area of the system virtual memory that is used for "
                    "objects that cannot be written to disk, but must remain in physical memory as long as they are "
                    "allocated (PoolNonpagedBytes)",
                    "gauge", totalMemory * 0.004},
        MemoryValue{"pool_paged_allocs_total",
                    "Number of calls to allocate space in the paged pool, regardless of the amount of space allocated "
                    "in each call (PoolPagedAllocs)",
                    "counter", 0},
        MemoryValue{"pool_paged_bytes", "(PoolPagedBytes)", "gauge", totalMemory * 0.01},
        MemoryValue{"pool_paged_resident_bytes",
                    "The size, in bytes, of the portion of the paged pool that is currently resident and active in "
                    "physical memory. The paged pool is an area of the system virtual memory that is used for objects "
                    "that can be written to disk when they are not being used (PoolPagedResidentBytes)",
                    "gauge", totalMemory * 0.009},
        MemoryValue{"standby_cache_core_bytes",
                    "The amount of physical memory, in bytes, that is assigned to the core standby cache page lists. "
                    "This memory contains cached data and code that is not actively in use by processes, the system "
                    "and the system cache (StandbyCacheCoreBytes)",
                    "gauge", 0},
        MemoryValue{"standby_cache_normal_priority_bytes",
                    "The amount of physical memory, in bytes, that is assigned to the normal priority standby cache "
                    "page lists. This memory contains cached data and code that is not actively in use by processes, "
                    "the system and the system cache (StandbyCacheNormalPriorityBytes)",
                    "gauge", freeMemory * 0.4},
        MemoryValue{"standby_cache_reserve_bytes",
                    "The amount of physical memory, in bytes, that is assigned to the reserve standby cache page "
                    "lists. This memory contains cached data and code that is not actively in use by processes, the "
                    "system and the system cache (StandbyCacheReserveBytes)",
                    "gauge", freeMemory * 0.3},
        MemoryValue{"swap_page_operations_total", "Total number of swap page read and writes (PagesPersec)", "counter",
                    counter(0x44, 3)},
        MemoryValue{"swap_page_reads_total",
                    "Number of disk page reads (a single read operation reading several pages is still only counted "
                    "once) (PageReadsPersec)",
                    "counter", counter(0x45, 2)},
        MemoryValue{"swap_page_writes_total",
                    "Number of disk page writes (a single write operation writing several pages is still only counted "
                    "once) (PageWritesPersec)",
                    "counter", counter(0x46, 0.2)},
        MemoryValue{"system_cache_resident_bytes",
                    "The size, in bytes, of the portion of the system file cache which is currently resident and "
                    "active in physical memory (SystemCacheResidentBytes)",
                    "gauge", totalMemory * 0.02},
        MemoryValue{"system_code_resident_bytes",
                    "The size, in bytes, of the pageable operating system code that is currently resident and active "
                    "in physical memory (SystemCodeResidentBytes)",
                    "gauge", 12288},
        MemoryValue{"system_code_total_bytes",
                    "The size, in bytes, of the pageable operating system code currently mapped into the system "
                    "virtual address space (SystemCodeTotalBytes)",
                    "gauge", 8192},
        MemoryValue{"system_driver_resident_bytes",
                    "The size, in bytes, of the pageable physical memory being used by device drivers. It is the "
                    "working set (physical memory area) of the drivers (SystemDriverResidentBytes)",
                    "gauge", 2.5e7},
        MemoryValue{"system_driver_total_bytes",
                    "The size, in bytes, of the pageable virtual memory currently being used by device drivers. "
                    "Pageable memory can be written to disk when it is not being used (SystemDriverTotalBytes)",
                    "gauge", 2.9e7},
        MemoryValue{"transition_faults_total",
                    "Number of faults rate at which page faults are resolved by recovering pages that were being used "
                    "by another process sharing the page, or were on the modified page list or the standby list, or "
                    "were being written to disk at the time of the page fault (TransitionFaultsPersec)",
                    "counter", counter(0x47, 300)},
        MemoryValue{"transition_pages_repurposed_total",
                    "Transition Pages RePurposed is the rate at which the number of transition cache pages were reused "
                    "for a different purpose (TransitionPagesRePurposedPersec)",
                    "counter", 0},
        MemoryValue{"write_copies_total",
                    "The number of page faults caused by attempting to write that were satisfied by copying the page "
                    "from elsewhere in physical memory (WriteCopiesPersec)",
                    "counter", counter(0x48, 20)},
    };
    for (const MemoryValue &field : memory) {
        const std::string name = std::string("windows_memory_") + field.name;
        out.family(name, field.help, field.type);
        out.sample(name, std::floor(field.value));
    }
    if (newNames) {
        out.family("windows_memory_physical_free_bytes", "The amount of free physical memory in bytes", "gauge");
        out.sample("windows_memory_physical_free_bytes", freeMemory);
        out.family("windows_memory_physical_total_bytes", "The total amount of physical memory in bytes", "gauge");
        out.sample("windows_memory_physical_total_bytes", totalMemory);
    }

    static constexpr std::array<Field, 12> net = {{
        {"bytes_received_total", "(Network.BytesReceivedPerSec)", "counter"},
        {"bytes_sent_total", "(Network.BytesSentPerSec)", "counter"},
        {"bytes_total", "(Network.BytesTotalPerSec)", "counter"},
        {"current_bandwidth_bytes", "(Network.CurrentBandwidth)", "gauge"},
        {"packets_outbound_discarded_total", "(Network.PacketsOutboundDiscarded)", "counter"},
        {"packets_outbound_errors_total", "(Network.PacketsOutboundErrors)", "counter"},
        {"packets_received_discarded_total", "(Network.PacketsReceivedDiscarded)", "counter"},
        {"packets_received_errors_total", "(Network.PacketsReceivedErrors)", "counter"},
        {"packets_received_total", "(Network.PacketsReceivedPerSec)", "counter"},
        {"packets_received_unknown_total", "(Network.PacketsReceivedUnknown)", "counter"},
        {"packets_sent_total", "(Network.PacketsSentPerSec)", "counter"},
        {"packets_total", "(Network.PacketsPerSec)", "counter"},
    }};
    for (const Field &field : net) {
        const std::string name = std::string("windows_net_") + field.name;
        out.family(name, field.help, field.type);
        for (std::size_t i = 0; i < device.nics.size(); ++i) {
            const SimNic &nic = device.nics[i];
            const double rx = SimSignal::counter(key(0x50, i), nic.rxRate, boot, now);
            const double tx = SimSignal::counter(key(0x51, i), nic.txRate, boot, now);
            const std::string_view n(field.name);
            double value = 0;
            if (n == "bytes_received_total") {
                value = rx;
            } else if (n == "bytes_sent_total") {
                value = tx;
            } else if (n == "bytes_total") {
                value = std::floor(rx) + std::floor(tx);
            } else if (n == "current_bandwidth_bytes") {
                value = nic.speedBytes;
            } else if (n == "packets_received_total") {
                value = rx / 900.0;
            } else if (n == "packets_sent_total") {
                value = tx / 700.0;
            } else if (n == "packets_total") {
                value = std::floor(rx / 900.0) + std::floor(tx / 700.0);
            }
            out.sample(name, {{"nic", nic.name}}, std::floor(value));
        }
    }

    out.family("windows_os_info", "OperatingSystem.Caption, OperatingSystem.Version", "gauge");
    if (newNames) {
        out.sample("windows_os_info",
                   {{"build_number", device.windowsBuild},
                    {"installation_type", device.windowsInstallationType},
                    {"major_version", "10"},
                    {"minor_version", "0"},
                    {"product", device.windowsProduct},
                    {"revision", device.windowsRevision},
                    {"version", "10.0." + device.windowsBuild}},
                   1);
        out.family(
            "windows_os_hostname",
            "Labelled system hostname information as provided by ComputerSystem.DNSHostName and ComputerSystem.Domain",
            "gauge");
        out.sample("windows_os_hostname", {{"domain", device.domain}, {"fqdn", fqdn}, {"hostname", device.name}}, 1);
    } else {
        out.sample("windows_os_info",
                   {{"build_number", device.windowsBuild},
                    {"major_version", "10"},
                    {"minor_version", "0"},
                    {"product", device.windowsProduct},
                    {"version", "10.0." + device.windowsBuild}},
                   1);
    }
    out.family("windows_os_paging_free_bytes", "OperatingSystem.FreeSpaceInPagingFiles", "gauge");
    out.sample("windows_os_paging_free_bytes", std::floor(device.swapTotalBytes * 0.92));
    out.family("windows_os_paging_limit_bytes", "OperatingSystem.SizeStoredInPagingFiles", "gauge");
    out.sample("windows_os_paging_limit_bytes", device.swapTotalBytes);
    if (!newNames) {
        out.family("windows_os_physical_memory_free_bytes", "OperatingSystem.FreePhysicalMemory", "gauge");
        out.sample("windows_os_physical_memory_free_bytes", freeMemory);
    }
    out.family("windows_os_process_memory_limit_bytes", "OperatingSystem.MaxProcessMemorySize", "gauge");
    out.sample("windows_os_process_memory_limit_bytes", 1.40737488224256e+14);
    out.family("windows_os_processes", "OperatingSystem.NumberOfProcesses", "gauge");
    out.sample("windows_os_processes",
               std::floor(SimSignal::gauge(key(0x60), device.kind == "server" ? 120 : 260, 20, now)));
    out.family("windows_os_processes_limit", "OperatingSystem.MaxNumberOfProcesses", "gauge");
    out.sample("windows_os_processes_limit", 4.294967295e+09);
    out.family("windows_os_time", "OperatingSystem.LocalDateTime", "gauge");
    out.sample("windows_os_time", std::floor(now));
    out.family("windows_os_timezone", "OperatingSystem.LocalDateTime", "gauge");
    out.sample("windows_os_timezone", {{"timezone", "CET"}}, 1);
    out.family("windows_os_users", "OperatingSystem.NumberOfUsers", "gauge");
    out.sample("windows_os_users", device.kind == "server" ? 3 : 2);
    out.family("windows_os_virtual_memory_bytes", "OperatingSystem.TotalVirtualMemorySize", "gauge");
    out.sample("windows_os_virtual_memory_bytes", totalMemory + device.swapTotalBytes);
    out.family("windows_os_virtual_memory_free_bytes", "OperatingSystem.FreeVirtualMemory", "gauge");
    out.sample("windows_os_virtual_memory_free_bytes", freeMemory + device.swapTotalBytes * 0.9);
    out.family("windows_os_visible_memory_bytes", "OperatingSystem.TotalVisibleMemorySize", "gauge");
    out.sample("windows_os_visible_memory_bytes", totalMemory);

    static constexpr std::array<Field, 9> physicalDisk = {{
        {"idle_seconds_total", "Seconds that the disk was idle (PhysicalDisk.PercentIdleTime)", "counter"},
        {"read_bytes_total",
         "The number of bytes transferred from the disk during read operations (PhysicalDisk.DiskReadBytesPerSec)",
         "counter"},
        {"read_seconds_total",
         "Seconds that the disk was busy servicing read requests (PhysicalDisk.PercentDiskReadTime)", "counter"},
        {"reads_total", "The number of read operations on the disk (PhysicalDisk.DiskReadsPerSec)", "counter"},
        {"requests_queued", "The number of requests queued to the disk (PhysicalDisk.CurrentDiskQueueLength)", "gauge"},
        {"split_ios_total", "The number of I/Os to the disk were split into multiple I/Os (PhysicalDisk.SplitIOPerSec)",
         "counter"},
        {"write_bytes_total",
         "The number of bytes transferred to the disk during write operations (PhysicalDisk.DiskWriteBytesPerSec)",
         "counter"},
        {"write_seconds_total",
         "Seconds that the disk was busy servicing write requests (PhysicalDisk.PercentDiskWriteTime)", "counter"},
        {"writes_total", "The number of write operations on the disk (PhysicalDisk.DiskWritesPerSec)", "counter"},
    }};
    for (std::size_t f = 0; f < physicalDisk.size(); ++f) {
        const Field &field = physicalDisk[f];
        const std::string name = std::string("windows_physical_disk_") + field.name;
        out.family(name, field.help, field.type);
        for (std::size_t i = 0; i < device.disks.size(); ++i) {
            const SimDisk &disk = device.disks[i];
            const std::string label = disk.name + ' ' + device.volumes[std::min(i, device.volumes.size() - 1)].device;
            const std::string_view n(field.name);
            double value = 0;
            if (n == "idle_seconds_total") {
                value = std::round(up * 0.96 * 1e3) / 1e3;
            } else if (n == "read_bytes_total") {
                value = std::floor(SimSignal::counter(key(0x30, i), disk.readRate, boot, now) / 512) * 512;
            } else if (n == "write_bytes_total") {
                value = std::floor(SimSignal::counter(key(0x31, i), disk.writeRate, boot, now) / 512) * 512;
            } else if (n == "reads_total") {
                value = std::floor(SimSignal::counter(key(0x30, i), disk.readRate, boot, now) / 32768);
            } else if (n == "writes_total") {
                value = std::floor(SimSignal::counter(key(0x31, i), disk.writeRate, boot, now) / 16384);
            } else if (n.ends_with("seconds_total")) {
                value =
                    std::round(SimSignal::counter(key(0x70 + f, i), (disk.readRate + disk.writeRate) * 2e-9, boot, now)
                               * 1e4)
                    / 1e4;
            }
            out.sample(name, {{"disk", label}}, value);
        }
    }

    if (newNames) {
        out.family("windows_service_info", "A metric with a constant '1' value labeled with service information",
                   "gauge");
        for (std::size_t i = 0; i < device.services.size(); ++i) {
            const std::string &service = device.services[i];
            out.sample("windows_service_info",
                       {{"display_name", service},
                        {"name", service},
                        {"path_name", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p"},
                        {"run_as", "LocalSystem"}},
                       1);
        }
    }
    out.family("windows_service_start_mode", "The start mode of the service (StartMode)", "gauge");
    for (const std::string &service : device.services) {
        const bool manual =
            service == "TrustedInstaller" || service == "VSS" || service == "wuauserv" || service == "BITS";
        for (const char *mode : kStartModes) {
            out.sample("windows_service_start_mode", {{"name", service}, {"start_mode", mode}},
                       std::string_view(mode) == (manual ? "manual" : "auto") ? 1 : 0);
        }
    }
    out.family("windows_service_state", "The state of the service (State)", "gauge");
    for (const std::string &service : device.services) {
        const bool stopped = service == "TrustedInstaller" || service == "VSS";
        for (const char *serviceState : kServiceStates) {
            out.sample("windows_service_state", {{"name", service}, {"state", serviceState}},
                       std::string_view(serviceState) == (stopped ? "stopped" : "running") ? 1 : 0);
        }
    }
    if (!newNames) {
        out.family("windows_service_status", "The status of the service (Status)", "gauge");
        for (const std::string &service : device.services) {
            for (const char *status : kServiceStatuses) {
                out.sample("windows_service_status", {{"name", service}, {"status", status}},
                           std::string_view(status) == "ok" ? 1 : 0);
            }
        }
    }

    if (newNames) {
        out.family("windows_system_boot_time_timestamp_seconds", "Unix timestamp of system boot time", "gauge");
        out.sample("windows_system_boot_time_timestamp_seconds", boot);
    }
    out.family("windows_system_context_switches_total",
               "Total number of context switches (WMI source: PerfOS_System.ContextSwitchesPersec)", "counter");
    out.sample("windows_system_context_switches_total", counter(0x80, 4000.0 * device.cpus));
    out.family("windows_system_exception_dispatches_total",
               "Total number of exceptions dispatched (WMI source: PerfOS_System.ExceptionDispatchesPersec)",
               "counter");
    out.sample("windows_system_exception_dispatches_total", counter(0x81, 12));
    out.family("windows_system_processor_queue_length",
               "Length of processor queue (WMI source: PerfOS_System.ProcessorQueueLength)", "gauge");
    out.sample("windows_system_processor_queue_length", std::floor(SimSignal::noise(key(0x82), now) * 3));
    out.family("windows_system_system_calls_total",
               "Total number of system calls (WMI source: PerfOS_System.SystemCallsPersec)", "counter");
    out.sample("windows_system_system_calls_total", counter(0x83, 30000.0 * device.cpus));
    if (!newNames) {
        out.family("windows_system_system_up_time", "System boot time (WMI source: PerfOS_System.SystemUpTime)",
                   "gauge");
        out.sample("windows_system_system_up_time", boot + 0.4999);
    }
    out.family("windows_system_threads", "Current number of threads (WMI source: PerfOS_System.Threads)", "gauge");
    out.sample("windows_system_threads",
               std::floor(SimSignal::gauge(key(0x84), device.kind == "server" ? 1800 : 3200, 200, now)));

    static constexpr std::array<Field, 9> tcp = {{
        {"connection_failures_total", "(TCP.ConnectionFailures)", "counter"},
        {"connections_active_total", "(TCP.ConnectionsActive)", "counter"},
        {"connections_established", "(TCP.ConnectionsEstablished)", "gauge"},
        {"connections_passive_total", "(TCP.ConnectionsPassive)", "counter"},
        {"connections_reset_total", "(TCP.ConnectionsReset)", "counter"},
        {"segments_received_total", "(TCP.SegmentsReceivedTotal)", "counter"},
        {"segments_retransmitted_total", "(TCP.SegmentsRetransmittedTotal)", "counter"},
        {"segments_sent_total", "(TCP.SegmentsSentTotal)", "counter"},
        {"segments_total", "(TCP.SegmentsTotal)", "counter"},
    }};
    for (std::size_t f = 0; f < tcp.size(); ++f) {
        const std::string name = std::string("windows_tcp_") + tcp[f].name;
        out.family(name, tcp[f].help, tcp[f].type);
        for (std::size_t af = 0; af < 2; ++af) {
            const double value = tcp[f].type == std::string_view("gauge")
                                     ? std::floor(SimSignal::gauge(key(0x90, af), af == 0 ? 60 : 8, 10, now))
                                     : counter(0x91 + f, (af == 0 ? 1.0 : 0.1) * (f >= 5 ? 40 : 0.05), af);
            out.sample(name, {{"af", af == 0 ? "ipv4" : "ipv6"}}, value);
        }
    }

    out.family("windows_textfile_mtime_seconds", "Unixtime mtime of textfiles successfully read.", "gauge");
    if (!state.backups.empty()) {
        double last = 0;
        for (const BackupState &backup : state.backups) {
            last = std::max(last, backup.lastRun);
        }
        out.sample("windows_textfile_mtime_seconds",
                   {{"file", "C:\\Program Files\\windows_exporter\\textfile_inputs\\backup.prom"}}, last);
    }
    if (TextfilePayload::hasSmart(device)) {
        out.sample("windows_textfile_mtime_seconds",
                   {{"file", "C:\\Program Files\\windows_exporter\\textfile_inputs\\smartmon.prom"}},
                   std::floor(now / 900.0) * 900.0);
    }
    out.family("windows_textfile_scrape_error", "1 if there was an error opening or reading a file, 0 otherwise",
               "gauge");
    out.sample("windows_textfile_scrape_error", 0);

    static constexpr std::array<Field, 5> time = {{
        {"clock_frequency_adjustment_ppb_total",
         "Total adjustment made to the local system clock frequency by W32Time in Parts Per Billion (PPB) units.",
         "counter"},
        {"computed_time_offset_seconds",
         "Absolute time offset between the system clock and the chosen time source, in seconds", "gauge"},
        {"ntp_client_time_sources", "Active number of NTP Time sources being used by the client", "gauge"},
        {"ntp_round_trip_delay_seconds",
         "Roundtrip delay experienced by the NTP client in receiving a response from the server for the most recent "
         "request, in seconds",
         "gauge"},
        {"ntp_server_outgoing_responses_total", "Total number of requests responded to by NTP server", "counter"},
    }};
    for (std::size_t f = 0; f < time.size(); ++f) {
        const std::string name = std::string("windows_time_") + time[f].name;
        out.family(name, time[f].help, time[f].type);
        const double value = f == 1   ? std::round(SimSignal::noise(key(0xa0), now) * 0.004 * 1e6) / 1e6
                             : f == 2 ? 1
                             : f == 3 ? std::round((0.01 + SimSignal::noise(key(0xa1), now) * 0.03) * 1e6) / 1e6
                             : f == 4 && device.kind == "server" ? counter(0xa2, 0.2)
                                                                 : 0;
        out.sample(name, value);
    }

    // Pending updates as the update collector reports them: one info sample per update.
    out.family("windows_update_pending_info", "Expose information for a single pending update item", "gauge");
    const char *month = "2024-11";
    const std::string product = device.windowsProduct.find("Server") != std::string::npos
                                    ? "Microsoft server operating system version 21H2"
                                    : "Windows 11 Version 23H2";
    for (int i = 0; i < device.securityUpdates; ++i) {
        const std::string kb = "KB50" + std::to_string(44284 + i * 17 + device.index % 7);
        out.sample("windows_update_pending_info",
                   {{"category", "Security Updates"},
                    {"severity", i == 0 ? "Critical" : "Important"},
                    {"title",
                     std::string(month) + " Cumulative Update for " + product + " for x64-based Systems (" + kb + ")"}},
                   1);
    }
    for (int i = 0; i < std::min(device.otherUpdates, 6); ++i) {
        const std::string kb = "KB89" + std::to_string(40100 + i * 31 + device.index % 11);
        out.sample("windows_update_pending_info",
                   {{"category", i % 2 == 0 ? "Definition Updates" : "Updates"},
                    {"severity", ""},
                    {"title", (i % 2 == 0 ? "Security Intelligence Update for Microsoft Defender Antivirus - "
                                          : "Update for Windows - ")
                                  + kb}},
                   1);
    }
    out.family("windows_update_scrape_query_duration_seconds",
               "Duration of the last scrape query to the Windows Update API", "gauge");
    out.sample("windows_update_scrape_query_duration_seconds",
               std::round((2 + SimSignal::noise(key(0xa3), now) * 6) * 1e3) / 1e3);

    GoRuntimePayload::writeProcess(out, device, state, 0x2000);
    TextfilePayload::writeTrailing(out, device, state);
}

} // namespace VigilFleetSim
