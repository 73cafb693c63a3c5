// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

struct VncSettings
{
    bool enabled = false;
    QString host; // empty: the device address
    int port = 5900;
    bool viaSshTunnel = false;
    QString credentialKey;

    friend bool operator==(const VncSettings &, const VncSettings &) = default;
};

} // namespace Vigil
