// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Vigil {

// Host keys in OpenSSH's known_hosts format: Vigil's own file (written) and optionally other files read only
// (~/.ssh/known_hosts). Understands plain and hashed (|1|salt|hash) host names, [host]:port for ports other than
// 22, patterns with * ? and !, comments, several keys per host and the @revoked / @cert-authority markers.
// Vigil does not accept host certificates, so a @cert-authority line never makes a key trusted; a @revoked key
// is refused wherever it is offered. Reading never fails on a bad line (it is skipped and logged); writing keeps
// every other line of the file byte for byte and replaces the file atomically.
class KnownHosts final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::KnownHosts)

public:
    enum class Verdict {
        Match,   // the offered key is on record for this host
        Unknown, // nothing is on record for this host
        Changed, // the host is on record with another key (or another key type)
        Revoked, // the offered key is marked @revoked
    };

    struct Lookup
    {
        Verdict verdict = Verdict::Unknown;
        // For Changed and Revoked: the key on record and where it is ("FILE:LINE").
        QString knownType;
        QString knownFingerprint;
        QString knownWhere;
    };

    explicit KnownHosts(QString path, QStringList readOnlyPaths = {});

    // $VIGIL_KNOWN_HOSTS, else vigil/known_hosts in the platform's data folder (next to the default database).
    static QString defaultPath();
    // ~/.ssh/known_hosts.
    static QString userKnownHostsPath();

    QString path() const;
    QStringList readOnlyPaths() const;

    Result<Lookup> lookup(const QString &host, int port, const QByteArray &keyBlob) const;
    // The key types on record for the host (first seen first), so the client can ask the server for one of them.
    QStringList knownKeyTypes(const QString &host, int port) const;
    // Appends "host keytype base64" to Vigil's file (created with mode 0600 if needed).
    Status add(const QString &host, int port, const QByteArray &keyBlob);

    // "host" for port 22, "[host]:port" otherwise: the name known_hosts files use.
    static QString hostName(const QString &host, int port);
    // "SHA256:" and the unpadded base64 SHA-256 of the key blob, as ssh-keygen -l prints it.
    static QString fingerprint(const QByteArray &keyBlob);
    // The key type named inside a key blob ("ssh-ed25519"), empty if the blob is malformed.
    static QString keyType(const QByteArray &keyBlob);

private:
    QString m_path;
    QStringList m_readOnlyPaths;
};

} // namespace Vigil
