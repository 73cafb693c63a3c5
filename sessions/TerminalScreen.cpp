// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalScreen.h"

#include <QElapsedTimer>
#include <QTimer>

#include <vterm.h>

#include <algorithm>

namespace Vigil {

namespace {

// A slice of input is parsed between two looks at the clock; a turn of the event loop parses for at most
// kParseBudgetMs, so a flood of output leaves the GUI thread free to paint and read keys ~60 times a second.
constexpr qsizetype kParseSlice = 16 * 1024;
constexpr qint64 kParseBudgetMs = 8;
constexpr int kMaxDimension = 1000;
constexpr char kEscape = '\x1b';

// The 16 ANSI colours, chosen to stay readable on both a light and a dark default background.
constexpr std::array<quint32, 16> kAnsiColours = {
    0x202020, 0xc4262e, 0x2e9a4f, 0xb8860b, 0x2257b5, 0x9c3fb0, 0x1f9aa8, 0xc8c8c8,
    0x686868, 0xef5350, 0x4cc671, 0xe6c229, 0x5a8ff0, 0xcf6fe0, 0x45c8d8, 0xf4f4f4,
};

VTermModifier toVTermModifier(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier) {
        mod |= VTERM_MOD_SHIFT;
    }
    if (modifiers & Qt::AltModifier) {
        mod |= VTERM_MOD_ALT;
    }
    if (modifiers & Qt::ControlModifier) {
        mod |= VTERM_MOD_CTRL;
    }
    return static_cast<VTermModifier>(mod);
}

quint32 rgbOf(const VTermColor &colour)
{
    return (quint32{colour.rgb.red} << 16) | (quint32{colour.rgb.green} << 8) | quint32{colour.rgb.blue};
}

// The control byte xterm sends for Ctrl with this key, or -1.
int controlByte(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z) {
        return key - Qt::Key_A + 1;
    }
    switch (key) {
    case Qt::Key_At:
    case Qt::Key_Space:
    case Qt::Key_2:
        return 0x00;
    case Qt::Key_BracketLeft:
    case Qt::Key_3:
        return 0x1b;
    case Qt::Key_Backslash:
    case Qt::Key_4:
        return 0x1c;
    case Qt::Key_BracketRight:
    case Qt::Key_5:
        return 0x1d;
    case Qt::Key_AsciiCircum:
    case Qt::Key_6:
        return 0x1e;
    case Qt::Key_Underscore:
    case Qt::Key_Slash:
    case Qt::Key_7:
        return 0x1f;
    case Qt::Key_Question:
    case Qt::Key_8:
        return 0x7f;
    default:
        return -1;
    }
}

VTermKey vtermKey(int key, Qt::KeyboardModifiers modifiers)
{
    const bool keypad = (modifiers & Qt::KeypadModifier) != 0;
    // Keypad Enter stays Enter: libvterm 0.1.4 would send LF for it outside application keypad mode.
    if (keypad) {
        if (key >= Qt::Key_0 && key <= Qt::Key_9) {
            return static_cast<VTermKey>(VTERM_KEY_KP_0 + (key - Qt::Key_0));
        }
        switch (key) {
        case Qt::Key_Asterisk:
            return VTERM_KEY_KP_MULT;
        case Qt::Key_Plus:
            return VTERM_KEY_KP_PLUS;
        case Qt::Key_Comma:
            return VTERM_KEY_KP_COMMA;
        case Qt::Key_Minus:
            return VTERM_KEY_KP_MINUS;
        case Qt::Key_Period:
            return VTERM_KEY_KP_PERIOD;
        case Qt::Key_Slash:
            return VTERM_KEY_KP_DIVIDE;
        case Qt::Key_Equal:
            return VTERM_KEY_KP_EQUAL;
        default:
            break;
        }
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35) {
        return static_cast<VTermKey>(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        return VTERM_KEY_NONE;
    }
}

void applyColour(const VTermColor &colour, bool foreground, TerminalCell &pen)
{
    const quint16 defaultFlag = foreground ? TerminalCell::DefaultForeground : TerminalCell::DefaultBackground;
    const quint16 indexedFlag = foreground ? TerminalCell::IndexedForeground : TerminalCell::IndexedBackground;
    quint32 &value = foreground ? pen.foreground : pen.background;
    pen.flags &= static_cast<quint16>(~(defaultFlag | indexedFlag));
    const bool isDefault = foreground ? VTERM_COLOR_IS_DEFAULT_FG(&colour) : VTERM_COLOR_IS_DEFAULT_BG(&colour);
    if (isDefault) {
        pen.flags |= defaultFlag;
        value = 0;
    } else if (VTERM_COLOR_IS_INDEXED(&colour)) {
        pen.flags |= indexedFlag;
        value = colour.indexed.idx;
    } else {
        value = rgbOf(colour);
    }
}

void setFlag(TerminalCell &pen, quint16 flag, bool on)
{
    if (on) {
        pen.flags |= flag;
    } else {
        pen.flags &= static_cast<quint16>(~flag);
    }
}

} // namespace

