// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalLine.h"

#include <algorithm>

namespace Vigil {

namespace {

void appendCodePoint(char32_t cp, QString &out)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(static_cast<char16_t>(cp)));
    }
}

bool isPlainBlank(const TerminalCell &cell)
{
    constexpr quint16 kVisibleOnBlank =
        TerminalCell::Reverse | TerminalCell::Underline | TerminalCell::DoubleUnderline | TerminalCell::Strike;
    return (cell.ch == 0 || cell.ch == U' ') && cell.width == 1 && cell.markCount == 0
           && (cell.flags & TerminalCell::DefaultBackground) != 0 && (cell.flags & kVisibleOnBlank) == 0;
}

} // namespace

int TerminalLine::size() const
{
    return static_cast<int>(m_cells.size());
}

bool TerminalLine::isEmpty() const
{
    return m_cells.isEmpty();
}

TerminalCell TerminalLine::at(int column) const
{
    if (column < 0 || column >= m_cells.size()) {
        return TerminalCell{};
    }
    return m_cells.at(column);
}

const QList<TerminalCell> &TerminalLine::cells() const
{
    return m_cells;
}

QList<char32_t> TerminalLine::marks(int column) const
{
    if (column < 0 || column >= m_cells.size()) {
        return {};
    }
    const TerminalCell &cell = m_cells.at(column);
    return m_marks.mid(cell.markOffset, cell.markCount);
}

QString TerminalLine::text(int column) const
{
    QString out;
    appendText(column, out);
    return out;
}

void TerminalLine::appendText(int column, QString &out) const
{
    if (column < 0 || column >= m_cells.size()) {
        return;
    }
    const TerminalCell &cell = m_cells.at(column);
    if (cell.ch == 0) {
        return;
    }
    appendCodePoint(cell.ch, out);
    for (int i = 0; i < cell.markCount; ++i) {
        appendCodePoint(m_marks.at(cell.markOffset + i), out);
    }
}

QString TerminalLine::text(int from, int to) const
{
    QString out;
    for (int column = std::max(0, from); column < to; ++column) {
        const TerminalCell c = at(column);
        if (c.width == 0) {
            continue;
        }
        if (c.ch == 0) {
            out.append(QLatin1Char(' '));
        } else {
            appendText(column, out);
        }
    }
    return out;
}

QString TerminalLine::toString() const
{
    QString out = text(0, size());
    qsizetype end = out.size();
    while (end > 0 && out.at(end - 1) == QLatin1Char(' ')) {
        --end;
    }
    out.truncate(end);
    return out;
}

void TerminalLine::reserve(int columns)
{
    m_cells.reserve(columns);
}

TerminalCell *TerminalLine::resetCells(int count, const TerminalCell &fill)
{
    m_marks.clear();
    m_cells.fill(fill, std::max(0, count));
    return m_cells.data();
}

void TerminalLine::setMarks(int column, const char32_t *marks, int markCount)
{
    if (column < 0 || column >= m_cells.size() || marks == nullptr || markCount <= 0
        || m_marks.size() + markCount > 0xffff) {
        return;
    }
    TerminalCell &cell = m_cells[column];
    cell.markOffset = static_cast<quint16>(m_marks.size());
    cell.markCount = static_cast<quint8>(std::min(markCount, 0xff));
    for (int i = 0; i < cell.markCount; ++i) {
        m_marks.append(marks[i]);
    }
}

TerminalCell *TerminalLine::mutableCells()
{
    return m_cells.data();
}

void TerminalLine::resize(int count, const TerminalCell &blank)
{
    count = std::max(0, count);
    if (count < m_cells.size()) {
        m_cells.resize(count);
        if (count > 0 && m_cells.last().width == 2) {
            m_cells.last().width = 1;
            m_cells.last().ch = 0;
            m_cells.last().markCount = 0;
        }
        return;
    }
    m_cells.reserve(count);
    while (m_cells.size() < count) {
        m_cells.append(blank);
    }
}

void TerminalLine::append(const TerminalCell &cell, const char32_t *marks, int markCount)
{
    TerminalCell stored = cell;
    stored.markCount = 0;
    stored.markOffset = 0;
    if (marks != nullptr && markCount > 0 && m_marks.size() + markCount <= 0xffff) {
        stored.markOffset = static_cast<quint16>(m_marks.size());
        stored.markCount = static_cast<quint8>(std::min(markCount, 0xff));
        for (int i = 0; i < stored.markCount; ++i) {
            m_marks.append(marks[i]);
        }
    }
    m_cells.append(stored);
}

void TerminalLine::truncate(int columns)
{
    if (columns < m_cells.size()) {
        m_cells.resize(std::max(0, columns));
    }
}

void TerminalLine::clear()
{
    m_cells.clear();
    m_marks.clear();
}

void TerminalLine::trimTrailingBlanks()
{
    qsizetype end = m_cells.size();
    while (end > 0 && isPlainBlank(m_cells.at(end - 1))) {
        --end;
    }
    m_cells.resize(end);
    // Short lines give their storage back; a line that keeps most of it keeps it for reuse.
    if (m_cells.capacity() > 2 * end + 16) {
        m_cells.squeeze();
    }
    m_marks.squeeze();
}

void TerminalLine::resolveColours(const quint32 *palette)
{
    for (TerminalCell &cell : m_cells) {
        if ((cell.flags & TerminalCell::IndexedForeground) != 0) {
            cell.foreground = palette[cell.foreground & 0xff];
            cell.flags &= ~TerminalCell::IndexedForeground;
        }
        if ((cell.flags & TerminalCell::IndexedBackground) != 0) {
            cell.background = palette[cell.background & 0xff];
            cell.flags &= ~TerminalCell::IndexedBackground;
        }
    }
}

} // namespace Vigil
