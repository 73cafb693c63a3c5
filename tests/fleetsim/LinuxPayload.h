// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace VigilFleetSim {

class ExpositionWriter;
struct DeviceSpec;
struct DeviceState;

// node_exporter 1.3–1.7 as Debian and Ubuntu ship it (default collectors plus systemd), modelled on a real
// Debian 12 scrape: same families, HELP texts, label sets and value shapes.
class LinuxPayload final
{
public:
    static void write(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state);
};

} // namespace VigilFleetSim
