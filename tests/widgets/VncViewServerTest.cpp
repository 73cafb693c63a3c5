// SPDX-License-Identifier: GPL-3.0-or-later
// VncView connected to a real x11vnc serving a real Xvfb display (both started here, on loopback).
#include "ChildProcess.h"
#include "TestPaths.h"
#include "VncClient.h"
#include "VncDisplay.h"
#include "VncTestServer.h"
#include "VncView.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <chrono>
#include <functional>

using namespace Vigil;
using namespace VigilTest;
using namespace std::chrono_literals;

namespace {

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

TEST(VncViewServerTest, ShowsTheRemoteDisplayAndSurvivesTheServerGoingAway)
{
    VncTestServer server(QSize(800, 500));
    QString error;
    ASSERT_TRUE(server.start(&error)) << qPrintable(error);
    ASSERT_TRUE(server.fillRoot(QStringLiteral("#3366cc"), &error)) << qPrintable(error);
    // Something a technician would recognise on the remote screen: an X client window with text.
    const QString xmessage = QStandardPaths::findExecutable(QStringLiteral("xmessage"));
    ASSERT_FALSE(xmessage.isEmpty()) << "xmessage (x11-utils) is not installed";
    ChildProcess window(xmessage, {QStringLiteral("-geometry"), QStringLiteral("+60+60"), QStringLiteral("-bg"),
                                   QStringLiteral("#f4f1e8"), QStringLiteral("-fg"), QStringLiteral("#202020"),
                                   QStringLiteral("-buttons"), QStringLiteral("OK,Cancel"),
                                   QStringLiteral("Backup job 'nightly' finished with 2 warnings.\n"
                                                  "See C:\\Backup\\logs\\nightly.log for details.")});
    window.setEnvironment(QProcessEnvironment::systemEnvironment().toStringList()
                          << QStringLiteral("DISPLAY=") + server.display());
    ASSERT_TRUE(window.start());

    auto *client = new VncClient;
    VncView view(client, QStringLiteral("HD-WS07"));
    view.resize(900, 640);
    view.show();
    QSignalSpy complete(client, &VncClient::frameCompleted);
    client->connectToServer(VncEndpoint{QStringLiteral("127.0.0.1"), server.port()}, server.password());
    ASSERT_TRUE(waitUntil([&] { return !complete.isEmpty(); }, 20s)) << qPrintable(client->errorString());
    // The xmessage window maps a moment after start; wait until its light background is on the remote screen.
    EXPECT_TRUE(waitUntil([&] { return client->frame().pixel(70, 70) == qRgb(0xf4, 0xf1, 0xe8); }, 10s));
    waitUntil([] { return false; }, 300ms);

    const auto *banner = view.findChild<QLabel *>(QStringLiteral("vncSessionBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QLatin1String("is active"))) << qPrintable(banner->text());
    EXPECT_TRUE(view.ctrlAltDelAction()->isEnabled());

    // What the display paints is the remote screen: the corner pixel of the picture is the root colour.
    const QImage shot = view.grab().toImage();
    const QRectF target = view.display()->targetRect();
    const QPoint corner =
        view.display()->mapTo(&view, view.display()->viewport()->pos()) + target.topLeft().toPoint() + QPoint(3, 3);
    EXPECT_EQ(shot.pixelColor(corner), QColor(0x33, 0x66, 0xcc));
    const QString out = QDir(QStringLiteral(VIGIL_TEST_SCREENSHOT_DIR)).filePath(QStringLiteral("vnc-view.png"));
    EXPECT_TRUE(shot.save(out)) << qPrintable(out);

    // A click on the picture moves the remote pointer to the mapped pixel.
    const QPoint inside = (target.topLeft() + QPointF(target.width() * 0.75, target.height() * 0.5)).toPoint();
    const std::optional<QPoint> remote = view.display()->mapToRemote(inside);
    ASSERT_TRUE(remote.has_value());
    QTest::mouseClick(view.display()->viewport(), Qt::LeftButton, Qt::NoModifier, inside);
    QByteArray where;
    EXPECT_TRUE(waitUntil(
        [&] {
            where = server.runX(QStringLiteral("xdotool"), {QStringLiteral("getmouselocation")}, &error);
            return where.startsWith(QStringLiteral("x:%1 y:%2 ").arg(remote->x()).arg(remote->y()).toLatin1());
        },
        10s))
        << where.constData() << " expected " << remote->x() << "," << remote->y();

    QSignalSpy ended(&view, &VncView::sessionEnded);
    server.killVncServer();
    ASSERT_TRUE(waitUntil([&] { return !ended.isEmpty(); }, 15s));
    EXPECT_EQ(ended.at(0).at(0).value<VncFailure>(), VncFailure::ConnectionLost);
    EXPECT_TRUE(banner->text().contains(QLatin1String("ended"))) << qPrintable(banner->text());
    EXPECT_TRUE(view.display()->statusText().contains(QLatin1String("lost")));
    EXPECT_FALSE(view.ctrlAltDelAction()->isEnabled());
    // The UI keeps working: the last picture stays, the toggles still act.
    EXPECT_FALSE(view.display()->frame().isNull());
    view.fitAction()->trigger();
    EXPECT_EQ(view.display()->scaleMode(), VncDisplay::ScaleMode::Actual);
    QApplication::processEvents();
    EXPECT_FALSE(view.grab().isNull());
}

} // namespace

namespace {

TEST(VncViewServerTest, AsksForAPasswordWhenTheServerWantsOneAndConnects)
{
    VncTestServer server(QSize(320, 200));
    QString error;
    ASSERT_TRUE(server.start(&error)) << qPrintable(error);
    auto *client = new VncClient;
    VncView view(client, QStringLiteral("KL-WS02"));
    view.resize(500, 400);
    view.show();
    // No password in the keychain: the first attempt goes without one.
    client->connectToServer(VncEndpoint{QStringLiteral("127.0.0.1"), server.port()}, QString());
    ASSERT_TRUE(waitUntil([&] { return view.passwordDialog() != nullptr; }, 20s));
    QInputDialog *dialog = view.passwordDialog();
    EXPECT_EQ(dialog->textEchoMode(), QLineEdit::Password);
    EXPECT_TRUE(dialog->labelText().contains(QLatin1String("KL-WS02")));
    dialog->setTextValue(QStringLiteral("wrong"));
    dialog->accept();
    // A refused password asks again, saying so.
    ASSERT_TRUE(waitUntil(
        [&] {
            return view.passwordDialog() && view.passwordDialog()->isVisible()
                   && view.passwordDialog()->labelText().contains(QLatin1String("refused"));
        },
        20s));
    view.passwordDialog()->setTextValue(server.password());
    view.passwordDialog()->accept();
    ASSERT_TRUE(waitUntil([&] { return client->hasCompleteFrame(); }, 20s)) << qPrintable(client->errorString());
    EXPECT_EQ(client->state(), VncClient::State::Connected);
    EXPECT_EQ(client->frame().size(), QSize(320, 200));
}

} // namespace
