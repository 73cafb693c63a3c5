// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>

namespace VigilFleetSim {

// sim_now = epoch + elapsed real time × speed, or a frozen instant for reproducible payloads. The epoch is the
// real start time unless given, and scenarios are measured from it.
class SimClock final
{
public:
    SimClock(double speed, std::optional<double> startTime, std::optional<double> fixedTime);

    double epoch() const;
    double now() const;
    double speed() const;
    bool frozen() const;

private:
    std::chrono::steady_clock::time_point m_started;
    double m_epoch = 0;
    double m_speed = 1;
    bool m_frozen = false;
};

} // namespace VigilFleetSim
