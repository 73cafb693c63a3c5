// SPDX-License-Identifier: GPL-3.0-or-later
// VncClient against a real x11vnc serving a real Xvfb display, both started here on loopback.
#include "VncClient.h"
#include "TestPaths.h"
#include "VncKeySym.h"
#include "VncTestServer.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>
#include <functional>
#include <memory>

using namespace Vigil;
using namespace VigilTest;
using namespace std::chrono_literals;

namespace {

QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

QString describePixel(QRgb pixel)
{
    return QStringLiteral("#%1").arg(pixel & 0xffffff, 6, 16, QLatin1Char('0'));
}

class VncClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        previousHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.debug=true"));
        s_server = std::make_unique<VncTestServer>();
        if (!s_server->start(&s_startError)) {
            s_server.reset();
        }
    }

    static void TearDownTestSuite()
    {
        s_server.reset();
        qInstallMessageHandler(previousHandler);
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_server) << "the VNC test server did not start: " << qPrintable(s_startError);
    }

    static VncEndpoint endpoint() { return VncEndpoint{QStringLiteral("127.0.0.1"), s_server->port()}; }

    // Connects with the right password and waits for the first complete frame.
    static void connectAndWait(VncClient &client, const VncConnectOptions &options = {})
    {
        QSignalSpy complete(&client, &VncClient::frameCompleted);
        QSignalSpy errors(&client, &VncClient::errorOccurred);
        client.connectToServer(endpoint(), s_server->password(), options);
        ASSERT_TRUE(waitUntil([&] { return !complete.isEmpty() || !errors.isEmpty(); }, 20s))
            << "no complete frame within 20 s";
        ASSERT_TRUE(errors.isEmpty()) << qPrintable(client.errorString());
        ASSERT_EQ(client.state(), VncClient::State::Connected);
    }

    static inline std::unique_ptr<VncTestServer> s_server;
    static inline QString s_startError;
};

TEST_F(VncClientTest, ReadsTheRemoteDesktopPixelForPixel)
{
    QString error;
    ASSERT_TRUE(s_server->fillRoot(QStringLiteral("#3366cc"), &error)) << qPrintable(error);
    VncClient client;
    connectAndWait(client);
    const QImage frame = client.frame();
    ASSERT_EQ(frame.size(), QSize(640, 480));
    EXPECT_EQ(frame.format(), QImage::Format_RGB32);
    int wrong = 0;
    for (int y = 0; y < frame.height(); y += 7) {
        for (int x = 0; x < frame.width(); x += 7) {
            if (frame.pixel(x, y) != qRgb(0x33, 0x66, 0xcc) && wrong++ < 3) {
                ADD_FAILURE() << "pixel " << x << "," << y << " is " << qPrintable(describePixel(frame.pixel(x, y)));
            }
        }
    }
    EXPECT_EQ(wrong, 0);
    EXPECT_EQ(frame.pixel(639, 479), qRgb(0x33, 0x66, 0xcc));
}

TEST_F(VncClientTest, FollowsChangesOnTheRemoteScreen)
{
    QString error;
    ASSERT_TRUE(s_server->fillRoot(QStringLiteral("#000000"), &error)) << qPrintable(error);
    VncClient client;
    connectAndWait(client);
    QSignalSpy updates(&client, &VncClient::frameUpdated);
    ASSERT_TRUE(s_server->stripeRoot(QStringLiteral("#cc3333"), QStringLiteral("#33cc66"), &error))
        << qPrintable(error);
    const QRgb left = qRgb(0xcc, 0x33, 0x33);
    const QRgb right = qRgb(0x33, 0xcc, 0x66);
    // The red/green split catches swapped channels; the 32-pixel period catches wrong strides or offsets.
    EXPECT_TRUE(waitUntil(
        [&] {
            const QImage frame = client.frame();
            return frame.pixel(0, 0) == left && frame.pixel(16, 0) == right && frame.pixel(639, 479) == right
                   && frame.pixel(608, 479) == left;
        },
        15s))
        << "stripes not seen; (0,0) (16,0) (639,479) (608,479) are "
        << qPrintable(describePixel(client.frame().pixel(0, 0))) << " "
        << qPrintable(describePixel(client.frame().pixel(16, 0))) << " "
        << qPrintable(describePixel(client.frame().pixel(639, 479))) << " "
        << qPrintable(describePixel(client.frame().pixel(608, 479)));
    EXPECT_FALSE(updates.isEmpty());
    const QImage frame = client.frame();
    int wrong = 0;
    for (int y = 0; y < 480; y += 13) {
        for (int x = 0; x < 640; x += 3) {
            const QRgb expected = x % 32 < 16 ? left : right;
            if (frame.pixel(x, y) != expected && wrong++ < 3) {
                ADD_FAILURE() << "pixel " << x << "," << y << " is " << qPrintable(describePixel(frame.pixel(x, y)));
            }
        }
    }
    EXPECT_EQ(wrong, 0);
}

