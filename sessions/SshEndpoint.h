// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Vigil {

// One SSH server to log in to: the device itself or a jump host on the way.
struct SshEndpoint
{
    QString host;
    int port = 22;
    QString user;          // empty: the local user name
    QString identityFile;  // private key file for public key authentication; empty: none
    QString credentialKey; // key id of the password in the SecretStore; empty: ask when needed
    QString label;         // what to call it in messages (device name or host)

    // "user@host:port" (":port" only when not 22).
    QString describe() const;
    // The SecretStore key id of a private key's passphrase: one per key file, shared by every device using it.
    static QString passphraseKeyId(const QString &identityFile);

    friend bool operator==(const SshEndpoint &, const SshEndpoint &) = default;
};

// Where a session goes: through each jump host in order (each one reached through the previous), then to the
// destination.
struct SshTarget
{
    SshEndpoint destination;
    QList<SshEndpoint> jumps;
};

} // namespace Vigil
