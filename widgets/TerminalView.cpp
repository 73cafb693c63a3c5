// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalView.h"

#include "TerminalLine.h"
#include "TerminalScreen.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyleHints>
#include <QTimer>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace Vigil {

namespace {

// At most one repaint per frame while output floods in; the first change after a quiet spell paints at once so
// typing echoes without delay.
constexpr qint64 kFrameMs = 16;
constexpr int kCursorBlinkMs = 600;
constexpr qreal kMinPointSize = 6;
constexpr qreal kMaxPointSize = 72;
constexpr int kWheelLines = 3;

struct BoxArms
{
    // 0 none, 1 light, 2 heavy, 3 double.
    quint8 left = 0;
    quint8 right = 0;
    quint8 up = 0;
    quint8 down = 0;
    bool arc = false;
};

// Line-drawing characters drawn as rectangles so that they join across cells whatever the font; the rest of
// U+2500..U+257F (dashes, mixed single/double joints) falls back to the font.
bool boxArms(char32_t ch, BoxArms &arms)
{
    auto set = [&arms](int l, int r, int u, int d) {
        arms = BoxArms{static_cast<quint8>(l), static_cast<quint8>(r), static_cast<quint8>(u), static_cast<quint8>(d),
                       false};
        return true;
    };
    switch (ch) {
    case U'─':
        return set(1, 1, 0, 0);
    case U'━':
        return set(2, 2, 0, 0);
    case U'│':
        return set(0, 0, 1, 1);
    case U'┃':
        return set(0, 0, 2, 2);
    case U'┌':
        return set(0, 1, 0, 1);
    case U'┏':
        return set(0, 2, 0, 2);
    case U'┐':
        return set(1, 0, 0, 1);
    case U'┓':
        return set(2, 0, 0, 2);
    case U'└':
        return set(0, 1, 1, 0);
    case U'┗':
        return set(0, 2, 2, 0);
    case U'┘':
        return set(1, 0, 1, 0);
    case U'┛':
        return set(2, 0, 2, 0);
    case U'├':
        return set(0, 1, 1, 1);
    case U'┣':
        return set(0, 2, 2, 2);
    case U'┤':
        return set(1, 0, 1, 1);
    case U'┫':
        return set(2, 0, 2, 2);
    case U'┬':
        return set(1, 1, 0, 1);
    case U'┳':
        return set(2, 2, 0, 2);
    case U'┴':
        return set(1, 1, 1, 0);
    case U'┻':
        return set(2, 2, 2, 0);
    case U'┼':
        return set(1, 1, 1, 1);
    case U'╋':
        return set(2, 2, 2, 2);
    case U'╴':
        return set(1, 0, 0, 0);
    case U'╵':
        return set(0, 0, 1, 0);
    case U'╶':
        return set(0, 1, 0, 0);
    case U'╷':
        return set(0, 0, 0, 1);
    case U'╸':
        return set(2, 0, 0, 0);
    case U'╹':
        return set(0, 0, 2, 0);
    case U'╺':
        return set(0, 2, 0, 0);
    case U'╻':
        return set(0, 0, 0, 2);
    case U'═':
        return set(3, 3, 0, 0);
    case U'║':
        return set(0, 0, 3, 3);
    case U'╔':
        return set(0, 3, 0, 3);
    case U'╗':
        return set(3, 0, 0, 3);
    case U'╚':
        return set(0, 3, 3, 0);
    case U'╝':
        return set(3, 0, 3, 0);
    case U'╠':
        return set(0, 3, 3, 3);
    case U'╣':
        return set(3, 0, 3, 3);
    case U'╦':
        return set(3, 3, 0, 3);
    case U'╩':
        return set(3, 3, 3, 0);
    case U'╬':
        return set(3, 3, 3, 3);
    case U'╭':
        set(0, 1, 0, 1);
        arms.arc = true;
        return true;
    case U'╮':
        set(1, 0, 0, 1);
        arms.arc = true;
        return true;
    case U'╯':
        set(1, 0, 1, 0);
        arms.arc = true;
        return true;
    case U'╰':
        set(0, 1, 1, 0);
        arms.arc = true;
        return true;
    default:
        return false;
    }
}

bool isWordCharacter(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar c = text.at(0);
    return c.isLetterOrNumber() || c.isMark() || QStringView(u"-_.~/@+:%#?=&,").contains(c) || c.isHighSurrogate();
}

TerminalScreen::MouseButton mouseButton(Qt::MouseButton button)
{
    switch (button) {
    case Qt::MiddleButton:
        return TerminalScreen::MouseButton::Middle;
    case Qt::RightButton:
        return TerminalScreen::MouseButton::Right;
    default:
        return TerminalScreen::MouseButton::Left;
    }
}

} // namespace

