// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertCategory.h"
#include "AlertSeverity.h"

#include <QString>

namespace Vigil {

// One thing the rule engine decided about an alert; AlertStore applies it and records the event.
struct AlertChange
{
    enum class Kind {
        Open,    // a new alert
        Recur,   // the condition came back soon after the system resolved it: that alert reopens, count + 1
        Update,  // still holding: last seen, summary, and maybe a new severity
        Resolve, // the condition cleared: resolved by the system
    };

    Kind kind = Kind::Open;
    qint64 alertId = 0; // 0 for Open
    qint64 deviceId = 0;
    QString rule;
    QString subject;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertSeverity previousSeverity = AlertSeverity::Warning; // Update: the severity before
    AlertCategory category = AlertCategory::Other;
    QString summary;
    bool seenOnly = false; // Update: same severity and summary, only last seen moves

    bool severityRose() const { return kind == Kind::Update && severity > previousSeverity; }
    bool severityChanged() const { return kind == Kind::Update && severity != previousSeverity; }
    friend bool operator==(const AlertChange &, const AlertChange &) = default;
};

} // namespace Vigil
