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
        case Qt::Key_Enter:
            return VTERM_KEY_KP_ENTER;
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

void toTerminalCell(const VTermScreenCell &in, TerminalCell &out, char32_t *marks, int &markCount)
{
    out = TerminalCell{};
    markCount = 0;
    if (in.chars[0] == 0xffffffffu) {
        out.width = 0;
    } else {
        out.ch = in.chars[0];
        out.width = in.width == 2 ? 2 : 1;
        for (int i = 1; i < VTERM_MAX_CHARS_PER_CELL && in.chars[i] != 0 && out.ch != 0; ++i) {
            marks[markCount++] = in.chars[i];
        }
    }
    quint16 flags = 0;
    if (in.attrs.bold) {
        flags |= TerminalCell::Bold;
    }
    if (in.attrs.italic) {
        flags |= TerminalCell::Italic;
    }
    if (in.attrs.underline == VTERM_UNDERLINE_DOUBLE) {
        flags |= TerminalCell::DoubleUnderline;
    } else if (in.attrs.underline != VTERM_UNDERLINE_OFF) {
        flags |= TerminalCell::Underline;
    }
    if (in.attrs.blink) {
        flags |= TerminalCell::Blink;
    }
    if (in.attrs.reverse) {
        flags |= TerminalCell::Reverse;
    }
    if (in.attrs.strike) {
        flags |= TerminalCell::Strike;
    }
    if (VTERM_COLOR_IS_DEFAULT_FG(&in.fg)) {
        flags |= TerminalCell::DefaultForeground;
    } else if (VTERM_COLOR_IS_INDEXED(&in.fg)) {
        flags |= TerminalCell::IndexedForeground;
        out.foreground = in.fg.indexed.idx;
    } else {
        out.foreground = rgbOf(in.fg);
    }
    if (VTERM_COLOR_IS_DEFAULT_BG(&in.bg)) {
        flags |= TerminalCell::DefaultBackground;
    } else if (VTERM_COLOR_IS_INDEXED(&in.bg)) {
        flags |= TerminalCell::IndexedBackground;
        out.background = in.bg.indexed.idx;
    } else {
        out.background = rgbOf(in.bg);
    }
    out.flags = flags;
}

// A cell the scrollback need not store at the end of a line: blank, default background, nothing drawn on it.
bool isPlainBlank(const VTermScreenCell &cell)
{
    return (cell.chars[0] == 0 || (cell.chars[0] == U' ' && cell.chars[1] == 0)) && VTERM_COLOR_IS_DEFAULT_BG(&cell.bg)
           && cell.attrs.reverse == 0 && cell.attrs.underline == 0 && cell.attrs.strike == 0;
}

} // namespace