TEST_F(VncClientTest, WrongPasswordIsRefusedByName)
{
    VncClient client;
    QSignalSpy errors(&client, &VncClient::errorOccurred);
    client.connectToServer(endpoint(), QStringLiteral("not-it"));
    ASSERT_TRUE(waitUntil([&] { return client.state() == VncClient::State::Failed; }, 20s));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).at(0).value<VncFailure>(), VncFailure::AuthFailed);
    EXPECT_EQ(client.failure(), VncFailure::AuthFailed);
    EXPECT_TRUE(client.errorString().contains(QLatin1String("refused the password")))
        << qPrintable(client.errorString());
}

TEST_F(VncClientTest, NoPasswordForAProtectedServerSaysSo)
{
    VncClient client;
    client.connectToServer(endpoint(), QString());
    ASSERT_TRUE(waitUntil([&] { return client.state() == VncClient::State::Failed; }, 20s));
    EXPECT_EQ(client.failure(), VncFailure::PasswordRequired);
}

TEST_F(VncClientTest, AClosedPortIsRefused)
{
    const quint16 closed = freeLoopbackPort();
    VncClient client;
    client.connectToServer(VncEndpoint{QStringLiteral("127.0.0.1"), closed}, QStringLiteral("x"));
    ASSERT_TRUE(waitUntil([&] { return client.state() == VncClient::State::Failed; }, 10s));
    EXPECT_EQ(client.failure(), VncFailure::Refused);
}

TEST_F(VncClientTest, AnUnknownHostIsNamed)
{
    VncClient client;
    client.connectToServer(VncEndpoint{QStringLiteral("no-such-host.invalid"), 5900}, QString());
    ASSERT_TRUE(waitUntil([&] { return client.state() == VncClient::State::Failed; }, 20s));
    EXPECT_EQ(client.failure(), VncFailure::HostNotFound);
}

TEST_F(VncClientTest, ASilentServerTimesOutWithoutBlockingTheCaller)
{
    // Accepts the TCP connection (the kernel does) but never says a word.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    VncClient client;
    VncConnectOptions options;
    options.timeout = 1s;
    QElapsedTimer elapsed;
    elapsed.start();
    client.connectToServer(VncEndpoint{QStringLiteral("127.0.0.1"), silent.serverPort()}, QStringLiteral("x"), options);
    EXPECT_LT(elapsed.elapsed(), 100) << "connectToServer blocked the calling thread";
    ASSERT_TRUE(waitUntil([&] { return client.state() == VncClient::State::Failed; }, 10s));
    EXPECT_EQ(client.failure(), VncFailure::Timeout) << qPrintable(client.errorString());
    EXPECT_LT(elapsed.elapsed(), 6000);
}

