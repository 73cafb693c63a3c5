// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Vigil {

// One line of a ticket's timeline. kind: created, note, status (body: the new status id), priority (body: the new
// priority id), assigned (body: the assignee, empty when unassigned), time (body: minutes and note), alert.
struct TicketEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString kind;
    QString body;
    bool clientVisible = false;
};

} // namespace Vigil
