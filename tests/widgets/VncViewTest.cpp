// SPDX-License-Identifier: GPL-3.0-or-later
// VncDisplay and VncView offscreen, without a server: coordinate mapping, keys → keysyms, view-only.
#include "VncView.h"
#include "VncClient.h"
#include "VncDisplay.h"
#include "VncKeySym.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Vigil;

namespace {

QImage testFrame(QSize size)
{
    QImage frame(size, QImage::Format_RGB32);
    frame.fill(QColor(0x33, 0x66, 0xcc));
    return frame;
}

class VncDisplayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_display.resize(400, 400);
        m_display.show();
        m_display.showFrame(testFrame(QSize(800, 600)), QRegion(0, 0, 800, 600));
        m_display.setFocus();
        QCoreApplication::processEvents();
    }

    QWidget *viewport() { return m_display.viewport(); }

    VncDisplay m_display;
};

TEST_F(VncDisplayTest, FitModeScalesKeepingTheAspectAndMapsBack)
{
    ASSERT_EQ(viewport()->size(), QSize(400, 400)) << "fit mode shows no scroll bars";
    EXPECT_EQ(m_display.targetRect(), QRectF(0, 50, 400, 300));
    EXPECT_EQ(m_display.mapToRemote(QPointF(200, 200)), QPoint(400, 300));
    EXPECT_EQ(m_display.mapToRemote(QPointF(0, 50)), QPoint(0, 0));
    EXPECT_EQ(m_display.mapToRemote(QPointF(399.9, 349.9)), QPoint(799, 599));
    EXPECT_EQ(m_display.mapToRemote(QPointF(100, 20)), std::nullopt) << "the letterbox is not the remote screen";

    QSignalSpy pointer(&m_display, &VncDisplay::pointerInput);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    ASSERT_EQ(pointer.size(), 2);
    EXPECT_EQ(pointer.at(0).at(0).toPoint(), QPoint(200, 100));
    EXPECT_EQ(pointer.at(0).at(1).toInt(), 1);
    EXPECT_EQ(pointer.at(1).at(1).toInt(), 0);
    pointer.clear();
    QTest::mouseClick(viewport(), Qt::RightButton, Qt::NoModifier, QPoint(300, 300));
    ASSERT_EQ(pointer.size(), 2);
    EXPECT_EQ(pointer.at(0).at(0).toPoint(), QPoint(600, 500));
    EXPECT_EQ(pointer.at(0).at(1).toInt(), 4);
}

TEST_F(VncDisplayTest, ActualSizeScrollsAndMapsWithTheScrollOffset)
{
    m_display.setScaleMode(VncDisplay::ScaleMode::Actual);
    QCoreApplication::processEvents();
    const QSize area = viewport()->size();
    ASSERT_LT(area.width(), 400) << "1:1 of 800×600 in 400×400 needs scroll bars";
    EXPECT_EQ(m_display.horizontalScrollBar()->maximum(), 800 - area.width());
    EXPECT_EQ(m_display.verticalScrollBar()->maximum(), 600 - area.height());
    EXPECT_EQ(m_display.mapToRemote(QPointF(10, 10)), QPoint(10, 10));
    m_display.horizontalScrollBar()->setValue(100);
    m_display.verticalScrollBar()->setValue(50);
    EXPECT_EQ(m_display.targetRect(), QRectF(-100, -50, 800, 600));
    EXPECT_EQ(m_display.mapToRemote(QPointF(10, 10)), QPoint(110, 60));

    // A small remote screen is centred, not scrolled.
    m_display.showFrame(testFrame(QSize(200, 100)), QRegion(0, 0, 200, 100));
    QCoreApplication::processEvents();
    const QSize wide = viewport()->size();
    EXPECT_EQ(m_display.horizontalScrollBar()->maximum(), 0);
    EXPECT_EQ(m_display.mapToRemote(QPointF((wide.width() - 200) / 2.0 + 5, (wide.height() - 100) / 2.0 + 7)),
              QPoint(5, 7));
}

TEST_F(VncDisplayTest, KeysBecomeKeysymsAndTabStaysHere)
{
    QSignalSpy keys(&m_display, &VncDisplay::keyInput);
    QTest::keyClick(&m_display, Qt::Key_A, Qt::NoModifier);
    QTest::keyClick(&m_display, Qt::Key_Return);
    QTest::keyClick(&m_display, Qt::Key_F5);
    QTest::keyClick(&m_display, Qt::Key_Tab);
    QTest::keyClick(&m_display, Qt::Key_Escape);
    QTest::keyClick(&m_display, Qt::Key_Left);
    QTest::keyClick(&m_display, Qt::Key_Delete);
    const QList<quint32> expected{'a',          KeySym::Return, KeySym::F1 + 4, KeySym::Tab, KeySym::Escape,
                                  KeySym::Left, KeySym::Delete};
    ASSERT_EQ(keys.size(), expected.size() * 2);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(keys.at(2 * i).at(0).toUInt(), expected.at(i)) << i;
        EXPECT_TRUE(keys.at(2 * i).at(1).toBool());
        EXPECT_EQ(keys.at(2 * i + 1).at(0).toUInt(), expected.at(i)) << i;
        EXPECT_FALSE(keys.at(2 * i + 1).at(1).toBool());
    }
    EXPECT_TRUE(m_display.hasFocus()) << "Tab went to the remote, not to the next widget";
}

