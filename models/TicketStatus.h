// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Vigil {

// Waiting means waiting on the client: the SLA clocks pause.
enum class TicketStatus { New, Open, Waiting, Resolved, Closed };

inline constexpr std::array<TicketStatus, 5> allTicketStatuses{
    TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting, TicketStatus::Resolved, TicketStatus::Closed};

// The stable identifier stored in SQLite and used on the command line.
QString ticketStatusId(TicketStatus status);
std::optional<TicketStatus> ticketStatusFromId(QStringView id);
QString ticketStatusDisplayName(TicketStatus status);
// New, open and waiting tickets are still someone's work.
bool isTicketActive(TicketStatus status);

} // namespace Vigil
