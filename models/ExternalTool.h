// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// A technician's own tool, launched on a device from a command template (see CommandTemplate).
struct ExternalTool
{
    QString name;
    QString commandTemplate;

    friend bool operator==(const ExternalTool &, const ExternalTool &) = default;
};

} // namespace Vigil
