// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Priority.h"
#include "SlaReading.h"
#include "TicketStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// A ticket as the queue shows it, with both SLA clocks read at one instant.
struct Ticket
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    std::optional<qint64> siteId;
    QString siteName;
    std::optional<qint64> deviceId;
    QString deviceName;
    QString title;
    QString description;
    Priority priority = Priority::Normal;
    TicketStatus status = TicketStatus::New;
    QString assignee; // empty: unassigned
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QString closingNotes;
    SlaReading response;
    SlaReading resolution;

    // The clock that matters now: first response until answered, then resolution.
    const SlaReading &currentSla() const { return firstResponseAt.isValid() ? resolution : response; }
};

} // namespace Vigil
