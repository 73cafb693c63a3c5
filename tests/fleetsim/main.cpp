// SPDX-License-Identifier: GPL-3.0-or-later
// vigil-fleetsim: N simulated exporter endpoints on loopback for tests, benchmarks and the demo.
#include "EndpointServer.h"
#include "FleetOptions.h"
#include "FleetPlan.h"
#include "InventoryWriter.h"
#include "SimClock.h"

#include <sys/resource.h>

#include <cstdio>
#include <cstring>

using namespace VigilFleetSim;

namespace {

// 5,000 listeners plus their connections need far more than the usual soft limit of 1,024 descriptors.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0) {
            std::fprintf(stderr, "vigil-fleetsim: warning: cannot raise the open-files limit: %s\n",
                         std::strerror(errno));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    std::string error;
    const std::optional<FleetOptions> options = FleetOptions::parse(argc, argv, error);
    if (!options) {
        std::fprintf(stderr, "vigil-fleetsim: %s\n\n%s", error.c_str(), FleetOptions::usage().c_str());
        return 2;
    }
    if (options->help) {
        std::fputs(FleetOptions::usage().c_str(), stdout);
        return 0;
    }
    raiseOpenFileLimit();

    const FleetPlan plan = FleetPlan::build(options->devices, options->seed, options->clients);
    const SimClock clock(options->speed, options->startTime, options->fixedTime, options->scenarioAge);

    if (!options->inventory.empty()) {
        const std::string json = InventoryWriter::render(plan, options->bind, options->basePort);
        if (!InventoryWriter::write(options->inventory, json, error)) {
            std::fprintf(stderr, "vigil-fleetsim: %s\n", error.c_str());
            return 1;
        }
    }

    EndpointServer server(plan, clock, options->bind, options->basePort, options->controlPort);
    if (!server.start(error)) {
        std::fprintf(stderr, "vigil-fleetsim: %s\n", error.c_str());
        return 1;
    }
    const int last = options->basePort + options->devices - 1;
    const bool v6 = options->bind.find(':') != std::string::npos;
    const std::string host = v6 ? '[' + options->bind + ']' : options->bind;
    std::string control;
    if (options->controlPort > 0) {
        control = " (control on " + host + ':' + std::to_string(options->controlPort) + ')';
    }
    // Tests wait for this line: print it only once every listener is bound.
    std::printf("vigil-fleetsim: serving %d endpoints on %s:%d-%d%s\n", options->devices, host.c_str(),
                options->basePort, last, control.c_str());
    std::fflush(stdout);
    return server.run();
}