struct TerminalScreen::Callbacks
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    static int damage(VTermRect rect, void *user)
    {
        self(user)->markDamage(rect.start_row, rect.end_row, rect.start_col, rect.end_col);
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
        case VTERM_PROP_ALTSCREEN:
            screen->m_alternateScreen = value->boolean != 0;
            screen->m_alternateScreenPending = true;
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

    static int resize(int rows, int columns, void *user)
    {
        TerminalScreen *screen = self(user);
        screen->m_rows = rows;
        screen->m_columns = columns;
        screen->m_sizePending = true;
        return 1;
    }

    static int pushLine(int columns, const VTermScreenCell *cells, void *user)
    {
        self(user)->pushScrollback(columns, cells);
        return 1;
    }

    static int popLine(int columns, VTermScreenCell *cells, void *user)
    {
        return self(user)->popScrollback(columns, cells) ? 1 : 0;
    }

    static void output(const char *bytes, size_t length, void *user)
    {
        TerminalScreen *screen = self(user);
        screen->m_output.append(bytes, static_cast<qsizetype>(length));
        if (screen->m_outputDepth == 0) {
            screen->beginOutput();
            screen->endOutput();
        }
    }

    static const VTermScreenCallbacks *table()
    {
        static const VTermScreenCallbacks callbacks = {
            &damage,
            nullptr, // moverect: repainting the moved rows is cheaper than keeping a blit in step
            &moveCursor, &setTermProp, &bell, &resize, &pushLine, &popLine,
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

    m_vterm = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, &Callbacks::output, this);
    m_state = vterm_obtain_state(m_vterm);
    // Bold with one of the 8 basic colours shows its bright variant, as xterm does by default.
    vterm_state_set_bold_highbright(m_state, 1);
    m_screen = vterm_obtain_screen(m_vterm);
    vterm_screen_set_callbacks(m_screen, Callbacks::table(), this);
    vterm_screen_enable_altscreen(m_screen, 1);
    // Merge damage until flushed at the end of a slice instead of a callback per glyph.
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_reset(m_screen, 1);
    vterm_screen_flush_damage(m_screen);
    m_damage = QRect();
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
    vterm_screen_flush_damage(m_screen);
    m_columns = columns;
    m_rows = rows;
    m_sizePending = true;
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    m_cursor = QPoint(pos.col, pos.row);
    m_cursorMoved = true;
    markDamage(0, m_rows, 0, m_columns);
    endOutput();
    flushSignals();
}

void TerminalScreen::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    m_pending.append(bytes);
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
    m_parsing = true;
    beginOutput();
    while (m_pendingOffset < m_pending.size()) {
        const qsizetype length = std::min(kParseSlice, m_pending.size() - m_pendingOffset);
        vterm_input_write(m_vterm, m_pending.constData() + m_pendingOffset, static_cast<size_t>(length));
        m_pendingOffset += length;
    }
    m_pending.clear();
    m_pendingOffset = 0;
    vterm_screen_flush_damage(m_screen);
    m_parsing = false;
    endOutput();
    flushSignals();
}

qsizetype TerminalScreen::pendingBytes() const
{
    return m_pending.size() - m_pendingOffset;
}

void TerminalScreen::parseSlice()
{
    if (m_parsing) {
        return;
    }
    m_parsing = true;
    beginOutput();
    QElapsedTimer clock;
    clock.start();
    while (m_pendingOffset < m_pending.size()) {
        const qsizetype length = std::min(kParseSlice, m_pending.size() - m_pendingOffset);
        vterm_input_write(m_vterm, m_pending.constData() + m_pendingOffset, static_cast<size_t>(length));
        m_pendingOffset += length;
        if (clock.elapsed() >= kParseBudgetMs) {
            break;
        }
    }
    if (m_pendingOffset >= m_pending.size()) {
        m_pending.clear();
        m_pendingOffset = 0;
    } else if (m_pendingOffset > 4 * kParseSlice) {
        m_pending.remove(0, m_pendingOffset);
        m_pendingOffset = 0;
    }
    vterm_screen_flush_damage(m_screen);
    m_parsing = false;
    endOutput();
    if (m_pendingOffset < m_pending.size()) {
        m_parseTimer->start();
    }
    flushSignals();
}