struct TerminalScreen::Callbacks
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    static int putGlyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        std::array<char32_t, VTERM_MAX_CHARS_PER_CELL + 1> chars{};
        for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && info->chars[i] != 0; ++i) {
            chars.at(static_cast<std::size_t>(i)) = info->chars[i];
        }
        self(user)->putGlyph(chars.data(), info->width, pos.row, pos.col);
        return 1;
    }

    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        TerminalScreen *screen = self(user);
        screen->m_cursor = QPoint(pos.col, pos.row);
        screen->m_cursorVisible = visible != 0;
        screen->m_cursorMoved = true;
        return 1;
    }

    static int scrollRect(VTermRect rect, int downward, int rightward, void *user)
    {
        return self(user)->scrollRect(rect.start_row, rect.end_row, rect.start_col, rect.end_col, downward, rightward)
                   ? 1
                   : 0;
    }

    static int moveRect(VTermRect dest, VTermRect src, void *user)
    {
        self(user)->moveRect(dest.start_row, dest.start_col, src.start_row, src.start_col, src.end_row - src.start_row,
                             src.end_col - src.start_col);
        return 1;
    }

    static int erase(VTermRect rect, int, void *user)
    {
        // Selective erase (DECSED/DECSEL) clears protected cells too: nothing here marks cells protected.
        self(user)->eraseRect(rect.start_row, rect.end_row, rect.start_col, rect.end_col);
        return 1;
    }

    static int initPen(void *user)
    {
        self(user)->m_pen = TerminalCell{};
        return 1;
    }

    static int setPenAttr(VTermAttr attr, VTermValue *value, void *user)
    {
        TerminalCell &pen = self(user)->m_pen;
        switch (attr) {
        case VTERM_ATTR_BOLD:
            setFlag(pen, TerminalCell::Bold, value->boolean != 0);
            break;
        case VTERM_ATTR_ITALIC:
            setFlag(pen, TerminalCell::Italic, value->boolean != 0);
            break;
        case VTERM_ATTR_BLINK:
            setFlag(pen, TerminalCell::Blink, value->boolean != 0);
            break;
        case VTERM_ATTR_REVERSE:
            setFlag(pen, TerminalCell::Reverse, value->boolean != 0);
            break;
        case VTERM_ATTR_STRIKE:
            setFlag(pen, TerminalCell::Strike, value->boolean != 0);
            break;
        case VTERM_ATTR_UNDERLINE:
            setFlag(pen, TerminalCell::DoubleUnderline, value->number == VTERM_UNDERLINE_DOUBLE);
            setFlag(pen, TerminalCell::Underline,
                    value->number != VTERM_UNDERLINE_OFF && value->number != VTERM_UNDERLINE_DOUBLE);
            break;
        case VTERM_ATTR_FOREGROUND:
            applyColour(value->color, true, pen);
            break;
        case VTERM_ATTR_BACKGROUND:
            applyColour(value->color, false, pen);
            break;
        default:
            break;
        }
        return 1;
    }

    static int setTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalScreen *screen = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            screen->m_cursorVisible = value->boolean != 0;
            screen->m_cursorMoved = true;
            break;
        case VTERM_PROP_CURSORBLINK:
            screen->m_cursorBlinks = value->boolean != 0;
            screen->m_cursorMoved = true;
            break;
        case VTERM_PROP_CURSORSHAPE:
            screen->m_cursorShape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE  ? CursorShape::Underline
                                    : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT ? CursorShape::Bar
                                                                                       : CursorShape::Block;
            screen->m_cursorMoved = true;
            break;
        case VTERM_PROP_ALTSCREEN: {
            const bool on = value->boolean != 0;
            if (on == screen->m_alternateScreen) {
                break;
            }
            screen->m_alternateScreen = on;
            screen->m_buffer = on ? &screen->m_alternate : &screen->m_primary;
            if (on) {
                for (TerminalLine &line : screen->m_alternate) {
                    screen->blankLine(line);
                }
            }
            screen->m_alternateScreenPending = true;
            screen->markDamage(0, screen->m_rows, 0, screen->m_columns);
            break;
        }
        case VTERM_PROP_REVERSE:
            screen->m_globalReverse = value->boolean != 0;
            screen->markDamage(0, screen->m_rows, 0, screen->m_columns);
            break;
        case VTERM_PROP_TITLE:
            screen->m_title = QString::fromUtf8(value->string);
            screen->m_titlePending = true;
            break;
        case VTERM_PROP_MOUSE:
            screen->m_mouseMode = value->number == VTERM_PROP_MOUSE_CLICK  ? MouseMode::Click
                                  : value->number == VTERM_PROP_MOUSE_DRAG ? MouseMode::Drag
                                  : value->number == VTERM_PROP_MOUSE_MOVE ? MouseMode::Move
                                                                           : MouseMode::None;
            break;
        default:
            break;
        }
        return 1;
    }

    static int bell(void *user)
    {
        self(user)->m_bellPending = true;
        return 1;
    }

    static int resize(int rows, int columns, VTermPos *delta, void *user)
    {
        int cursorRowDelta = 0;
        self(user)->resizeBuffers(rows, columns, cursorRowDelta);
        if (delta != nullptr) {
            delta->row += cursorRowDelta;
        }
        return 1;
    }

    static int setLineInfo(int, const VTermLineInfo *, const VTermLineInfo *, void *) { return 1; }

    static void output(const char *bytes, size_t length, void *user)
    {
        TerminalScreen *screen = self(user);
        screen->m_output.append(bytes, static_cast<qsizetype>(length));
        if (screen->m_outputDepth == 0) {
            screen->beginOutput();
            screen->endOutput();
        }
    }

    static const VTermStateCallbacks *table()
    {
        static const VTermStateCallbacks callbacks = {
            &putGlyph,   &moveCursor,  &scrollRect, &moveRect, &erase,       &initPen,
            &setPenAttr, &setTermProp, &bell,       &resize,   &setLineInfo,
        };
        return &callbacks;
    }
};

