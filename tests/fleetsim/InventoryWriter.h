// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace VigilFleetSim {

class FleetPlan;

// Writes the fleet as Prometheus file_sd JSON, one target group per device, through a temporary file and a
// rename so a reader never sees half a file.
class InventoryWriter final
{
public:
    static std::string render(const FleetPlan &plan, const std::string &bindAddress, int basePort);
    static bool write(const std::string &path, const std::string &json, std::string &error);
    static std::string jsonEscape(const std::string &text);
};

} // namespace VigilFleetSim