TerminalView::TerminalView(TerminalScreen *screen, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_screen(screen)
    , m_repaintTimer(new QTimer(this))
    , m_blinkTimer(new QTimer(this))
{
    Q_ASSERT(screen != nullptr);
    setObjectName(QStringLiteral("terminalView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_defaultPointSize = fixed.pointSizeF() > 0 ? fixed.pointSizeF() : 10;
    for (QFont &font : m_fonts) {
        font = fixed;
    }

    m_repaintTimer->setSingleShot(true);
    connect(m_repaintTimer, &QTimer::timeout, this, &TerminalView::flushDamage);
    m_blinkTimer->setInterval(kCursorBlinkMs);
    connect(m_blinkTimer, &QTimer::timeout, this, [this] {
        if (m_screen && m_screen->cursorBlinks() && hasFocus()) {
            m_cursorBlinkOn = !m_cursorBlinkOn;
            const QPoint cursor = m_screen->cursorPosition();
            viewport()->update(QRect((cursor.x() - 1) * m_cellWidth, (cursor.y() + m_scrollOffset) * m_cellHeight,
                                     3 * m_cellWidth, m_cellHeight));
        }
    });

    connect(screen, &TerminalScreen::damaged, this, &TerminalView::onDamaged);
    connect(screen, &TerminalScreen::scrollbackChanged, this, &TerminalView::onScrollbackChanged);
    connect(screen, &TerminalScreen::cursorChanged, this, [this] {
        // The old cursor cell is part of the screen's damage; repaint the whole row of the new one.
        const QPoint cursor = m_screen->cursorPosition();
        scheduleRepaint(QRect(0, (cursor.y() + m_scrollOffset) * m_cellHeight, viewport()->width(), m_cellHeight));
    });
    connect(screen, &TerminalScreen::sizeChanged, this, [this] {
        updateScrollBar();
        viewport()->update();
    });
    connect(screen, &TerminalScreen::alternateScreenChanged, this, [this] {
        setScrollOffset(0);
        viewport()->update();
    });
    m_seenLinesScrolledOff = screen->linesScrolledOff();

    createActions();
    updateFonts();
}

TerminalView::~TerminalView() = default;

void TerminalView::createActions()
{
    m_copyAction = new QAction(tr("&Copy", "terminal"), this);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setToolTip(tr("Copy the selected text (Ctrl+Shift+C)"));
    connect(m_copyAction, &QAction::triggered, this, &TerminalView::copySelection);

    m_pasteAction = new QAction(tr("&Paste", "terminal"), this);
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setToolTip(tr("Paste the clipboard into the terminal (Ctrl+Shift+V; middle click pastes the "
                                 "mouse selection)"));
    connect(m_pasteAction, &QAction::triggered, this, &TerminalView::pasteClipboard);

    m_zoomInAction = new QAction(tr("Zoom &In", "terminal font"), this);
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomInAction->setToolTip(tr("Larger text (Ctrl+=)"));
    connect(m_zoomInAction, &QAction::triggered, this, &TerminalView::zoomIn);

    m_zoomOutAction = new QAction(tr("Zoom &Out", "terminal font"), this);
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomOutAction->setToolTip(tr("Smaller text (Ctrl+-)"));
    connect(m_zoomOutAction, &QAction::triggered, this, &TerminalView::zoomOut);

    m_resetZoomAction = new QAction(tr("&Reset Zoom", "terminal font"), this);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetZoomAction->setToolTip(tr("Text at its normal size (Ctrl+0)"));
    connect(m_resetZoomAction, &QAction::triggered, this, &TerminalView::resetZoom);

    for (QAction *action : {m_copyAction, m_pasteAction, m_zoomInAction, m_zoomOutAction, m_resetZoomAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

TerminalScreen *TerminalView::screen() const
{
    return m_screen;
}

QSize TerminalView::cellSize() const
{
    return QSize(m_cellWidth, m_cellHeight);
}

qreal TerminalView::fontPointSize() const
{
    return m_fonts[0].pointSizeF();
}

void TerminalView::setFontPointSize(qreal points)
{
    points = std::clamp(points, kMinPointSize, kMaxPointSize);
    if (qFuzzyCompare(points, fontPointSize())) {
        return;
    }
    for (QFont &font : m_fonts) {
        font.setPointSizeF(points);
    }
    updateFonts();
}

void TerminalView::zoomIn()
{
    setFontPointSize(std::floor(fontPointSize()) + 1);
}

void TerminalView::zoomOut()
{
    setFontPointSize(std::ceil(fontPointSize()) - 1);
}

void TerminalView::resetZoom()
{
    setFontPointSize(m_defaultPointSize);
}

void TerminalView::updateFonts()
{
    const qreal points = m_fonts[0].pointSizeF() > 0 ? m_fonts[0].pointSizeF() : m_defaultPointSize;
    for (std::size_t i = 0; i < m_fonts.size(); ++i) {
        QFont &font = m_fonts.at(i);
        font.setPointSizeF(points);
        font.setStyleHint(QFont::TypeWriter);
        font.setKerning(false);
        font.setBold((i & 1) != 0);
        font.setItalic((i & 2) != 0);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    }
    const QFontMetricsF metrics(m_fonts[0]);
    m_cellWidth = std::max(1, static_cast<int>(std::ceil(metrics.horizontalAdvance(QLatin1Char('M')) - 0.05)));
    m_cellHeight = std::max(1, static_cast<int>(std::ceil(metrics.height())));
    m_ascent = static_cast<int>(std::ceil(metrics.ascent()));
    // Every variant advances by exactly one cell, so a run of text lands on the cell grid.
    for (QFont &font : m_fonts) {
        const qreal advance = QFontMetricsF(font).horizontalAdvance(QLatin1Char('M'));
        font.setLetterSpacing(QFont::AbsoluteSpacing, m_cellWidth - advance);
    }
    m_simpleGlyphs.clear();
    verticalScrollBar()->setSingleStep(1);
    updateTerminalSize();
    updateGeometry();
    viewport()->update();
}

QSize TerminalView::sizeHint() const
{
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    return QSize(80 * m_cellWidth + scrollBar + 2 * frameWidth(), 24 * m_cellHeight + 2 * frameWidth());
}

void TerminalView::updateTerminalSize()
{
    // Until shown the viewport has no real size, and a screen shrunk to it would lose its lines (no reflow).
    if (!m_screen || !isVisible()) {
        return;
    }
    const int columns = std::max(1, viewport()->width() / m_cellWidth);
    const int rows = std::max(1, viewport()->height() / m_cellHeight);
    if (columns == m_screen->columns() && rows == m_screen->rows()) {
        return;
    }
    m_screen->resize(columns, rows);
    updateScrollBar();
    Q_EMIT terminalSizeChanged(m_screen->columns(), m_screen->rows());
}

void TerminalView::updateScrollBar()
{
    if (!m_screen) {
        return;
    }
    const int history = m_screen->scrollbackSize();
    const int offset = std::clamp(m_scrollOffset, 0, history);
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    bar->setRange(0, history);
    bar->setPageStep(m_screen->rows());
    bar->setValue(history - offset);
    m_scrollOffset = offset;
}

int TerminalView::scrollOffset() const
{
    return m_scrollOffset;
}

void TerminalView::setScrollOffset(int lines)
{
    if (!m_screen) {
        return;
    }
    lines = std::clamp(lines, 0, m_screen->scrollbackSize());
    if (lines == m_scrollOffset) {
        return;
    }
    m_scrollOffset = lines;
    updateScrollBar();
    viewport()->update();
}

void TerminalView::scrollContentsBy(int, int)
{
    if (!m_screen) {
        return;
    }
    m_scrollOffset =
        std::clamp(verticalScrollBar()->maximum() - verticalScrollBar()->value(), 0, m_screen->scrollbackSize());
    viewport()->update();
}

void TerminalView::onDamaged(const QRect &cells)
{
    const QRect pixels(cells.left() * m_cellWidth, (cells.top() + m_scrollOffset) * m_cellHeight,
                       cells.width() * m_cellWidth, cells.height() * m_cellHeight);
    scheduleRepaint(pixels.intersected(viewport()->rect()));
}

void TerminalView::onScrollbackChanged()
{
    const qint64 scrolledOff = m_screen->linesScrolledOff();
    const auto delta = static_cast<int>(std::clamp<qint64>(scrolledOff - m_seenLinesScrolledOff, -1000000, 1000000));
    m_seenLinesScrolledOff = scrolledOff;
    if (m_scrollOffset > 0) {
        // Reading the history: keep the same lines in view while output goes on below.
        m_scrollOffset = std::clamp(m_scrollOffset + delta, 0, m_screen->scrollbackSize());
        scheduleRepaint(viewport()->rect());
    }
    updateScrollBar();
}

void TerminalView::scheduleRepaint(const QRegion &region)
{
    m_dirty += region;
    if (!m_sinceRepaint.isValid() || m_sinceRepaint.elapsed() >= kFrameMs) {
        flushDamage();
    } else if (!m_repaintTimer->isActive()) {
        m_repaintTimer->start(static_cast<int>(kFrameMs - m_sinceRepaint.elapsed()));
    }
}

void TerminalView::flushDamage()
{
    m_repaintTimer->stop();
    if (!m_dirty.isEmpty()) {
        viewport()->update(m_dirty);
        m_dirty = QRegion();
    }
    m_sinceRepaint.restart();
}

int TerminalView::fontIndex(quint16 flags) const
{
    return ((flags & TerminalCell::Bold) != 0 ? 1 : 0) | ((flags & TerminalCell::Italic) != 0 ? 2 : 0);
}

bool TerminalView::isSimpleGlyph(char32_t ch) const
{
    if (ch < 0x7f) {
        return ch >= 0x20;
    }
    if (ch >= 0x2500 && ch <= 0x259f) {
        return false;
    }
    const auto found = m_simpleGlyphs.constFind(ch);
    if (found != m_simpleGlyphs.constEnd()) {
        return found.value();
    }
    const bool simple = QFontMetrics(m_fonts[0]).inFontUcs4(ch);
    m_simpleGlyphs.insert(ch, simple);
    return simple;
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QColor background = palette().color(QPalette::Base);
    painter.fillRect(event->rect(), background);
    if (!m_screen) {
        return;
    }
    const QRect area = event->rect();
    const int rows = m_screen->rows();
    const int firstRow = std::max(0, area.top() / m_cellHeight);
    const int lastRow = std::min(rows - 1, area.bottom() / m_cellHeight);
    const qint64 base = m_screen->linesScrolledOff() - m_scrollOffset;
    // Word selection looks at the text: work the selection's ends out once per paint, not once per cell.
    const std::pair<CellPos, CellPos> selection = m_hasSelection ? orderedSelection() : std::pair<CellPos, CellPos>();
    for (int viewRow = firstRow; viewRow <= lastRow; ++viewRow) {
        const int screenRow = viewRow - m_scrollOffset;
        paintLine(painter, m_screen->line(screenRow), viewRow, base + viewRow, selection);
    }
    paintCursor(painter);
}

void TerminalView::paintLine(QPainter &painter, const TerminalLine &line, int viewRow, qint64 absoluteLine,
                             const std::pair<CellPos, CellPos> &selection)
{
    const int columns = m_screen->columns();
    const int y = viewRow * m_cellHeight;
    const QRgb defaultForeground = palette().color(QPalette::Text).rgb();
    const QRgb defaultBackground = palette().color(QPalette::Base).rgb();
    const QRgb selectedForeground = palette().color(QPalette::HighlightedText).rgb();
    const QRgb selectedBackground = palette().color(QPalette::Highlight).rgb();

    QVarLengthArray<QRgb, 256> foregrounds(columns);
    QVarLengthArray<QRgb, 256> backgrounds(columns);
    for (int column = 0; column < columns; ++column) {
        const TerminalCell cell = line.at(column);
        QRgb fg =
            (cell.flags & TerminalCell::DefaultForeground) != 0 ? defaultForeground : (0xff000000u | cell.foreground);
        QRgb bg =
            (cell.flags & TerminalCell::DefaultBackground) != 0 ? defaultBackground : (0xff000000u | cell.background);
        if ((cell.flags & TerminalCell::Reverse) != 0) {
            std::swap(fg, bg);
        }
        if (isSelected(absoluteLine, column, selection)) {
            fg = selectedForeground;
            bg = selectedBackground;
        }
        foregrounds[column] = fg;
        backgrounds[column] = bg;
    }

    for (int column = 0; column < columns;) {
        int end = column + 1;
        while (end < columns && backgrounds[end] == backgrounds[column]) {
            ++end;
        }
        if (backgrounds[column] != defaultBackground) {
            painter.fillRect(QRect(column * m_cellWidth, y, (end - column) * m_cellWidth, m_cellHeight),
                             QColor::fromRgb(backgrounds[column]));
        }
        column = end;
    }

    const int lineWidth = std::max(1, m_cellHeight / 16);
    auto decorate = [&](int from, int count, QRgb fg, quint16 flags) {
        const QRect span(from * m_cellWidth, y, count * m_cellWidth, m_cellHeight);
        const QColor pen = QColor::fromRgb(fg);
        if ((flags & (TerminalCell::Underline | TerminalCell::DoubleUnderline)) != 0) {
            const int underlineY = std::min(y + m_ascent + lineWidth + 1, y + m_cellHeight - lineWidth);
            painter.fillRect(QRect(span.left(), underlineY, span.width(), lineWidth), pen);
            if ((flags & TerminalCell::DoubleUnderline) != 0) {
                painter.fillRect(QRect(span.left(), underlineY - 2 * lineWidth, span.width(), lineWidth), pen);
            }
        }
        if ((flags & TerminalCell::Strike) != 0) {
            painter.fillRect(QRect(span.left(), y + m_ascent * 2 / 3, span.width(), lineWidth), pen);
        }
    };

    constexpr quint16 kDecorations = TerminalCell::Underline | TerminalCell::DoubleUnderline | TerminalCell::Strike;
    QString run;
    int runStart = 0;
    int runFont = 0;
    QRgb runForeground = 0;
    quint16 runDecorations = 0;
    auto flush = [&] {
        if (run.isEmpty()) {
            return;
        }
        const int count = static_cast<int>(run.size());
        qsizetype end = run.size();
        while (end > 0 && run.at(end - 1) == QLatin1Char(' ')) {
            --end;
        }
        if (end > 0) {
            painter.setFont(m_fonts.at(static_cast<std::size_t>(runFont)));
            painter.setPen(QColor::fromRgb(runForeground));
            painter.drawText(QPoint(runStart * m_cellWidth, y + m_ascent), run.left(end));
        }
        if (runDecorations != 0) {
            decorate(runStart, count, runForeground, runDecorations);
        }
        run.clear();
    };

    for (int column = 0; column < columns; ++column) {
        const TerminalCell cell = line.at(column);
        if (cell.width == 0) {
            continue;
        }
        const bool blank = cell.ch == 0 || cell.ch == U' ';
        const QRgb fg = foregrounds[column];
        const quint16 decorations = cell.flags & kDecorations;
        if (!blank && (cell.width == 2 || cell.markCount > 0 || !isSimpleGlyph(cell.ch))) {
            flush();
            const QRect box(column * m_cellWidth, y, cell.width * m_cellWidth, m_cellHeight);
            if (!drawBoxCharacter(painter, cell.ch, box, QColor::fromRgb(fg))) {
                painter.setFont(m_fonts.at(static_cast<std::size_t>(fontIndex(cell.flags))));
                painter.setPen(QColor::fromRgb(fg));
                painter.drawText(box, Qt::AlignCenter | Qt::TextDontClip, line.text(column));
            }
            if (decorations != 0) {
                decorate(column, cell.width, fg, decorations);
            }
            continue;
        }
        const int font = fontIndex(cell.flags);
        if (!run.isEmpty() && (fg != runForeground || font != runFont || decorations != runDecorations)) {
            flush();
        }
        if (run.isEmpty()) {
            runStart = column;
            runFont = font;
            runForeground = fg;
            runDecorations = decorations;
        }
        if (blank) {
            run.append(QLatin1Char(' '));
        } else {
            line.appendText(column, run);
        }
    }
    flush();
}

bool TerminalView::drawBoxCharacter(QPainter &painter, char32_t ch, const QRect &cell, const QColor &colour) const
{
    const int x0 = cell.left();
    const int y0 = cell.top();
    const int w = cell.width();
    const int h = cell.height();
    if (ch >= 0x2580 && ch <= 0x259f) {
        auto part = [&](int left, int top, int right, int bottom) {
            painter.fillRect(QRect(QPoint(x0 + left, y0 + top), QPoint(x0 + right - 1, y0 + bottom - 1)), colour);
        };
        if (ch == 0x2580) {
            part(0, 0, w, h / 2);
        } else if (ch >= 0x2581 && ch <= 0x2588) {
            const int eighths = static_cast<int>(ch - 0x2580);
            part(0, h - (h * eighths + 4) / 8, w, h);
        } else if (ch >= 0x2589 && ch <= 0x258f) {
            const int eighths = static_cast<int>(0x2590 - ch);
            part(0, 0, (w * eighths + 4) / 8, h);
        } else if (ch == 0x2590) {
            part(w / 2, 0, w, h);
        } else if (ch >= 0x2591 && ch <= 0x2593) {
            QColor shade = colour;
            shade.setAlphaF(0.25 * static_cast<qreal>(ch - 0x2590));
            painter.fillRect(cell, shade);
        } else if (ch == 0x2594) {
            part(0, 0, w, std::max(1, h / 8));
        } else if (ch == 0x2595) {
            part(w - std::max(1, w / 8), 0, w, h);
        } else {
            // Quadrants U+2596..U+259F: bit 1 upper left, 2 upper right, 4 lower left, 8 lower right.
            constexpr std::array<int, 10> kQuadrants = {4,         8,         1, 1 | 4 | 8, 1 | 8,
                                                        1 | 2 | 4, 1 | 2 | 8, 2, 2 | 4,     2 | 4 | 8};
            const int bits = kQuadrants.at(static_cast<std::size_t>(ch - 0x2596));
            if ((bits & 1) != 0) {
                part(0, 0, w / 2, h / 2);
            }
            if ((bits & 2) != 0) {
                part(w / 2, 0, w, h / 2);
            }
            if ((bits & 4) != 0) {
                part(0, h / 2, w / 2, h);
            }
            if ((bits & 8) != 0) {
                part(w / 2, h / 2, w, h);
            }
        }
        return true;
    }

    BoxArms arms;
    if (!boxArms(ch, arms)) {
        return false;
    }
    const int light = std::max(1, static_cast<int>(std::lround(w / 8.0)));
    const int cx = x0 + w / 2;
    const int cy = y0 + h / 2;
    const int x1 = x0 + w;
    const int y1 = y0 + h;
    auto thickness = [light](int weight) { return weight == 2 ? 2 * light : light; };
    auto fill = [&](int left, int top, int right, int bottom) {
        if (right > left && bottom > top) {
            painter.fillRect(QRect(left, top, right - left, bottom - top), colour);
        }
    };

    if (arms.arc) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(colour, light);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        const qreal centreX = cx - light / 2 + light / 2.0;
        const qreal centreY = cy - light / 2 + light / 2.0;
        const QPointF horizontalEnd(arms.right != 0 ? x1 : x0, centreY);
        const QPointF verticalEnd(centreX, arms.down != 0 ? y1 : y0);
        QPainterPath path(horizontalEnd);
        path.quadTo(QPointF(centreX, centreY), verticalEnd);
        painter.drawPath(path);
        painter.restore();
        return true;
    }

    const bool isDouble = arms.left == 3 || arms.right == 3 || arms.up == 3 || arms.down == 3;
    if (!isDouble) {
        const int tv = std::max(thickness(arms.up), thickness(arms.down));
        const int th = std::max(thickness(arms.left), thickness(arms.right));
        const int vb0 = cx - tv / 2;
        const int hb0 = cy - th / 2;
        if (arms.left != 0) {
            const int t = thickness(arms.left);
            fill(x0, cy - t / 2, vb0 + tv, cy - t / 2 + t);
        }
        if (arms.right != 0) {
            const int t = thickness(arms.right);
            fill(vb0, cy - t / 2, x1, cy - t / 2 + t);
        }
        if (arms.up != 0) {
            const int t = thickness(arms.up);
            fill(cx - t / 2, y0, cx - t / 2 + t, hb0 + th);
        }
        if (arms.down != 0) {
            const int t = thickness(arms.down);
            fill(cx - t / 2, hb0, cx - t / 2 + t, y1);
        }
        return true;
    }

    // Double lines: two light strokes `gap` either side of the centre; each stroke stops where it meets the
    // stroke of a perpendicular arm, so corners and tees close like the glyphs in a good console font.
    const int gap = light + std::max(1, light / 2);
    auto at = [light](int centre, int offset) { return centre + offset - light / 2; };
    const bool left = arms.left != 0;
    const bool right = arms.right != 0;
    const bool up = arms.up != 0;
    const bool down = arms.down != 0;
    if (right) {
        fill(at(cx, up ? gap : -gap), at(cy, -gap), x1, at(cy, -gap) + light);
        fill(at(cx, down ? gap : -gap), at(cy, gap), x1, at(cy, gap) + light);
    }
    if (left) {
        fill(x0, at(cy, -gap), at(cx, up ? -gap : gap) + light, at(cy, -gap) + light);
        fill(x0, at(cy, gap), at(cx, down ? -gap : gap) + light, at(cy, gap) + light);
    }
    if (down) {
        fill(at(cx, -gap), at(cy, left ? gap : -gap), at(cx, -gap) + light, y1);
        fill(at(cx, gap), at(cy, right ? gap : -gap), at(cx, gap) + light, y1);
    }
    if (up) {
        fill(at(cx, -gap), y0, at(cx, -gap) + light, at(cy, left ? -gap : gap) + light);
        fill(at(cx, gap), y0, at(cx, gap) + light, at(cy, right ? -gap : gap) + light);
    }
    return true;
}

void TerminalView::paintCursor(QPainter &painter)
{
    if (!m_screen->isCursorVisible()) {
        return;
    }
    const QPoint cursor = m_screen->cursorPosition();
    const int viewRow = cursor.y() + m_scrollOffset;
    if (viewRow < 0 || viewRow >= m_screen->rows()) {
        return;
    }
    const TerminalLine line = m_screen->line(cursor.y());
    const TerminalCell cell = line.at(cursor.x());
    const int width = cell.width == 2 ? 2 : 1;
    const QRect rect(cursor.x() * m_cellWidth, viewRow * m_cellHeight, width * m_cellWidth, m_cellHeight);
    const QColor foreground = palette().color(QPalette::Text);
    if (!hasFocus()) {
        painter.setPen(foreground);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
        return;
    }
    if (!m_cursorBlinkOn) {
        return;
    }
    const int bar = std::max(2, m_cellWidth / 6);
    switch (m_screen->cursorShape()) {
    case TerminalScreen::CursorShape::Underline:
        painter.fillRect(QRect(rect.left(), rect.bottom() - bar + 1, rect.width(), bar), foreground);
        return;
    case TerminalScreen::CursorShape::Bar:
        painter.fillRect(QRect(rect.left(), rect.top(), bar, rect.height()), foreground);
        return;
    case TerminalScreen::CursorShape::Block:
        break;
    }
    painter.fillRect(rect, foreground);
    if (cell.ch != 0 && cell.ch != U' ') {
        const QColor text = palette().color(QPalette::Base);
        if (!drawBoxCharacter(painter, cell.ch, rect, text)) {
            painter.setFont(m_fonts.at(static_cast<std::size_t>(fontIndex(cell.flags))));
            painter.setPen(text);
            painter.drawText(rect, Qt::AlignCenter | Qt::TextDontClip, line.text(cursor.x()));
        }
    }
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateTerminalSize();
}

void TerminalView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateTerminalSize();
}

bool TerminalView::isOwnShortcut(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    const QKeySequence withoutShift(
        QKeyCombination(event->modifiers() & ~Qt::ShiftModifier, static_cast<Qt::Key>(event->key())));
    for (const QAction *action : {m_copyAction, m_pasteAction, m_zoomInAction, m_zoomOutAction, m_resetZoomAction}) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut == pressed || (action == m_zoomInAction && shortcut == withoutShift)) {
                return true;
            }
        }
    }
    return false;
}

bool TerminalView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const bool control = (modifiers & Qt::ControlModifier) != 0;
        const bool shift = (modifiers & Qt::ShiftModifier) != 0;
        // Left to the window: our own actions, tab switching (Ctrl+Tab, Ctrl+PgUp/PgDn) and Ctrl+Shift+letter,
        // which a terminal cannot tell from Ctrl+letter anyway. Everything else is the terminal's.
        const bool windowKey = isOwnShortcut(key)
                               || (control
                                   && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab
                                       || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown))
                               || (control && shift && key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z);
        if (!windowKey) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::focusNextPrevChild(bool)
{
    // Tab and Shift+Tab belong to the shell (completion), not to focus navigation.
    return false;
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    if (!m_screen) {
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::ShiftModifier) {
        const int page = std::max(1, m_screen->rows() - 1);
        switch (event->key()) {
        case Qt::Key_PageUp:
            setScrollOffset(m_scrollOffset + page);
            return;
        case Qt::Key_PageDown:
            setScrollOffset(m_scrollOffset - page);
            return;
        default:
            break;
        }
    }
    if (m_screen->sendKey(event->key(), event->modifiers(), event->text())) {
        setScrollOffset(0);
        restartCursorBlink();
        event->accept();
        return;
    }
    event->ignore();
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_screen && !event->commitString().isEmpty()) {
        m_screen->sendText(event->commitString());
        setScrollOffset(0);
    }
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (m_screen && query == Qt::ImCursorRectangle) {
        const QPoint cursor = m_screen->cursorPosition();
        return QRect(cursor.x() * m_cellWidth, (cursor.y() + m_scrollOffset) * m_cellHeight, m_cellWidth, m_cellHeight);
    }
    if (query == Qt::ImFont) {
        return m_fonts[0];
    }
    return QAbstractScrollArea::inputMethodQuery(query);
}

