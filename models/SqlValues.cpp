// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValues.h"

namespace Vigil {

QVariant toEpoch(const QDateTime &time)
{
    if (!time.isValid()) {
        return QVariant(QMetaType::fromType<qint64>());
    }
    return QVariant::fromValue(time.toSecsSinceEpoch());
}

QDateTime fromEpoch(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant toText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace Vigil
