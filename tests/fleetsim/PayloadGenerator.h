// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace VigilFleetSim {

struct DeviceSpec;

enum class MalformedVariant { Escaping, Truncated, InvalidValue, DuplicateType, Count };

// Renders a device's /metrics body at a simulated instant, and spoils it on demand for the malformed and huge
// modes. Pure functions of (device, epoch, now): identical inputs give identical bytes.
class PayloadGenerator final
{
public:
    static std::string render(const DeviceSpec &device, double epoch, double now, int *sampleCount = nullptr);
    static void malform(std::string &payload, MalformedVariant variant);
    static void appendHuge(std::string &payload, int samples);
    static std::string_view variantName(MalformedVariant variant);
    static bool variantFromName(std::string_view name, MalformedVariant &variant);
};

} // namespace VigilFleetSim
