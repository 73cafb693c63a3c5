// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace VigilFleetSim {

class ExpositionWriter;
struct DeviceSpec;
struct DeviceState;

// What every Go exporter adds around its own metrics: go_* runtime statistics, process_* for the exporter
// process and promhttp_* for its HTTP handler.
class GoRuntimePayload final
{
public:
    static void write(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state, std::uint64_t tag);
    static void writeProcess(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state,
                             std::uint64_t tag);
};

} // namespace VigilFleetSim
