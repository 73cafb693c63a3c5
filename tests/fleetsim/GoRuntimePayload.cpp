// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoRuntimePayload.h"

#include "DeterministicRandom.h"
#include "DeviceTimeline.h"
#include "ExpositionWriter.h"
#include "FleetPlan.h"
#include "SimSignal.h"

#include <array>
#include <cmath>
#include <string>

namespace VigilFleetSim {

namespace {

struct GoField
{
    const char *name;
    const char *help;
    const char *type;
    double mean;   // gauges: mean value; counters: rate per second
    double spread; // gauges only
};

constexpr std::array kMemstats = {
    GoField{"alloc_bytes", "Number of bytes allocated and still in use.", "gauge", 3.2e6, 1.6e6},
    GoField{"alloc_bytes_total", "Total number of bytes allocated, even if freed.", "counter", 9e4, 0},
    GoField{"buck_hash_sys_bytes", "Number of bytes used by the profiling bucket hash table.", "gauge", 1.45e6, 0},
    GoField{"frees_total", "Total number of frees.", "counter", 800, 0},
    GoField{"gc_sys_bytes", "Number of bytes used for garbage collection system metadata.", "gauge", 8.9e6, 0},
    GoField{"heap_alloc_bytes", "Number of heap bytes allocated and still in use.", "gauge", 3.2e6, 1.6e6},
    GoField{"heap_idle_bytes", "Number of heap bytes waiting to be used.", "gauge", 5e6, 1e6},
    GoField{"heap_inuse_bytes", "Number of heap bytes that are in use.", "gauge", 4.4e6, 1.4e6},
    GoField{"heap_objects", "Number of allocated objects.", "gauge", 21000, 9000},
    GoField{"heap_released_bytes", "Number of heap bytes released to OS.", "gauge", 3.6e6, 5e5},
    GoField{"heap_sys_bytes", "Number of heap bytes obtained from system.", "gauge", 1.1e7, 0},
    GoField{"last_gc_time_seconds", "Number of seconds since 1970 of last garbage collection.", "gauge", 0, 0},
    GoField{"lookups_total", "Total number of pointer lookups.", "counter", 0, 0},
    GoField{"mallocs_total", "Total number of mallocs.", "counter", 850, 0},
    GoField{"mcache_inuse_bytes", "Number of bytes in use by mcache structures.", "gauge", 2400, 0},
    GoField{"mcache_sys_bytes", "Number of bytes used for mcache structures obtained from system.", "gauge", 15600, 0},
    GoField{"mspan_inuse_bytes", "Number of bytes in use by mspan structures.", "gauge", 98000, 20000},
    GoField{"mspan_sys_bytes", "Number of bytes used for mspan structures obtained from system.", "gauge", 130560, 0},
    GoField{"next_gc_bytes", "Number of heap bytes when next garbage collection will take place.", "gauge", 6.3e6, 0},
    GoField{"other_sys_bytes", "Number of bytes used for other system allocations.", "gauge", 1.1e6, 0},
    GoField{"stack_inuse_bytes", "Number of bytes in use by the stack allocator.", "gauge", 720896, 65536},
    GoField{"stack_sys_bytes", "Number of bytes obtained from system for stack allocator.", "gauge", 720896, 0},
    GoField{"sys_bytes", "Number of bytes obtained from system.", "gauge", 2.3e7, 0},
};

} // namespace

void GoRuntimePayload::write(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state,
                             std::uint64_t tag)
{
    const double now = state.now;
    // The exporter process started a little after boot.
    const double start = state.bootTime + 9.0;
    auto key = [&](std::uint64_t sub) { return DeterministicRandom::key({device.key, tag, sub}); };

    out.family("go_gc_duration_seconds", "A summary of the pause duration of garbage collection cycles.", "summary");
    static constexpr std::array quantiles = {"0", "0.25", "0.5", "0.75", "1"};
    double pause = 1.9e-05 + SimSignal::noise(key(1), now) * 1e-5;
    for (const char *quantile : quantiles) {
        out.sample("go_gc_duration_seconds", {{"quantile", quantile}}, std::round(pause * 1e9) / 1e9);
        pause *= 1.6;
    }
    const double gcCount = std::floor(SimSignal::counter(key(2), 1.0 / 120.0, start, now));
    out.sample("go_gc_duration_seconds_sum", std::round(gcCount * 4.1e-5 * 1e9) / 1e9);
    out.sample("go_gc_duration_seconds_count", gcCount);
    out.family("go_goroutines", "Number of goroutines that currently exist.", "gauge");
    out.sample("go_goroutines", 7 + std::floor(SimSignal::noise(key(3), now) * 3));
    out.family("go_info", "Information about the Go environment.", "gauge");
    out.sample("go_info", {{"version", device.goVersion}}, 1);
    for (std::size_t i = 0; i < kMemstats.size(); ++i) {
        const GoField &field = kMemstats[i];
        const std::string name = std::string("go_memstats_") + field.name;
        out.family(name, field.help, field.type);
        double value = 0;
        if (std::string_view(field.name) == "last_gc_time_seconds") {
            value = std::floor(now / 120.0) * 120.0 + 0.4 + SimSignal::noise(key(4), now) * 0.5;
        } else if (std::string_view(field.type) == "counter") {
            value = std::floor(SimSignal::counter(key(10 + i), field.mean, start, now));
        } else {
            value = std::floor(SimSignal::gauge(key(10 + i), field.mean, field.spread, now));
        }
        out.sample(name, value);
    }
    out.family("go_threads", "Number of OS threads created.", "gauge");
    out.sample("go_threads", 6 + static_cast<double>(device.cpus / 4));
}

void GoRuntimePayload::writeProcess(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state,
                                    std::uint64_t tag)
{
    const double now = state.now;
    const double start = state.bootTime + 9.0;
    auto key = [&](std::uint64_t sub) { return DeterministicRandom::key({device.key, tag, sub}); };

    out.family("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter");
    out.sample("process_cpu_seconds_total", std::round(SimSignal::counter(key(1), 0.0015, start, now) * 100) / 100);
    out.family("process_max_fds", "Maximum number of open file descriptors.", "gauge");
    out.sample("process_max_fds", device.family == OsFamily::Windows ? 1.6777216e+07 : 1024);
    out.family("process_open_fds", "Number of open file descriptors.", "gauge");
    out.sample("process_open_fds", 9 + std::floor(SimSignal::noise(key(2), now) * 4));
    out.family("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge");
    out.sample("process_resident_memory_bytes", std::floor(SimSignal::gauge(key(3), 2.2e7, 4e6, now) / 4096) * 4096);
    out.family("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge");
    out.sample("process_start_time_seconds", std::round(start * 100) / 100);
    out.family("process_virtual_memory_bytes", "Virtual memory size in bytes.", "gauge");
    out.sample("process_virtual_memory_bytes", 1.263759360e+09);
    out.family("process_virtual_memory_max_bytes", "Maximum amount of virtual memory available in bytes.", "gauge");
    out.sample("process_virtual_memory_max_bytes", 1.8446744073709552e+19);

    out.family("promhttp_metric_handler_errors_total",
               "Total number of internal errors encountered by the promhttp metric handler.", "counter");
    out.sample("promhttp_metric_handler_errors_total", {{"cause", "encoding"}}, 0);
    out.sample("promhttp_metric_handler_errors_total", {{"cause", "gathering"}}, 0);
    out.family("promhttp_metric_handler_requests_in_flight", "Current number of scrapes being served.", "gauge");
    out.sample("promhttp_metric_handler_requests_in_flight", 1);
    out.family("promhttp_metric_handler_requests_total", "Total number of scrapes by HTTP status code.", "counter");
    // As if scraped every 15 s since the exporter started: derived from time, so a fixed instant repeats exactly.
    out.sample("promhttp_metric_handler_requests_total", {{"code", "200"}},
               std::floor(std::max(0.0, now - start) / 15.0));
    out.sample("promhttp_metric_handler_requests_total", {{"code", "500"}}, 0);
    out.sample("promhttp_metric_handler_requests_total", {{"code", "503"}}, 0);
}

} // namespace VigilFleetSim
