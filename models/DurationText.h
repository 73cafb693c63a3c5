// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// A duration as a technician reads it at a glance, in its largest whole unit: "45 s", "12 min", "5 h", "3 days".
QString durationText(qint64 seconds);

} // namespace Vigil
