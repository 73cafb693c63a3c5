// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Vigil {

struct ImportSummary
{
    int clientsCreated = 0;
    int sitesCreated = 0;
    int devicesCreated = 0;
    int devicesUpdated = 0;
    int devicesUnchanged = 0;
    QStringList warnings;
};

} // namespace Vigil
