// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshSession.h"
#include "KnownHosts.h"
#include "MemorySecretStore.h"
#include "PrivateSshServer.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace Vigil;
using VigilTest::PrivateSshServer;

namespace {

// Drives one SshSession to its end (or a deadline) the way a terminal tab or the CLI would, recording everything
// it says.
struct SessionRun
{
    std::unique_ptr<SshSession> session;
    QList<HostKeyInfo> hostKeyQuestions;
    QList<SshPrompts> credentialQuestions;
    QByteArray out;
    QByteArray err;
    int chunks = 0;
    qsizetype largestChunk = 0;
    bool connected = false;
    std::optional<SshResult> result;
    std::optional<quint16> forwardPort;

    HostKeyDecision hostKeyAnswer = HostKeyDecision::AcceptAndSave;
    std::function<QStringList(const SshPrompts &)> answer;

    SessionRun(const SshTarget &target, const SshSessionOptions &options, SecretStore *secrets)
        : session(std::make_unique<SshSession>(target, options, secrets))
    {
        SshSession *s = session.get();
        QObject::connect(s, &SshSession::hostKeyUnknown, s, [this](const HostKeyInfo &key) {
            hostKeyQuestions.append(key);
            session->answerHostKey(hostKeyAnswer);
        });
        QObject::connect(s, &SshSession::credentialsNeeded, s, [this](const SshPrompts &prompts) {
            credentialQuestions.append(prompts);
            if (answer) {
                session->answerCredentials(answer(prompts));
            } else {
                session->cancelCredentials();
            }
        });
        QObject::connect(s, &SshSession::connected, s, [this] { connected = true; });
        QObject::connect(s, &SshSession::dataReceived, s, [this](const QByteArray &data) {
            out += data;
            ++chunks;
            largestChunk = qMax(largestChunk, data.size());
        });
        QObject::connect(s, &SshSession::errorReceived, s, [this](const QByteArray &data) { err += data; });
        QObject::connect(s, &SshSession::forwardListening, s, [this](quint16 port) { forwardPort = port; });
        QObject::connect(s, &SshSession::finished, s, [this](const SshResult &r) { result = r; });
    }

    // Spins the event loop until `done` holds or the time is up.
    bool waitFor(const std::function<bool()> &done, int ms = 20000)
    {
        QDeadlineTimer deadline(ms);
        while (!done() && !deadline.hasExpired()) {
            QEventLoop loop;
            QTimer::singleShot(10, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return done();
    }

    bool run(int ms = 30000)
    {
        session->open();
        return waitFor([this] { return result.has_value(); }, ms);
    }
};

class SshSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_server.start(&error)) << error.toStdString();
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    }

    SshTarget target(bool withKey = true) const
    {
        SshTarget t;
        t.destination.host = QStringLiteral("127.0.0.1");
        t.destination.port = m_server.port();
        t.destination.user = PrivateSshServer::testUser();
        if (withKey) {
            t.destination.identityFile = m_server.clientKey();
        }
        t.destination.label = QStringLiteral("test-device");
        return t;
    }

    SshSessionOptions
    exec(const QString &command,
         SshSessionOptions::UnknownHostKey unknown = SshSessionOptions::UnknownHostKey::AcceptNew) const
    {
        SshSessionOptions o;
        o.mode = SshSessionOptions::Mode::Exec;
        o.command = command;
        o.unknownHostKey = unknown;
        o.knownHostsPath = m_knownHosts;
        o.connectTimeoutSeconds = 10;
        o.useAgent = false;
        return o;
    }

