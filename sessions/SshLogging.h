// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Vigil {

// "vigil.ssh": SSH connections, host keys, tunnels. Never log a secret, a prompt answer or terminal data.
Q_DECLARE_LOGGING_CATEGORY(lcSsh)

} // namespace Vigil
