// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"
#include "Database.h"
#include "InventoryStore.h"
#include "KnownHosts.h"
#include "PrivateSshServer.h"
#include "SessionLog.h"
#include "TestInventory.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;
using VigilTest::CommandResult;
using VigilTest::PrivateSshServer;

namespace {

// vigil-cli exec as a process, against the private sshd, with the known hosts file in the test's folder.
class ExecCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_server.start(&error)) << error.toStdString();
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        InventoryStore inventory(*db.value());
        const auto add = [&](const QString &client, const QString &name) {
            const VigilTest::AddedDevice added = VigilTest::addDevice(inventory, client, QStringLiteral("HQ"), name);
            Device device = inventory.device(added.deviceId).value();
            device.address = QStringLiteral("127.0.0.1");
            device.ssh.enabled = true;
            device.ssh.port = m_server.port();
            device.ssh.user = PrivateSshServer::testUser();
            device.ssh.identityFile = m_server.clientKey();
            EXPECT_TRUE(inventory.updateDevice(device).ok());
            return added;
        };
        m_device = add(QStringLiteral("Acme"), QStringLiteral("fs01"));
        add(QStringLiteral("Acme"), QStringLiteral("web01"));
        add(QStringLiteral("Globex"), QStringLiteral("web01"));
        TicketStore tickets(*db.value());
        NewTicket ticket;
        ticket.clientId = m_device.clientId;
        ticket.title = QStringLiteral("Check the disk");
        m_ticket = tickets.create(ticket, QStringLiteral("sam"), QDateTime::currentDateTimeUtc()).value();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("vigil.db")); }
    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

    CommandResult exec(const QStringList &arguments) const
    {
        return VigilTest::runVigilCli(
            dbPath(), QStringList{QStringLiteral("exec")} + arguments,
            {QStringLiteral("VIGIL_KNOWN_HOSTS=") + knownHosts(), QStringLiteral("SSH_AUTH_SOCK=")});
    }

    QByteArray knownHostsBytes() const
    {
        QFile file(knownHosts());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QList<SessionRecord> sessions() const
    {
        auto db = Database::open(dbPath());
        EXPECT_TRUE(db.ok());
        return SessionLog(*db.value()).recent(std::nullopt, 100).value();
    }

    static std::string text(const CommandResult &r)
    {
        return "exit " + std::to_string(r.exitCode) + "\nstdout: " + r.out.toStdString()
               + "\nstderr: " + r.err.toStdString();
    }

    PrivateSshServer m_server;
    QTemporaryDir m_dir;
    VigilTest::AddedDevice m_device;
    qint64 m_ticket = 0;
};

TEST_F(ExecCliTest, UnknownHostKeyIsRefusedWithoutAcceptNew)
{
    const CommandResult r =
        exec({QStringLiteral("fs01"), QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("hi")});
    EXPECT_EQ(r.exitCode, 255) << text(r);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(m_server.hostKeyFingerprint(QStringLiteral("ed25519")).toUtf8())) << text(r);
    EXPECT_TRUE(r.err.contains("--accept-new")) << text(r);
    EXPECT_FALSE(QFile::exists(knownHosts()));
    ASSERT_EQ(sessions().size(), 1);
    EXPECT_EQ(sessions().constFirst().result, QStringLiteral("host-key-unknown"));
}

TEST_F(ExecCliTest, AcceptNewSavesTheKeyAndPassesOutputAndStatusThrough)
{
    const CommandResult r =
        exec({QStringLiteral("fs01"), QStringLiteral("--accept-new"), QStringLiteral("--as"), QStringLiteral("kim"),
              QStringLiteral("--"), QStringLiteral("echo out; echo err >&2; exit 5")});
    EXPECT_EQ(r.exitCode, 5) << text(r);
    EXPECT_EQ(r.out, QByteArray("out\n"));
    EXPECT_EQ(r.err, QByteArray("err\n"));
    EXPECT_TRUE(
        knownHostsBytes().startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_server.port()).toUtf8()));

    // Now known: no flag needed; several words make one command line, as with ssh.
    const CommandResult again = exec({QStringLiteral("Acme/fs01"), QStringLiteral("--"), QStringLiteral("printf"),
                                      QStringLiteral("%s-%s"), QStringLiteral("a"), QStringLiteral("b")});
    EXPECT_EQ(again.exitCode, 0) << text(again);
    EXPECT_EQ(again.out, QByteArray("a-b"));

    const QList<SessionRecord> log = sessions();
    ASSERT_EQ(log.size(), 2);
    const SessionRecord &first = log.at(1);
    EXPECT_EQ(first.deviceName, QStringLiteral("fs01"));
    EXPECT_EQ(first.protocol, QStringLiteral("ssh"));
    EXPECT_EQ(first.technician, QStringLiteral("kim"));
    EXPECT_EQ(first.result, QStringLiteral("exit 5"));
    EXPECT_TRUE(first.endedAt.isValid());
}

