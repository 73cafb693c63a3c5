// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

struct TicketTimeEntry
{
    qint64 id = 0;
    QString technician;
    int minutes = 0;
    QString note;
    QDateTime loggedAt;
    std::optional<qint64> sessionId;
};

} // namespace Vigil
