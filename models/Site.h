// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Vigil {

struct Site
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString name;
    QString address;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Vigil
