// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceState.h"

namespace Vigil {

bool DeviceState::isStale(const QDateTime &now, qint64 staleAfterSeconds) const
{
    return !lastOkAt.isValid() || lastOkAt.secsTo(now) > staleAfterSeconds;
}

} // namespace Vigil
