// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncFailure.h"

#include <QCoreApplication>

namespace Vigil {

QString vncFailureName(VncFailure failure)
{
    switch (failure) {
    case VncFailure::None:
        return QStringLiteral("none");
    case VncFailure::HostNotFound:
        return QStringLiteral("host_not_found");
    case VncFailure::Refused:
        return QStringLiteral("refused");
    case VncFailure::Timeout:
        return QStringLiteral("timeout");
    case VncFailure::Unreachable:
        return QStringLiteral("unreachable");
    case VncFailure::PasswordRequired:
        return QStringLiteral("password_required");
    case VncFailure::AuthFailed:
        return QStringLiteral("auth_failed");
    case VncFailure::ProtocolError:
        return QStringLiteral("protocol_error");
    case VncFailure::ConnectionLost:
        return QStringLiteral("connection_lost");
    }
    return QStringLiteral("unknown");
}

QString vncFailureText(VncFailure failure)
{
    const char *context = "Vigil::VncFailure";
    switch (failure) {
    case VncFailure::None:
        return QString();
    case VncFailure::HostNotFound:
        return QCoreApplication::translate(context, "the host name does not resolve");
    case VncFailure::Refused:
        return QCoreApplication::translate(context, "the connection was refused (no VNC server on that port?)");
    case VncFailure::Timeout:
        return QCoreApplication::translate(context, "the server did not answer in time");
    case VncFailure::Unreachable:
        return QCoreApplication::translate(context, "the host cannot be reached");
    case VncFailure::PasswordRequired:
        return QCoreApplication::translate(context, "the server asks for a password and none was given");
    case VncFailure::AuthFailed:
        return QCoreApplication::translate(context, "the server refused the password");
    case VncFailure::ProtocolError:
        return QCoreApplication::translate(context, "the server does not speak a VNC protocol Vigil understands");
    case VncFailure::ConnectionLost:
        return QCoreApplication::translate(context, "the connection to the server was lost");
    }
    return QString();
}

} // namespace Vigil
