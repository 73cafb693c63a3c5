// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadGenerator.h"

#include "DeviceTimeline.h"
#include "ExpositionWriter.h"
#include "FleetPlan.h"
#include "LinuxPayload.h"
#include "WindowsPayload.h"

namespace VigilFleetSim {

std::string PayloadGenerator::render(const DeviceSpec &device, double epoch, double now, int *sampleCount)
{
    const DeviceState state = DeviceTimeline::at(device, epoch, now);
    ExpositionWriter writer;
    writer.text().reserve(device.family == OsFamily::Windows ? 160000 : 110000);
    if (device.family == OsFamily::Windows) {
        WindowsPayload::write(writer, device, state);
    } else {
        LinuxPayload::write(writer, device, state);
    }
    if (sampleCount != nullptr) {
        *sampleCount = writer.sampleCount();
    }
    return std::move(writer.text());
}

void PayloadGenerator::malform(std::string &payload, MalformedVariant variant)
{
    switch (variant) {
    case MalformedVariant::Escaping: {
        // A Windows path written by a careless textfile script: unescaped backslashes and a bare quote.
        const std::size_t at = payload.find("\n# HELP ", payload.size() / 3);
        const std::string_view broken =
            "\n# HELP backup_job_info Backup job description.\n# TYPE backup_job_info gauge\n"
            "backup_job_info{job=\"files\",path=\"C:\\Users\\Public\\Shared \"Q3\" Reports\"} 1";
        payload.insert(at == std::string::npos ? payload.size() - 1 : at, broken);
        break;
    }
    case MalformedVariant::Truncated: {
        // The exporter died mid-write: the body ends inside a sample line, without its newline.
        const std::size_t cut = payload.find('{', payload.size() * 3 / 5);
        payload.resize(cut == std::string::npos ? payload.size() / 2 : cut + 7);
        break;
    }
    case MalformedVariant::InvalidValue: {
        const std::size_t at = payload.find("\n# HELP ", payload.size() / 2);
        payload.insert(at == std::string::npos ? payload.size() - 1 : at,
                       "\n# HELP node_hwmon_temp_celsius Hardware monitor for temperature (input)\n"
                       "# TYPE node_hwmon_temp_celsius "
                       "gauge\nnode_hwmon_temp_celsius{chip=\"platform_coretemp_0\",sensor=\"temp1\"} 41,5");
        break;
    }
    case MalformedVariant::DuplicateType: {
        // The same family declared twice with different types, and a sample with no value at all.
        payload += "# TYPE go_goroutines counter\ngo_goroutines\n";
        break;
    }
    case MalformedVariant::Count:
        break;
    }
}

void PayloadGenerator::appendHuge(std::string &payload, int samples)
{
    payload += "# HELP node_huge_series_total A runaway textfile with far too many series.\n"
               "# TYPE node_huge_series_total counter\n";
    for (int i = 0; i < samples; ++i) {
        payload += "node_huge_series_total{id=\"";
        payload += std::to_string(i);
        payload += "\",shard=\"";
        payload += std::to_string(i % 97);
        payload += "\"} ";
        payload += std::to_string(i * 3);
        payload += '\n';
    }
}

std::string_view PayloadGenerator::variantName(MalformedVariant variant)
{
    switch (variant) {
    case MalformedVariant::Escaping:
        return "escaping";
    case MalformedVariant::Truncated:
        return "truncated";
    case MalformedVariant::InvalidValue:
        return "value";
    case MalformedVariant::DuplicateType:
        return "duplicate";
    case MalformedVariant::Count:
        break;
    }
    return "mixed";
}

bool PayloadGenerator::variantFromName(std::string_view name, MalformedVariant &variant)
{
    for (int i = 0; i < static_cast<int>(MalformedVariant::Count); ++i) {
        if (variantName(static_cast<MalformedVariant>(i)) == name) {
            variant = static_cast<MalformedVariant>(i);
            return true;
        }
    }
    if (name == "mixed") {
        variant = MalformedVariant::Count;
        return true;
    }
    return false;
}

} // namespace VigilFleetSim
