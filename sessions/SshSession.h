// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostKeyInfo.h"
#include "SshEndpoint.h"
#include "SshPrompts.h"
#include "SshResult.h"
#include "SshSessionOptions.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace Vigil {

class SecretStore;
class SshWorker;

// One SSH connection as the GUI thread sees it: an interactive shell (the terminal tab), one command, or a local
// port forward. All libssh work runs on a worker thread; this object only passes values back and forth, so none
// of its calls blocks.
//
// Life of a session:
//  1. open() connects (through the jump hosts, each checked and logged in the same way).
//  2. An unknown host key emits hostKeyUnknown(); answer with answerHostKey(). With options.unknownHostKey set
//     to AcceptNew or Refuse there is no question. A changed or revoked key ends the session with finished()
//     (HostKeyChanged / HostKeyRevoked, both fingerprints in result.hostKey): there is no way to accept it here.
//  3. Authentication, in this order, each only if the server offers it: the identity file (its passphrase from
//     the SecretStore under SshEndpoint::passphraseKeyId(), else asked), ssh-agent (SSH_AUTH_SOCK),
//     keyboard-interactive (a lone hidden prompt is answered with the password from the SecretStore), password
//     (from the SecretStore under the endpoint's credentialKey, else asked). Questions come as
//     credentialsNeeded(); answer with answerCredentials() or cancelCredentials(). Answers are kept in memory for
//     this session only and never stored.
//  4. connected(); then dataReceived() (stdout, and the PTY's merged output in a shell) and errorReceived()
//     (stderr of a command), in order, in chunks of at most 256 KiB. Each chunk is read from the network only
//     when fewer than SshWorker::maxChunksInFlight are waiting in the GUI thread's queue, so a flood of output
//     slows the server down instead of the GUI. write() sends keys; resize() changes the PTY size.
//     In Forward mode forwardListening() gives the local port instead.
//  5. finished() exactly once: result.ok() when the remote side ended or close() was called; otherwise a named
//     failure (refused, timeout, auth failed with the methods tried, host key changed, connection lost…). For a
//     command, result.exitStatus / result.exitSignal.
// Deleting the session closes it; the worker thread finishes on its own and never blocks the caller.
class SshSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshSession)

public:
    // secrets may be null (then every secret is asked for); it must outlive the session.
    SshSession(SshTarget target, SshSessionOptions options, SecretStore *secrets, QObject *parent = nullptr);
    ~SshSession() override;

    const SshTarget &target() const;
    const SshSessionOptions &options() const;
    bool isOpen() const; // open() was called and finished() has not been emitted yet
    bool isFinished() const;

public Q_SLOTS:
    void open();
    void answerHostKey(Vigil::HostKeyDecision decision);
    void answerCredentials(const QStringList &answers);
    void cancelCredentials();
    void write(const QByteArray &data);
    void resize(int columns, int rows);
    void close();

Q_SIGNALS:
    void hostKeyUnknown(const Vigil::HostKeyInfo &key);
    void credentialsNeeded(const Vigil::SshPrompts &prompts);
    void connected();
    void dataReceived(const QByteArray &data);
    void errorReceived(const QByteArray &data);
    void forwardListening(quint16 port);
    void finished(const Vigil::SshResult &result);

private:
    void onSecretNeeded(const QString &keyId);
    void onOutput(const QByteArray &data, bool isStderr);
    void onFinished(const SshResult &result);
    void shutDownWorker();

    SshTarget m_target;
    SshSessionOptions m_options;
    QPointer<SecretStore> m_secrets;
    QThread *m_thread = nullptr;
    SshWorker *m_worker = nullptr;
    bool m_opened = false;
    bool m_finished = false;
};

} // namespace Vigil
