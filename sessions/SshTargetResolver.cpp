// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTargetResolver.h"

#include "Inventory.h"

namespace Vigil {

namespace {

SshEndpoint endpointOf(const Device &device)
{
    SshEndpoint e;
    e.host = device.ssh.host.isEmpty() ? device.address : device.ssh.host;
    e.port = device.ssh.port;
    e.user = device.ssh.user;
    e.identityFile = device.ssh.identityFile;
    e.credentialKey = device.ssh.credentialKey;
    e.label = device.name;
    return e;
}

const Device *findDevice(const Inventory &inventory, const QString &name, qint64 clientId)
{
    const Device *other = nullptr;
    int others = 0;
    for (const Device &device : inventory.devices) {
        if (device.name.compare(name, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (device.clientId == clientId) {
            return &device;
        }
        other = &device;
        ++others;
    }
    return others == 1 ? other : nullptr;
}

} // namespace

Result<SshEndpoint> SshTargetResolver::parseHop(const QString &text)
{
    QString rest = text.trimmed();
    SshEndpoint hop;
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        hop.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return Error{ErrorCode::Parse, tr("a jump host address lacks its closing bracket"), text};
        }
        hop.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':'))) {
            portText = after.mid(1);
        } else if (!after.isEmpty()) {
            return Error{ErrorCode::Parse, tr("unexpected text after the jump host address"), text};
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        hop.host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        hop.host = rest;
    }
    if (hop.host.isEmpty()) {
        return Error{ErrorCode::Parse, tr("a jump host needs a host name"), text};
    }
    if (!portText.isNull()) {
        bool ok = false;
        hop.port = portText.toInt(&ok);
        if (!ok || hop.port < 1 || hop.port > 65535) {
            return Error{ErrorCode::Parse, tr("the jump host port must be a number from 1 to 65535"), text};
        }
    }
    hop.label = hop.host;
    return hop;
}

Result<SshTarget> SshTargetResolver::resolve(const Device &device, const Inventory &inventory)
{
    if (!device.ssh.enabled) {
        return Error{ErrorCode::InvalidInput, tr("SSH is not enabled for this device"), device.name};
    }
    SshTarget target;
    target.destination = endpointOf(device);
    if (target.destination.host.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("the device has neither an SSH host nor an address"), device.name};
    }
    const QString jumpText = device.ssh.proxyJump.trimmed();
    if (jumpText.isEmpty() || jumpText.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return target;
    }
    for (const QString &part : jumpText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Result<SshEndpoint> parsed = parseHop(part);
        if (!parsed) {
            Error error = parsed.error();
            error.where = device.name + QStringLiteral(": ProxyJump ") + error.where;
            return error;
        }
        SshEndpoint hop = parsed.value();
        const Device *jumpDevice = findDevice(inventory, hop.host, device.clientId);
        if (jumpDevice && jumpDevice->id == device.id) {
            return Error{ErrorCode::InvalidInput, tr("the device is its own jump host"), device.name};
        }
        if (jumpDevice) {
            SshEndpoint fromDevice = endpointOf(*jumpDevice);
            if (fromDevice.host.isEmpty()) {
                fromDevice.host = hop.host;
            }
            if (!hop.user.isEmpty()) {
                fromDevice.user = hop.user;
            }
            if (part.contains(QLatin1Char(':'))) {
                fromDevice.port = hop.port;
            }
            hop = fromDevice;
        }
        target.jumps.append(hop);
    }
    return target;
}

} // namespace Vigil
