// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientReport.h"

namespace Vigil {

bool ClientReport::hasAnyData() const
{
    return fleetUptimePercent.has_value() || patching.has_value() || backups.has_value() || disks.has_value()
           || alerts.has_value() || (tickets && (tickets->total.opened > 0 || tickets->total.closed > 0))
           || (sessions && sessions->count > 0);
}

} // namespace Vigil
