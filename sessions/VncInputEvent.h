// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Vigil {

// Input on its way from the GUI thread to the VNC worker. Buttons are RFB's mask: 1 left, 2 middle, 4 right,
// 8 wheel up, 16 wheel down, 32 wheel left, 64 wheel right.
struct VncInputEvent
{
    enum class Kind { Pointer, Key, CutText };

    Kind kind = Kind::Pointer;
    int x = 0;
    int y = 0;
    int buttons = 0;
    quint32 keysym = 0;
    bool down = false;
    QByteArray latin1Text;
};

} // namespace Vigil
