// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace VigilFleetSim {

class ExpositionWriter;
struct DeviceSpec;
struct DeviceState;

// windows_exporter 0.20–0.30 with the collectors MSPs enable (cpu, cs, logical_disk, physical_disk, diskdrive,
// memory, net, os, service with a where-clause, system, tcp, time, textfile, update). Versions before 0.29 use
// the old names (windows_cs_physical_memory_bytes, windows_os_physical_memory_free_bytes,
// windows_system_system_up_time); later ones the new (windows_memory_physical_*,
// windows_system_boot_time_timestamp_seconds).
class WindowsPayload final
{
public:
    static void write(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state);
};

} // namespace VigilFleetSim
