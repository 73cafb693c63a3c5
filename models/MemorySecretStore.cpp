// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include <QMetaObject>

namespace Vigil {

namespace {

Error unavailableError()
{
    return Error{ErrorCode::Unsupported,
                 MemorySecretStore::tr("no keychain is available (the in-memory store was switched off)"), QString()};
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

template<typename T>
void MemorySecretStore::reply(QObject *context, std::function<void(const T &)> done, T result)
{
    if (!done) {
        return;
    }
    // A queued call to the context: later, in its thread, and dropped if the context is destroyed first.
    QMetaObject::invokeMethod(
        context ? context : this, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &keyId, QObject *context, ReadCallback done)
{
    if (keyId.isEmpty()) {
        reply<Result<QString>>(context, std::move(done), invalidKeyError());
    } else if (!m_available) {
        reply<Result<QString>>(context, std::move(done), unavailableError());
    } else if (const auto it = m_secrets.constFind(keyId); it != m_secrets.cend()) {
        reply<Result<QString>>(context, std::move(done), *it);
    } else {
        reply<Result<QString>>(context, std::move(done), notFoundError(keyId));
    }
}

void MemorySecretStore::write(const QString &keyId, const QString &secret, QObject *context, StatusCallback done)
{
    if (keyId.isEmpty()) {
        reply<Status>(context, std::move(done), invalidKeyError());
    } else if (!m_available) {
        reply<Status>(context, std::move(done), unavailableError());
    } else {
        m_secrets.insert(keyId, secret);
        reply<Status>(context, std::move(done), Status());
    }
}

void MemorySecretStore::remove(const QString &keyId, QObject *context, StatusCallback done)
{
    if (keyId.isEmpty()) {
        reply<Status>(context, std::move(done), invalidKeyError());
    } else if (!m_available) {
        reply<Status>(context, std::move(done), unavailableError());
    } else {
        m_secrets.remove(keyId);
        reply<Status>(context, std::move(done), Status());
    }
}

bool MemorySecretStore::isAvailable() const
{
    return m_available;
}

void MemorySecretStore::setAvailable(bool available)
{
    m_available = available;
}

qsizetype MemorySecretStore::size() const
{
    return m_secrets.size();
}

} // namespace Vigil