    QByteArray knownHostsBytes() const
    {
        QFile file(m_knownHosts);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void trustServer()
    {
        ASSERT_TRUE(
            KnownHosts(m_knownHosts)
                .add(QStringLiteral("127.0.0.1"), m_server.port(), m_server.hostKeyBlob(QStringLiteral("ed25519")))
                .ok());
    }

    std::string describe(const SessionRun &run) const
    {
        return (run.result ? SshResult::failureId(run.result->failure) + QStringLiteral(": ") + run.result->message
                           : QStringLiteral("(no result)"))
                   .toStdString()
               + "\nsshd log:\n" + m_server.log().right(3000).toStdString();
    }

    PrivateSshServer m_server;
    QTemporaryDir m_dir;
    QString m_knownHosts;
};

TEST_F(SshSessionTest, KeyAuthRunsACommandWithOutputAndExitStatus)
{
    trustServer();
    SessionRun run(target(),
                   exec(QStringLiteral("echo out; echo err >&2; exit 7"), SshSessionOptions::UnknownHostKey::Refuse),
                   nullptr);
    ASSERT_TRUE(run.run()) << describe(run);
    ASSERT_TRUE(run.result->ok()) << describe(run);
    EXPECT_TRUE(run.connected);
    EXPECT_EQ(run.out, QByteArray("out\n"));
    EXPECT_EQ(run.err, QByteArray("err\n"));
    EXPECT_EQ(run.result->exitStatus, 7);
    EXPECT_TRUE(run.hostKeyQuestions.isEmpty());
    EXPECT_TRUE(run.credentialQuestions.isEmpty());
}

TEST_F(SshSessionTest, ACommandKilledBySignalReportsIt)
{
    trustServer();
    SessionRun run(target(), exec(QStringLiteral("kill -TERM $$")), nullptr);
    ASSERT_TRUE(run.run()) << describe(run);
    ASSERT_TRUE(run.result->ok()) << describe(run);
    EXPECT_EQ(run.result->exitSignal, QStringLiteral("TERM"));
}

TEST_F(SshSessionTest, UnknownHostKeyIsShownAcceptedAndSaved)
{
    SshSessionOptions options = exec(QStringLiteral("true"), SshSessionOptions::UnknownHostKey::Ask);
    SessionRun first(target(), options, nullptr);
    ASSERT_TRUE(first.run()) << describe(first);
    ASSERT_TRUE(first.result->ok()) << describe(first);
    ASSERT_EQ(first.hostKeyQuestions.size(), 1);
    const HostKeyInfo &key = first.hostKeyQuestions.constFirst();
    EXPECT_EQ(key.keyType, QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(key.fingerprint, m_server.hostKeyFingerprint(QStringLiteral("ed25519")));
    EXPECT_EQ(key.port, m_server.port());
    EXPECT_TRUE(
        knownHostsBytes().startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_server.port()).toUtf8()));

    // Known now: no question, even under the strictest policy.
    SessionRun second(target(), exec(QStringLiteral("true"), SshSessionOptions::UnknownHostKey::Refuse), nullptr);
    ASSERT_TRUE(second.run());
    EXPECT_TRUE(second.result->ok()) << describe(second);
    EXPECT_TRUE(second.hostKeyQuestions.isEmpty());
}

TEST_F(SshSessionTest, AcceptOnceSavesNothingAndRejectEndsTheSession)
{
    SessionRun once(target(), exec(QStringLiteral("true"), SshSessionOptions::UnknownHostKey::Ask), nullptr);
    once.hostKeyAnswer = HostKeyDecision::AcceptOnce;
    ASSERT_TRUE(once.run());
    EXPECT_TRUE(once.result->ok()) << describe(once);
    EXPECT_TRUE(knownHostsBytes().isEmpty());

    SessionRun rejected(target(), exec(QStringLiteral("true"), SshSessionOptions::UnknownHostKey::Ask), nullptr);
    rejected.hostKeyAnswer = HostKeyDecision::Reject;
    ASSERT_TRUE(rejected.run());
    EXPECT_EQ(rejected.result->failure, SshResult::Failure::HostKeyUnknown);
    EXPECT_FALSE(rejected.connected);
    EXPECT_TRUE(knownHostsBytes().isEmpty());

    SessionRun refused(target(), exec(QStringLiteral("true"), SshSessionOptions::UnknownHostKey::Refuse), nullptr);
    ASSERT_TRUE(refused.run());
    EXPECT_EQ(refused.result->failure, SshResult::Failure::HostKeyUnknown);
    EXPECT_EQ(refused.result->hostKey.fingerprint, m_server.hostKeyFingerprint(QStringLiteral("ed25519")));
}

