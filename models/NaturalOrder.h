// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Vigil {

// Case-insensitive comparison that orders runs of digits by value: "WS2" < "WS10" < "ws11". Technicians name
// machines with numbers; QCollator's numeric mode needs ICU, which not every Qt build has. Returns <0, 0 or >0.
int naturalCompare(QStringView left, QStringView right);

} // namespace Vigil
