// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Vigil {

// How vigil-cli shows a ticket's SLA and its fields, shared by `tickets` and `ticket show`.
class TicketText final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::TicketText)

public:
    TicketText() = delete;

    // "3 h left", "at risk, 40 min left", "paused, 2 h left", "breached 2 h", "met", "missed".
    static QString sla(const SlaReading &reading, const QDateTime &now);
    static QString slaStateId(const SlaReading &reading);
    static QJsonObject slaJson(const SlaReading &reading);
    static QJsonObject json(const Ticket &ticket, const QDateTime &now);
};

} // namespace Vigil
