// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateSshServer.h"

#include "ChildProcess.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace VigilTest {

PrivateSshServer::PrivateSshServer() = default;

PrivateSshServer::~PrivateSshServer()
{
    stop();
}

QString PrivateSshServer::testUser()
{
    return QStringLiteral("vigil-ssh-test");
}

QString PrivateSshServer::testPassword()
{
    // A throwaway account for loopback tests only; scripts/ssh-test-user.sh sets the same.
    return QStringLiteral("vigil-test-Pw-4711");
}

QString PrivateSshServer::clientKeyPassphrase()
{
    return QStringLiteral("vigil-test-passphrase");
}

quint16 PrivateSshServer::port() const
{
    return m_port;
}

QString PrivateSshServer::directory() const
{
    return m_dir.path();
}

QString PrivateSshServer::clientKey() const
{
    return m_dir.filePath(QStringLiteral("client_ed25519"));
}

QString PrivateSshServer::encryptedClientKey() const
{
    return m_dir.filePath(QStringLiteral("client_encrypted"));
}

bool PrivateSshServer::generateKey(const QString &path, const QString &type, const QString &passphrase, QString *error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList arguments{QStringLiteral("-q"),         QStringLiteral("-t"), type,
                          QStringLiteral("-N"),         passphrase,           QStringLiteral("-C"),
                          QStringLiteral("vigil-test"), QStringLiteral("-f"), path};
    if (type == QLatin1String("rsa")) {
        arguments << QStringLiteral("-b") << QStringLiteral("2048");
    }
    const CommandResult result = runCommand(QStringLiteral("/usr/bin/ssh-keygen"), arguments);
    if (result.exitCode != 0) {
        *error = QStringLiteral("ssh-keygen -t %1 failed: %2").arg(type, QString::fromLocal8Bit(result.err));
        return false;
    }
    return true;
}

bool PrivateSshServer::writeConfig(QString *error)
{
    QString config;
    config += QStringLiteral("ListenAddress 127.0.0.1\nPort %1\n").arg(m_port);
    for (const QString &type : m_options.hostKeyTypes) {
        config += QStringLiteral("HostKey %1\n").arg(m_dir.filePath(QStringLiteral("host_%1").arg(type)));
    }
    config += QStringLiteral("PidFile %1\n").arg(m_dir.filePath(QStringLiteral("sshd.pid")));
    config += QStringLiteral("AuthorizedKeysFile %1\n").arg(m_dir.filePath(QStringLiteral("authorized_keys")));
    config += QStringLiteral("StrictModes no\n");
    config +=
        QStringLiteral("UsePAM %1\n").arg(m_options.keyboardInteractive ? QStringLiteral("yes") : QStringLiteral("no"));
    config += QStringLiteral("KbdInteractiveAuthentication %1\n")
                  .arg(m_options.keyboardInteractive ? QStringLiteral("yes") : QStringLiteral("no"));
    config += QStringLiteral("PasswordAuthentication %1\n")
                  .arg(m_options.passwordAuthentication && !m_options.keyboardInteractive ? QStringLiteral("yes")
                                                                                          : QStringLiteral("no"));
    config += QStringLiteral("PubkeyAuthentication yes\n");
    config += QStringLiteral("AllowUsers %1\n").arg(testUser());
    config += QStringLiteral("AllowTcpForwarding yes\n");
    config += QStringLiteral("PermitUserEnvironment no\nPrintMotd no\nPrintLastLog no\nUseDNS no\n");
    config += QStringLiteral("MaxStartups 50\nMaxSessions 20\nLogLevel VERBOSE\n");
    config += QStringLiteral("Subsystem sftp internal-sftp\n");
    QFile file(m_dir.filePath(QStringLiteral("sshd_config")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool PrivateSshServer::start(QString *error, const Options &options)
{
    m_options = options;
    if (::geteuid() != 0) {
        *error = QStringLiteral("the private sshd needs root (it switches to the test user); run the tests as root");
        return false;
    }
    if (!::getpwnam(testUser().toLocal8Bit().constData())) {
        *error = QStringLiteral("the test account %1 does not exist: run scripts/ssh-test-user.sh (test.sh does)")
                     .arg(testUser());
        return false;
    }
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd"))) {
        *error = QStringLiteral("/usr/sbin/sshd is missing: install openssh-server (test.sh does)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    QDir().mkpath(QStringLiteral("/run/sshd"));
    if (!m_prepared) {
        // sshd reads authorized_keys as the test user: the folder must be open to it.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        for (const QString &type : m_options.hostKeyTypes) {
            if (!generateKey(m_dir.filePath(QStringLiteral("host_%1").arg(type)), type, QString(), error)) {
                return false;
            }
        }
        if (!generateKey(clientKey(), QStringLiteral("ed25519"), QString(), error)
            || !generateKey(encryptedClientKey(), QStringLiteral("ed25519"), clientKeyPassphrase(), error)) {
            return false;
        }
        QFile keys(m_dir.filePath(QStringLiteral("authorized_keys")));
        QFile plain(clientKey() + QStringLiteral(".pub"));
        QFile encrypted(encryptedClientKey() + QStringLiteral(".pub"));
        if (!keys.open(QIODevice::WriteOnly) || !plain.open(QIODevice::ReadOnly)
            || !encrypted.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot write authorized_keys");
            return false;
        }
        keys.write(plain.readAll());
        keys.write(encrypted.readAll());
        keys.close();
        keys.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        m_port = freeLoopbackPort();
        m_prepared = true;
    } else {
        for (const QString &type : m_options.hostKeyTypes) {
            const QString path = m_dir.filePath(QStringLiteral("host_%1").arg(type));
            if (!QFile::exists(path) && !generateKey(path, type, QString(), error)) {
                return false;
            }
        }
    }
    return writeConfig(error) && launch(error);
}

bool PrivateSshServer::launch(QString *error)
{
    m_sshd = std::make_unique<ChildProcess>(
        QStringLiteral("/usr/sbin/sshd"), QStringList{QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                                      m_dir.filePath(QStringLiteral("sshd_config"))});
    if (!m_sshd->start()) {
        *error = QStringLiteral("cannot start sshd: %1").arg(m_sshd->describe());
        return false;
    }
    if (!m_sshd->waitForPort(m_port, std::chrono::seconds(15))) {
        *error = QStringLiteral("sshd did not listen on 127.0.0.1:%1: %2").arg(m_port).arg(m_sshd->describe());
        return false;
    }
    return true;
}

QList<qint64> PrivateSshServer::descendants() const
{
    QList<qint64> found;
    if (!m_sshd || !m_sshd->running()) {
        return found;
    }
    QHash<qint64, qint64> parents;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok) {
            continue;
        }
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("PPid:")) {
                parents.insert(pid, line.mid(5).trimmed().toLongLong());
                break;
            }
        }
    }
    QList<qint64> frontier{m_sshd->pid()};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (it.value() == parent) {
                found.append(it.key());
                frontier.append(it.key());
            }
        }
    }
    return found;
}