TerminalScreen::TerminalScreen(int columns, int rows, QObject *parent)
    : QObject(parent)
    , m_parseTimer(new QTimer(this))
    , m_columns(std::clamp(columns, 1, kMaxDimension))
    , m_rows(std::clamp(rows, 1, kMaxDimension))
{
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(0);
    connect(m_parseTimer, &QTimer::timeout, this, &TerminalScreen::parseSlice);
    setDefaultPalette();
    m_primary.resize(static_cast<std::size_t>(m_rows));
    m_alternate.resize(static_cast<std::size_t>(m_rows));
    for (TerminalLine &line : m_primary) {
        blankLine(line);
    }
    for (TerminalLine &line : m_alternate) {
        blankLine(line);
    }

    m_vterm = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, &Callbacks::output, this);
    m_state = vterm_obtain_state(m_vterm);
    vterm_state_set_callbacks(m_state, Callbacks::table(), this);
    // Bold with one of the 8 basic colours shows its bright variant, as xterm does by default.
    vterm_state_set_bold_highbright(m_state, 1);
    vterm_state_reset(m_state, 1);
    m_damageStartRow = m_damageEndRow = 0;
    m_sizePending = false;
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(m_vterm);
}

int TerminalScreen::columns() const
{
    return m_columns;
}

int TerminalScreen::rows() const
{
    return m_rows;
}

void TerminalScreen::resize(int columns, int rows)
{
    columns = std::clamp(columns, 1, kMaxDimension);
    rows = std::clamp(rows, 1, kMaxDimension);
    if (columns == m_columns && rows == m_rows) {
        return;
    }
    // Output queued before the resize was written for the old size.
    processPending();
    beginOutput();
    vterm_set_size(m_vterm, rows, columns);
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    m_cursor = QPoint(pos.col, pos.row);
    m_cursorMoved = true;
    markDamage(0, m_rows, 0, m_columns);
    endOutput();
    flushSignals();
}

