// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// One CSV field per RFC 4180: quoted when it holds a separator, a quote, a line break, or blanks at either end (so
// a reader that trims unquoted fields cannot lose them), with the quotes inside doubled.
QString csvField(const QString &value);

} // namespace Vigil
