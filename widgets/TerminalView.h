// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QRegion>

#include <array>
#include <utility>

class QAction;
class QTimer;

namespace Vigil {

class TerminalLine;
class TerminalScreen;

// Paints a TerminalScreen and turns keyboard, mouse and clipboard into the screen's input. It holds no terminal
// state of its own beyond what the user sees: the scroll position in the scrollback, the selection and the font.
// Resizing it resizes the screen to the whole cells that fit and emits terminalSizeChanged for the PTY.
class TerminalView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalView)

public:
    explicit TerminalView(TerminalScreen *screen, QWidget *parent = nullptr);
    ~TerminalView() override;

    TerminalScreen *screen() const;
    QSize cellSize() const;
    // The font's point size; zoom steps it by one point.
    qreal fontPointSize() const;
    void setFontPointSize(qreal points);
    // Lines scrolled back into the history; 0 shows the live screen.
    int scrollOffset() const;
    void setScrollOffset(int lines);
    bool hasSelection() const;
    QString selectedText() const;
    // Selects from one cell to another, rows as on screen (negative in the scrollback); for tests and tools.
    void selectCells(int fromRow, int fromColumn, int toRow, int toColumn);
    void clearSelection();

    void copySelection();
    void pasteClipboard();
    void zoomIn();
    void zoomOut();
    void resetZoom();

    QSize sizeHint() const override;

Q_SIGNALS:
    // The screen now has this many whole cells: resize the PTY to match.
    void terminalSizeChanged(int columns, int rows);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    enum class SelectionMode { Character, Word, Line };
    struct CellPos
    {
        qint64 line = 0; // absolute: TerminalScreen::linesScrolledOff() + screen row
        int column = 0;
    };

    void createActions();
    void updateFonts();
    void updateTerminalSize();
    void updateScrollBar();
    void onDamaged(const QRect &cells);
    void onScrollbackChanged();
    void flushDamage();
    void scheduleRepaint(const QRegion &region);
    void paintLine(QPainter &painter, const TerminalLine &line, int viewRow, qint64 absoluteLine,
                   const std::pair<CellPos, CellPos> &selection);
    void paintCursor(QPainter &painter);
    bool drawBoxCharacter(QPainter &painter, char32_t ch, const QRect &cell, const QColor &colour) const;
    bool isSimpleGlyph(char32_t ch) const;
    int fontIndex(quint16 flags) const;
    CellPos cellAt(const QPoint &point) const;
    int viewRowOf(qint64 absoluteLine) const;
    bool isSelected(qint64 absoluteLine, int column, const std::pair<CellPos, CellPos> &selection) const;
    std::pair<CellPos, CellPos> orderedSelection() const;
    void extendSelection(const CellPos &to);
    bool forwardsMouse(const QMouseEvent *event) const;
    bool isOwnShortcut(const QKeyEvent *event) const;
    void restartCursorBlink();

    QPointer<TerminalScreen> m_screen;
    std::array<QFont, 4> m_fonts;
    qreal m_defaultPointSize = 10;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    int m_scrollOffset = 0;
    qint64 m_seenLinesScrolledOff = 0;
    mutable QHash<char32_t, bool> m_simpleGlyphs;

    QRegion m_dirty;
    QTimer *m_repaintTimer = nullptr;
    QElapsedTimer m_sinceRepaint;
    QTimer *m_blinkTimer = nullptr;
    bool m_cursorBlinkOn = true;

    bool m_selecting = false;
    bool m_hasSelection = false;
    SelectionMode m_selectionMode = SelectionMode::Character;
    CellPos m_selectionAnchor;
    CellPos m_selectionEnd;
    QElapsedTimer m_sinceDoubleClick;
    QPoint m_doubleClickPos;

    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
};

} // namespace Vigil
