// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvInventoryWriter.h"

#include "CsvField.h"

#include <algorithm>

namespace Vigil {

namespace {

QString bracketed(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// Inverse of the reader's [user@][host][:port]. A host without a user is written "host:22", because a bare word
// reads back as a user name; settings that are all defaults are written ":22" so that they stay enabled.
QString sshField(const SshSettings &ssh)
{
    if (!ssh.enabled) {
        return {};
    }
    QString text;
    if (!ssh.user.isEmpty()) {
        text = ssh.user + QLatin1Char('@');
    }
    text += bracketed(ssh.host);
    if (ssh.port != 22 || ssh.user.isEmpty()) {
        text += QLatin1Char(':') + QString::number(ssh.port);
    }
    return text;
}

// Inverse of the reader's [ssh+][host][:port] | port.
QString vncField(const VncSettings &vnc)
{
    if (!vnc.enabled) {
        return {};
    }
    QString text = vnc.viaSshTunnel ? QStringLiteral("ssh+") : QString();
    if (vnc.host.isEmpty()) {
        return text + QString::number(vnc.port);
    }
    text += bracketed(vnc.host);
    if (vnc.port != 5900 || allDigits(vnc.host)) {
        text += QLatin1Char(':') + QString::number(vnc.port);
    }
    return text;
}

} // namespace

QByteArray CsvInventoryWriter::write(const Inventory &inventory, const QList<Device> &devices)
{
    QString out = QStringLiteral("client,site,device,address,os,exporter_url,ssh,vnc,tags,kind,notes\n");
    for (const Device &device : devices) {
        const Client *client = inventory.client(device.clientId);
        const Site *site = inventory.site(device.siteId);
        const QStringList fields{
            csvField(client ? client->name : QString()),
            csvField(site ? site->name : QString()),
            csvField(device.name),
            csvField(device.address),
            csvField(device.os),
            csvField(device.exporterUrl),
            csvField(sshField(device.ssh)),
            csvField(vncField(device.vnc)),
            csvField(device.tags.join(QLatin1Char(';'))),
            deviceKindId(device.kind),
            csvField(device.notes),
        };
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Vigil
