// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TerminalLine.h"

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QString>

#include <array>
#include <deque>
#include <vector>

class QTimer;

struct VTerm;
struct VTermState;

namespace Vigil {

// The screen model of an xterm-256color terminal: libvterm's parser and state layer interpret what the host
// sends, this class keeps the cell grid (its own, not libvterm's screen layer: scrolling rotates lines instead of
// moving every cell, which is most of the cost of a flood), the scrollback and the terminal's modes, and turns keys,
// text and pastes into the bytes the host expects. It knows nothing about the transport: wire `feed()` to the session's
// output and `outputReady` to its input. It paints nothing either; TerminalView reads lines and repaints what `damaged`
// names.
//
// Rows count from 0 at the top of the screen; scrollback lines have negative rows, -1 being the newest.
// feed() parses in bounded slices: a burst of output is worked off between events instead of blocking them.
class TerminalScreen final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalScreen)

public:
    static constexpr int kDefaultScrollbackLines = 10000;

    enum class CursorShape { Block, Underline, Bar };
    enum class MouseMode { None, Click, Drag, Move };
    enum class MouseButton { Left = 1, Middle = 2, Right = 3, WheelUp = 4, WheelDown = 5 };

    explicit TerminalScreen(int columns = 80, int rows = 24, QObject *parent = nullptr);
    ~TerminalScreen() override;

    int columns() const;
    int rows() const;
    // New size; libvterm 0.1.4 does not reflow wrapped lines, it keeps the top-left and pulls lines back
    // from the scrollback when the screen grows.
    void resize(int columns, int rows);

    // Queues output of the host and parses it, at most a time slice per event-loop turn.
    void feed(const QByteArray &bytes);
    // Parses everything queued now (tests, and closing a session that still has output queued).
    void processPending();
    qsizetype pendingBytes() const;

    // `row` from -scrollbackSize() to rows() - 1.
    TerminalLine line(int row) const;
    TerminalCell cell(int row, int column) const;
    // The text of a line with trailing spaces removed.
    QString lineText(int row) const;
    int scrollbackSize() const;
    int scrollbackLimit() const;
    void setScrollbackLimit(int lines);
    void clearScrollback();
    // Lines that have left the top of the screen since the start (pushed minus pulled back): a row's absolute
    // number is linesScrolledOff() + row, stable while output scrolls (the view anchors its selection on it).
    qint64 linesScrolledOff() const;

    QPoint cursorPosition() const;
    bool isCursorVisible() const;
    bool cursorBlinks() const;
    CursorShape cursorShape() const;
    bool isAlternateScreen() const;
    MouseMode mouseMode() const;
    QString title() const;

    // 0xRRGGBB of a palette entry (0-15 ANSI colours, 16-231 the 6x6x6 cube, 232-255 greys).
    quint32 paletteColour(int index) const;
    // Replaces one of the 16 ANSI colours; cells re-resolve on the next read.
    void setAnsiColour(int index, quint32 rgb);

    // A key with its Qt::Key code and modifiers; `text` is what the keyboard layout produced. Returns false when
    // the key means nothing to a terminal (no bytes sent).
    bool sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text = QString());
    // Typed text (an input method's commit, a dead-key composition).
    void sendText(const QString &text);
    // Pasted text: bracketed (ESC[200~ … ESC[201~) when the application asked for it, line ends sent as CR,
    // and escape characters removed so the paste cannot end the bracket early.
    void paste(const QString &text);
    // Mouse reports for applications that enabled them (mouseMode() != None); row/column in screen cells.
    void sendMouseMove(int row, int column, Qt::KeyboardModifiers modifiers);
    void sendMouseButton(MouseButton button, bool pressed, int row, int column, Qt::KeyboardModifiers modifiers);
    // Focus in/out reports (mode 1004) for applications that asked for them.
    void setFocused(bool focused);

Q_SIGNALS:
    // Bytes for the host: keys, pastes and the terminal's answers (device attributes, cursor reports).
    void outputReady(const QByteArray &bytes);
    // Cells that changed since the last emission, in screen coordinates; once per parsed slice at most.
    void damaged(const QRect &cells);
    void scrollbackChanged(int lines);
    void cursorChanged();
    void titleChanged(const QString &title);
    void bell();
    void alternateScreenChanged(bool active);
    void sizeChanged(int columns, int rows);

private:
    struct Callbacks;
    friend struct Callbacks;

    void parseSlice();
    void parse(qint64 budgetMs);
    void syncCursor();
    void markDamage(int startRow, int endRow, int startColumn, int endColumn);
    void flushSignals();
    TerminalCell blankCell() const;
    void blankLine(TerminalLine &line) const;
    void pushToScrollback(TerminalLine &line);
    void putGlyph(const char32_t *chars, int width, int row, int column);
    bool scrollRect(int startRow, int endRow, int startColumn, int endColumn, int downward, int rightward);
    void moveRect(int destRow, int destColumn, int srcRow, int srcColumn, int rows, int columns);
    void eraseRect(int startRow, int endRow, int startColumn, int endColumn);
    void resizeBuffers(int rows, int columns, int &cursorRowDelta);
    void sendControlByte(char byte, bool alt);
    void beginOutput();
    void endOutput();
    void setDefaultPalette();

    VTerm *m_vterm = nullptr;
    VTermState *m_state = nullptr;
    QTimer *m_parseTimer = nullptr;
    // Queued host output: whole chunks as fed, the first one parsed up to m_pendingOffset.
    std::deque<QByteArray> m_pending;
    qsizetype m_pendingOffset = 0;
    qsizetype m_pendingBytes = 0;
    QByteArray m_output;
    int m_outputDepth = 0;
    // The cell grids, one line per row, each exactly m_columns cells; scrolling rotates lines, never cells.
    std::vector<TerminalLine> m_primary;
    std::vector<TerminalLine> m_alternate;
    std::vector<TerminalLine> *m_buffer = &m_primary;
    TerminalCell m_pen;
    bool m_globalReverse = false;
    std::deque<TerminalLine> m_scrollback;
    int m_scrollbackLimit = kDefaultScrollbackLines;
    qint64 m_linesScrolledOff = 0;
    int m_scrollbackDelta = 0;
    std::array<quint32, 256> m_palette{};
    // Changed cells since the last damaged(): rows and columns [start, end); empty when end <= start.
    int m_damageStartRow = 0;
    int m_damageEndRow = 0;
    int m_damageStartColumn = 0;
    int m_damageEndColumn = 0;
    bool m_parsing = false;
    bool m_cursorMoved = false;
    bool m_bellPending = false;
    bool m_titlePending = false;
    bool m_alternateScreenPending = false;
    bool m_sizePending = false;
    int m_columns = 0;
    int m_rows = 0;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_cursorBlinks = true;
    CursorShape m_cursorShape = CursorShape::Block;
    bool m_alternateScreen = false;
    MouseMode m_mouseMode = MouseMode::None;
    QString m_title;
};

} // namespace Vigil
