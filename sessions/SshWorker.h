// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostKeyInfo.h"
#include "SshEndpoint.h"
#include "SshPrompts.h"
#include "SshResult.h"
#include "SshSessionOptions.h"

#include <QObject>

#include <memory>

namespace Vigil {

// The libssh side of an SshSession. Lives on its own QThread; every blocking libssh call happens here. Driven by
// queued slot calls from SshSession and answers with queued signals; nothing in here touches the GUI thread.
// Internal to sessions/: use SshSession.
class SshWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshWorker)

public:
    // Output chunks emitted and not yet acknowledged with outputConsumed(): above this, the channel is not read.
    static constexpr int maxChunksInFlight = 4;

    SshWorker(SshTarget target, SshSessionOptions options);
    ~SshWorker() override;

public Q_SLOTS:
    void start();
    void answerHostKey(Vigil::HostKeyDecision decision);
    // The SecretStore's answer to secretNeeded(); found false when it has nothing (or no keychain works).
    void provideSecret(const QString &keyId, const QString &secret, bool found);
    // Empty `answers` with cancelled true: the technician cancelled.
    void answerCredentials(const QStringList &answers, bool cancelled);
    void write(const QByteArray &data);
    void resize(int columns, int rows);
    void outputConsumed();
    void close();

Q_SIGNALS:
    void hostKeyUnknown(const Vigil::HostKeyInfo &key);
    void secretNeeded(const QString &keyId);
    void credentialsNeeded(const Vigil::SshPrompts &prompts);
    void connected();
    void output(const QByteArray &data, bool isStderr);
    void forwardListening(quint16 port);
    void finished(const Vigil::SshResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Vigil
