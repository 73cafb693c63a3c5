// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// Why a VNC connection did not start or ended without being asked to.
enum class VncFailure {
    None,
    HostNotFound,
    Refused,
    Timeout,
    Unreachable,
    PasswordRequired,
    AuthFailed,
    ProtocolError,
    ConnectionLost,
};

// A stable name for logs, scripts and tests: "refused", "timeout", "auth_failed", …
QString vncFailureName(VncFailure failure);
// What it means, translated, for the technician.
QString vncFailureText(VncFailure failure);

} // namespace Vigil