TEST_F(SshSessionTest, ChangedHostKeyIsRefusedWithBothFingerprints)
{
    trustServer();
    const QString oldFingerprint = m_server.hostKeyFingerprint(QStringLiteral("ed25519"));
    const QByteArray before = knownHostsBytes();
    QString error;
    ASSERT_TRUE(m_server.regenerateHostKeys(&error)) << error.toStdString();
    const QString newFingerprint = m_server.hostKeyFingerprint(QStringLiteral("ed25519"));
    ASSERT_NE(oldFingerprint, newFingerprint);

    // Even the "ask" policy never offers to accept a changed key.
    SessionRun run(target(), exec(QStringLiteral("echo must-not-run"), SshSessionOptions::UnknownHostKey::Ask),
                   nullptr);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.result->failure, SshResult::Failure::HostKeyChanged) << describe(run);
    EXPECT_TRUE(run.hostKeyQuestions.isEmpty());
    EXPECT_FALSE(run.connected);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.result->hostKey.fingerprint, newFingerprint);
    EXPECT_EQ(run.result->hostKey.knownFingerprint, oldFingerprint);
    EXPECT_TRUE(run.result->message.contains(newFingerprint));
    EXPECT_TRUE(run.result->message.contains(oldFingerprint));
    EXPECT_EQ(knownHostsBytes(), before);

    SessionRun acceptNew(target(), exec(QStringLiteral("true")), nullptr);
    ASSERT_TRUE(acceptNew.run());
    EXPECT_EQ(acceptNew.result->failure, SshResult::Failure::HostKeyChanged);
    EXPECT_EQ(knownHostsBytes(), before);
}

TEST_F(SshSessionTest, ADifferentKeyTypeIsRefusedToo)
{
    trustServer();
    const QByteArray before = knownHostsBytes();
    QString error;
    ASSERT_TRUE(m_server.regenerateHostKeys(&error, {QStringLiteral("ecdsa")})) << error.toStdString();
    SessionRun run(target(), exec(QStringLiteral("true"), SshSessionOptions::UnknownHostKey::AcceptNew), nullptr);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.result->failure, SshResult::Failure::HostKeyChanged) << describe(run);
    EXPECT_EQ(run.result->hostKey.keyType, QStringLiteral("ecdsa-sha2-nistp256"));
    EXPECT_EQ(run.result->hostKey.knownType, QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(run.result->hostKey.fingerprint, m_server.hostKeyFingerprint(QStringLiteral("ecdsa")));
    EXPECT_EQ(knownHostsBytes(), before);
}

TEST_F(SshSessionTest, PasswordComesFromTheSecretStore)
{
    trustServer();
    MemorySecretStore secrets;
    bool written = false;
    secrets.write(QStringLiteral("ssh/test"), PrivateSshServer::testPassword(), &secrets,
                  [&written](const Status &s) { written = s.ok(); });
    SshTarget t = target(false);
    t.destination.credentialKey = QStringLiteral("ssh/test");
    SessionRun run(t, exec(QStringLiteral("id -un")), &secrets);
    ASSERT_TRUE(run.run()) << describe(run);
    ASSERT_TRUE(written);
    ASSERT_TRUE(run.result->ok()) << describe(run);
    EXPECT_EQ(run.out, PrivateSshServer::testUser().toUtf8() + '\n');
    EXPECT_TRUE(run.credentialQuestions.isEmpty());
}

TEST_F(SshSessionTest, PasswordIsAskedWhenNoKeychainWorks)
{
    trustServer();
    MemorySecretStore secrets;
    secrets.setAvailable(false);
    SshTarget t = target(false);
    t.destination.credentialKey = QStringLiteral("ssh/test");
    SessionRun run(t, exec(QStringLiteral("echo in")), &secrets);
    run.answer = [](const SshPrompts &) { return QStringList{PrivateSshServer::testPassword()}; };
    ASSERT_TRUE(run.run()) << describe(run);
    ASSERT_TRUE(run.result->ok()) << describe(run);
    ASSERT_EQ(run.credentialQuestions.size(), 1);
    EXPECT_EQ(run.credentialQuestions.constFirst().kind, SshPrompts::Kind::Password);
    EXPECT_FALSE(run.credentialQuestions.constFirst().prompts.constFirst().echo);
    EXPECT_EQ(run.out, QByteArray("in\n"));
}

