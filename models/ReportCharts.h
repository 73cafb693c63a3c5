// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientReport.h"

#include <QCoreApplication>
#include <QImage>

namespace Vigil {

// The report's charts as images (QPainter; needs a QGuiApplication for its fonts), drawn at twice the size they
// are shown at so that they stay sharp in print. Null when the report has nothing to draw.
class ReportCharts final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReportCharts)

public:
    static constexpr int scale = 2;
    // Alerts opened, acknowledged and resolved per severity, as grouped bars.
    static QImage alertsBySeverity(const ClientReport::Alerts &alerts);
    // One horizontal bar per device with data, worst first.
    static QImage uptimeByDevice(const QList<ClientReport::DeviceUptime> &uptime);
};

} // namespace Vigil
