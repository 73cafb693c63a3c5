// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimClock.h"

#include <cmath>

namespace VigilFleetSim {

SimClock::SimClock(double speed, std::optional<double> startTime, std::optional<double> fixedTime, double scenarioAge)
    : m_started(std::chrono::steady_clock::now())
    , m_speed(speed)
    , m_frozen(fixedTime.has_value())
{
    if (fixedTime) {
        m_start = *fixedTime;
    } else if (startTime) {
        m_start = *startTime;
    } else {
        const auto wall = std::chrono::system_clock::now().time_since_epoch();
        // Whole seconds: the epoch is printed and feeds the scenarios, a fraction would only add noise.
        m_start = std::floor(std::chrono::duration<double>(wall).count());
    }
    m_epoch = m_start - std::floor(scenarioAge);
}

double SimClock::epoch() const
{
    return m_epoch;
}

double SimClock::now() const
{
    if (m_frozen) {
        return m_start;
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - m_started;
    return m_start + elapsed.count() * m_speed;
}

double SimClock::speed() const
{
    return m_speed;
}

bool SimClock::frozen() const
{
    return m_frozen;
}

} // namespace VigilFleetSim
