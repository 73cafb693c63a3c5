// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

namespace Vigil {

// What one pass over the fleet did: for `vigil-cli poll --once` and the console's status line.
struct PollSummary
{
    int polled = 0;
    int ok = 0;
    int failed = 0;
    int skippedNoExporter = 0;
    int reusedConnections = 0;
    QMap<QString, int> failuresByReason; // stable reason id → count
    qint64 durationMs = 0;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::PollSummary)
