// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QVariant>

namespace Vigil {

// Timestamps are stored as UTC seconds since the epoch; NULL is "never".
QVariant toEpoch(const QDateTime &time);
QDateTime fromEpoch(const QVariant &value);
// Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
QVariant toText(const QString &text);

} // namespace Vigil
