// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Vigil {

// One entry in an alert's history. Kinds: opened, recurred, severity, resolved, acknowledged, snoozed,
// snooze_ended, categorised, note, escalated, reopened.
struct AlertEvent
{
    qint64 id = 0;
    qint64 alertId = 0;
    QDateTime at;
    QString actor; // a technician, or "system"
    QString kind;
    QString note;

    friend bool operator==(const AlertEvent &, const AlertEvent &) = default;
};

} // namespace Vigil
