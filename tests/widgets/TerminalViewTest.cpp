// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal view offscreen: keys become bytes, pastes are bracketed, the size follows the widget, selection
// reaches the clipboard, zoom changes the grid, and what it paints has the screen's colours and line drawing.
#include "TerminalView.h"
#include "TerminalScreen.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using Vigil::TerminalScreen;
using Vigil::TerminalView;

namespace {

QByteArray allOutput(const QSignalSpy &spy)
{
    QByteArray bytes;
    for (const QList<QVariant> &call : spy) {
        bytes += call.at(0).toByteArray();
    }
    return bytes;
}

class TerminalViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        screen = std::make_unique<TerminalScreen>();
        view = std::make_unique<TerminalView>(screen.get());
        view->resize(640, 400);
        view->show();
        view->activateWindow();
        view->setFocus();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        QApplication::setActiveWindow(view.get());
    }

    QPoint cellCentre(int row, int column) const
    {
        const QSize cell = view->cellSize();
        return QPoint(column * cell.width() + cell.width() / 2, row * cell.height() + cell.height() / 2);
    }

    std::unique_ptr<TerminalScreen> screen;
    std::unique_ptr<TerminalView> view;
};

TEST_F(TerminalViewTest, KeysPressedBecomeTerminalBytes)
{
    QSignalSpy output(screen.get(), &TerminalScreen::outputReady);
    QTest::keyClicks(view.get(), QStringLiteral("ls"));
    QTest::keyClick(view.get(), Qt::Key_Return);
    QTest::keyClick(view.get(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(view.get(), Qt::Key_Up);
    QTest::keyClick(view.get(), Qt::Key_Tab);
    QTest::keyClick(view.get(), Qt::Key_F1);
    QTest::keyClick(view.get(), Qt::Key_B, Qt::AltModifier);
    EXPECT_EQ(allOutput(output), QByteArray("ls\r\x03\x1b[A\t\x1bOP\x1b"
                                            "b"));
    // Tab went to the shell, not to focus navigation.
    EXPECT_TRUE(view->hasFocus());
}

TEST_F(TerminalViewTest, ApplicationCursorModeReachesTheKeys)
{
    screen->feed("\x1b[?1h");
    QSignalSpy output(screen.get(), &TerminalScreen::outputReady);
    QTest::keyClick(view.get(), Qt::Key_Down);
    EXPECT_EQ(allOutput(output), QByteArray("\x1bOB"));
}

TEST_F(TerminalViewTest, CtrlShiftVPastesBracketed)
{
    screen->feed("\x1b[?2004h");
    QGuiApplication::clipboard()->setText(QStringLiteral("echo one\necho two\n"));
    QSignalSpy output(screen.get(), &TerminalScreen::outputReady);
    QTest::keyClick(view.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(allOutput(output), QByteArray("\x1b[200~echo one\recho two\r\x1b[201~"));
}

TEST_F(TerminalViewTest, ResizingEmitsTheNewCellGrid)
{
    QSignalSpy sizes(view.get(), &TerminalView::terminalSizeChanged);
    const QSize cell = view->cellSize();
    const int scrollBar = view->verticalScrollBar()->sizeHint().width();
    view->resize(100 * cell.width() + scrollBar + cell.width() / 2, 30 * cell.height() + cell.height() / 3);
    QApplication::processEvents();
    ASSERT_FALSE(sizes.isEmpty());
    EXPECT_EQ(sizes.last().at(0).toInt(), 100);
    EXPECT_EQ(sizes.last().at(1).toInt(), 30);
    EXPECT_EQ(screen->columns(), 100);
    EXPECT_EQ(screen->rows(), 30);
}

TEST(TerminalViewAloneTest, AHiddenViewLeavesTheScreenSizeAlone)
{
    TerminalScreen screen(120, 40);
    screen.feed("a line longer than the viewport of a view that was never shown");
    TerminalView view(&screen);
    view.resize(50, 20);
    EXPECT_EQ(screen.columns(), 120);
    EXPECT_EQ(screen.rows(), 40);
    EXPECT_EQ(screen.lineText(0), QStringLiteral("a line longer than the viewport of a view that was never shown"));
}

TEST_F(TerminalViewTest, DraggedSelectionIsCopiedWithCtrlShiftC)
{
    screen->feed("hello world\r\nsecond line here");
    QWidget *viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, cellCentre(0, 6));
    QTest::mouseMove(viewport, cellCentre(1, 5));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, cellCentre(1, 5));
    ASSERT_TRUE(view->hasSelection());
    EXPECT_EQ(view->selectedText(), QStringLiteral("world\nsecond"));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("world\nsecond"));
}

TEST_F(TerminalViewTest, DoubleClickSelectsAWordAndTripleClickTheLine)
{
    screen->feed("ssh sam@web01.example.org -p 22");
    QWidget *viewport = view->viewport();
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, cellCentre(0, 10));
    EXPECT_EQ(view->selectedText(), QStringLiteral("sam@web01.example.org"));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, cellCentre(0, 10));
    EXPECT_EQ(view->selectedText(), QStringLiteral("ssh sam@web01.example.org -p 22"));
}

TEST_F(TerminalViewTest, SelectionKeepsWideCharactersWhole)
{
    screen->feed(QStringLiteral(u"日本語 text").toUtf8());
    view->selectCells(0, 1, 0, 3);
    EXPECT_EQ(view->selectedText(), QStringLiteral(u"日本"));
}