TEST_F(ExecCliTest, ChangedHostKeyExitsWith3AndShowsBothFingerprints)
{
    ASSERT_EQ(
        exec({QStringLiteral("fs01"), QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")})
            .exitCode,
        0);
    const QByteArray before = knownHostsBytes();
    const QString oldFingerprint = m_server.hostKeyFingerprint(QStringLiteral("ed25519"));
    QString error;
    ASSERT_TRUE(m_server.regenerateHostKeys(&error)) << error.toStdString();
    const QString newFingerprint = m_server.hostKeyFingerprint(QStringLiteral("ed25519"));

    const CommandResult r = exec({QStringLiteral("fs01"), QStringLiteral("--accept-new"), QStringLiteral("--"),
                                  QStringLiteral("echo"), QStringLiteral("must-not-run")});
    EXPECT_EQ(r.exitCode, 3) << text(r);
    EXPECT_TRUE(r.out.isEmpty()) << text(r);
    EXPECT_TRUE(r.err.contains(oldFingerprint.toUtf8())) << text(r);
    EXPECT_TRUE(r.err.contains(newFingerprint.toUtf8())) << text(r);
    EXPECT_EQ(knownHostsBytes(), before);
    EXPECT_EQ(sessions().constFirst().result, QStringLiteral("host-key-changed"));
}

TEST_F(ExecCliTest, RunFromATicketBooksTheTime)
{
    const CommandResult r = exec({QStringLiteral("fs01"), QStringLiteral("--accept-new"), QStringLiteral("--ticket"),
                                  QString::number(m_ticket), QStringLiteral("--as"), QStringLiteral("kim"),
                                  QStringLiteral("--"), QStringLiteral("true")});
    ASSERT_EQ(r.exitCode, 0) << text(r);
    auto db = Database::open(dbPath());
    ASSERT_TRUE(db.ok());
    const TicketDetail detail = TicketStore(*db.value()).ticket(m_ticket, QDateTime::currentDateTimeUtc()).value();
    ASSERT_EQ(detail.timeEntries.size(), 1);
    EXPECT_EQ(detail.timeEntries.constFirst().minutes, 1);
    EXPECT_EQ(detail.timeEntries.constFirst().technician, QStringLiteral("kim"));
    EXPECT_EQ(detail.timeEntries.constFirst().sessionId, sessions().constFirst().id);
}

TEST_F(ExecCliTest, TimeoutAndFailuresHaveTheirExitCodes)
{
    const CommandResult slow =
        exec({QStringLiteral("fs01"), QStringLiteral("--accept-new"), QStringLiteral("--timeout"), QStringLiteral("2"),
              QStringLiteral("--"), QStringLiteral("sleep 30")});
    EXPECT_EQ(slow.exitCode, 124) << text(slow);

    m_server.stop();
    const CommandResult down = exec({QStringLiteral("fs01"), QStringLiteral("--"), QStringLiteral("true")});
    EXPECT_EQ(down.exitCode, 255) << text(down);
    EXPECT_TRUE(down.err.contains("refused")) << text(down);
}

TEST_F(ExecCliTest, DeviceNamesAndUsage)
{
    const CommandResult ambiguous = exec({QStringLiteral("web01"), QStringLiteral("--"), QStringLiteral("true")});
    EXPECT_EQ(ambiguous.exitCode, 2) << text(ambiguous);
    EXPECT_TRUE(ambiguous.err.contains("Acme") && ambiguous.err.contains("Globex")) << text(ambiguous);
    const CommandResult missing = exec({QStringLiteral("nope"), QStringLiteral("--"), QStringLiteral("true")});
    EXPECT_EQ(missing.exitCode, 1) << text(missing);
    const CommandResult noCommand = exec({QStringLiteral("fs01")});
    EXPECT_EQ(noCommand.exitCode, 2) << text(noCommand);
    const CommandResult qualified =
        exec({QStringLiteral("--client"), QStringLiteral("Globex"), QStringLiteral("web01"),
              QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")});
    EXPECT_EQ(qualified.exitCode, 0) << text(qualified);
}

TEST_F(ExecCliTest, NoQuestionsInScripts)
{
    // A device with no key and no stored password: the run fails at once and says what to store.
    auto db = Database::open(dbPath());
    ASSERT_TRUE(db.ok());
    InventoryStore inventory(*db.value());
    Device device = inventory.device(m_device.deviceId).value();
    device.ssh.identityFile.clear();
    device.ssh.credentialKey = QStringLiteral("vigil-test/none-stored");
    ASSERT_TRUE(inventory.updateDevice(device).ok());
    const CommandResult r =
        exec({QStringLiteral("fs01"), QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")});
    EXPECT_EQ(r.exitCode, 255) << text(r);
    EXPECT_TRUE(r.err.contains("keychain")) << text(r);
}

} // namespace