TerminalCell TerminalScreen::blankCell() const
{
    // Erased cells take the pen's colours (xterm's background colour erase), not its other attributes.
    constexpr quint16 kColourFlags = TerminalCell::DefaultForeground | TerminalCell::DefaultBackground
                                     | TerminalCell::IndexedForeground | TerminalCell::IndexedBackground;
    TerminalCell blank;
    blank.foreground = m_pen.foreground;
    blank.background = m_pen.background;
    blank.flags = m_pen.flags & kColourFlags;
    return blank;
}

void TerminalScreen::blankLine(TerminalLine &line) const
{
    line.resetCells(m_columns, blankCell());
}

void TerminalScreen::putGlyph(const char32_t *chars, int width, int row, int column)
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns) {
        return;
    }
    TerminalLine &line = (*m_buffer)[static_cast<std::size_t>(row)];
    TerminalCell *cells = line.mutableCells();
    const TerminalCell blank = blankCell();
    width = width == 2 && column + 1 < m_columns ? 2 : 1;
    // Writing over half of a wide character erases its other half.
    if (cells[column].width == 0 && column > 0) {
        cells[column - 1] = blank;
    }
    const int last = column + width - 1;
    if (cells[last].width == 2 && last + 1 < m_columns) {
        cells[last + 1] = blank;
    }
    TerminalCell &cell = cells[column];
    cell = m_pen;
    cell.ch = chars[0];
    cell.width = static_cast<quint8>(width);
    cell.markCount = 0;
    cell.markOffset = 0;
    if (width == 2) {
        TerminalCell &right = cells[column + 1];
        right = m_pen;
        right.ch = 0;
        right.width = 0;
    }
    int markCount = 0;
    while (markCount < VTERM_MAX_CHARS_PER_CELL - 1 && chars[1 + markCount] != 0) {
        ++markCount;
    }
    if (markCount > 0) {
        line.setMarks(column, chars + 1, markCount);
    }
    markDamage(row, row + 1, column, column + width);
}

void TerminalScreen::pushToScrollback(TerminalLine &line)
{
    ++m_linesScrolledOff;
    ++m_scrollbackDelta;
    if (m_scrollbackLimit <= 0) {
        return;
    }
    TerminalLine recycled;
    if (static_cast<int>(m_scrollback.size()) >= m_scrollbackLimit) {
        recycled = std::move(m_scrollback.front());
        m_scrollback.pop_front();
    }
    line.trimTrailingBlanks();
    m_scrollback.push_back(std::move(line));
    line = std::move(recycled);
}

bool TerminalScreen::scrollRect(int startRow, int endRow, int startColumn, int endColumn, int downward, int rightward)
{
    if (rightward != 0 || startColumn != 0 || endColumn != m_columns || startRow < 0 || endRow > m_rows) {
        // Sideways or partial-width scrolls: libvterm falls back to moveRect and eraseRect.
        return false;
    }
    const int height = endRow - startRow;
    if (std::abs(downward) >= height) {
        if (downward > 0 && startRow == 0 && m_buffer == &m_primary) {
            for (int row = startRow; row < endRow; ++row) {
                pushToScrollback((*m_buffer)[static_cast<std::size_t>(row)]);
            }
        }
        eraseRect(startRow, endRow, startColumn, endColumn);
        return true;
    }
    auto first = m_buffer->begin() + startRow;
    auto end = m_buffer->begin() + endRow;
    if (downward > 0) {
        if (startRow == 0 && m_buffer == &m_primary) {
            for (int row = 0; row < downward; ++row) {
                pushToScrollback((*m_buffer)[static_cast<std::size_t>(row)]);
            }
        }
        std::rotate(first, first + downward, end);
        for (int row = endRow - downward; row < endRow; ++row) {
            blankLine((*m_buffer)[static_cast<std::size_t>(row)]);
        }
    } else {
        const int up = -downward;
        std::rotate(first, end - up, end);
        for (int row = startRow; row < startRow + up; ++row) {
            blankLine((*m_buffer)[static_cast<std::size_t>(row)]);
        }
    }
    markDamage(startRow, endRow, 0, m_columns);
    return true;
}

