// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncKeySym.h"

#include <QList>

namespace Vigil {

namespace {

quint32 specialKeySym(int key, bool keypad)
{
    switch (key) {
    case Qt::Key_Backspace:
        return KeySym::BackSpace;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: // Shift+Tab: the Shift key event is sent separately
        return KeySym::Tab;
    case Qt::Key_Return:
        return KeySym::Return;
    case Qt::Key_Enter:
        return keypad ? KeySym::KpEnter : KeySym::Return;
    case Qt::Key_Escape:
        return KeySym::Escape;
    case Qt::Key_Insert:
        return KeySym::Insert;
    case Qt::Key_Delete:
        return KeySym::Delete;
    case Qt::Key_Pause:
        return 0xff13;
    case Qt::Key_Print:
    case Qt::Key_SysReq:
        return 0xff61;
    case Qt::Key_Home:
        return KeySym::Home;
    case Qt::Key_End:
        return KeySym::End;
    case Qt::Key_Left:
        return KeySym::Left;
    case Qt::Key_Up:
        return KeySym::Up;
    case Qt::Key_Right:
        return KeySym::Right;
    case Qt::Key_Down:
        return KeySym::Down;
    case Qt::Key_PageUp:
        return KeySym::PageUp;
    case Qt::Key_PageDown:
        return KeySym::PageDown;
    case Qt::Key_Shift:
        return KeySym::ShiftL;
    case Qt::Key_Control:
        return KeySym::ControlL;
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
        return KeySym::SuperL;
    case Qt::Key_Super_R:
        return 0xffec;
    case Qt::Key_Alt:
        return KeySym::AltL;
    case Qt::Key_AltGr:
        return 0xfe03; // ISO_Level3_Shift
    case Qt::Key_CapsLock:
        return 0xffe5;
    case Qt::Key_NumLock:
        return 0xff7f;
    case Qt::Key_ScrollLock:
        return 0xff14;
    case Qt::Key_Menu:
        return 0xff67;
    case Qt::Key_Help:
        return 0xff6a;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35) {
        return KeySym::F1 + static_cast<quint32>(key - Qt::Key_F1);
    }
    return 0;
}

quint32 keypadKeySym(int key)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        return 0xffb0 + static_cast<quint32>(key - Qt::Key_0);
    }
    switch (key) {
    case Qt::Key_Asterisk:
        return 0xffaa;
    case Qt::Key_Plus:
        return 0xffab;
    case Qt::Key_Minus:
        return 0xffad;
    case Qt::Key_Period:
        return 0xffae;
    case Qt::Key_Slash:
        return 0xffaf;
    default:
        return 0;
    }
}

quint32 characterKeySym(char32_t codePoint)
{
    if ((codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff)) {
        return codePoint;
    }
    if (codePoint > 0xff && codePoint <= 0x10ffff) {
        return 0x01000000 + codePoint;
    }
    return 0;
}

} // namespace

quint32 vncKeySym(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const bool keypad = modifiers.testFlag(Qt::KeypadModifier);
    if (const quint32 special = specialKeySym(qtKey, keypad); special != 0) {
        return special;
    }
    if (keypad) {
        if (const quint32 pad = keypadKeySym(qtKey); pad != 0) {
            return pad;
        }
    }
    if (!text.isEmpty()) {
        const QList<uint> codePoints = text.toUcs4();
        if (!codePoints.isEmpty()) {
            if (const quint32 sym = characterKeySym(codePoints.constFirst()); sym != 0) {
                return sym;
            }
        }
    }
    // No printable text (Ctrl+C types "\x03"): letters by key code, in the case Shift asks for.
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z) {
        const bool upper = modifiers.testFlag(Qt::ShiftModifier);
        return static_cast<quint32>((upper ? 'A' : 'a') + (qtKey - Qt::Key_A));
    }
    if (qtKey >= Qt::Key_Space && qtKey <= Qt::Key_AsciiTilde) {
        return static_cast<quint32>(qtKey);
    }
    return 0;
}

} // namespace Vigil
