// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace VigilFleetSim {

// Time-dependent values in closed form, so a scrape at any simulated instant costs O(1) and two scrapes of the
// same instant agree. Noise comes from hashed knots every kKnotSeconds, linearly interpolated.
class SimSignal final
{
public:
    static constexpr double kKnotSeconds = 20.0;

    // Noise in [0, 1] at time t for a key: piecewise linear between hashed knots.
    static double noise(std::uint64_t key, double t);
    // A counter that accumulates at `rate` per second on average, with its instantaneous rate varying between
    // 0.5× and 1.5× per knot interval. Never decreases: its slope is at least rate / 2.
    static double counter(std::uint64_t key, double rate, double from, double to);
    // A gauge around `mean`, moving by up to ±spread.
    static double gauge(std::uint64_t key, double mean, double spread, double t);
};

} // namespace VigilFleetSim