void TerminalScreen::moveRect(int destRow, int destColumn, int srcRow, int srcColumn, int rows, int columns)
{
    if (rows <= 0 || columns <= 0) {
        return;
    }
    std::vector<TerminalLine> &buffer = *m_buffer;
    const bool wholeLines = srcColumn == 0 && destColumn == 0 && columns == m_columns;
    // Copy in the order that never reads a cell already overwritten.
    const bool down = destRow > srcRow;
    for (int i = 0; i < rows; ++i) {
        const int offset = down ? rows - 1 - i : i;
        const int from = srcRow + offset;
        const int to = destRow + offset;
        if (from < 0 || from >= m_rows || to < 0 || to >= m_rows) {
            continue;
        }
        if (wholeLines) {
            buffer[static_cast<std::size_t>(to)] = buffer[static_cast<std::size_t>(from)];
            continue;
        }
        const TerminalLine source = buffer[static_cast<std::size_t>(from)];
        TerminalLine &target = buffer[static_cast<std::size_t>(to)];
        TerminalCell *cells = target.mutableCells();
        for (int column = 0; column < columns; ++column) {
            const int sourceColumn = srcColumn + column;
            const int targetColumn = destColumn + column;
            if (sourceColumn < 0 || sourceColumn >= m_columns || targetColumn < 0 || targetColumn >= m_columns) {
                continue;
            }
            cells[targetColumn] = source.at(sourceColumn);
            cells[targetColumn].markCount = 0;
            const QList<char32_t> marks = source.marks(sourceColumn);
            if (!marks.isEmpty()) {
                target.setMarks(targetColumn, marks.constData(), static_cast<int>(marks.size()));
            }
        }
    }
    markDamage(destRow, destRow + rows, destColumn, destColumn + columns);
}

void TerminalScreen::eraseRect(int startRow, int endRow, int startColumn, int endColumn)
{
    startRow = std::max(0, startRow);
    endRow = std::min(m_rows, endRow);
    startColumn = std::max(0, startColumn);
    endColumn = std::min(m_columns, endColumn);
    const TerminalCell blank = blankCell();
    for (int row = startRow; row < endRow; ++row) {
        TerminalLine &line = (*m_buffer)[static_cast<std::size_t>(row)];
        if (startColumn == 0 && endColumn == m_columns) {
            blankLine(line);
            continue;
        }
        TerminalCell *cells = line.mutableCells();
        std::fill(cells + startColumn, cells + endColumn, blank);
        // A wide character cut by the erase loses its other half too.
        if (startColumn > 0 && cells[startColumn - 1].width == 2) {
            cells[startColumn - 1] = blank;
        }
        if (endColumn < m_columns && cells[endColumn].width == 0) {
            cells[endColumn] = blank;
        }
    }
    markDamage(startRow, endRow, startColumn, endColumn);
}

void TerminalScreen::resizeBuffers(int rows, int columns, int &cursorRowDelta)
{
    const TerminalCell blank{};
    for (std::vector<TerminalLine> *buffer : {&m_primary, &m_alternate}) {
        for (TerminalLine &line : *buffer) {
            line.resize(columns, blank);
        }
    }
    // Scrollback lines keep their width: a window narrowed for a moment does not cut the history.
    VTermPos cursor;
    vterm_state_get_cursorpos(m_state, &cursor);
    const bool primaryActive = m_buffer == &m_primary;
    const auto makeBlank = [columns, &blank] {
        TerminalLine line;
        line.resize(columns, blank);
        return line;
    };

    const int oldRows = static_cast<int>(m_primary.size());
    if (rows < oldRows) {
        int remove = oldRows - rows;
        // Blank lines below the cursor go first (any blank bottom line while a full-screen program has the
        // alternate screen); then lines leave the top for the scrollback.
        const int keepRow = primaryActive ? cursor.row : -1;
        while (remove > 0 && static_cast<int>(m_primary.size()) - 1 > keepRow
               && m_primary.back().toString().isEmpty()) {
            m_primary.pop_back();
            --remove;
        }
        for (int i = 0; i < remove; ++i) {
            pushToScrollback(m_primary.front());
            m_primary.erase(m_primary.begin());
        }
        if (primaryActive) {
            cursorRowDelta -= remove;
        }
    } else if (rows > oldRows) {
        int add = rows - oldRows;
        int pulled = 0;
        while (add > 0 && !m_scrollback.empty()) {
            TerminalLine line = std::move(m_scrollback.back());
            m_scrollback.pop_back();
            line.resize(columns, blank);
            m_primary.insert(m_primary.begin(), std::move(line));
            --m_linesScrolledOff;
            ++m_scrollbackDelta;
            --add;
            ++pulled;
        }
        for (int i = 0; i < add; ++i) {
            m_primary.push_back(makeBlank());
        }
        if (primaryActive) {
            cursorRowDelta += pulled;
        }
    }
    if (rows < static_cast<int>(m_alternate.size())) {
        const int remove = static_cast<int>(m_alternate.size()) - rows;
        // Keep the rows around the cursor of a full-screen program; it repaints after SIGWINCH anyway.
        const int fromTop = primaryActive ? 0 : std::clamp(cursor.row - rows + 1, 0, remove);
        m_alternate.erase(m_alternate.begin(), m_alternate.begin() + fromTop);
        m_alternate.resize(static_cast<std::size_t>(rows));
        if (!primaryActive) {
            cursorRowDelta -= fromTop;
        }
    }
    while (static_cast<int>(m_alternate.size()) < rows) {
        m_alternate.push_back(makeBlank());
    }
    m_rows = rows;
    m_columns = columns;
    m_sizePending = true;
    markDamage(0, m_rows, 0, m_columns);
}

