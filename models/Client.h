// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SlaPolicy.h"

#include <QDateTime>
#include <QString>

namespace Vigil {

struct Client
{
    qint64 id = 0;
    QString name;
    QString contact;
    QString notes;
    SlaPolicy sla = SlaPolicy::standard();
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Vigil
