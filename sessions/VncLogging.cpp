// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncLogging.h"

#include <rfb/rfbclient.h>

#include <cstdarg>
#include <cstdio>
#include <mutex>

Q_LOGGING_CATEGORY(lcVnc, "vigil.vnc", QtInfoMsg)

namespace Vigil {

namespace {

thread_local QByteArray lastMessage;

QByteArray format(const char *format, va_list args)
{
    char buffer[1024];
    const int written = std::vsnprintf(buffer, sizeof buffer, format, args);
    if (written < 0) {
        return QByteArray();
    }
    QByteArray line(buffer);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

// libvncclient never formats a password into its messages; they are logged as they come.
void logInfo(const char *formatString, ...)
{
    va_list args;
    va_start(args, formatString);
    lastMessage = format(formatString, args);
    va_end(args);
    qCInfo(lcVnc).noquote() << QString::fromLocal8Bit(lastMessage);
}

void logError(const char *formatString, ...)
{
    va_list args;
    va_start(args, formatString);
    lastMessage = format(formatString, args);
    va_end(args);
    qCWarning(lcVnc).noquote() << QString::fromLocal8Bit(lastMessage);
}

} // namespace

void installVncLibraryLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rfbEnableClientLogging = TRUE;
        rfbClientLog = &logInfo;
        rfbClientErr = &logError;
    });
}

QByteArray lastVncLibraryMessage()
{
    return lastMessage;
}

void clearVncLibraryMessage()
{
    lastMessage.clear();
}

} // namespace Vigil
