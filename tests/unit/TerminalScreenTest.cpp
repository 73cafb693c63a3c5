// SPDX-License-Identifier: GPL-3.0-or-later
// The screen model fed with byte streams as a host would send them; every assertion reads cells back.
#include "TerminalScreen.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

using Vigil::TerminalCell;
using Vigil::TerminalScreen;

namespace {

QByteArray esc(const char *sequence)
{
    return QByteArray("\x1b") + sequence;
}

QByteArray allOutput(const QSignalSpy &spy)
{
    QByteArray bytes;
    for (const QList<QVariant> &call : spy) {
        bytes += call.at(0).toByteArray();
    }
    return bytes;
}

QString text(const TerminalScreen &screen, int row)
{
    return screen.lineText(row);
}

} // namespace

TEST(TerminalScreenTest, PlainTextWrapsAtTheRightMargin)
{
    TerminalScreen screen(10, 4);
    screen.feed("hello\r\n0123456789abc");
    EXPECT_EQ(text(screen, 0), QStringLiteral("hello"));
    EXPECT_EQ(text(screen, 1), QStringLiteral("0123456789"));
    EXPECT_EQ(text(screen, 2), QStringLiteral("abc"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(3, 2));
    const TerminalCell h = screen.cell(0, 0);
    EXPECT_EQ(h.ch, U'h');
    EXPECT_EQ(h.width, 1);
    EXPECT_TRUE(h.flags & TerminalCell::DefaultForeground);
    EXPECT_TRUE(h.flags & TerminalCell::DefaultBackground);
}

TEST(TerminalScreenTest, SgrColoursResolveTo16And256AndTruecolor)
{
    TerminalScreen screen(20, 2);
    screen.feed(esc("[31mR") + esc("[42mG") + esc("[0m") + esc("[38;5;196mX") + esc("[48;5;244mY") + esc("[0m")
                + esc("[38;2;10;20;30mT") + esc("[48;2;200;100;50mB") + esc("[0mD") + esc("[91mb"));
    const TerminalCell red = screen.cell(0, 0);
    EXPECT_FALSE(red.flags & TerminalCell::DefaultForeground);
    EXPECT_TRUE(red.flags & TerminalCell::DefaultBackground);
    EXPECT_EQ(red.foreground, screen.paletteColour(1));
    const TerminalCell green = screen.cell(0, 1);
    EXPECT_EQ(green.background, screen.paletteColour(2));
    EXPECT_FALSE(green.flags & TerminalCell::DefaultBackground);
    // xterm-256color cube and grey ramp.
    EXPECT_EQ(screen.cell(0, 2).foreground, 0xff0000u);
    EXPECT_EQ(screen.cell(0, 3).background, 0x808080u);
    EXPECT_EQ(screen.cell(0, 4).foreground, 0x0a141eu);
    EXPECT_EQ(screen.cell(0, 5).background, 0xc86432u);
    EXPECT_TRUE(screen.cell(0, 6).flags & TerminalCell::DefaultForeground);
    EXPECT_EQ(screen.cell(0, 7).foreground, screen.paletteColour(9));
    EXPECT_FALSE(screen.cell(0, 7).flags & (TerminalCell::IndexedForeground | TerminalCell::IndexedBackground));
}

TEST(TerminalScreenTest, ChangedAnsiColourReachesCellsAlreadyOnScreen)
{
    TerminalScreen screen(10, 2);
    screen.feed(esc("[34mx"));
    screen.setAnsiColour(4, 0x123456);
    EXPECT_EQ(screen.cell(0, 0).foreground, 0x123456u);
}

TEST(TerminalScreenTest, TextAttributes)
{
    TerminalScreen screen(20, 2);
    screen.feed(esc("[1mB") + esc("[0;3mI") + esc("[0;4mU") + esc("[0;7mR") + esc("[0;9mS") + esc("[0;5mK")
                + esc("[0;21mW") + esc("[0mN"));
    EXPECT_TRUE(screen.cell(0, 0).flags & TerminalCell::Bold);
    EXPECT_TRUE(screen.cell(0, 1).flags & TerminalCell::Italic);
    EXPECT_TRUE(screen.cell(0, 2).flags & TerminalCell::Underline);
    EXPECT_TRUE(screen.cell(0, 3).flags & TerminalCell::Reverse);
    EXPECT_TRUE(screen.cell(0, 4).flags & TerminalCell::Strike);
    EXPECT_TRUE(screen.cell(0, 5).flags & TerminalCell::Blink);
    EXPECT_TRUE(screen.cell(0, 6).flags & TerminalCell::DoubleUnderline);
    const quint16 attributes = TerminalCell::Bold | TerminalCell::Italic | TerminalCell::Underline
                               | TerminalCell::Reverse | TerminalCell::Strike | TerminalCell::Blink
                               | TerminalCell::DoubleUnderline;
    EXPECT_EQ(screen.cell(0, 7).flags & attributes, 0);
}

TEST(TerminalScreenTest, BoldWithABasicColourShowsTheBrightOne)
{
    TerminalScreen screen(10, 2);
    screen.feed(esc("[1;32mg"));
    EXPECT_EQ(screen.cell(0, 0).foreground, screen.paletteColour(10));
}

TEST(TerminalScreenTest, CursorMovements)
{
    TerminalScreen screen(20, 10);
    screen.feed(esc("[5;10H"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(9, 4));
    screen.feed(esc("[2A"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(9, 2));
    screen.feed(esc("[3B"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(9, 5));
    screen.feed(esc("[4C"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(13, 5));
    screen.feed(esc("[20D"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(0, 5));
    screen.feed(esc("[99;99H"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(19, 9));
    screen.feed(esc("[H") + "X" + esc("[3;4HY"));
    EXPECT_EQ(screen.cell(0, 0).ch, U'X');
    EXPECT_EQ(screen.cell(2, 3).ch, U'Y');
}

TEST(TerminalScreenTest, EraseInLineAndDisplay)
{
    TerminalScreen screen(10, 3);
    screen.feed("aaaaaaaaaa\r\nbbbbbbbbbb\r\ncccccccccc");
    screen.feed(esc("[2;5H") + esc("[K"));
    EXPECT_EQ(text(screen, 1), QStringLiteral("bbbb"));
    screen.feed(esc("[1K"));
    EXPECT_EQ(text(screen, 1), QString());
    screen.feed(esc("[1;3H") + esc("[J"));
    EXPECT_EQ(text(screen, 0), QStringLiteral("aa"));
    EXPECT_EQ(text(screen, 2), QString());
    screen.feed("z" + esc("[2J"));
    EXPECT_EQ(text(screen, 0), QString());
}

TEST(TerminalScreenTest, EraseWithABackgroundColourKeepsTheColour)
{
    TerminalScreen screen(10, 2);
    screen.feed(esc("[44m") + esc("[2K"));
    EXPECT_EQ(screen.cell(0, 9).background, screen.paletteColour(4));
}

TEST(TerminalScreenTest, AlternateScreenLeavesTheMainScreenAsItWas)
{
    TerminalScreen screen(20, 4);
    QSignalSpy alternate(&screen, &TerminalScreen::alternateScreenChanged);
    screen.feed("shell prompt $ vim\r\n");
    screen.feed(esc("[?1049h") + esc("[H") + esc("[2J") + "~ vim buffer");
    EXPECT_TRUE(screen.isAlternateScreen());
    EXPECT_EQ(text(screen, 0), QStringLiteral("~ vim buffer"));
    ASSERT_EQ(alternate.count(), 1);
    EXPECT_TRUE(alternate.at(0).at(0).toBool());
    screen.feed(esc("[?1049l"));
    EXPECT_FALSE(screen.isAlternateScreen());
    EXPECT_EQ(text(screen, 0), QStringLiteral("shell prompt $ vim"));
    EXPECT_EQ(screen.cursorPosition(), QPoint(0, 1));
    ASSERT_EQ(alternate.count(), 2);
    EXPECT_FALSE(alternate.at(1).at(0).toBool());
}

TEST(TerminalScreenTest, AlternateScreenOutputDoesNotEnterTheScrollback)
{
    TerminalScreen screen(10, 3);
    screen.feed(esc("[?1049h"));
    for (int i = 0; i < 20; ++i) {
        screen.feed("line\r\n");
    }
    EXPECT_EQ(screen.scrollbackSize(), 0);
    screen.feed(esc("[?1049l"));
    EXPECT_EQ(screen.scrollbackSize(), 0);
}

TEST(TerminalScreenTest, WideCharactersTakeTwoCells)
{
    TerminalScreen screen(10, 2);
    screen.feed(QStringLiteral(u"a漢b😀c").toUtf8());
    EXPECT_EQ(screen.cell(0, 0).ch, U'a');
    EXPECT_EQ(screen.cell(0, 1).ch, U'漢');
    EXPECT_EQ(screen.cell(0, 1).width, 2);
    EXPECT_EQ(screen.cell(0, 2).width, 0);
    EXPECT_EQ(screen.cell(0, 3).ch, U'b');
    EXPECT_EQ(screen.cell(0, 4).ch, U'\U0001F600');
    EXPECT_EQ(screen.cell(0, 4).width, 2);
    EXPECT_EQ(screen.cell(0, 6).ch, U'c');
    EXPECT_EQ(screen.cursorPosition(), QPoint(7, 0));
    EXPECT_EQ(text(screen, 0), QStringLiteral(u"a漢b😀c"));
}

TEST(TerminalScreenTest, WideCharacterAtTheMarginWrapsWhole)
{
    TerminalScreen screen(5, 2);
    screen.feed(QStringLiteral(u"abcd漢").toUtf8());
    EXPECT_EQ(text(screen, 0), QStringLiteral("abcd"));
    EXPECT_EQ(screen.cell(1, 0).ch, U'漢');
    EXPECT_EQ(screen.cell(1, 0).width, 2);
}

TEST(TerminalScreenTest, CombiningMarksStayInTheirBaseCell)
{
    TerminalScreen screen(10, 2);
    // e + COMBINING ACUTE ACCENT, then x.
    screen.feed("e\xcc\x81x");
    const Vigil::TerminalLine line = screen.line(0);
    EXPECT_EQ(line.at(0).ch, U'e');
    ASSERT_EQ(line.marks(0).size(), 1);
    EXPECT_EQ(line.marks(0).at(0), U'\u0301');
    EXPECT_EQ(line.text(0), QStringLiteral(u"e\u0301"));
    EXPECT_EQ(line.at(1).ch, U'x');
    EXPECT_EQ(screen.cursorPosition(), QPoint(2, 0));
}

TEST(TerminalScreenTest, DecSpecialGraphicsDrawBoxes)
{
    TerminalScreen screen(10, 2);
    screen.feed(esc("(0") + "lqk\r\nmqj" + esc("(B") + "q");
    EXPECT_EQ(text(screen, 0), QStringLiteral(u"┌─┐"));
    EXPECT_EQ(text(screen, 1), QStringLiteral(u"└─┘q"));
}

TEST(TerminalScreenTest, ResizeKeepsContentAndClampsTheCursor)
{
    TerminalScreen screen(20, 5);
    QSignalSpy sizes(&screen, &TerminalScreen::sizeChanged);
    screen.feed("first\r\nsecond\r\n" + esc("[5;18H") + "z");
    screen.resize(10, 5);
    EXPECT_EQ(screen.columns(), 10);
    EXPECT_EQ(screen.rows(), 5);
    EXPECT_EQ(text(screen, 0), QStringLiteral("first"));
    EXPECT_EQ(text(screen, 1), QStringLiteral("second"));
    EXPECT_LT(screen.cursorPosition().x(), 10);
    ASSERT_EQ(sizes.count(), 1);
    EXPECT_EQ(sizes.at(0).at(0).toInt(), 10);
    EXPECT_EQ(sizes.at(0).at(1).toInt(), 5);
    screen.feed(esc("[2J") + esc("[H") + "after");
    EXPECT_EQ(text(screen, 0), QStringLiteral("after"));
}

TEST(TerminalScreenTest, LeavingVimAfterTheWindowShrankKeepsTheShellVisible)
{
    TerminalScreen screen(40, 20);
    screen.feed("\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n$ vim" + esc("[?1049h"));
    screen.resize(40, 8);
    screen.feed(esc("[?1049l"));
    EXPECT_LT(screen.cursorPosition().y(), 8);
    screen.feed("\r\n$ ");
    EXPECT_EQ(text(screen, screen.cursorPosition().y()), QStringLiteral("$"));
}

TEST(TerminalScreenTest, NarrowingKeepsTheScrollbackWhole)
{
    TerminalScreen screen(20, 2);
    screen.feed("a long history line\r\nx\r\ny");
    screen.resize(5, 2);
    EXPECT_EQ(text(screen, -1), QStringLiteral("a long history line"));
    EXPECT_EQ(text(screen, 0), QStringLiteral("x"));
}

TEST(TerminalScreenTest, ShrinkingPushesLinesToTheScrollbackAndGrowingPullsThemBack)
{
    TerminalScreen screen(10, 6);
    screen.feed("l1\r\nl2\r\nl3\r\nl4\r\nl5\r\nl6");
    screen.resize(10, 3);
    EXPECT_EQ(text(screen, 2), QStringLiteral("l6"));
    EXPECT_EQ(screen.cursorPosition().y(), 2);
    EXPECT_EQ(screen.scrollbackSize(), 3);
    EXPECT_EQ(text(screen, -1), QStringLiteral("l3"));
    screen.resize(10, 6);
    EXPECT_EQ(screen.scrollbackSize(), 0);
    EXPECT_EQ(text(screen, 0), QStringLiteral("l1"));
    EXPECT_EQ(text(screen, 5), QStringLiteral("l6"));
}

TEST(TerminalScreenTest, ScrollbackKeepsOrderAndColours)
{
    TerminalScreen screen(10, 2);
    QSignalSpy changes(&screen, &TerminalScreen::scrollbackChanged);
    screen.feed(QByteArray("one\r\n") + esc("[32mtwo") + esc("[0m\r\nthree\r\nfour"));
    ASSERT_EQ(screen.scrollbackSize(), 2);
    EXPECT_EQ(text(screen, -2), QStringLiteral("one"));
    EXPECT_EQ(text(screen, -1), QStringLiteral("two"));
    EXPECT_EQ(screen.cell(-1, 0).foreground, screen.paletteColour(2));
    EXPECT_FALSE(screen.cell(-1, 0).flags & TerminalCell::DefaultForeground);
    EXPECT_EQ(text(screen, 0), QStringLiteral("three"));
    EXPECT_EQ(screen.linesScrolledOff(), 2);
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_EQ(changes.last().at(0).toInt(), 2);
}

TEST(TerminalScreenTest, ScrollbackIsCappedDroppingTheOldest)
{
    TerminalScreen screen(20, 5);
    EXPECT_EQ(screen.scrollbackLimit(), 10000);
    QByteArray output;
    for (int i = 0; i < 10100; ++i) {
        output += "line " + QByteArray::number(i) + "\r\n";
    }
    screen.feed(output);
    screen.processPending();
    EXPECT_EQ(screen.scrollbackSize(), 10000);
    // 10100 lines and a blank one: 4 on screen, 96 dropped.
    EXPECT_EQ(text(screen, -10000), QStringLiteral("line 96"));
    EXPECT_EQ(text(screen, -1), QStringLiteral("line 10095"));
    EXPECT_EQ(text(screen, 0), QStringLiteral("line 10096"));
    EXPECT_EQ(screen.linesScrolledOff(), 10096);
    screen.setScrollbackLimit(100);
    EXPECT_EQ(screen.scrollbackSize(), 100);
    EXPECT_EQ(text(screen, -100), QStringLiteral("line 9996"));
}

TEST(TerminalScreenTest, TitleFromOsc0And2)
{
    TerminalScreen screen(10, 2);
    QSignalSpy titles(&screen, &TerminalScreen::titleChanged);
    screen.feed(esc("]0;sam@web01: ~\x07"));
    ASSERT_EQ(titles.count(), 1);
    EXPECT_EQ(titles.at(0).at(0).toString(), QStringLiteral("sam@web01: ~"));
    screen.feed(esc("]2;htop") + esc("\\"));
    ASSERT_EQ(titles.count(), 2);
    EXPECT_EQ(screen.title(), QStringLiteral("htop"));
}

TEST(TerminalScreenTest, BellIsSignalled)
{
    TerminalScreen screen(10, 2);
    QSignalSpy bells(&screen, &TerminalScreen::bell);
    screen.feed("a\x07");
    EXPECT_EQ(bells.count(), 1);
}

TEST(TerminalScreenTest, DamageIsCoalescedPerFeed)
{
    TerminalScreen screen(20, 5);
    QSignalSpy damage(&screen, &TerminalScreen::damaged);
    screen.feed("ab" + esc("[3;5H") + "cd");
    ASSERT_EQ(damage.count(), 1);
    const QRect rect = damage.at(0).at(0).toRect();
    EXPECT_TRUE(rect.contains(QPoint(0, 0)));
    EXPECT_TRUE(rect.contains(QPoint(5, 2)));
    EXPECT_FALSE(rect.contains(QPoint(0, 4)));
}

TEST(TerminalScreenTest, LargeOutputIsParsedInSlices)
{
    TerminalScreen screen(80, 24);
    QByteArray output;
    while (output.size() < 8 * 1024 * 1024) {
        output += esc("[31m") + "some coloured output that scrolls by " + esc("[0m") + "and plain text\r\n";
    }
    output += "the end";
    screen.feed(output);
    // An 8 MiB burst does not fit in one slice: the rest waits for the event loop.
    EXPECT_GT(screen.pendingBytes(), 0);
    screen.processPending();
    EXPECT_EQ(screen.pendingBytes(), 0);
    EXPECT_EQ(text(screen, 23), QStringLiteral("the end"));
}

TEST(TerminalScreenTest, QueuedOutputIsParsedByTheEventLoop)
{
    TerminalScreen screen(80, 24);
    QByteArray output;
    while (output.size() < 8 * 1024 * 1024) {
        output += "line of text that keeps coming and coming and coming\r\n";
    }
    output += "done";
    screen.feed(output);
    QElapsedTimer waited;
    waited.start();
    while (screen.pendingBytes() > 0 && waited.elapsed() < 30000) {
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(screen.pendingBytes(), 0);
    EXPECT_EQ(text(screen, 23), QStringLiteral("done"));
}

TEST(TerminalScreenTest, CursorVisibilityAndShape)
{
    TerminalScreen screen(10, 2);
    EXPECT_TRUE(screen.isCursorVisible());
    screen.feed(esc("[?25l"));
    EXPECT_FALSE(screen.isCursorVisible());
    screen.feed(esc("[?25h") + esc("[6 q"));
    EXPECT_TRUE(screen.isCursorVisible());
    EXPECT_EQ(screen.cursorShape(), TerminalScreen::CursorShape::Bar);
    screen.feed(esc("[4 q"));
    EXPECT_EQ(screen.cursorShape(), TerminalScreen::CursorShape::Underline);
}

TEST(TerminalScreenTest, AnswersDeviceAttributesAndCursorReports)
{
    TerminalScreen screen(10, 5);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.feed(esc("[3;4H") + esc("[6n"));
    EXPECT_EQ(allOutput(output), esc("[3;4R"));
    output.clear();
    screen.feed(esc("[c"));
    EXPECT_TRUE(allOutput(output).startsWith(esc("[?")));
}

struct KeyCase
{
    const char *name;
    int key;
    Qt::KeyboardModifiers modifiers;
    const char *text;
    QByteArray expected;
};

class TerminalKeyTest : public ::testing::TestWithParam<KeyCase>
{
};

TEST_P(TerminalKeyTest, EncodesAsXtermDoes)
{
    const KeyCase &c = GetParam();
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    EXPECT_TRUE(screen.sendKey(c.key, c.modifiers, QString::fromUtf8(c.text)));
    EXPECT_EQ(allOutput(output), c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Keys, TerminalKeyTest,
    ::testing::Values(KeyCase{"a", Qt::Key_A, Qt::NoModifier, "a", "a"},
                      KeyCase{"A", Qt::Key_A, Qt::ShiftModifier, "A", "A"},
                      KeyCase{"umlaut", Qt::Key_Adiaeresis, Qt::NoModifier, "ä", "\xc3\xa4"},
                      KeyCase{"Enter", Qt::Key_Return, Qt::NoModifier, "\r", "\r"},
                      KeyCase{"Tab", Qt::Key_Tab, Qt::NoModifier, "\t", "\t"},
                      KeyCase{"Shift+Tab", Qt::Key_Backtab, Qt::ShiftModifier, "", QByteArray("\x1b[Z")},
                      KeyCase{"Backspace", Qt::Key_Backspace, Qt::NoModifier, "\b", "\x7f"},
                      KeyCase{"Escape", Qt::Key_Escape, Qt::NoModifier, "\x1b", "\x1b"},
                      KeyCase{"Up", Qt::Key_Up, Qt::NoModifier, "", "\x1b[A"},
                      KeyCase{"Down", Qt::Key_Down, Qt::NoModifier, "", "\x1b[B"},
                      KeyCase{"Right", Qt::Key_Right, Qt::NoModifier, "", "\x1b[C"},
                      KeyCase{"Left", Qt::Key_Left, Qt::NoModifier, "", "\x1b[D"},
                      KeyCase{"Ctrl+Left", Qt::Key_Left, Qt::ControlModifier, "", "\x1b[1;5D"},
                      KeyCase{"Home", Qt::Key_Home, Qt::NoModifier, "", "\x1b[H"},
                      KeyCase{"End", Qt::Key_End, Qt::NoModifier, "", "\x1b[F"},
                      KeyCase{"PageUp", Qt::Key_PageUp, Qt::NoModifier, "", "\x1b[5~"},
                      KeyCase{"PageDown", Qt::Key_PageDown, Qt::NoModifier, "", "\x1b[6~"},
                      KeyCase{"Insert", Qt::Key_Insert, Qt::NoModifier, "", "\x1b[2~"},
                      KeyCase{"Delete", Qt::Key_Delete, Qt::NoModifier, "", "\x1b[3~"},
                      KeyCase{"F1", Qt::Key_F1, Qt::NoModifier, "", "\x1bOP"},
                      KeyCase{"F4", Qt::Key_F4, Qt::NoModifier, "", "\x1bOS"},
                      KeyCase{"F5", Qt::Key_F5, Qt::NoModifier, "", "\x1b[15~"},
                      KeyCase{"F10", Qt::Key_F10, Qt::NoModifier, "", "\x1b[21~"},
                      KeyCase{"F12", Qt::Key_F12, Qt::NoModifier, "", "\x1b[24~"},
                      KeyCase{"Ctrl+C", Qt::Key_C, Qt::ControlModifier, "\x03", "\x03"},
                      KeyCase{"Ctrl+D", Qt::Key_D, Qt::ControlModifier, "", "\x04"},
                      KeyCase{"Ctrl+Shift+D", Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier, "", "\x04"},
                      KeyCase{"Ctrl+I", Qt::Key_I, Qt::ControlModifier, "", "\t"},
                      KeyCase{"Ctrl+[", Qt::Key_BracketLeft, Qt::ControlModifier, "", "\x1b"},
                      KeyCase{"Ctrl+Space", Qt::Key_Space, Qt::ControlModifier, "", QByteArray(1, '\0')},
                      KeyCase{"Ctrl+_", Qt::Key_Underscore, Qt::ControlModifier, "", "\x1f"},
                      KeyCase{"Alt+b", Qt::Key_B, Qt::AltModifier, "b",
                              "\x1b"
                              "b"},
                      KeyCase{"Alt+Ctrl+x", Qt::Key_X, Qt::AltModifier | Qt::ControlModifier, "", "\x1b\x18"},
                      KeyCase{"Alt+.", Qt::Key_Period, Qt::AltModifier, ".", "\x1b."},
                      KeyCase{"Alt+Backspace", Qt::Key_Backspace, Qt::AltModifier, "", "\x1b\x7f"},
                      KeyCase{"Ctrl+Backspace", Qt::Key_Backspace, Qt::ControlModifier, "", "\x08"},
                      KeyCase{"Shift+Enter", Qt::Key_Return, Qt::ShiftModifier, "\r", "\r"},
                      KeyCase{"Ctrl+Enter", Qt::Key_Return, Qt::ControlModifier, "", "\r"},
                      KeyCase{"Alt+Enter", Qt::Key_Return, Qt::AltModifier, "", "\x1b\r"},
                      KeyCase{"Keypad Enter", Qt::Key_Enter, Qt::KeypadModifier, "\r", "\r"}),
    [](const ::testing::TestParamInfo<KeyCase> &param) {
        std::string name;
        for (const char *p = param.param.name; *p != '\0'; ++p) {
            name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
        }
        return name + "_" + std::to_string(param.index);
    });

TEST(TerminalScreenTest, ApplicationCursorModeChangesArrowsAndHome)
{
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.feed(esc("[?1h"));
    screen.sendKey(Qt::Key_Up, Qt::NoModifier);
    screen.sendKey(Qt::Key_Left, Qt::NoModifier);
    screen.sendKey(Qt::Key_Home, Qt::NoModifier);
    EXPECT_EQ(allOutput(output), esc("OA") + esc("OD") + esc("OH"));
    output.clear();
    screen.feed(esc("[?1l"));
    screen.sendKey(Qt::Key_Up, Qt::NoModifier);
    EXPECT_EQ(allOutput(output), esc("[A"));
}

TEST(TerminalScreenTest, KeypadFollowsApplicationKeypadMode)
{
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.sendKey(Qt::Key_5, Qt::KeypadModifier, QStringLiteral("5"));
    screen.feed(esc("="));
    screen.sendKey(Qt::Key_5, Qt::KeypadModifier, QStringLiteral("5"));
    EXPECT_EQ(allOutput(output), "5" + esc("Ou"));
}

TEST(TerminalScreenTest, KeyWithoutMeaningSendsNothing)
{
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    EXPECT_FALSE(screen.sendKey(Qt::Key_Shift, Qt::ShiftModifier));
    EXPECT_TRUE(output.isEmpty());
}

TEST(TerminalScreenTest, TextIsSentAsUtf8)
{
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.sendText(QStringLiteral(u"ß→漢"));
    EXPECT_EQ(allOutput(output), QStringLiteral(u"ß→漢").toUtf8());
    EXPECT_EQ(output.count(), 1);
}

TEST(TerminalScreenTest, PasteIsBracketedOnlyWhenAsked)
{
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.paste(QStringLiteral("ls -l\nrm x\r\n"));
    EXPECT_EQ(allOutput(output), QByteArray("ls -l\rrm x\r"));
    output.clear();
    screen.feed(esc("[?2004h"));
    screen.paste(QStringLiteral("echo hi\n"));
    EXPECT_EQ(allOutput(output), esc("[200~") + "echo hi\r" + esc("[201~"));
    EXPECT_EQ(output.count(), 1);
}

TEST(TerminalScreenTest, PasteCannotCloseTheBracketEarly)
{
    TerminalScreen screen(80, 24);
    screen.feed(esc("[?2004h"));
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.paste(QStringLiteral("a\x1b[201~rm -rf /\n"));
    const QByteArray bytes = allOutput(output);
    EXPECT_EQ(bytes, esc("[200~") + "a[201~rm -rf /\r" + esc("[201~"));
}

TEST(TerminalScreenTest, MouseReportsOnlyWhenTheApplicationAsks)
{
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.sendMouseButton(TerminalScreen::MouseButton::Left, true, 2, 3, Qt::NoModifier);
    EXPECT_TRUE(output.isEmpty());
    screen.feed(esc("[?1000h") + esc("[?1006h"));
    EXPECT_EQ(screen.mouseMode(), TerminalScreen::MouseMode::Click);
    screen.sendMouseButton(TerminalScreen::MouseButton::Left, true, 2, 3, Qt::NoModifier);
    EXPECT_EQ(allOutput(output), esc("[<0;4;3M"));
}

TEST(TerminalScreenTest, FocusReportsWhenEnabled)
{
    TerminalScreen screen(80, 24);
    QSignalSpy output(&screen, &TerminalScreen::outputReady);
    screen.setFocused(true);
    EXPECT_TRUE(output.isEmpty());
    screen.feed(esc("[?1004h"));
    screen.setFocused(false);
    screen.setFocused(true);
    EXPECT_EQ(allOutput(output), esc("[O") + esc("[I"));
}

TEST(TerminalScreenTest, ScrollRegionScrollsOnlyItsRows)
{
    TerminalScreen screen(10, 5);
    screen.feed("one\r\ntwo\r\nthree\r\nfour\r\nfive" + esc("[2;4r") + esc("[4;1H") + "\n" + "new");
    EXPECT_EQ(text(screen, 0), QStringLiteral("one"));
    EXPECT_EQ(text(screen, 1), QStringLiteral("three"));
    EXPECT_EQ(text(screen, 2), QStringLiteral("four"));
    EXPECT_EQ(text(screen, 3), QStringLiteral("new"));
    EXPECT_EQ(text(screen, 4), QStringLiteral("five"));
    // Only lines leaving the top of the whole screen enter the scrollback.
    EXPECT_EQ(screen.scrollbackSize(), 0);
}

TEST(TerminalScreenTest, InsertAndDeleteLines)
{
    TerminalScreen screen(10, 4);
    screen.feed("a\r\nb\r\nc\r\nd" + esc("[2;1H") + esc("[L"));
    EXPECT_EQ(text(screen, 0), QStringLiteral("a"));
    EXPECT_EQ(text(screen, 1), QString());
    EXPECT_EQ(text(screen, 2), QStringLiteral("b"));
    EXPECT_EQ(text(screen, 3), QStringLiteral("c"));
    screen.feed(esc("[1;1H") + esc("[2M"));
    EXPECT_EQ(text(screen, 0), QStringLiteral("b"));
    EXPECT_EQ(text(screen, 1), QStringLiteral("c"));
    EXPECT_EQ(text(screen, 2), QString());
}

TEST(TerminalScreenTest, InsertAndDeleteCharacters)
{
    TerminalScreen screen(10, 2);
    screen.feed("abcdef" + esc("[1;2H") + esc("[2P"));
    EXPECT_EQ(text(screen, 0), QStringLiteral("adef"));
    screen.feed(esc("[2@") + "XY");
    EXPECT_EQ(text(screen, 0), QStringLiteral("aXYdef"));
}

TEST(TerminalScreenTest, WritingOverHalfAWideCharacterErasesIt)
{
    TerminalScreen screen(10, 2);
    screen.feed(QStringLiteral(u"漢字").toUtf8() + esc("[1;2H") + "x");
    EXPECT_EQ(screen.cell(0, 0).ch, U'\0');
    EXPECT_EQ(screen.cell(0, 0).width, 1);
    EXPECT_EQ(screen.cell(0, 1).ch, U'x');
    EXPECT_EQ(screen.cell(0, 2).ch, U'字');
    EXPECT_EQ(screen.cell(0, 2).width, 2);
}

TEST(TerminalScreenTest, ReverseVideoModeReversesEveryCell)
{
    TerminalScreen screen(10, 2);
    screen.feed("a" + esc("[7mb") + esc("[0m") + esc("[?5h"));
    EXPECT_TRUE(screen.cell(0, 0).flags & TerminalCell::Reverse);
    EXPECT_FALSE(screen.cell(0, 1).flags & TerminalCell::Reverse);
    screen.feed(esc("[?5l"));
    EXPECT_FALSE(screen.cell(0, 0).flags & TerminalCell::Reverse);
}

TEST(TerminalScreenTest, ResizeInTheAlternateScreenKeepsTheMainScreen)
{
    TerminalScreen screen(20, 5);
    screen.feed("main 1\r\nmain 2\r\n" + esc("[?1049h") + esc("[5;1H") + "alt bottom");
    screen.resize(30, 3);
    EXPECT_EQ(text(screen, 2), QStringLiteral("alt bottom"));
    screen.feed(esc("[?1049l"));
    EXPECT_EQ(text(screen, 0), QStringLiteral("main 1"));
    EXPECT_EQ(text(screen, 1), QStringLiteral("main 2"));
}

TEST(TerminalScreenTest, ArbitraryBytesAndResizesKeepTheGridWhole)
{
    // Random escape sequences, text and control bytes with resizes in between, from a fixed seed: whatever a
    // broken or hostile host sends, every row keeps exactly one cell per column and the cursor stays on screen.
    TerminalScreen screen(40, 12);
    screen.setScrollbackLimit(50);
    quint32 state = 20261123;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    const QList<QByteArray> pieces = {"\x1b[",
                                      "\x1b[?",
                                      ";",
                                      "1049h",
                                      "1049l",
                                      "m",
                                      "H",
                                      "J",
                                      "K",
                                      "L",
                                      "M",
                                      "P",
                                      "@",
                                      "r",
                                      "S",
                                      "T",
                                      "X",
                                      "\x1b(0",
                                      "\x1b(B",
                                      "\r\n",
                                      "\t",
                                      "\x08",
                                      "\xe6\xbc\xa2",
                                      "\xcc\x81",
                                      "\xf0\x9f\x98\x80",
                                      "\x1b]0;t\x07",
                                      "\x1b"
                                      "7",
                                      "\x1b"
                                      "8",
                                      "\x1b"
                                      "D",
                                      "\x1b"
                                      "M",
                                      "38;5;",
                                      "48;2;1;2;"};
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes;
        for (int i = 0; i < 200; ++i) {
            const quint32 pick = next();
            if (pick % 3 == 0) {
                bytes += QByteArray::number(pick % 130);
            } else if (pick % 3 == 1) {
                bytes += pieces.at(static_cast<qsizetype>(pick % static_cast<quint32>(pieces.size())));
            } else {
                bytes += static_cast<char>(pick % 256);
            }
        }
        screen.feed(bytes);
        if (round % 25 == 0) {
            screen.resize(1 + static_cast<int>(next() % 90), 1 + static_cast<int>(next() % 40));
        }
        screen.processPending();
        ASSERT_GE(screen.cursorPosition().x(), 0);
        ASSERT_LT(screen.cursorPosition().x(), screen.columns());
        ASSERT_GE(screen.cursorPosition().y(), 0);
        ASSERT_LT(screen.cursorPosition().y(), screen.rows()) << "round " << round;
        for (int row = 0; row < screen.rows(); ++row) {
            ASSERT_EQ(screen.line(row).size(), screen.columns()) << "round " << round << " row " << row;
        }
        ASSERT_LE(screen.scrollbackSize(), 50);
    }
}