TEST_F(SshSessionTest, WrongPasswordIsANamedFailure)
{
    trustServer();
    SessionRun run(target(false), exec(QStringLiteral("true")), nullptr);
    run.answer = [](const SshPrompts &) { return QStringList{QStringLiteral("not-the-password")}; };
    ASSERT_TRUE(run.run(60000)) << describe(run);
    ASSERT_EQ(run.result->failure, SshResult::Failure::AuthFailed) << describe(run);
    EXPECT_TRUE(run.result->methodsTried.contains(QStringLiteral("password")));
    EXPECT_TRUE(run.result->message.contains(QStringLiteral("password")));
    EXPECT_FALSE(run.connected);
}

TEST_F(SshSessionTest, EncryptedKeyIsUnlockedWithThePassphraseFromTheStore)
{
    trustServer();
    MemorySecretStore secrets;
    secrets.write(SshEndpoint::passphraseKeyId(m_server.encryptedClientKey()), PrivateSshServer::clientKeyPassphrase(),
                  &secrets, [](const Status &) {});
    SshTarget t = target(false);
    t.destination.identityFile = m_server.encryptedClientKey();
    SessionRun run(t, exec(QStringLiteral("echo unlocked")), &secrets);
    ASSERT_TRUE(run.run()) << describe(run);
    ASSERT_TRUE(run.result->ok()) << describe(run);
    EXPECT_EQ(run.out, QByteArray("unlocked\n"));
    EXPECT_TRUE(run.credentialQuestions.isEmpty());
}

TEST_F(SshSessionTest, NothingListeningIsRefused)
{
    SshTarget t = target();
    t.destination.port = VigilTest::freeLoopbackPort();
    SessionRun run(t, exec(QStringLiteral("true")), nullptr);
    ASSERT_TRUE(run.run());
    EXPECT_EQ(run.result->failure, SshResult::Failure::Refused) << describe(run);
}

TEST_F(SshSessionTest, CommandTimeoutEndsTheSession)
{
    trustServer();
    SshSessionOptions options = exec(QStringLiteral("sleep 30"));
    options.commandTimeoutSeconds = 1;
    QElapsedTimer timer;
    timer.start();
    SessionRun run(target(), options, nullptr);
    ASSERT_TRUE(run.run());
    EXPECT_EQ(run.result->failure, SshResult::Failure::Timeout) << describe(run);
    EXPECT_LT(timer.elapsed(), 10000);
}

SshSessionOptions shellOptions(const QString &knownHosts)
{
    SshSessionOptions o;
    o.mode = SshSessionOptions::Mode::Shell;
    o.unknownHostKey = SshSessionOptions::UnknownHostKey::Refuse;
    o.knownHostsPath = knownHosts;
    o.columns = 80;
    o.rows = 24;
    o.useAgent = false;
    return o;
}

TEST_F(SshSessionTest, ShellEchoesAndSeesResize)
{
    trustServer();
    SessionRun run(target(), shellOptions(m_knownHosts), nullptr);
    run.session->open();
    ASSERT_TRUE(run.waitFor([&] { return run.connected || run.result; })) << describe(run);
    ASSERT_TRUE(run.connected) << describe(run);
    run.session->write("echo vigil-$((6*7))\n");
    ASSERT_TRUE(run.waitFor([&] { return run.out.contains("vigil-42"); })) << run.out.toStdString();
    run.session->write("stty size\n");
    ASSERT_TRUE(run.waitFor([&] { return run.out.contains("24 80"); })) << run.out.toStdString();
    run.session->resize(100, 33);
    run.session->write("stty size\n");
    ASSERT_TRUE(run.waitFor([&] { return run.out.contains("33 100"); })) << run.out.toStdString();
    run.session->write("exit\n");
    ASSERT_TRUE(run.waitFor([&] { return run.result.has_value(); }));
    EXPECT_TRUE(run.result->ok()) << describe(run);
}

