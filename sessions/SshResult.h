// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostKeyInfo.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vigil {

// How an SSH session, command or tunnel ended.
struct SshResult
{
    enum class Failure {
        None,            // ended normally (the remote side closed, or close() was called)
        Refused,         // nothing listens on the port
        Timeout,         // no answer within the connect timeout, or the command's time ran out
        HostUnreachable, // name not resolved, no route
        HostKeyUnknown,  // unknown host key refused (by the technician or the non-interactive policy)
        HostKeyChanged,  // the host is on record with another key or key type: never accepted
        HostKeyRevoked,  // the key is marked @revoked
        AuthFailed,      // every method tried was rejected; methodsTried lists them
        ConnectionLost,  // the connection broke after it was set up
        ChannelFailed,   // the server refused the shell, command or tunnel
        Cancelled,       // the technician cancelled a question (host key, password)
        LocalError,      // known_hosts unreadable, key file unreadable, port forward cannot listen…
        ProtocolError,   // anything else libssh reports
    };

    Failure failure = Failure::None;
    QString message;     // translated, names the endpoint
    QString endpoint;    // "user@host:port" the failure is about (a jump host, or the device)
    HostKeyInfo hostKey; // for the host key failures: the offered key and the one on record
    QStringList methodsTried;
    int exitStatus = -1; // the remote command's exit status, -1 when none was sent
    QString exitSignal;  // "TERM", "KILL"… when the remote command was killed by a signal

    bool ok() const;
    // A stable name for logs and the session log: "ok", "refused", "timeout", "host-key-changed"…
    static QString failureId(Failure failure);
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::SshResult)
