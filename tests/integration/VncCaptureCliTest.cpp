// SPDX-License-Identifier: GPL-3.0-or-later
// vigil-cli vnc-capture against a real x11vnc on loopback.
#include "ChildProcess.h"
#include "Database.h"
#include "InventoryStore.h"
#include "PrivateSshServer.h"
#include "TestInventory.h"
#include "TestPaths.h"
#include "VncTestServer.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace Vigil;
using namespace VigilTest;

namespace {

CommandResult runCliWithStdin(const QString &db, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(builtProgram(QStringLiteral("vigil-cli")), QStringList{QStringLiteral("--db"), db} + arguments);
    CommandResult result;
    if (!process.waitForStarted(10000)) {
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(60000);
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

class VncCaptureCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        ASSERT_TRUE(m_server.start(&error)) << qPrintable(error);
        ASSERT_TRUE(m_server.fillRoot(QStringLiteral("#3366cc"), &error)) << qPrintable(error);
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().toString());
        InventoryStore store(*db.value());
        const AddedDevice added =
            addDevice(store, QStringLiteral("Harbor Dental"), QStringLiteral("Main"), QStringLiteral("HD-WS07"));
        auto device = store.device(added.deviceId);
        ASSERT_TRUE(device.ok());
        Device changed = device.value();
        changed.address = QStringLiteral("127.0.0.1");
        changed.vnc.enabled = true;
        changed.vnc.port = m_server.port();
        const Status updated = store.updateDevice(changed);
        ASSERT_TRUE(updated.ok()) << qPrintable(updated.error().toString());
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("vigil.db")); }
    QString pngPath() const { return m_dir.filePath(QStringLiteral("screen.png")); }

    QTemporaryDir m_dir;
    VncTestServer m_server;
};

TEST_F(VncCaptureCliTest, SavesOneCompleteFrameAsPng)
{
    const CommandResult run =
        runCliWithStdin(dbPath(),
                        {QStringLiteral("vnc-capture"), QStringLiteral("HD-WS07"), QStringLiteral("--out"), pngPath(),
                         QStringLiteral("--password-stdin"), QStringLiteral("--as"), QStringLiteral("dana")},
                        m_server.password().toUtf8() + '\n');
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains("Saved 640×480 pixels of HD-WS07")) << run.out.constData();
    QImage png(pngPath());
    ASSERT_FALSE(png.isNull());
    ASSERT_EQ(png.size(), QSize(640, 480));
    for (const QPoint at : {QPoint(0, 0), QPoint(320, 240), QPoint(639, 479), QPoint(17, 401)}) {
        EXPECT_EQ(png.pixel(at), qRgb(0x33, 0x66, 0xcc)) << at.x() << "," << at.y();
    }
    EXPECT_FALSE(run.out.contains(m_server.password().toUtf8()));
    EXPECT_FALSE(run.err.contains(m_server.password().toUtf8()));

    auto db = Database::open(dbPath());
    ASSERT_TRUE(db.ok());
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT device_name, protocol, technician, result, ended_at >= started_at "
                                      "FROM sessions_log")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("HD-WS07"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("vnc"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("dana"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(q.value(4).toBool());
    EXPECT_FALSE(q.next());
}

TEST_F(VncCaptureCliTest, ThroughAnSshTunnelWithExecsHostKeyRules)
{
    PrivateSshServer sshd;
    QString error;
    ASSERT_TRUE(sshd.start(&error)) << qPrintable(error);
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    qputenv("VIGIL_KNOWN_HOSTS", knownHosts.toLocal8Bit());
    {
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        InventoryStore store(*db.value());
        Device device =
            store
                .deviceByName(store.clientByName(QStringLiteral("Harbor Dental")).value().id, QStringLiteral("HD-WS07"))
                .value();
        // x11vnc listens on the device's loopback only: reachable through the tunnel, as the device sees it.
        device.vnc.viaSshTunnel = true;
        device.ssh.enabled = true;
        device.ssh.port = sshd.port();
        device.ssh.user = PrivateSshServer::testUser();
        device.ssh.identityFile = sshd.clientKey();
        ASSERT_TRUE(store.updateDevice(device).ok());
    }
    const QStringList arguments{QStringLiteral("vnc-capture"), QStringLiteral("HD-WS07"), QStringLiteral("--out"),
                                pngPath(), QStringLiteral("--password-stdin")};
    const CommandResult unknown = runCliWithStdin(dbPath(), arguments, m_server.password().toUtf8() + '\n');
    EXPECT_EQ(unknown.exitCode, 1) << unknown.err.constData();
    EXPECT_TRUE(unknown.err.contains("tunnel")) << unknown.err.constData();
    EXPECT_FALSE(QFile::exists(pngPath()));

    const CommandResult run = runCliWithStdin(dbPath(), arguments + QStringList{QStringLiteral("--accept-new")},
                                              m_server.password().toUtf8() + '\n');
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    QImage png(pngPath());
    ASSERT_EQ(png.size(), QSize(640, 480));
    EXPECT_EQ(png.pixel(320, 240), qRgb(0x33, 0x66, 0xcc));
    EXPECT_TRUE(QFile::exists(knownHosts)) << "--accept-new saves the tunnel's host key";
}

TEST_F(VncCaptureCliTest, AWrongPasswordFailsByNameAndWritesNothing)
{
    const CommandResult run = runCliWithStdin(dbPath(),
                                              {QStringLiteral("vnc-capture"), QStringLiteral("hd-ws07"),
                                               QStringLiteral("--out"), pngPath(), QStringLiteral("--password-stdin")},
                                              "wrong\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("vigil-cli: vnc-capture: HD-WS07 127.0.0.1:")) << run.err.constData();
    EXPECT_TRUE(run.err.contains("refused the password")) << run.err.constData();
    EXPECT_FALSE(QFile::exists(pngPath()));
    auto db = Database::open(dbPath());
    ASSERT_TRUE(db.ok());
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT result FROM sessions_log")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("auth_failed"));
}

TEST_F(VncCaptureCliTest, UsageAndLookupErrorsHaveTheirExitCodes)
{
    const CommandResult noOut = runVigilCli(dbPath(), {QStringLiteral("vnc-capture"), QStringLiteral("HD-WS07")});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains("--out FILE.png is required")) << noOut.err.constData();
    const CommandResult notPng = runVigilCli(dbPath(), {QStringLiteral("vnc-capture"), QStringLiteral("HD-WS07"),
                                                        QStringLiteral("--out"), QStringLiteral("x.jpg")});
    EXPECT_EQ(notPng.exitCode, 2);
    const CommandResult unknown = runVigilCli(
        dbPath(), {QStringLiteral("vnc-capture"), QStringLiteral("nope"), QStringLiteral("--out"), pngPath()});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("nope: there is no such device")) << unknown.err.constData();
    m_server.stop();
    const CommandResult refused =
        runCliWithStdin(dbPath(),
                        {QStringLiteral("vnc-capture"), QStringLiteral("HD-WS07"), QStringLiteral("--out"), pngPath(),
                         QStringLiteral("--password-stdin"), QStringLiteral("--timeout"), QStringLiteral("5")},
                        "x\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("refused")) << refused.err.constData();
    EXPECT_FALSE(QFile::exists(pngPath()));
}

} // namespace
