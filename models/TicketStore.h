// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Priority.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Vigil {

class Database;

// Tickets in the store. So far: escalating an alert to a ticket (the ticket queue builds on this).
class TicketStore final
{
    Q_DISABLE_COPY_MOVE(TicketStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::TicketStore)

public:
    explicit TicketStore(Database &database);

    // critical → critical, warning → normal, info → low: a warning is worth a ticket but not a jump in the queue.
    static Priority priorityForSeverity(const QString &severityId);

    // A new ticket for the alert's client, site and device, titled with the alert's summary, carrying its history
    // as the first note, and linked both ways. An alert that already has a ticket returns that ticket instead.
    Result<qint64> createFromAlert(qint64 alertId, const QString &who, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace Vigil