TEST_F(VncClientTest, ServerKilledMidSessionIsAnErrorNotAHang)
{
    VncTestServer own;
    QString error;
    ASSERT_TRUE(own.start(&error)) << qPrintable(error);
    VncClient client;
    QSignalSpy complete(&client, &VncClient::frameCompleted);
    client.connectToServer(VncEndpoint{QStringLiteral("127.0.0.1"), own.port()}, own.password());
    ASSERT_TRUE(waitUntil([&] { return !complete.isEmpty(); }, 20s)) << qPrintable(client.errorString());
    QSignalSpy errors(&client, &VncClient::errorOccurred);
    own.killVncServer();
    ASSERT_TRUE(waitUntil([&] { return client.state() == VncClient::State::Failed; }, 15s));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(client.failure(), VncFailure::ConnectionLost);
    // The last frame stays for the technician to look at; input after the loss goes nowhere and does not crash.
    EXPECT_EQ(client.frame().size(), QSize(640, 480));
    client.sendPointer(QPoint(1, 1), 1);
    client.sendKey(KeySym::Return, true);
    client.disconnectFromServer();
}

TEST_F(VncClientTest, PointerMovesTheRemotePointerButNotInViewOnlyMode)
{
    VncClient client;
    connectAndWait(client);
    client.sendPointer(QPoint(123, 77), 0);
    QString error;
    QByteArray where;
    EXPECT_TRUE(waitUntil(
        [&] {
            where = s_server->runX(QStringLiteral("xdotool"), {QStringLiteral("getmouselocation")}, &error);
            return where.startsWith("x:123 y:77 ");
        },
        10s))
        << where.constData() << qPrintable(error);
    const quint64 sent = client.inputEventsSent();
    EXPECT_GE(sent, 1u);

    client.setViewOnly(true);
    client.sendPointer(QPoint(300, 200), 0);
    client.sendKey(KeySym::Return, true);
    client.sendKey(KeySym::Return, false);
    client.sendCtrlAltDel();
    client.sendClipboardText(QStringLiteral("nothing"));
    waitUntil([] { return false; }, 500ms);
    EXPECT_EQ(client.inputEventsSent(), sent);
    where = s_server->runX(QStringLiteral("xdotool"), {QStringLiteral("getmouselocation")}, &error);
    EXPECT_TRUE(where.startsWith("x:123 y:77 ")) << where.constData();
}

TEST_F(VncClientTest, KeysAndCtrlAltDelAreSentAsKeyEvents)
{
    VncClient client;
    connectAndWait(client);
    const quint64 before = client.inputEventsSent();
    client.sendKey(vncKeySym(Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), true);
    client.sendKey(vncKeySym(Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), false);
    client.sendCtrlAltDel();
    EXPECT_TRUE(waitUntil([&] { return client.inputEventsSent() == before + 8; }, 5s)) << client.inputEventsSent();
    // The session goes on: the server did not drop us over these keys.
    waitUntil([] { return false; }, 300ms);
    EXPECT_EQ(client.state(), VncClient::State::Connected);
}

TEST_F(VncClientTest, DisconnectIsCleanAndQuick)
{
    VncClient client;
    connectAndWait(client);
    QSignalSpy errors(&client, &VncClient::errorOccurred);
    QElapsedTimer elapsed;
    elapsed.start();
    client.disconnectFromServer();
    ASSERT_TRUE(waitUntil([&] { return client.state() == VncClient::State::Disconnected; }, 5s));
    EXPECT_LT(elapsed.elapsed(), 1000);
    EXPECT_TRUE(errors.isEmpty());
    // And the same client connects again.
    connectAndWait(client);
}

TEST_F(VncClientTest, TheLibraryLogsToOurCategoryAndNeverThePassword)
{
    VncClient good;
    connectAndWait(good);
    VncClient bad;
    bad.connectToServer(endpoint(), QStringLiteral("wrong-pw-marker"));
    ASSERT_TRUE(waitUntil([&] { return bad.state() == VncClient::State::Failed; }, 20s));
    QByteArray log;
    {
        const QMutexLocker lock(&logMutex);
        log = capturedLog;
    }
    EXPECT_TRUE(log.contains("vigil.vnc: ")) << log.constData();
    EXPECT_FALSE(log.contains(s_server->password().toUtf8()));
    EXPECT_FALSE(log.contains("wrong-pw-marker"));
}

} // namespace
