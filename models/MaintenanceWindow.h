// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Vigil {

// A planned quiet time for one device or one whole site: no alert opens inside it (see docs/alerts.md).
struct MaintenanceWindow
{
    qint64 id = 0;
    qint64 deviceId = 0; // exactly one of deviceId and siteId is set
    qint64 siteId = 0;
    QString target; // "CLIENT / SITE" or "CLIENT / DEVICE", for display
    QDateTime startsAt;
    QDateTime endsAt;
    QString reason;
    QString createdBy;

    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

} // namespace Vigil
