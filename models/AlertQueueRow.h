// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Alert.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// One line of the alert queue: the alert with the names a technician reads next to it and the SLA of the ticket
// it was escalated to. AlertStore::queue() fills it in one query.
struct AlertQueueRow
{
    Alert alert;
    qint64 clientId = 0;
    qint64 siteId = 0;
    QString clientName;
    QString siteName;
    QString deviceName;
    QString deviceAddress;
    // The linked ticket's response or resolution deadline, whichever is next; empty without a ticket or once the
    // ticket is resolved.
    QDateTime ticketDueAt;
    QString ticketStatus; // "new", "open", … of the linked ticket; empty without one

    friend bool operator==(const AlertQueueRow &, const AlertQueueRow &) = default;
};

} // namespace Vigil
