// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CpuCounters.h"
#include "DeviceSnapshot.h"

#include <optional>

namespace Vigil {

// What one mapped poll yields: the snapshot, and the CPU counters to pass in with the device's next poll (empty
// when the endpoint exposes no CPU time).
struct MappingResult
{
    DeviceSnapshot snapshot;
    std::optional<CpuCounters> counters;
};

} // namespace Vigil
