// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncEndpoint.h"

#include "Device.h"

#include <QCoreApplication>

namespace Vigil {

QString VncEndpoint::toString() const
{
    if (host.contains(QLatin1Char(':'))) {
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    }
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

Result<VncEndpoint> directVncEndpoint(const Device &device)
{
    const char *context = "Vigil::VncEndpoint";
    if (!device.vnc.enabled) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate(context, "VNC is not set up for this device"),
                     device.name};
    }
    VncEndpoint endpoint;
    endpoint.host = device.vnc.host.isEmpty() ? device.address : device.vnc.host;
    if (endpoint.host.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate(context, "the device has neither a VNC host nor an address"),
                     device.name};
    }
    if (device.vnc.port < 1 || device.vnc.port > 65535) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate(context, "the VNC port %1 is not a TCP port").arg(device.vnc.port),
                     device.name};
    }
    endpoint.port = static_cast<quint16>(device.vnc.port);
    return endpoint;
}

} // namespace Vigil
