// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace VigilFleetSim {

// Command line of vigil-fleetsim. Parsing never exits: it returns an error the caller prints (exit 2).
struct FleetOptions
{
    int devices = 0;
    std::uint64_t seed = 0;
    std::string bind = "127.0.0.1";
    int basePort = 19100;
    std::string inventory;
    int clients = 0; // 0: about one per ten devices
    double speed = 1.0;
    int controlPort = 0; // 0: no control endpoint
    std::optional<double> fixedTime;
    std::optional<double> startTime;
    double scenarioAge = 0; // seconds the scenarios ran before the clock starts
    bool help = false;

    static std::optional<FleetOptions> parse(int argc, char **argv, std::string &error);
    static std::string usage();
    // 127.0.0.0/8 or ::1 only: the simulator must never listen on, or send to, anything else.
    static bool isLoopback(const std::string &address);
};

} // namespace VigilFleetSim
