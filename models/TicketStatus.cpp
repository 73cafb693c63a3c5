// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketStatus.h"

#include <QCoreApplication>

namespace Vigil {

QString ticketStatusId(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QStringLiteral("new");
    case TicketStatus::Open:
        return QStringLiteral("open");
    case TicketStatus::Waiting:
        return QStringLiteral("waiting");
    case TicketStatus::Resolved:
        return QStringLiteral("resolved");
    case TicketStatus::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("new");
}

std::optional<TicketStatus> ticketStatusFromId(QStringView id)
{
    for (const TicketStatus status : allTicketStatuses) {
        if (id.compare(ticketStatusId(status), Qt::CaseInsensitive) == 0) {
            return status;
        }
    }
    return std::nullopt;
}

QString ticketStatusDisplayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QCoreApplication::translate("Vigil::TicketStatus", "New");
    case TicketStatus::Open:
        return QCoreApplication::translate("Vigil::TicketStatus", "Open");
    case TicketStatus::Waiting:
        return QCoreApplication::translate("Vigil::TicketStatus", "Waiting on client");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("Vigil::TicketStatus", "Resolved");
    case TicketStatus::Closed:
        return QCoreApplication::translate("Vigil::TicketStatus", "Closed");
    }
    return {};
}

bool isTicketActive(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open || status == TicketStatus::Waiting;
}

} // namespace Vigil
