// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <deque>
#include <memory>

namespace QKeychain {
class Job;
}

namespace Vigil {

// The SecretStore of the operating system's keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through QtKeychain. Entries are namespaced: service "Vigil" or "Vigil/<profile>", key =
// key id. Jobs run one at a time in call order, so a read after a write sees it. There is no insecure fallback:
// when no keychain works the calls fail with ErrorCode::Unsupported and nothing is written anywhere else.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &profile = QString(), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &keyId, QObject *context, ReadCallback done) override;
    void write(const QString &keyId, const QString &secret, QObject *context, StatusCallback done) override;
    void remove(const QString &keyId, QObject *context, StatusCallback done) override;
    bool isAvailable() const override;

    // "Vigil" or "Vigil/<profile>".
    QString service() const;
    // Operations queued or running.
    qsizetype pendingCount() const;

private:
    struct Operation;

    void enqueue(std::unique_ptr<Operation> operation);
    void startNext();
    void onJobFinished(QKeychain::Job *job);
    Error jobError(const QKeychain::Job &job, const Operation &operation);

    QString m_service;
    std::deque<std::unique_ptr<Operation>> m_queue;
    std::unique_ptr<Operation> m_running;
    QKeychain::Job *m_job = nullptr;
    bool m_backendMissing = false;
};

} // namespace Vigil
