// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>

namespace VigilFleetSim {

// sim_now = start + elapsed real time × speed, or a frozen instant for reproducible payloads. The start is the real
// start time unless given. Scenarios are measured from the epoch, which is the start, or scenarioAge seconds
// before it: the demo opens on a fleet whose disks have been filling and whose drives degrading overnight.
class SimClock final
{
public:
    SimClock(double speed, std::optional<double> startTime, std::optional<double> fixedTime, double scenarioAge = 0);

    double epoch() const;
    double now() const;
    double speed() const;
    bool frozen() const;

private:
    std::chrono::steady_clock::time_point m_started;
    double m_start = 0;
    double m_epoch = 0;
    double m_speed = 1;
    bool m_frozen = false;
};

} // namespace VigilFleetSim
