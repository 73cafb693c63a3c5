// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace VigilFleetSim {

struct DeviceSpec;

struct BackupState
{
    std::string job;
    double lastRun = 0;     // finish time of the latest run
    double lastSuccess = 0; // finish time of the latest successful run
    bool success = true;
    double sizeBytes = 0;
    double restoreTest = 0; // 0: never tested, the metric is then absent
    bool restic = false;
};

struct DeviceState
{
    double now = 0;
    double bootTime = 0;
    std::vector<double> volumeUsed; // fraction per DeviceSpec::volumes entry
    int reallocatedSectors = 0;
    int pendingSectors = 0;
    bool smartHealthy = true;
    bool rebootRequired = false;
    std::vector<BackupState> backups;
};

// What a device looks like at a simulated instant: scenarios are functions of (time − epoch), so the same
// instant always gives the same state and nothing needs to be stepped.
class DeviceTimeline final
{
public:
    static bool scheduledOnline(const DeviceSpec &device, double epoch, double t);
    static DeviceState at(const DeviceSpec &device, double epoch, double t);
};

} // namespace VigilFleetSim
