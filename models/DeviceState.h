// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSnapshot.h"

#include <QDateTime>

namespace Vigil {

// What the console knows about a device between polls: the last poll's outcome and the last good snapshot, so it
// can open offline with last-known state and say how old it is.
struct DeviceState
{
    qint64 deviceId = 0;
    QDateTime polledAt; // last poll, good or not
    QDateTime lastOkAt; // last successful poll
    bool reachable = false;
    int consecutiveFailures = 0;
    QString failureReason; // short id ("timeout", "refused", …) of the last failed poll
    QString failureDetail;
    DeviceSnapshot lastGood; // from the last successful poll; empty before the first
    QByteArray counters;     // the poller's rate state after the last successful poll (opaque JSON)

    // Stale: the last good data is older than staleAfter seconds (or there is none).
    bool isStale(const QDateTime &now, qint64 staleAfterSeconds) const;
    // Takes in one poll's outcome the way DeviceStateStore::save() does, so the console can show a poll before
    // reading it back. The counters are the poller's and stay as they are.
    void record(const DeviceSnapshot &snapshot);
};

} // namespace Vigil