void TerminalScreen::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    m_pending.push_back(bytes);
    m_pendingBytes += bytes.size();
    if (!m_parseTimer->isActive() && !m_parsing) {
        parseSlice();
    }
}

void TerminalScreen::processPending()
{
    if (m_parsing) {
        return;
    }
    m_parseTimer->stop();
    parse(-1);
    flushSignals();
}

qsizetype TerminalScreen::pendingBytes() const
{
    return m_pendingBytes;
}

void TerminalScreen::parse(qint64 budgetMs)
{
    m_parsing = true;
    beginOutput();
    QElapsedTimer clock;
    clock.start();
    while (!m_pending.empty()) {
        const QByteArray &chunk = m_pending.front();
        const qsizetype length = std::min(kParseSlice, chunk.size() - m_pendingOffset);
        vterm_input_write(m_vterm, chunk.constData() + m_pendingOffset, static_cast<size_t>(length));
        syncCursor();
        m_pendingOffset += length;
        m_pendingBytes -= length;
        if (m_pendingOffset >= chunk.size()) {
            m_pending.pop_front();
            m_pendingOffset = 0;
        }
        if (budgetMs >= 0 && clock.elapsed() >= budgetMs) {
            break;
        }
    }
    m_parsing = false;
    endOutput();
}

void TerminalScreen::syncCursor()
{
    // libvterm 0.1.4 reports a restored cursor (DECRC, leaving the alternate screen) as saved, even when the screen
    // shrank since and its state holds the position fitted to the new size: the state is the truth.
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    const QPoint cursor(std::clamp(pos.col, 0, m_columns - 1), std::clamp(pos.row, 0, m_rows - 1));
    if (cursor != m_cursor) {
        m_cursor = cursor;
        m_cursorMoved = true;
    }
}

void TerminalScreen::parseSlice()
{
    if (m_parsing) {
        return;
    }
    parse(kParseBudgetMs);
    if (!m_pending.empty()) {
        m_parseTimer->start();
    }
    flushSignals();
}

void TerminalScreen::markDamage(int startRow, int endRow, int startColumn, int endColumn)
{
    if (endRow <= startRow || endColumn <= startColumn) {
        return;
    }
    if (m_damageEndRow <= m_damageStartRow) {
        m_damageStartRow = startRow;
        m_damageEndRow = endRow;
        m_damageStartColumn = startColumn;
        m_damageEndColumn = endColumn;
        return;
    }
    m_damageStartRow = std::min(m_damageStartRow, startRow);
    m_damageEndRow = std::max(m_damageEndRow, endRow);
    m_damageStartColumn = std::min(m_damageStartColumn, startColumn);
    m_damageEndColumn = std::max(m_damageEndColumn, endColumn);
}

