// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Priority.h"

#include <QString>

#include <optional>

namespace Vigil {

// What a technician fills in to open a ticket by hand.
struct NewTicket
{
    qint64 clientId = 0;
    std::optional<qint64> siteId;
    std::optional<qint64> deviceId;
    QString title;
    QString description;
    Priority priority = Priority::Normal;
};

} // namespace Vigil