void PrivateSshServer::killConnections()
{
    // Every process below the listener serves a connection; the listener reaps them.
    for (const qint64 pid : descendants()) {
        ::kill(pid_t(pid), SIGKILL);
    }
}

void PrivateSshServer::stop()
{
    if (!m_sshd) {
        return;
    }
    killConnections();
    for (int i = 0; i < 50 && !descendants().isEmpty(); ++i) {
        QThread::msleep(20);
    }
    m_sshd->stop();
}

bool PrivateSshServer::regenerateHostKeys(QString *error, const QStringList &types)
{
    stop();
    for (const QString &type : m_options.hostKeyTypes) {
        QFile::remove(m_dir.filePath(QStringLiteral("host_%1").arg(type)));
        QFile::remove(m_dir.filePath(QStringLiteral("host_%1.pub").arg(type)));
    }
    Options options = m_options;
    if (!types.isEmpty()) {
        options.hostKeyTypes = types;
    }
    return start(error, options);
}

QByteArray PrivateSshServer::hostKeyBlob(const QString &type) const
{
    QFile file(m_dir.filePath(QStringLiteral("host_%1.pub").arg(type)));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 2 ? QByteArray::fromBase64(fields.at(1)) : QByteArray();
}

QString PrivateSshServer::hostKeyFingerprint(const QString &type) const
{
    const CommandResult result =
        runCommand(QStringLiteral("/usr/bin/ssh-keygen"),
                   {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                    m_dir.filePath(QStringLiteral("host_%1.pub").arg(type))});
    const QList<QByteArray> fields = result.out.simplified().split(' ');
    return fields.size() >= 2 ? QString::fromLatin1(fields.at(1)) : QString();
}

QString PrivateSshServer::log() const
{
    if (!m_sshd) {
        return {};
    }
    // Collects what sshd wrote so far (the needle never occurs).
    m_sshd->waitForOutput(QByteArrayLiteral("\x01\x02"), std::chrono::milliseconds(0));
    return QString::fromLocal8Bit(m_sshd->errorOutput() + m_sshd->output());
}

} // namespace VigilTest
