// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentVersions.h"

#include <QtGlobal>

#include <libssh/libssh.h>
#include <rfb/rfbconfig.h>
#include <vterm.h>

namespace Vigil {

QList<ComponentVersion> componentVersions()
{
    QList<ComponentVersion> versions;
    versions.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion())});
    // ssh_version(0) returns the runtime library's version string, not the one we compiled against.
    versions.append({QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0))});
    versions.append(
        {QStringLiteral("libvterm"), QStringLiteral("%1.%2").arg(VTERM_VERSION_MAJOR).arg(VTERM_VERSION_MINOR)});
    versions.append({QStringLiteral("libvncclient"), QStringLiteral(LIBVNCSERVER_VERSION)});
    return versions;
}

} // namespace Vigil
