// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshEndpoint.h"

#include <QFileInfo>

namespace Vigil {

QString SshEndpoint::describe() const
{
    const QString hostPart = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    QString text = user.isEmpty() ? hostPart : user + QLatin1Char('@') + hostPart;
    if (port != 22) {
        text += QLatin1Char(':') + QString::number(port);
    }
    return text;
}

QString SshEndpoint::passphraseKeyId(const QString &identityFile)
{
    return QStringLiteral("ssh-identity:") + QFileInfo(identityFile).absoluteFilePath();
}

} // namespace Vigil
