// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Vigil {

// Who opens a remote session on which device, and from which ticket (its time is booked there).
struct SessionRequest
{
    qint64 deviceId = 0;
    QString deviceName;
    QString technician;
    std::optional<qint64> ticketId;
};

} // namespace Vigil
