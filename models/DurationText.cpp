// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurationText.h"

#include <QCoreApplication>

namespace Vigil {

QString durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60) {
        return QCoreApplication::translate("Vigil::DurationText", "%n s", nullptr, static_cast<int>(seconds));
    }
    if (seconds < 3600) {
        return QCoreApplication::translate("Vigil::DurationText", "%n min", nullptr, static_cast<int>(seconds / 60));
    }
    if (seconds < 2 * 86400) {
        return QCoreApplication::translate("Vigil::DurationText", "%n h", nullptr, static_cast<int>(seconds / 3600));
    }
    return QCoreApplication::translate("Vigil::DurationText", "%n day(s)", nullptr, static_cast<int>(seconds / 86400));
}

} // namespace Vigil
