// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Alert.h"
#include "AlertChange.h"
#include "AlertRule.h"
#include "ConditionState.h"
#include "DeviceSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Vigil {

// Decides, for one device and one poll, which alerts open, stay, change severity, or resolve. Pure: everything it
// needs comes in, everything it decided goes out, so it is tested with an injected time and no database.
//
// The rules of the game:
// - A condition starts to hold when the value reaches the rule's lowest threshold, and keeps holding until it falls
//   hysteresis below it. An alert opens once it has held for the rule's "for" seconds and "polls" polls.
// - One unresolved alert per device + rule + subject; it follows the value (severity up at once, down with
//   hysteresis) and resolves by the system when the condition clears.
// - A condition that comes back within recurWithinSeconds of the system resolving it reopens that alert and counts
//   an occurrence, so an endpoint hovering around a threshold yields one alert, not a stream.
// - Unknown is not clear: an unreachable device, a metric that is missing or still warming up, or a subject (a disk,
//   a backup job) the endpoint no longer reports leave its alerts and conditions as they are.
// - In a maintenance window no alert opens and no condition accumulates, so the window's end neither opens a burst
//   of alerts nor resolves any; alerts that were already open still follow the device.
class RuleEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::RuleEngine)

public:
    static constexpr qint64 recurWithinSeconds = 3600;

    struct DeviceInput
    {
        qint64 deviceId = 0;
        DeviceSnapshot snapshot; // this poll; not reachable: snapshot.failure says why
        bool inMaintenance = false;
        QList<ConditionState> conditions; // as stored for this device
        // The device's unresolved alerts, and those the system resolved within recurWithinSeconds.
        QList<Alert> alerts;
        // When Vigil first saw each backup job; a job never restore-tested is judged from here.
        QHash<QString, QDateTime> backupFirstSeen;
    };

    struct Outcome
    {
        QList<ConditionState> conditions; // the device's complete condition state after this poll
        bool conditionsChanged = false;
        QList<AlertChange> changes;
    };

    static Outcome evaluate(const QList<AlertRule> &rules, const DeviceInput &input, const QDateTime &now);
};

} // namespace Vigil
