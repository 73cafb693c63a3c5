// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// How to reach a device over SSH. Credentials are referenced by key id in the OS keychain, never stored here.
struct SshSettings
{
    bool enabled = false;
    QString host; // empty: the device address
    int port = 22;
    QString user;
    QString proxyJump;
    QString identityFile;
    QString credentialKey;

    friend bool operator==(const SshSettings &, const SshSettings &) = default;
};

} // namespace Vigil
