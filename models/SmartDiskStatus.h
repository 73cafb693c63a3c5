// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Vigil {

// Health of one physical drive: from smartctl's textfile metrics (smartmon_*) or, on Windows, from the drive's
// WMI status (windows_diskdrive_status / _availability). Fields the source does not report stay empty.
struct SmartDiskStatus
{
    QString disk; // "/dev/sda", "/dev/nvme0", or "\\.\PHYSICALDRIVE0"
    std::optional<bool> healthy;
    std::optional<qint64> reallocatedSectors; // SMART attribute 5, raw value
    std::optional<qint64> pendingSectors;     // SMART attribute 197, raw value
    QString status;                           // Windows: the drive's status text ("OK", "Pred Fail"), else empty

    friend bool operator==(const SmartDiskStatus &, const SmartDiskStatus &) = default;
};

} // namespace Vigil