TEST_F(VncDisplayTest, ModifiersAreKeysOfTheirOwn)
{
    QSignalSpy keys(&m_display, &VncDisplay::keyInput);
    // QTest presses and releases the modifier around the key, as a keyboard would; Qt types "\x03" for Ctrl+C.
    QTest::keyClick(&m_display, Qt::Key_C, Qt::ControlModifier);
    // Shift+A as a real keyboard delivers it: the Shift key, then A with the text "A".
    const auto send = [this](QEvent::Type type, int key, Qt::KeyboardModifiers modifiers, const QString &text) {
        QKeyEvent event(type, key, modifiers, text);
        QApplication::sendEvent(&m_display, &event);
    };
    send(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, QString());
    send(QEvent::KeyPress, Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A"));
    send(QEvent::KeyRelease, Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A"));
    send(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier, QString());
    QList<std::pair<quint32, bool>> got;
    for (const QList<QVariant> &event : keys) {
        got.append({event.at(0).toUInt(), event.at(1).toBool()});
    }
    const QList<std::pair<quint32, bool>> expected{
        {KeySym::ControlL, true}, {'c', true}, {'c', false}, {KeySym::ControlL, false},
        {KeySym::ShiftL, true},   {'A', true}, {'A', false}, {KeySym::ShiftL, false}};
    EXPECT_EQ(got, expected);
}

TEST_F(VncDisplayTest, KeysHeldWhenFocusLeavesAreReleased)
{
    QWidget other;
    other.setFocusPolicy(Qt::StrongFocus);
    other.show();
    QSignalSpy keys(&m_display, &VncDisplay::keyInput);
    QTest::keyPress(&m_display, Qt::Key_Shift);
    m_display.releaseKeys();
    ASSERT_EQ(keys.size(), 2);
    EXPECT_EQ(keys.at(1).at(0).toUInt(), KeySym::ShiftL);
    EXPECT_FALSE(keys.at(1).at(1).toBool());
}

TEST_F(VncDisplayTest, ViewOnlySendsNothing)
{
    m_display.setViewOnly(true);
    QSignalSpy keys(&m_display, &VncDisplay::keyInput);
    QSignalSpy pointer(&m_display, &VncDisplay::pointerInput);
    QTest::keyClick(&m_display, Qt::Key_A);
    QTest::keyClick(&m_display, Qt::Key_Return);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
    QTest::mouseMove(viewport(), QPoint(210, 220));
    EXPECT_TRUE(keys.isEmpty());
    EXPECT_TRUE(pointer.isEmpty());
}

TEST(VncViewTest, ShowsTheSessionStateAndOffersItsActionsWithShortcuts)
{
    auto *client = new VncClient;
    VncView view(client, QStringLiteral("HD-WS07"));
    view.resize(800, 600);
    view.show();
    const auto *banner = view.findChild<QLabel *>(QStringLiteral("vncSessionBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QLatin1String("HD-WS07"))) << qPrintable(banner->text());
    EXPECT_TRUE(banner->text().contains(QLatin1String("ended"))) << "no session yet: " << qPrintable(banner->text());
    for (QAction *action :
         {view.fitAction(), view.viewOnlyAction(), view.ctrlAltDelAction(), view.disconnectAction()}) {
        EXPECT_FALSE(action->shortcut().isEmpty()) << qPrintable(action->objectName());
        EXPECT_TRUE(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)))
            << qPrintable(action->toolTip());
    }
    EXPECT_FALSE(view.ctrlAltDelAction()->isEnabled()) << "nothing to send it to";

    view.viewOnlyAction()->trigger();
    EXPECT_TRUE(client->isViewOnly());
    EXPECT_TRUE(view.display()->isViewOnly());
    view.fitAction()->trigger();
    EXPECT_EQ(view.display()->scaleMode(), VncDisplay::ScaleMode::Actual);

    // A connection that fails is shown on the banner and over the display, and the view stays usable.
    QSignalSpy ended(&view, &VncView::sessionEnded);
    client->connectToServer(VncEndpoint{QStringLiteral("127.0.0.1"), 1}, QString());
    EXPECT_TRUE(banner->text().contains(QLatin1String("Connecting"))) << qPrintable(banner->text());
    ASSERT_TRUE(ended.wait(10000));
    EXPECT_EQ(ended.at(0).at(0).value<VncFailure>(), VncFailure::Refused);
    EXPECT_TRUE(banner->text().contains(QLatin1String("refused"))) << qPrintable(banner->text());
    EXPECT_TRUE(view.display()->statusText().contains(QLatin1String("refused")));
    view.fitAction()->trigger();
    EXPECT_EQ(view.display()->scaleMode(), VncDisplay::ScaleMode::Fit);
}

} // namespace
