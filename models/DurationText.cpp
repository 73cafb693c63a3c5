// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurationText.h"

#include <QCoreApplication>

#include <algorithm>

namespace Vigil {

QString durationText(qint64 seconds)
{
    // lupdate skips a translate() whose count is a cast expression, so the counts are plain ints.
    const qint64 s = std::max<qint64>(seconds, 0);
    if (s < 60) {
        const int n = static_cast<int>(s);
        return QCoreApplication::translate("Vigil::DurationText", "%n s", nullptr, n);
    }
    if (s < 3600) {
        const int n = static_cast<int>(s / 60);
        return QCoreApplication::translate("Vigil::DurationText", "%n min", nullptr, n);
    }
    if (s < 2 * 86400) {
        const int n = static_cast<int>(s / 3600);
        return QCoreApplication::translate("Vigil::DurationText", "%n h", nullptr, n);
    }
    const int n = static_cast<int>(s / 86400);
    return QCoreApplication::translate("Vigil::DurationText", "%n day(s)", nullptr, n);
}

} // namespace Vigil
