// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshLogging.h"

namespace Vigil {

Q_LOGGING_CATEGORY(lcSsh, "vigil.ssh", QtInfoMsg)

} // namespace Vigil