void TerminalScreen::flushSignals()
{
    if (m_sizePending) {
        m_sizePending = false;
        Q_EMIT sizeChanged(m_columns, m_rows);
    }
    if (m_alternateScreenPending) {
        m_alternateScreenPending = false;
        Q_EMIT alternateScreenChanged(m_alternateScreen);
    }
    if (m_scrollbackDelta != 0) {
        m_scrollbackDelta = 0;
        Q_EMIT scrollbackChanged(scrollbackSize());
    }
    if (m_damageEndRow > m_damageStartRow) {
        const QRect damage =
            QRect(QPoint(m_damageStartColumn, m_damageStartRow), QPoint(m_damageEndColumn - 1, m_damageEndRow - 1))
                .intersected(QRect(0, 0, m_columns, m_rows));
        m_damageStartRow = m_damageEndRow = 0;
        if (!damage.isEmpty()) {
            Q_EMIT damaged(damage);
        }
    }
    if (m_cursorMoved) {
        m_cursorMoved = false;
        Q_EMIT cursorChanged();
    }
    if (m_titlePending) {
        m_titlePending = false;
        Q_EMIT titleChanged(m_title);
    }
    if (m_bellPending) {
        m_bellPending = false;
        Q_EMIT bell();
    }
}

TerminalLine TerminalScreen::line(int row) const
{
    TerminalLine result;
    if (row >= 0 && row < m_rows) {
        result = (*m_buffer)[static_cast<std::size_t>(row)];
        if (m_globalReverse) {
            TerminalCell *cells = result.mutableCells();
            for (int column = 0; column < result.size(); ++column) {
                cells[column].flags ^= TerminalCell::Reverse;
            }
        }
    } else if (row < 0 && -row <= scrollbackSize()) {
        result = m_scrollback.at(m_scrollback.size() - static_cast<std::size_t>(-row));
    }
    result.resolveColours(m_palette.data());
    return result;
}

TerminalCell TerminalScreen::cell(int row, int column) const
{
    return line(row).at(column);
}

QString TerminalScreen::lineText(int row) const
{
    return line(row).toString();
}

int TerminalScreen::scrollbackSize() const
{
    return static_cast<int>(m_scrollback.size());
}

int TerminalScreen::scrollbackLimit() const
{
    return m_scrollbackLimit;
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(0, lines);
    bool dropped = false;
    while (static_cast<int>(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        dropped = true;
    }
    if (dropped) {
        Q_EMIT scrollbackChanged(scrollbackSize());
    }
}

void TerminalScreen::clearScrollback()
{
    if (m_scrollback.empty()) {
        return;
    }
    m_scrollback.clear();
    Q_EMIT scrollbackChanged(0);
}

qint64 TerminalScreen::linesScrolledOff() const
{
    return m_linesScrolledOff;
}

QPoint TerminalScreen::cursorPosition() const
{
    return m_cursor;
}

bool TerminalScreen::isCursorVisible() const
{
    return m_cursorVisible;
}

bool TerminalScreen::cursorBlinks() const
{
    return m_cursorBlinks;
}

TerminalScreen::CursorShape TerminalScreen::cursorShape() const
{
    return m_cursorShape;
}

bool TerminalScreen::isAlternateScreen() const
{
    return m_alternateScreen;
}

TerminalScreen::MouseMode TerminalScreen::mouseMode() const
{
    return m_mouseMode;
}

QString TerminalScreen::title() const
{
    return m_title;
}

quint32 TerminalScreen::paletteColour(int index) const
{
    return m_palette.at(static_cast<std::size_t>(std::clamp(index, 0, 255)));
}

void TerminalScreen::setAnsiColour(int index, quint32 rgb)
{
    if (index < 0 || index >= 16) {
        return;
    }
    m_palette.at(static_cast<std::size_t>(index)) = rgb & 0xffffff;
    markDamage(0, m_rows, 0, m_columns);
    flushSignals();
}

void TerminalScreen::setDefaultPalette()
{
    std::copy(kAnsiColours.begin(), kAnsiColours.end(), m_palette.begin());
    // xterm-256color: a 6x6x6 colour cube, then 24 greys.
    constexpr std::array<quint32, 6> kLevels = {0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff};
    for (std::size_t i = 0; i < 216; ++i) {
        m_palette.at(16 + i) = (kLevels.at(i / 36) << 16) | (kLevels.at((i / 6) % 6) << 8) | kLevels.at(i % 6);
    }
    for (std::size_t i = 0; i < 24; ++i) {
        const quint32 level = static_cast<quint32>(8 + 10 * i);
        m_palette.at(232 + i) = (level << 16) | (level << 8) | level;
    }
}

void TerminalScreen::beginOutput()
{
    ++m_outputDepth;
}

void TerminalScreen::endOutput()
{
    if (--m_outputDepth == 0 && !m_output.isEmpty()) {
        const QByteArray bytes = std::exchange(m_output, QByteArray());
        Q_EMIT outputReady(bytes);
    }
}

void TerminalScreen::sendControlByte(char byte, bool alt)
{
    beginOutput();
    if (alt) {
        m_output.append(kEscape);
    }
    m_output.append(byte);
    endOutput();
}

bool TerminalScreen::sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    VTermModifier mod = toVTermModifier(modifiers);
    const VTermKey vkey = vtermKey(key, modifiers);
    if (vkey == VTERM_KEY_ENTER || vkey == VTERM_KEY_BACKSPACE || vkey == VTERM_KEY_ESCAPE) {
        // libvterm sends Shift/Ctrl with these as CSI u, which shells print as garbage; xterm sends the plain
        // key (Ctrl+Backspace: BS, the other erase character).
        if (vkey == VTERM_KEY_BACKSPACE && (mod & VTERM_MOD_CTRL) != 0) {
            sendControlByte('\x08', (mod & VTERM_MOD_ALT) != 0);
            return true;
        }
        mod = static_cast<VTermModifier>(mod & VTERM_MOD_ALT);
    }
    if (vkey != VTERM_KEY_NONE) {
        beginOutput();
        // Qt reports Shift+Tab as Backtab, which already implies the Shift.
        const VTermModifier keyMod = key == Qt::Key_Backtab ? static_cast<VTermModifier>(mod | VTERM_MOD_SHIFT) : mod;
        vterm_keyboard_key(m_vterm, vkey, keyMod);
        endOutput();
        return true;
    }
    const bool alt = (modifiers & Qt::AltModifier) != 0;
    if ((modifiers & Qt::ControlModifier) != 0) {
        // libvterm encodes Ctrl with most non-letters as CSI u; shells and editors expect the C0 byte xterm sends.
        const int byte = controlByte(key);
        if (byte >= 0) {
            sendControlByte(static_cast<char>(byte), alt);
            return true;
        }
    }
    if (text.isEmpty()) {
        return false;
    }
    const QList<uint> codePoints = text.toUcs4();
    bool sent = false;
    beginOutput();
    for (const uint cp : codePoints) {
        // Control characters produced by the layout (Ctrl+key on some platforms) go out as they are.
        if (cp < 0x20 || cp == 0x7f) {
            if (alt) {
                m_output.append(kEscape);
            }
            m_output.append(static_cast<char>(cp));
        } else {
            vterm_keyboard_unichar(m_vterm, cp, alt ? VTERM_MOD_ALT : VTERM_MOD_NONE);
        }
        sent = true;
    }
    endOutput();
    return sent;
}

