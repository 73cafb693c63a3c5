// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceKind.h"
#include "SshSettings.h"
#include "VncSettings.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Vigil {

struct Device
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 siteId = 0;
    QString name;
    QString address;
    QString os;
    DeviceKind kind = DeviceKind::Workstation;
    QStringList tags;
    QString exporterUrl;
    QString exporterCredentialKey;
    SshSettings ssh;
    VncSettings vnc;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Vigil
