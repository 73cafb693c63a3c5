// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceState.h"

namespace Vigil {

bool DeviceState::isStale(const QDateTime &now, qint64 staleAfterSeconds) const
{
    return !lastOkAt.isValid() || lastOkAt.secsTo(now) > staleAfterSeconds;
}

void DeviceState::record(const DeviceSnapshot &snapshot)
{
    polledAt = snapshot.polledAt;
    reachable = snapshot.reachable;
    if (snapshot.reachable) {
        lastOkAt = snapshot.polledAt;
        consecutiveFailures = 0;
        failureReason.clear();
        failureDetail.clear();
        lastGood = snapshot;
        return;
    }
    ++consecutiveFailures;
    failureReason = snapshot.failure ? snapshot.failure->reason : QString();
    failureDetail = snapshot.failure ? snapshot.failure->detail : QString();
}

} // namespace Vigil
