// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTestPrinters.h"

using namespace Vigil;

namespace ImportTestPrinters {

std::string q(const QString &text)
{
    return text.toStdString();
}

std::string q(const std::optional<QString> &text)
{
    return text ? text->toStdString() : std::string("<unset>");
}

std::string q(const QStringList &list)
{
    return QStringLiteral("[%1]").arg(list.join(QLatin1Char('|'))).toStdString();
}

std::string q(const std::optional<QStringList> &list)
{
    return list ? q(*list) : std::string("<unset>");
}

std::string q(const SshSettings &ssh)
{
    return QStringLiteral("ssh{enabled=%1 user=%2 host=%3 port=%4 jump=%5 identity=%6 key=%7}")
        .arg(ssh.enabled)
        .arg(ssh.user, ssh.host)
        .arg(ssh.port)
        .arg(ssh.proxyJump, ssh.identityFile, ssh.credentialKey)
        .toStdString();
}

std::string q(const std::optional<SshSettings> &ssh)
{
    return ssh ? q(*ssh) : std::string("<unset>");
}

std::string q(const VncSettings &vnc)
{
    return QStringLiteral("vnc{enabled=%1 host=%2 port=%3 tunnel=%4 key=%5}")
        .arg(vnc.enabled)
        .arg(vnc.host)
        .arg(vnc.port)
        .arg(vnc.viaSshTunnel)
        .arg(vnc.credentialKey)
        .toStdString();
}

std::string q(const std::optional<VncSettings> &vnc)
{
    return vnc ? q(*vnc) : std::string("<unset>");
}

} // namespace ImportTestPrinters
