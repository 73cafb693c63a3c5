// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeterministicRandom.h"

namespace VigilFleetSim {

DeterministicRandom::DeterministicRandom(std::uint64_t seed)
    : m_state(mix(seed ^ 0x5eed5eed5eed5eedULL))
{
}

std::uint64_t DeterministicRandom::mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

std::uint64_t DeterministicRandom::key(std::initializer_list<std::uint64_t> parts)
{
    std::uint64_t result = 0x243f6a8885a308d3ULL;
    for (const std::uint64_t part : parts) {
        result = mix(result ^ part);
    }
    return result;
}

double DeterministicRandom::unit(std::uint64_t key)
{
    // 53 high bits fill a double's mantissa exactly.
    return static_cast<double>(mix(key) >> 11) * 0x1.0p-53;
}

std::uint64_t DeterministicRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double DeterministicRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DeterministicRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int DeterministicRandom::range(int low, int high)
{
    if (high <= low) {
        return low;
    }
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<int>(next() % span);
}

bool DeterministicRandom::chance(double probability)
{
    return uniform() < probability;
}

std::size_t DeterministicRandom::index(std::size_t size)
{
    return size == 0 ? 0 : static_cast<std::size_t>(next() % size);
}

} // namespace VigilFleetSim
