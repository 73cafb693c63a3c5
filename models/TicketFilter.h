// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketStatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace Vigil {

// Which tickets the queue shows. An empty status list means the active ones (new, open, waiting); an assignee of ""
// means unassigned.
struct TicketFilter
{
    QList<TicketStatus> statuses;
    std::optional<qint64> clientId;
    std::optional<QString> assignee;
    bool breachedOnly = false;
};

} // namespace Vigil
