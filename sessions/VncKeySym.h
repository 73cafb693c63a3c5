// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Vigil {

// X keysyms that Vigil sends itself (RFB key events carry X11 keysyms).
namespace KeySym {
constexpr quint32 BackSpace = 0xff08;
constexpr quint32 Tab = 0xff09;
constexpr quint32 Return = 0xff0d;
constexpr quint32 Escape = 0xff1b;
constexpr quint32 Delete = 0xffff;
constexpr quint32 Home = 0xff50;
constexpr quint32 Left = 0xff51;
constexpr quint32 Up = 0xff52;
constexpr quint32 Right = 0xff53;
constexpr quint32 Down = 0xff54;
constexpr quint32 PageUp = 0xff55;
constexpr quint32 PageDown = 0xff56;
constexpr quint32 End = 0xff57;
constexpr quint32 Insert = 0xff63;
constexpr quint32 KpEnter = 0xff8d;
constexpr quint32 F1 = 0xffbe;
constexpr quint32 ShiftL = 0xffe1;
constexpr quint32 ControlL = 0xffe3;
constexpr quint32 AltL = 0xffe9;
constexpr quint32 SuperL = 0xffeb;
} // namespace KeySym

// The X keysym for a Qt key event: special keys (arrows, F1–F35, Home, modifiers …) by key code, everything else
// by the character it types (Latin-1 directly, other Unicode as 0x01000000 + code point). With Ctrl held Qt types
// a control character, so letters and digits then come from the key code. 0 when there is no sensible keysym.
quint32 vncKeySym(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text);

} // namespace Vigil
