// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVnc)

namespace Vigil {

// Points libvncclient's rfbClientLog/rfbClientErr (process-wide function pointers) at the vigil.vnc category.
// Safe to call from any thread, any number of times; the pointers are set once, before the first VNC worker runs.
void installVncLibraryLogging();
// The last line libvncclient logged on the calling thread (each VNC connection has its own thread), so a failure
// can be named from what the library said.
QByteArray lastVncLibraryMessage();
void clearVncLibraryMessage();

} // namespace Vigil