TerminalView::CellPos TerminalView::cellAt(const QPoint &point) const
{
    const int viewRow = std::clamp(point.y() / m_cellHeight, 0, m_screen->rows() - 1);
    const int column = std::clamp(point.x() / m_cellWidth, 0, m_screen->columns() - 1);
    return CellPos{m_screen->linesScrolledOff() - m_scrollOffset + viewRow, column};
}

int TerminalView::viewRowOf(qint64 absoluteLine) const
{
    return static_cast<int>(absoluteLine - m_screen->linesScrolledOff() + m_scrollOffset);
}

std::pair<TerminalView::CellPos, TerminalView::CellPos> TerminalView::orderedSelection() const
{
    CellPos start = m_selectionAnchor;
    CellPos stop = m_selectionEnd;
    if (std::tie(stop.line, stop.column) < std::tie(start.line, start.column)) {
        std::swap(start, stop);
    }
    if (m_selectionMode == SelectionMode::Line) {
        start.column = 0;
        stop.column = m_screen->columns() - 1;
    } else if (m_selectionMode == SelectionMode::Word) {
        const qint64 origin = m_screen->linesScrolledOff();
        const TerminalLine first = m_screen->line(static_cast<int>(start.line - origin));
        while (start.column > 0 && isWordCharacter(first.text(start.column - 1))
               && isWordCharacter(first.text(start.column))) {
            --start.column;
        }
        const TerminalLine last = m_screen->line(static_cast<int>(stop.line - origin));
        while (stop.column < m_screen->columns() - 1 && isWordCharacter(last.text(stop.column))
               && isWordCharacter(last.text(stop.column + 1))) {
            ++stop.column;
        }
    }
    return {start, stop};
}

