// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BusinessCalendar.h"
#include "NewTicket.h"
#include "Priority.h"
#include "Result.h"
#include "SlaPolicy.h"
#include "Ticket.h"
#include "TicketDetail.h"
#include "TicketFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <optional>

namespace Vigil {

class Database;

// Tickets in the store: opening them by hand or from an alert, the queue with its SLA clocks, and every change a
// technician makes, each recorded in the ticket's timeline (ticket_events).
class TicketStore final
{
    Q_DISABLE_COPY_MOVE(TicketStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::TicketStore)

public:
    explicit TicketStore(Database &database);

    static inline const QString systemActor = QStringLiteral("system");

    // critical → critical, warning → normal, info → low: a warning is worth a ticket but not a jump in the queue.
    static Priority priorityForSeverity(const QString &severityId);

    // A new ticket for the alert's client, site and device, titled with the alert's summary, carrying its history
    // as the first note, and linked both ways. An alert that already has a ticket returns that ticket instead.
    Result<qint64> createFromAlert(qint64 alertId, const QString &who, const QDateTime &now);
    Result<qint64> create(const NewTicket &ticket, const QString &who, const QDateTime &now);

    // Sorted by SLA urgency: breached first (longest overdue first), then least time left; paused and finished
    // clocks last.
    Result<QList<Ticket>> list(const TicketFilter &filter, const QDateTime &now) const;
    Result<TicketDetail> ticket(qint64 id, const QDateTime &now) const;
    static bool moreUrgent(const Ticket &a, const Ticket &b);
    // For the alert queue: when each active ticket's current clock (first response, then resolution) falls due, in
    // the client's business hours. Waiting and finished tickets have none.
    Result<QHash<qint64, QDateTime>> dueTimes(const QList<qint64> &ticketIds) const;

    // Resolving needs closing notes; closing needs them too unless the ticket was resolved with some. A ticket
    // cannot go back to new. Resolved or closed tickets set back to open or waiting are reopened.
    Status setStatus(qint64 id, TicketStatus status, const QString &who, const QString &closingNotes,
                     const QDateTime &now);
    Status setPriority(qint64 id, Priority priority, const QString &who, const QDateTime &now);
    // An empty assignee unassigns.
    Status assign(qint64 id, const QString &assignee, const QString &who, const QDateTime &now);
    // A technician's first note is the ticket's first response.
    Status addNote(qint64 id, const QString &who, const QString &text, bool clientVisible, const QDateTime &now);
    // sessionId links the entry to the remote session (sessions_log) it was worked in.
    Status logTime(qint64 id, const QString &who, int minutes, const QString &note, const QDateTime &now,
                   std::optional<qint64> sessionId = std::nullopt);
    // The most one time entry may hold (a longer session is logged as this much).
    static int maxMinutesPerEntry();
    // Called when the system resolves an alert: a note on its ticket, which stays as it is.
    Status noteAlertResolved(qint64 alertId, const QString &summary, const QDateTime &now);

    // The client's SLA targets (client_sla, else the standard policy) and business calendar (else Mon–Fri
    // 08:00–18:00 in the local zone).
    Result<SlaPolicy> slaPolicy(qint64 clientId) const;
    Result<BusinessCalendar> calendar(qint64 clientId) const;
    // Keeps the names of holidays that stay.
    Status setCalendar(qint64 clientId, const BusinessCalendar &calendar);
    // Whether the client has business hours of its own (else the standard calendar applies).
    Result<bool> hasOwnCalendar(qint64 clientId) const;
    // The client's holidays with their names (may be empty), by date.
    Result<QMap<QDate, QString>> holidayNames(qint64 clientId) const;
    // Adding a day that is already a holiday renames it. Removing a day that is not one is refused (NotFound).
    Status addHoliday(qint64 clientId, QDate day, const QString &name);
    Status removeHoliday(qint64 clientId, QDate day);

private:
    struct Current
    {
        TicketStatus status = TicketStatus::New;
        bool answered = false;
        QString closingNotes;
        QString assignee;
        Priority priority = Priority::Normal;
    };
    Result<Current> current(qint64 id) const;
    Status addEvent(qint64 id, const QDateTime &at, const QString &actor, const QString &kind, const QString &body,
                    bool clientVisible = false);
    Status touch(qint64 id, const QDateTime &now, bool firstResponse);
    Result<QList<Ticket>> load(const QString &where, const QVariantList &values, const QDateTime &now) const;

    Database &m_db;
};

} // namespace Vigil
