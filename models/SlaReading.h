// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Vigil {

// Running: on track, at risk (at most a quarter of the target left) or breached. Stopped (answered, resolved):
// met or breached.
enum class SlaState { OnTrack, AtRisk, Breached, Met };

// One SLA clock read at one instant.
struct SlaReading
{
    SlaState state = SlaState::OnTrack;
    qint64 targetSeconds = 0;
    qint64 elapsedSeconds = 0;   // business time used, pauses excluded
    qint64 remainingSeconds = 0; // negative once breached
    QDateTime dueAt;             // invalid while paused (the due time moves as long as the pause lasts)
    bool paused = false;
    bool stopped = false;
};

} // namespace Vigil