bool TerminalView::isSelected(qint64 absoluteLine, int column, const std::pair<CellPos, CellPos> &selection) const
{
    if (!m_hasSelection) {
        return false;
    }
    const auto &[start, stop] = selection;
    return std::tie(absoluteLine, column) >= std::tie(start.line, start.column)
           && std::tie(absoluteLine, column) <= std::tie(stop.line, stop.column);
}

void TerminalView::extendSelection(const CellPos &to)
{
    m_selectionEnd = to;
    m_hasSelection = true;
    viewport()->update();
}

bool TerminalView::hasSelection() const
{
    return m_hasSelection;
}

void TerminalView::selectCells(int fromRow, int fromColumn, int toRow, int toColumn)
{
    const qint64 origin = m_screen->linesScrolledOff();
    m_selectionMode = SelectionMode::Character;
    m_selectionAnchor = CellPos{origin + fromRow, fromColumn};
    extendSelection(CellPos{origin + toRow, toColumn});
}

void TerminalView::clearSelection()
{
    if (m_hasSelection) {
        m_hasSelection = false;
        viewport()->update();
    }
}

QString TerminalView::selectedText() const
{
    if (!m_hasSelection || !m_screen) {
        return QString();
    }
    const auto [start, stop] = orderedSelection();
    const qint64 origin = m_screen->linesScrolledOff();
    QStringList lines;
    for (qint64 absolute = start.line; absolute <= stop.line; ++absolute) {
        const qint64 row = absolute - origin;
        if (row < -m_screen->scrollbackSize() || row >= m_screen->rows()) {
            continue;
        }
        const TerminalLine line = m_screen->line(static_cast<int>(row));
        int from = absolute == start.line ? start.column : 0;
        const int to = absolute == stop.line ? stop.column + 1 : m_screen->columns();
        if (from > 0 && line.at(from).width == 0) {
            --from;
        }
        QString text = line.text(from, to);
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1) == QLatin1Char(' ')) {
            --end;
        }
        text.truncate(end);
        lines.append(text);
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    }
}

