// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Vigil {

// Where passwords, passphrases and tokens live. SQLite and settings hold only the key id; the secret itself goes
// through here. Every call is asynchronous: `done` runs exactly once, later from the event loop (never from inside
// the call), in the thread of `context`, and not at all if `context` is destroyed first. Error messages are
// translated and name the key id, never the secret.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // A missing entry is ErrorCode::NotFound; no working keychain is ErrorCode::Unsupported.
    virtual void read(const QString &keyId, QObject *context, ReadCallback done) = 0;
    // Creates or replaces the secret stored under keyId.
    virtual void write(const QString &keyId, const QString &secret, QObject *context, StatusCallback done) = 0;
    // Removing a key that holds nothing succeeds.
    virtual void remove(const QString &keyId, QObject *context, StatusCallback done) = 0;
    // False once the store knows that no backend works (then the UI asks for the secret per session and stores
    // nothing). True does not promise that the next call succeeds.
    virtual bool isAvailable() const;

    static Error notFoundError(const QString &keyId);
    static Error invalidKeyError();
};

} // namespace Vigil
