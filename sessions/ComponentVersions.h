// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Vigil {

struct ComponentVersion
{
    QString name;
    QString version;
};

// The libraries Vigil runs on, as `--version` and the About dialog report them (what a support ticket needs).
QList<ComponentVersion> componentVersions();

} // namespace Vigil
