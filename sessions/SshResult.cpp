// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshResult.h"

namespace Vigil {

bool SshResult::ok() const
{
    return failure == Failure::None;
}

QString SshResult::failureId(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("ok");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::HostUnreachable:
        return QStringLiteral("unreachable");
    case Failure::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case Failure::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case Failure::HostKeyRevoked:
        return QStringLiteral("host-key-revoked");
    case Failure::AuthFailed:
        return QStringLiteral("auth-failed");
    case Failure::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Failure::ChannelFailed:
        return QStringLiteral("channel-failed");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    case Failure::LocalError:
        return QStringLiteral("local-error");
    case Failure::ProtocolError:
        return QStringLiteral("protocol-error");
    }
    return QStringLiteral("unknown");
}

} // namespace Vigil