void TerminalScreen::sendText(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    beginOutput();
    for (const uint cp : text.toUcs4()) {
        vterm_keyboard_unichar(m_vterm, cp, VTERM_MOD_NONE);
    }
    endOutput();
}

void TerminalScreen::paste(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    QString cleaned = text;
    cleaned.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    cleaned.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    cleaned.remove(QChar(u'\x1b'));
    beginOutput();
    vterm_keyboard_start_paste(m_vterm);
    m_output.append(cleaned.toUtf8());
    vterm_keyboard_end_paste(m_vterm);
    endOutput();
}

void TerminalScreen::sendMouseMove(int row, int column, Qt::KeyboardModifiers modifiers)
{
    if (m_mouseMode == MouseMode::None) {
        return;
    }
    beginOutput();
    vterm_mouse_move(m_vterm, std::clamp(row, 0, m_rows - 1), std::clamp(column, 0, m_columns - 1),
                     toVTermModifier(modifiers));
    endOutput();
}

void TerminalScreen::sendMouseButton(MouseButton button, bool pressed, int row, int column,
                                     Qt::KeyboardModifiers modifiers)
{
    if (m_mouseMode == MouseMode::None) {
        return;
    }
    const VTermModifier mod = toVTermModifier(modifiers);
    beginOutput();
    vterm_mouse_move(m_vterm, std::clamp(row, 0, m_rows - 1), std::clamp(column, 0, m_columns - 1), mod);
    vterm_mouse_button(m_vterm, static_cast<int>(button), pressed, mod);
    endOutput();
}

void TerminalScreen::setFocused(bool focused)
{
    beginOutput();
    if (focused) {
        vterm_state_focus_in(m_state);
    } else {
        vterm_state_focus_out(m_state);
    }
    endOutput();
}

} // namespace Vigil
