// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TerminalCell.h"

#include <QList>
#include <QString>

namespace Vigil {

// One row of terminal cells, from the screen or the scrollback. Cells past size() are blank in default colours:
// scrollback lines are stored without their trailing blanks.
class TerminalLine final
{
public:
    int size() const;
    bool isEmpty() const;
    // The cell at `column`; a blank default cell past the end.
    TerminalCell at(int column) const;
    const QList<TerminalCell> &cells() const;
    // The combining code points stored after the cell's first one.
    QList<char32_t> marks(int column) const;
    // The characters of the cell (first code point and combining marks); empty for blanks and wide-char halves.
    QString text(int column) const;
    void appendText(int column, QString &out) const;
    // The text of columns [from, to): blanks become spaces, right halves of wide chars are skipped.
    QString text(int from, int to) const;
    // The whole line as text with trailing spaces removed.
    QString toString() const;

    void reserve(int columns);
    // Makes the line `count` cells of `fill` without marks, reusing its storage, and returns the cells for
    // writing (the scrollback recycles its oldest line this way instead of allocating one per line).
    TerminalCell *resetCells(int count, const TerminalCell &fill = TerminalCell{});
    void setMarks(int column, const char32_t *marks, int markCount);
    // The cells for writing in place (the screen's own rows).
    TerminalCell *mutableCells();
    // Pads with `blank` or cuts to `count` cells.
    void resize(int count, const TerminalCell &blank);
    void append(const TerminalCell &cell, const char32_t *marks = nullptr, int markCount = 0);
    void truncate(int columns);
    void clear();
    // Drops trailing cells that are blank in default colours and carry no attribute.
    void trimTrailingBlanks();
    // Gives every cell resolved 0xRRGGBB colours through `palette` (256 entries).
    void resolveColours(const quint32 *palette);

private:
    QList<TerminalCell> m_cells;
    QList<char32_t> m_marks;
};

} // namespace Vigil
