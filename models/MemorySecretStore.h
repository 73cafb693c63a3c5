// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace Vigil {

// A SecretStore in memory, for fast unit tests of code that uses secrets. Keeps the asynchronous contract (each
// callback is queued to its context) so tests catch callers that assume an immediate answer.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &keyId, QObject *context, ReadCallback done) override;
    void write(const QString &keyId, const QString &secret, QObject *context, StatusCallback done) override;
    void remove(const QString &keyId, QObject *context, StatusCallback done) override;
    bool isAvailable() const override;

    // Makes every later call fail as if no keychain worked (ErrorCode::Unsupported).
    void setAvailable(bool available);
    qsizetype size() const;

private:
    template<typename T>
    void reply(QObject *context, std::function<void(const T &)> done, T result);

    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace Vigil
