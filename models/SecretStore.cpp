// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

namespace Vigil {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

bool SecretStore::isAvailable() const
{
    return true;
}

Error SecretStore::notFoundError(const QString &keyId)
{
    return Error{ErrorCode::NotFound, tr("no secret is stored under this key"), keyId};
}

Error SecretStore::invalidKeyError()
{
    return Error{ErrorCode::InvalidInput, tr("a secret needs a non-empty key id"), QString()};
}

} // namespace Vigil
