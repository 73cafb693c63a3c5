// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace VigilFleetSim {

class ExpositionWriter;
struct DeviceSpec;
struct DeviceState;

// Textfile-collector metrics the endpoint-side scripts write: Debian's apt_info and smartmon collectors, Vigil's
// backup_* convention (packaging/endpoint hook) and restic exporters' restic_* for some devices.
class TextfilePayload final
{
public:
    // apt_* and backup_*: they sort before go_* in a real exporter's output.
    static void writeLinuxLeading(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state);
    static void writeBackups(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state);
    // node_reboot_required and the textfile collector's own metrics.
    static void writeLinuxNodeTextfile(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state);
    // restic_* and smartmon_*: they sort after process_* and promhttp_*.
    static void writeTrailing(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state);
    static bool hasApt(const DeviceSpec &device);
    static bool hasSmart(const DeviceSpec &device);
};

} // namespace VigilFleetSim
