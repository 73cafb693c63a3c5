// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Vigil {

// What an SshSession does once logged in, and how strict it is on the way.
struct SshSessionOptions
{
    enum class Mode {
        Shell,   // interactive shell on a PTY (the terminal tab)
        Exec,    // one command without a PTY; stdout and stderr apart, then the exit status
        Forward, // local port forward: 127.0.0.1:listenPort → forwardHost:forwardPort as seen from the device
    };
    // What happens to a host key Vigil has never seen. A changed key is refused whatever this says.
    enum class UnknownHostKey {
        Ask,       // hostKeyUnknown() and wait for answerHostKey()
        AcceptNew, // save it and go on (vigil-cli exec --accept-new)
        Refuse,    // fail with HostKeyUnknown (vigil-cli exec without --accept-new)
    };

    Mode mode = Mode::Shell;
    UnknownHostKey unknownHostKey = UnknownHostKey::Ask;
    QString knownHostsPath;              // empty: KnownHosts::defaultPath()
    QStringList readOnlyKnownHostsPaths; // e.g. KnownHosts::userKnownHostsPath()
    int connectTimeoutSeconds = 15;
    // Shell
    QString terminalType = QStringLiteral("xterm-256color");
    int columns = 80;
    int rows = 24;
    // Exec
    QString command;
    int commandTimeoutSeconds = 0; // 0: no limit
    // Forward. listenPort 0 picks a free port (reported by SshSession::forwardListening()).
    quint16 listenPort = 0;
    QString forwardHost = QStringLiteral("127.0.0.1");
    quint16 forwardPort = 0;
    // Whether the worker may use ssh-agent when SSH_AUTH_SOCK is set.
    bool useAgent = true;
};

} // namespace Vigil
