// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace VigilFleetSim {

// splitmix64: tiny, well distributed and stateless when keyed, so any value can be recomputed from
// (seed, device, time bucket) without replaying a stream. std::random_device is never used: runs must repeat.
class DeterministicRandom final
{
public:
    explicit DeterministicRandom(std::uint64_t seed);

    static std::uint64_t mix(std::uint64_t value);
    // One well-mixed key from several parts, order-sensitive.
    static std::uint64_t key(std::initializer_list<std::uint64_t> parts);
    // A number in [0, 1) from a key.
    static double unit(std::uint64_t key);

    std::uint64_t next();
    double uniform();
    double uniform(double low, double high);
    // Inclusive on both ends.
    int range(int low, int high);
    bool chance(double probability);
    std::size_t index(std::size_t size);

private:
    std::uint64_t m_state;
};

} // namespace VigilFleetSim