TEST_F(SshSessionTest, CloseEndsAShellCleanly)
{
    trustServer();
    SessionRun run(target(), shellOptions(m_knownHosts), nullptr);
    run.session->open();
    ASSERT_TRUE(run.waitFor([&] { return run.connected || run.result; }));
    run.session->close();
    ASSERT_TRUE(run.waitFor([&] { return run.result.has_value(); }, 5000));
    EXPECT_TRUE(run.result->ok()) << describe(run);
}

TEST_F(SshSessionTest, ServerKilledMidSessionIsANamedFailure)
{
    trustServer();
    SessionRun run(target(), shellOptions(m_knownHosts), nullptr);
    run.session->open();
    ASSERT_TRUE(run.waitFor([&] { return run.connected || run.result; }));
    run.session->write("echo alive\n");
    ASSERT_TRUE(run.waitFor([&] { return run.out.contains("alive"); }));
    m_server.killConnections();
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(run.waitFor([&] { return run.result.has_value(); }, 15000)) << "the session hung";
    EXPECT_EQ(run.result->failure, SshResult::Failure::ConnectionLost) << describe(run);
    EXPECT_LT(timer.elapsed(), 10000);
}

TEST_F(SshSessionTest, FloodOfOutputArrivesCompleteInBoundedChunks)
{
    trustServer();
    constexpr qint64 total = 32 * 1024 * 1024;
    SessionRun run(target(), exec(QStringLiteral("head -c %1 /dev/zero").arg(total)), nullptr);
    // A slow consumer: the worker must wait for it rather than queue everything.
    QObject::connect(run.session.get(), &SshSession::dataReceived, run.session.get(), [&run](const QByteArray &) {
        if (run.chunks % 16 == 0) {
            QThread::msleep(5);
        }
    });
    ASSERT_TRUE(run.run(120000)) << describe(run);
    ASSERT_TRUE(run.result->ok()) << describe(run);
    EXPECT_EQ(run.out.size(), total);
    EXPECT_LE(run.largestChunk, 256 * 1024);
    EXPECT_EQ(run.result->exitStatus, 0);
}

TEST_F(SshSessionTest, ThroughAJumpHost)
{
    trustServer();
    SshTarget t = target();
    SshEndpoint jump = t.destination; // the same sshd serves as jump host and device
    jump.label = QStringLiteral("jump");
    t.jumps = {jump};
    SessionRun run(t, exec(QStringLiteral("echo jumped; echo $SSH_CONNECTION")), nullptr);
    ASSERT_TRUE(run.run()) << describe(run);
    ASSERT_TRUE(run.result->ok()) << describe(run);
    EXPECT_TRUE(run.out.startsWith("jumped\n"));
    // The inner connection comes from the jump host's side (127.0.0.1), not straight from this test.
    EXPECT_TRUE(run.out.contains("127.0.0.1"));
    // Two logins: one on the jump host, one on the device through it.
    QDeadlineTimer logged(5000);
    while (m_server.log().count(QStringLiteral("Accepted publickey")) < 2 && !logged.hasExpired()) {
        QThread::msleep(50);
    }
    EXPECT_EQ(m_server.log().count(QStringLiteral("Accepted publickey")), 2) << m_server.log().toStdString();
}

TEST_F(SshSessionTest, JumpHostWithUnknownKeyIsCheckedToo)
{
    SshTarget t = target();
    t.jumps = {t.destination};
    SessionRun run(t, exec(QStringLiteral("true"), SshSessionOptions::UnknownHostKey::Refuse), nullptr);
    ASSERT_TRUE(run.run());
    EXPECT_EQ(run.result->failure, SshResult::Failure::HostKeyUnknown);
    EXPECT_TRUE(run.result->endpoint.contains(QString::number(m_server.port())));
}

