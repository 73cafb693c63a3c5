// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// One measured value of a device at one time: metric is "cpu", "memory" or "disk" (percentages), "reachable" (100 for
// an answered poll, 0 for a failed one, so a rollup's average is the share answered), "reboot_required" (100 or 0),
// "updates_pending" / "updates_security" (counts) or "backup_size" (bytes). subject names the part it is about (the
// mount point for disks, the job for backups, empty otherwise).
struct HealthSample
{
    qint64 deviceId = 0;
    QString metric;
    QString subject;
    qint64 timestamp = 0; // UTC seconds
    double value = 0;
};

} // namespace Vigil
