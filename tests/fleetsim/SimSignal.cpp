// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSignal.h"

#include "DeterministicRandom.h"

#include <cmath>

namespace VigilFleetSim {

double SimSignal::noise(std::uint64_t key, double t)
{
    const double position = t / kKnotSeconds;
    const double knot = std::floor(position);
    const double fraction = position - knot;
    const auto index = static_cast<std::uint64_t>(static_cast<std::int64_t>(knot));
    const double a = DeterministicRandom::unit(DeterministicRandom::key({key, index}));
    const double b = DeterministicRandom::unit(DeterministicRandom::key({key, index + 1}));
    return a + (b - a) * fraction;
}

double SimSignal::counter(std::uint64_t key, double rate, double from, double to)
{
    if (to <= from || rate <= 0.0) {
        return 0.0;
    }
    // The noise term's slope is at most amplitude / kKnotSeconds = rate / 2 in magnitude.
    const double amplitude = 0.5 * rate * kKnotSeconds;
    return rate * (to - from) + amplitude * (noise(key, to) - noise(key, from));
}

double SimSignal::gauge(std::uint64_t key, double mean, double spread, double t)
{
    return mean + spread * (2.0 * noise(key, t) - 1.0);
}

} // namespace VigilFleetSim
