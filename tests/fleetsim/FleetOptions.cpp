// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetOptions.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace VigilFleetSim {

namespace {

template<typename T>
bool parseNumber(std::string_view text, T &value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

bool parseDouble(std::string_view text, double &value)
{
    // from_chars for double is available in GCC 12, and it ignores the locale, which strtod does not.
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && std::isfinite(value);
}

} // namespace

std::string FleetOptions::usage()
{
    return "Usage: vigil-fleetsim --devices N --seed S [options]\n"
           "Serves N simulated node_exporter / windows_exporter endpoints on loopback, one port each.\n"
           "\n"
           "  --devices N         number of endpoints (1-60000)\n"
           "  --seed S            fleet seed (unsigned 64-bit); same seed, same fleet\n"
           "  --bind ADDR         loopback address to listen on (127.0.0.0/8 or ::1; default 127.0.0.1)\n"
           "  --base-port P       first port; device i listens on P+i (default 19100)\n"
           "  --inventory FILE    write the fleet as Prometheus file_sd JSON (atomically)\n"
           "  --clients C         number of MSP clients (default: about one per ten devices)\n"
           "  --speed X           simulated seconds per real second (default 1)\n"
           "  --control-port P    serve /control and /status on this loopback port\n"
           "  --start-time EPOCH  simulated clock starts here instead of now\n"
           "  --scenario-age S    scenarios began S seconds before the clock starts (a demo that has had a night)\n"
           "  --fixed-time EPOCH  freeze the simulated clock (reproducible payloads)\n"
           "  --help              this text\n";
}

bool FleetOptions::isLoopback(const std::string &address)
{
    in_addr v4{};
    if (inet_pton(AF_INET, address.c_str(), &v4) == 1) {
        return (ntohl(v4.s_addr) >> 24) == 127;
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
        return std::memcmp(&v6, &in6addr_loopback, sizeof v6) == 0;
    }
    return false;
}

std::optional<FleetOptions> FleetOptions::parse(int argc, char **argv, std::string &error)
{
    FleetOptions options;
    bool haveDevices = false;
    bool haveSeed = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg(argv[i]);
        std::string_view value;
        bool inlineValue = false;
        if (const std::size_t eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            inlineValue = true;
        }
        if (arg == "--help" || arg == "-h") {
            options.help = true;
            return options;
        }
        auto takeValue = [&]() -> bool {
            if (inlineValue) {
                return true;
            }
            if (i + 1 >= argc) {
                error = std::string(arg) + " needs a value";
                return false;
            }
            value = argv[++i];
            return true;
        };
        auto bad = [&](const char *what) {
            error = "invalid value for " + std::string(arg) + ": '" + std::string(value) + "' (" + what + ')';
            return std::nullopt;
        };
        if (arg == "--devices") {
            if (!takeValue()) {
                return std::nullopt;
            }
            if (!parseNumber(value, options.devices) || options.devices < 1 || options.devices > 60000) {
                return bad("expected 1-60000");
            }
            haveDevices = true;
        } else if (arg == "--seed") {
            if (!takeValue()) {
                return std::nullopt;
            }
            if (!parseNumber(value, options.seed)) {
                return bad("expected an unsigned integer");
            }
            haveSeed = true;
        } else if (arg == "--bind") {
            if (!takeValue()) {
                return std::nullopt;
            }
            options.bind = value == "localhost" ? std::string("127.0.0.1") : std::string(value);
        } else if (arg == "--base-port") {
            if (!takeValue()) {
                return std::nullopt;
            }
            if (!parseNumber(value, options.basePort) || options.basePort < 1 || options.basePort > 65535) {
                return bad("expected 1-65535");
            }
        } else if (arg == "--inventory") {
            if (!takeValue()) {
                return std::nullopt;
            }
            options.inventory = std::string(value);
        } else if (arg == "--clients") {
            if (!takeValue()) {
                return std::nullopt;
            }
            if (!parseNumber(value, options.clients) || options.clients < 1) {
                return bad("expected a positive integer");
            }
        } else if (arg == "--speed") {
            if (!takeValue()) {
                return std::nullopt;
            }
            if (!parseDouble(value, options.speed) || options.speed <= 0 || options.speed > 1e6) {
                return bad("expected a positive number");
            }
        } else if (arg == "--control-port") {
            if (!takeValue()) {
                return std::nullopt;
            }
            if (!parseNumber(value, options.controlPort) || options.controlPort < 1 || options.controlPort > 65535) {
                return bad("expected 1-65535");
            }
        } else if (arg == "--scenario-age") {
            if (!takeValue()) {
                return std::nullopt;
            }
            if (!parseDouble(value, options.scenarioAge) || options.scenarioAge < 0
                || options.scenarioAge > 366 * 86400.0) {
                return bad("expected seconds, 0 to a year");
            }
        } else if (arg == "--fixed-time" || arg == "--start-time") {
            if (!takeValue()) {
                return std::nullopt;
            }
            double epoch = 0;
            if (!parseDouble(value, epoch) || epoch < 0 || epoch > 4e9) {
                return bad("expected Unix seconds");
            }
            (arg == "--fixed-time" ? options.fixedTime : options.startTime) = epoch;
        } else {
            error = "unknown option '" + std::string(arg) + "'";
            return std::nullopt;
        }
    }
    if (!haveDevices || !haveSeed) {
        error = "--devices and --seed are required";
        return std::nullopt;
    }
    if (!isLoopback(options.bind)) {
        error =
            "refusing to bind to '" + options.bind + "': vigil-fleetsim only listens on loopback (127.0.0.0/8 or ::1)";
        return std::nullopt;
    }
    if (options.basePort + options.devices - 1 > 65535) {
        error = "ports " + std::to_string(options.basePort) + "-"
                + std::to_string(options.basePort + options.devices - 1)
                + " run past 65535; lower --base-port or --devices";
        return std::nullopt;
    }
    if (options.controlPort >= options.basePort && options.controlPort < options.basePort + options.devices) {
        error = "--control-port " + std::to_string(options.controlPort) + " falls inside the device port range";
        return std::nullopt;
    }
    return options;
}

} // namespace VigilFleetSim
