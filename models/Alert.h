// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertCategory.h"
#include "AlertSeverity.h"
#include "AlertState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// One alert as stored: a rule's condition on one device and subject (a mount point, a backup job, a drive; empty
// for device-wide rules). At most one unresolved alert exists per device + rule + subject; a recurrence of the
// same condition bumps occurrences and lastSeen instead of opening another.
struct Alert
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QString rule;    // the rule's id ("disk_used", "unreachable", …)
    QString subject; // "/srv", "nightly", "/dev/sda"; empty for device-wide rules
    AlertSeverity severity = AlertSeverity::Warning;
    AlertState state = AlertState::Open;
    AlertCategory category = AlertCategory::Other;
    QString summary; // one line a technician reads: "Disk /srv 91 % used"
    QDateTime firstSeen;
    QDateTime lastSeen;
    int occurrences = 1;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QString ackNote;
    QDateTime snoozedUntil;
    QDateTime resolvedAt;
    QString resolvedBy; // a technician, or "system" when the condition cleared
    std::optional<qint64> ticketId;

    bool isResolved() const { return state == AlertState::Resolved; }

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace Vigil
