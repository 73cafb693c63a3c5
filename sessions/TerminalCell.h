// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Vigil {

// One character cell of the terminal as the view paints it. Colours are 0xRRGGBB, already resolved from the
// 256-colour palette or a truecolor SGR; a cell that uses the terminal's default colour says so with a flag so
// the view can paint it in its own palette. Combining marks that follow `ch` live in the owning TerminalLine.
struct TerminalCell
{
    enum Flag : quint16 {
        Bold = 0x0001,
        Italic = 0x0002,
        Underline = 0x0004,
        DoubleUnderline = 0x0008,
        Reverse = 0x0010,
        Strike = 0x0020,
        Blink = 0x0040,
        DefaultForeground = 0x0080,
        DefaultBackground = 0x0100,
        // Stored form only: the colour field holds a palette index, resolved when the line is read.
        IndexedForeground = 0x0200,
        IndexedBackground = 0x0400,
    };

    // First code point; 0 for a blank cell and for the right half of a wide character.
    char32_t ch = 0;
    quint32 foreground = 0;
    quint32 background = 0;
    quint16 flags = DefaultForeground | DefaultBackground;
    // 1, 2 for a wide (CJK, emoji) character, 0 for the cell covered by the wide character on its left.
    quint8 width = 1;
    // Combining code points after `ch`: TerminalLine::marks(column).
    quint8 markCount = 0;
    quint16 markOffset = 0;
};

} // namespace Vigil
