// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>

namespace Vigil {

// A point in time as a technician types it: "2026-11-23T07:00", "2026-11-23 07:00" (local time unless a zone is
// given), "07:30", "30m", "2h", "3d", "tomorrow" (8:00), "tomorrow 9:30". Relative amounts and bare times point
// the way `direction` says: into the past for --since, into the future for --until.
enum class TimeDirection { Past, Future };
Result<QDateTime> parseTimeSpec(const QString &text, const QDateTime &now, TimeDirection direction);

} // namespace Vigil
