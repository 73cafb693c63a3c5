// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace Vigil {

QString Error::toString() const
{
    if (where.isEmpty()) {
        return message;
    }
    return where + QStringLiteral(": ") + message;
}

} // namespace Vigil