TEST_F(TerminalViewTest, SelectionStaysOnItsTextWhileOutputScrolls)
{
    screen->feed("target line\r\n");
    view->selectCells(0, 0, 0, 5);
    for (int i = 0; i < 5; ++i) {
        screen->feed("more output\r\n");
    }
    EXPECT_EQ(view->selectedText(), QStringLiteral("target"));
}

TEST_F(TerminalViewTest, ZoomChangesTheColumns)
{
    const int columns = screen->columns();
    const qreal points = view->fontPointSize();
    QSignalSpy sizes(view.get(), &TerminalView::terminalSizeChanged);
    QTest::keyClick(view.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(view.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(view.get(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(view->fontPointSize(), points);
    EXPECT_LT(screen->columns(), columns);
    ASSERT_FALSE(sizes.isEmpty());
    EXPECT_EQ(sizes.last().at(0).toInt(), screen->columns());
    QTest::keyClick(view.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(view->fontPointSize(), points);
    EXPECT_EQ(screen->columns(), columns);
    QTest::keyClick(view.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_GT(screen->columns(), columns);
}

TEST_F(TerminalViewTest, ShiftPageUpScrollsBackAndTypingReturns)
{
    for (int i = 0; i < 200; ++i) {
        screen->feed("line " + QByteArray::number(i) + "\r\n");
    }
    ASSERT_GT(screen->scrollbackSize(), 100);
    QTest::keyClick(view.get(), Qt::Key_PageUp, Qt::ShiftModifier);
    EXPECT_EQ(view->scrollOffset(), screen->rows() - 1);
    // New output does not move what is being read.
    const int offset = view->scrollOffset();
    screen->feed("another\r\n");
    EXPECT_EQ(view->scrollOffset(), offset + 1);
    QTest::keyClick(view.get(), Qt::Key_PageDown, Qt::ShiftModifier);
    EXPECT_EQ(view->scrollOffset(), 1);
    QTest::keyClick(view.get(), Qt::Key_A);
    EXPECT_EQ(view->scrollOffset(), 0);
}

TEST_F(TerminalViewTest, PaintsCellColoursAndJoinedLineDrawing)
{
    screen->feed("\x1b[41m   \x1b[0m\r\n\x1b(0qqqq\x1b(B");
    QApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    const QSize cell = view->cellSize();
    const qreal ratio = image.devicePixelRatio();
    auto pixel = [&](int x, int y) {
        return image.pixelColor(static_cast<int>(x * ratio), static_cast<int>(y * ratio)).rgb() & 0xffffff;
    };
    EXPECT_EQ(pixel(cell.width() + cell.width() / 2, cell.height() / 2), screen->paletteColour(1));
    // The horizontal line crosses the cell borders without gaps.
    const int lineY = cell.height() + cell.height() / 2;
    const QRgb lineColour = view->palette().color(QPalette::Text).rgb() & 0xffffff;
    for (int x = 0; x < 4 * cell.width(); ++x) {
        EXPECT_EQ(pixel(x, lineY), lineColour) << "x=" << x;
    }
}
TEST_F(TerminalViewTest, MiddleClickPastesBracketed)
{
    screen->feed("\x1b[?2004h");
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QClipboard::Mode mode = clipboard->supportsSelection() ? QClipboard::Selection : QClipboard::Clipboard;
    clipboard->setText(QStringLiteral("uptime"), mode);
    QSignalSpy output(screen.get(), &TerminalScreen::outputReady);
    QTest::mouseClick(view->viewport(), Qt::MiddleButton, Qt::NoModifier, cellCentre(2, 2));
    EXPECT_EQ(allOutput(output), QByteArray("\x1b[200~uptime\x1b[201~"));
}

TEST_F(TerminalViewTest, ClicksGoToAnApplicationThatAsksAndShiftStillSelects)
{
    screen->feed("some text to select\x1b[?1000h\x1b[?1006h");
    QSignalSpy output(screen.get(), &TerminalScreen::outputReady);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cellCentre(3, 7));
    EXPECT_EQ(allOutput(output), QByteArray("\x1b[<0;8;4M\x1b[<0;8;4m"));
    output.clear();
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCentre(0, 1));
    EXPECT_TRUE(output.isEmpty());
    EXPECT_EQ(view->selectedText(), QStringLiteral("some"));
}

TEST_F(TerminalViewTest, WheelInTheAlternateScreenMovesTheProgramsCursor)
{
    screen->feed("\x1b[?1049h");
    QSignalSpy output(screen.get(), &TerminalScreen::outputReady);
    QWheelEvent wheel(QPointF(10, 10), view->viewport()->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_EQ(allOutput(output), QByteArray("\x1b[B\x1b[B\x1b[B"));
    EXPECT_EQ(view->scrollOffset(), 0);
}

TEST_F(TerminalViewTest, CtrlLettersBeatWindowShortcutsButCtrlShiftLettersDoNot)
{
    QWidget window;
    auto *terminal = new TerminalView(screen.get(), &window);
    terminal->resize(400, 300);
    auto *logOff = new QAction(&window);
    logOff->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    window.addAction(logOff);
    auto *newTab = new QAction(&window);
    newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    window.addAction(newTab);
    QSignalSpy logOffs(logOff, &QAction::triggered);
    QSignalSpy newTabs(newTab, &QAction::triggered);
    window.show();
    QApplication::setActiveWindow(&window);
    terminal->setFocus();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QSignalSpy output(screen.get(), &TerminalScreen::outputReady);
    QTest::keyClick(terminal, Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(allOutput(output), QByteArray("\x04"));
    EXPECT_EQ(logOffs.count(), 0);
    QTest::keyClick(terminal, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(newTabs.count(), 1);
}

} // namespace
