// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Vigil {

// A server's host key as shown to the technician. For a changed key, knownType/knownFingerprint name the key on
// record and knownWhere the file and line that holds it.
struct HostKeyInfo
{
    QString host;
    int port = 22;
    QString keyType;     // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", …
    QString fingerprint; // "SHA256:…" as OpenSSH prints it
    QByteArray keyBlob;  // the public key in SSH wire format (what known_hosts holds, base64-encoded)
    QString knownType;
    QString knownFingerprint;
    QString knownWhere;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::HostKeyInfo)

namespace Vigil {

// The technician's answer to an unknown host key.
enum class HostKeyDecision { Reject, AcceptOnce, AcceptAndSave };

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::HostKeyDecision)