void TerminalView::pasteClipboard()
{
    if (m_screen) {
        m_screen->paste(QGuiApplication::clipboard()->text(QClipboard::Clipboard));
        setScrollOffset(0);
    }
}

bool TerminalView::forwardsMouse(const QMouseEvent *event) const
{
    // Shift keeps selection and paste available while an application (htop, mc, vim) takes the mouse.
    return m_screen && m_screen->mouseMode() != TerminalScreen::MouseMode::None
           && (event->modifiers() & Qt::ShiftModifier) == 0;
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    if (!m_screen) {
        return;
    }
    const QPoint point = event->position().toPoint();
    if (forwardsMouse(event)) {
        const CellPos cell = cellAt(point);
        m_screen->sendMouseButton(mouseButton(event->button()), true, viewRowOf(cell.line) - m_scrollOffset,
                                  cell.column, event->modifiers());
        return;
    }
    if (event->button() == Qt::LeftButton) {
        const bool tripleClick =
            m_sinceDoubleClick.isValid()
            && m_sinceDoubleClick.elapsed() < QGuiApplication::styleHints()->mouseDoubleClickInterval()
            && (point - m_doubleClickPos).manhattanLength() < 5;
        m_sinceDoubleClick.invalidate();
        m_selectionAnchor = cellAt(point);
        m_selectionEnd = m_selectionAnchor;
        m_selecting = true;
        if (tripleClick) {
            m_selectionMode = SelectionMode::Line;
            extendSelection(m_selectionAnchor);
        } else {
            m_selectionMode = SelectionMode::Character;
            clearSelection();
        }
    } else if (event->button() == Qt::MiddleButton) {
        QClipboard *clipboard = QGuiApplication::clipboard();
        const QClipboard::Mode mode = clipboard->supportsSelection() ? QClipboard::Selection : QClipboard::Clipboard;
        m_screen->paste(clipboard->text(mode));
        setScrollOffset(0);
    }
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_screen) {
        return;
    }
    if (forwardsMouse(event)) {
        mousePressEvent(event);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPoint point = event->position().toPoint();
    m_sinceDoubleClick.start();
    m_doubleClickPos = point;
    m_selectionMode = SelectionMode::Word;
    m_selectionAnchor = cellAt(point);
    m_selecting = true;
    extendSelection(m_selectionAnchor);
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_screen) {
        return;
    }
    const QPoint point = event->position().toPoint();
    if (forwardsMouse(event)) {
        const bool dragging = event->buttons() != Qt::NoButton;
        const TerminalScreen::MouseMode mode = m_screen->mouseMode();
        if (mode == TerminalScreen::MouseMode::Move || (mode == TerminalScreen::MouseMode::Drag && dragging)) {
            const CellPos cell = cellAt(point);
            m_screen->sendMouseMove(viewRowOf(cell.line) - m_scrollOffset, cell.column, event->modifiers());
        }
        return;
    }
    if (m_selecting && (event->buttons() & Qt::LeftButton) != 0) {
        if (point.y() < 0) {
            setScrollOffset(m_scrollOffset + 1);
        } else if (point.y() >= viewport()->height()) {
            setScrollOffset(m_scrollOffset - 1);
        }
        extendSelection(cellAt(point));
    }
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_screen) {
        return;
    }
    if (forwardsMouse(event)) {
        const CellPos cell = cellAt(event->position().toPoint());
        m_screen->sendMouseButton(mouseButton(event->button()), false, viewRowOf(cell.line) - m_scrollOffset,
                                  cell.column, event->modifiers());
        return;
    }
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        QClipboard *clipboard = QGuiApplication::clipboard();
        const QString text = selectedText();
        if (!text.isEmpty() && clipboard->supportsSelection()) {
            clipboard->setText(text, QClipboard::Selection);
        }
    }
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    if (!m_screen) {
        return;
    }
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0) {
        event->accept();
        return;
    }
    const int lines = notches * kWheelLines;
    const bool shift = (event->modifiers() & Qt::ShiftModifier) != 0;
    if (m_screen->mouseMode() != TerminalScreen::MouseMode::None && !shift) {
        const CellPos cell = cellAt(event->position().toPoint());
        const auto button = notches > 0 ? TerminalScreen::MouseButton::WheelUp : TerminalScreen::MouseButton::WheelDown;
        for (int i = 0; i < std::abs(notches); ++i) {
            m_screen->sendMouseButton(button, true, viewRowOf(cell.line) - m_scrollOffset, cell.column,
                                      event->modifiers());
        }
    } else if (m_screen->isAlternateScreen() && !shift) {
        // Full-screen programs have no scrollback here: the wheel moves their cursor, as in xterm's
        // alternate-scroll mode (less, man, vim).
        for (int i = 0; i < std::abs(lines); ++i) {
            m_screen->sendKey(lines > 0 ? Qt::Key_Up : Qt::Key_Down, Qt::NoModifier);
        }
    } else {
        setScrollOffset(m_scrollOffset + lines);
    }
    event->accept();
}

void TerminalView::restartCursorBlink()
{
    m_cursorBlinkOn = true;
    if (hasFocus()) {
        m_blinkTimer->start();
    }
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_screen) {
        m_screen->setFocused(true);
    }
    restartCursorBlink();
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    if (m_screen) {
        m_screen->setFocused(false);
    }
    m_blinkTimer->stop();
    m_cursorBlinkOn = true;
    viewport()->update();
}

void TerminalView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        viewport()->update();
    }
}

void TerminalView::contextMenuEvent(QContextMenuEvent *event)
{
    m_copyAction->setEnabled(hasSelection());
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_copyAction);
    menu.addAction(m_pasteAction);
    menu.addSeparator();
    menu.addAction(m_zoomInAction);
    menu.addAction(m_zoomOutAction);
    menu.addAction(m_resetZoomAction);
    menu.exec(event->globalPos());
    m_copyAction->setEnabled(true);
}

} // namespace Vigil
