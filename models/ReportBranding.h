// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace Vigil {

// Who the report comes from: the MSP's name and logo, from the settings (AppSettings::reportBranding()).
struct ReportBranding
{
    QString mspName;
    QImage logo; // null: no logo
};

} // namespace Vigil
