// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceTimeline.h"

#include "DeterministicRandom.h"
#include "FleetPlan.h"
#include "SimSignal.h"

#include <algorithm>
#include <cmath>

namespace VigilFleetSim {

namespace {

constexpr double kHour = 3600.0;
constexpr double kDay = 86400.0;
constexpr double kSmartUnhealthyAfter = 2.0 * kHour;

// Finish time of the latest nightly run that finished at or before t.
double lastRunFinish(double t, double offset, double duration)
{
    double start = std::floor(t / kDay) * kDay + offset;
    while (start + duration > t) {
        start -= kDay;
    }
    return std::floor(start + duration);
}

} // namespace

bool DeviceTimeline::scheduledOnline(const DeviceSpec &device, double epoch, double t)
{
    if (!(device.scenarios & ScenarioFlapping) || device.flapPeriod <= 0) {
        return true;
    }
    const double u = t - epoch + device.flapPhase;
    return std::fmod(u, device.flapPeriod) >= device.flapDown;
}

DeviceState DeviceTimeline::at(const DeviceSpec &device, double epoch, double t)
{
    DeviceState state;
    state.now = t;
    state.bootTime = std::floor(epoch - device.uptimeAtEpoch);
    if ((device.scenarios & ScenarioFlapping) && device.flapPeriod > 0) {
        // A machine that comes back after an outage has rebooted: boot time is the end of the last outage.
        const double u = t - epoch + device.flapPhase;
        const double cycle = std::floor(u / device.flapPeriod);
        double lastEnd = cycle * device.flapPeriod + device.flapDown;
        if (u < lastEnd) {
            lastEnd -= device.flapPeriod;
        }
        if (lastEnd > device.flapPhase) {
            state.bootTime = std::floor(epoch + lastEnd - device.flapPhase);
        }
    }

    state.volumeUsed.reserve(device.volumes.size());
    for (std::size_t i = 0; i < device.volumes.size(); ++i) {
        const auto &volume = device.volumes[i];
        double used = volume.usedFraction;
        if ((device.scenarios & ScenarioDiskFilling) && static_cast<int>(i) == device.fillingVolume) {
            used = device.fillStart + device.fillPerHour * std::max(0.0, t - epoch) / kHour;
        } else if (!volume.pseudo && volume.usedFraction > 0.05) {
            used += SimSignal::gauge(DeterministicRandom::key({device.key, 0x701u, i}), 0.0, 0.004, t);
        }
        state.volumeUsed.push_back(std::clamp(used, 0.0, 0.995));
    }

    if (device.scenarios & ScenarioSmartDegrading) {
        const double since = t - epoch - device.smartStartDelay;
        const int base = 8;
        state.reallocatedSectors = base + (since > 0 ? static_cast<int>(device.smartPerHour * since / kHour) : 0);
        state.pendingSectors = since > 0 ? 1 + state.reallocatedSectors / 5 : 0;
        state.smartHealthy = since < kSmartUnhealthyAfter;
    }
    state.rebootRequired = (device.scenarios & ScenarioRebootRequired) != 0;

    for (std::size_t j = 0; j < device.backups.size(); ++j) {
        const SimBackupJob &job = device.backups[j];
        BackupState backup;
        backup.job = job.name;
        backup.restic = job.restic;
        backup.lastRun = lastRunFinish(t, job.runOffset, job.duration);
        const bool failing = (device.scenarios & ScenarioBackupFailing) && j == 0;
        backup.success = !failing;
        backup.lastSuccess =
            failing ? lastRunFinish(epoch - device.backupFailingSince, job.runOffset, job.duration) : backup.lastRun;
        const double days = (backup.lastSuccess - epoch) / kDay;
        backup.sizeBytes = std::floor(job.sizeBytes * (1.0 + 0.002 * days));
        if (device.restoreTestAge > 0) {
            backup.restoreTest = std::floor(epoch - device.restoreTestAge - static_cast<double>(j) * 7.0 * kDay);
        }
        state.backups.push_back(backup);
    }
    return state;
}

} // namespace VigilFleetSim
