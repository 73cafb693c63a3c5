// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace Vigil {

struct Device;

// Where the VNC client connects. Direct: the device's VNC host and port. Through an SSH tunnel: 127.0.0.1 and the
// local end of the port forward; the client does not know the difference.
struct VncEndpoint
{
    QString host;
    quint16 port = 5900;

    QString toString() const;
    friend bool operator==(const VncEndpoint &, const VncEndpoint &) = default;
};

// The direct endpoint of a device: its VNC host (else its address) and port. Errors name the device when it has
// no VNC settings or no address. It does not open tunnels: for a device with viaSshTunnel the caller opens the
// forward to this endpoint and connects to the forward's local end instead.
Result<VncEndpoint> directVncEndpoint(const Device &device);

} // namespace Vigil