TEST_F(SshSessionTest, LocalPortForwardReachesAServiceBehindTheDevice)
{
    trustServer();
    // The "service behind the device": an echo server on loopback, reached through the sshd.
    QTcpServer echo;
    ASSERT_TRUE(echo.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&echo, &QTcpServer::newConnection, &echo, [&echo] {
        while (QTcpSocket *socket = echo.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket] { socket->write("echo:" + socket->readAll()); });
        }
    });
    SshSessionOptions options;
    options.mode = SshSessionOptions::Mode::Forward;
    options.unknownHostKey = SshSessionOptions::UnknownHostKey::Refuse;
    options.knownHostsPath = m_knownHosts;
    options.forwardHost = QStringLiteral("127.0.0.1");
    options.forwardPort = echo.serverPort();
    options.useAgent = false;
    SessionRun run(target(), options, nullptr);
    run.session->open();
    ASSERT_TRUE(run.waitFor([&] { return run.forwardPort.has_value() || run.result; })) << describe(run);
    ASSERT_TRUE(run.forwardPort.has_value()) << describe(run);

    for (int i = 0; i < 2; ++i) { // two connections, one after the other, each with its own channel
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, *run.forwardPort);
        ASSERT_TRUE(run.waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));
        const QByteArray ping = "ping " + QByteArray::number(i);
        client.write(ping);
        QByteArray received;
        ASSERT_TRUE(run.waitFor(
            [&] {
                received += client.readAll();
                return received == "echo:" + ping;
            },
            10000))
            << received.toStdString();
    }
    run.session->close();
    ASSERT_TRUE(run.waitFor([&] { return run.result.has_value(); }, 5000));
    EXPECT_TRUE(run.result->ok()) << describe(run);
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, *run.forwardPort);
    EXPECT_FALSE(after.waitForConnected(1000)) << "the forward still listens after close";
}

class SshKeyboardInteractiveTest : public ::testing::Test
{
};

TEST_F(SshKeyboardInteractiveTest, PromptsAreForwardedAndAnswered)
{
    PrivateSshServer server;
    PrivateSshServer::Options options;
    options.keyboardInteractive = true;
    QString error;
    ASSERT_TRUE(server.start(&error, options)) << error.toStdString();
    QTemporaryDir dir;
    SshTarget t;
    t.destination.host = QStringLiteral("127.0.0.1");
    t.destination.port = server.port();
    t.destination.user = PrivateSshServer::testUser();
    SshSessionOptions o;
    o.mode = SshSessionOptions::Mode::Exec;
    o.command = QStringLiteral("echo via-pam");
    o.unknownHostKey = SshSessionOptions::UnknownHostKey::AcceptNew;
    o.knownHostsPath = dir.filePath(QStringLiteral("known_hosts"));
    o.useAgent = false;
    SessionRun run(t, o, nullptr);
    run.answer = [](const SshPrompts &) { return QStringList{PrivateSshServer::testPassword()}; };
    ASSERT_TRUE(run.run()) << server.log().toStdString();
    ASSERT_TRUE(run.result->ok()) << run.result->message.toStdString() << "\n" << server.log().toStdString();
    ASSERT_EQ(run.credentialQuestions.size(), 1);
    EXPECT_EQ(run.credentialQuestions.constFirst().kind, SshPrompts::Kind::KeyboardInteractive);
    ASSERT_EQ(run.credentialQuestions.constFirst().prompts.size(), 1);
    EXPECT_TRUE(run.credentialQuestions.constFirst().prompts.constFirst().text.contains(QStringLiteral("assword")));
    EXPECT_EQ(run.out, QByteArray("via-pam\n"));
    EXPECT_TRUE(run.result->message.size() > 0);

    // A wrong answer is a named failure that lists keyboard-interactive.
    SessionRun wrong(t, o, nullptr);
    wrong.answer = [](const SshPrompts &) { return QStringList{QStringLiteral("wrong")}; };
    ASSERT_TRUE(wrong.run(60000));
    EXPECT_EQ(wrong.result->failure, SshResult::Failure::AuthFailed);
    EXPECT_TRUE(wrong.result->methodsTried.contains(QStringLiteral("keyboard-interactive")));
}

} // namespace
