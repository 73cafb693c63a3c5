// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// One mounted filesystem (node_exporter) or lettered volume (windows_exporter) at one poll.
struct DiskUsage
{
    QString mountPoint; // "/", "/srv/data", or the volume: "C:"
    QString device;     // "/dev/sda1"; empty on Windows
    QString fsType;     // "ext4"; on Windows only when windows_logical_disk_info reports it
    qint64 sizeBytes = 0;
    qint64 availableBytes = 0; // what an unprivileged user can still write (node_filesystem_avail_bytes)
    double usedPercent = 0;    // (size - available) / size * 100; see docs/metric-mapping.md

    friend bool operator==(const DiskUsage &, const DiskUsage &) = default;
};

} // namespace Vigil
