// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "TicketEvent.h"
#include "TicketTimeEntry.h"

#include <QList>

namespace Vigil {

// One ticket with its timeline, time worked and linked alerts.
struct TicketDetail
{
    Ticket ticket;
    QList<TicketEvent> events;
    QList<TicketTimeEntry> timeEntries;
    QList<qint64> alertIds;

    int minutesWorked() const
    {
        int total = 0;
        for (const TicketTimeEntry &entry : timeEntries) {
            total += entry.minutes;
        }
        return total;
    }
};

} // namespace Vigil