void TerminalScreen::markDamage(int startRow, int endRow, int startColumn, int endColumn)
{
    const QRect rect(QPoint(startColumn, startRow), QPoint(endColumn - 1, endRow - 1));
    if (rect.isValid()) {
        m_damage = m_damage.united(rect);
    }
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
    if (!m_damage.isNull()) {
        const QRect damage = m_damage.intersected(QRect(0, 0, m_columns, m_rows));
        m_damage = QRect();
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

void TerminalScreen::pushScrollback(int columns, const void *cells)
{
    ++m_linesScrolledOff;
    ++m_scrollbackDelta;
    if (m_scrollbackLimit <= 0) {
        return;
    }
    const auto *vcells = static_cast<const VTermScreenCell *>(cells);
    int end = columns;
    while (end > 0 && isPlainBlank(vcells[end - 1])) {
        --end;
    }
    TerminalLine line;
    if (static_cast<int>(m_scrollback.size()) >= m_scrollbackLimit) {
        line = std::move(m_scrollback.front());
        m_scrollback.pop_front();
    }
    TerminalCell *out = line.resetCells(end);
    std::array<char32_t, VTERM_MAX_CHARS_PER_CELL> marks{};
    int markCount = 0;
    for (int column = 0; column < end; ++column) {
        toTerminalCell(vcells[column], out[column], marks.data(), markCount);
        if (markCount > 0) {
            line.setMarks(column, marks.data(), markCount);
        }
    }
    m_scrollback.push_back(std::move(line));
    while (static_cast<int>(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
    }
}

bool TerminalScreen::popScrollback(int columns, void *cells)
{
    if (m_scrollback.empty()) {
        return false;
    }
    auto *vcells = static_cast<VTermScreenCell *>(cells);
    const TerminalLine line = std::move(m_scrollback.back());
    m_scrollback.pop_back();
    --m_linesScrolledOff;
    ++m_scrollbackDelta;
    VTermColor defaultForeground;
    VTermColor defaultBackground;
    vterm_state_get_default_colors(m_state, &defaultForeground, &defaultBackground);
    for (int column = 0; column < columns; ++column) {
        const TerminalCell cell = line.at(column);
        VTermScreenCell &out = vcells[column];
        out = VTermScreenCell{};
        if (cell.width == 0) {
            out.chars[0] = 0xffffffffu;
            out.width = 1;
        } else {
            out.chars[0] = cell.ch;
            const QList<char32_t> marks = line.marks(column);
            const int count = std::min<int>(static_cast<int>(marks.size()), VTERM_MAX_CHARS_PER_CELL - 2);
            for (int i = 0; i < count; ++i) {
                out.chars[1 + i] = marks.at(i);
            }
            out.width = static_cast<char>(cell.width);
        }
        out.attrs.bold = (cell.flags & TerminalCell::Bold) != 0;
        out.attrs.italic = (cell.flags & TerminalCell::Italic) != 0;
        out.attrs.underline = (cell.flags & TerminalCell::DoubleUnderline) != 0 ? VTERM_UNDERLINE_DOUBLE
                              : (cell.flags & TerminalCell::Underline) != 0     ? VTERM_UNDERLINE_SINGLE
                                                                                : VTERM_UNDERLINE_OFF;
        out.attrs.blink = (cell.flags & TerminalCell::Blink) != 0;
        out.attrs.reverse = (cell.flags & TerminalCell::Reverse) != 0;
        out.attrs.strike = (cell.flags & TerminalCell::Strike) != 0;
        if ((cell.flags & TerminalCell::DefaultForeground) != 0) {
            out.fg = defaultForeground;
        } else if ((cell.flags & TerminalCell::IndexedForeground) != 0) {
            vterm_color_indexed(&out.fg, static_cast<uint8_t>(cell.foreground));
        } else {
            vterm_color_rgb(&out.fg, static_cast<uint8_t>(cell.foreground >> 16),
                            static_cast<uint8_t>(cell.foreground >> 8), static_cast<uint8_t>(cell.foreground));
        }
        if ((cell.flags & TerminalCell::DefaultBackground) != 0) {
            out.bg = defaultBackground;
        } else if ((cell.flags & TerminalCell::IndexedBackground) != 0) {
            vterm_color_indexed(&out.bg, static_cast<uint8_t>(cell.background));
        } else {
            vterm_color_rgb(&out.bg, static_cast<uint8_t>(cell.background >> 16),
                            static_cast<uint8_t>(cell.background >> 8), static_cast<uint8_t>(cell.background));
        }
    }
    return true;
}

void TerminalScreen::convertRow(int row, TerminalLine &out) const
{
    TerminalCell *cells = out.resetCells(m_columns);
    VTermScreenCell vcell;
    std::array<char32_t, VTERM_MAX_CHARS_PER_CELL> marks{};
    int markCount = 0;
    for (int column = 0; column < m_columns; ++column) {
        if (vterm_screen_get_cell(m_screen, VTermPos{row, column}, &vcell) == 0) {
            continue;
        }
        toTerminalCell(vcell, cells[column], marks.data(), markCount);
        if (markCount > 0) {
            out.setMarks(column, marks.data(), markCount);
        }
    }
}

TerminalLine TerminalScreen::line(int row) const
{
    TerminalLine result;
    if (row >= 0 && row < m_rows) {
        convertRow(row, result);
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
    const VTermModifier mod = toVTermModifier(modifiers);
    const VTermKey vkey = vtermKey(key, modifiers);
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
