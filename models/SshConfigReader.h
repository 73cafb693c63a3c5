// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InventoryImport.h"

#include <QByteArrayView>

namespace Vigil {

// Reads OpenSSH client configuration: each concrete Host alias becomes a device's SSH settings, with values from
// matching wildcard blocks applied the way ssh(1) does (first value wins). Include is followed.
class SshConfigReader final
{
public:
    static Result<InventoryImport> readFile(const QString &path);
    // baseDir resolves relative Include and IdentityFile paths (OpenSSH: relative to ~/.ssh).
    static Result<InventoryImport> parse(QByteArrayView data, const QString &sourceName, const QString &baseDir);
};

} // namespace Vigil
