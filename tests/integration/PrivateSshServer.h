// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace VigilTest {

class ChildProcess;

struct PrivateSshServerOptions
{
    QStringList hostKeyTypes{QStringLiteral("ed25519")}; // ssh-keygen -t values
    bool passwordAuthentication = true;
    // Through PAM (UsePAM yes): the server asks "Password:" by keyboard-interactive instead of "password".
    bool keyboardInteractive = false;
};

// A private OpenSSH server on 127.0.0.1 for tests: its own sshd_config, host keys (ssh-keygen), client keys and
// authorized_keys in a temporary folder, on a port picked when it first starts and kept across restarts (so a
// test can give the server a new host key "on the same address"). Started as /usr/sbin/sshd -D -e -f CONFIG and
// stopped by PID, together with the per-connection processes it forked.
//
// Logins are as testUser(), a local account with the password testPassword() that scripts/ssh-test-user.sh
// creates (test.sh runs it). Needs root (sshd must switch to that user) and /run/sshd (created here).
class PrivateSshServer final
{
public:
    using Options = PrivateSshServerOptions;

    PrivateSshServer();
    ~PrivateSshServer();
    PrivateSshServer(const PrivateSshServer &) = delete;
    PrivateSshServer &operator=(const PrivateSshServer &) = delete;

    static QString testUser();
    static QString testPassword();

    // Creates keys and config on first use, starts sshd and waits until it accepts connections.
    bool start(QString *error, const Options &options = Options());
    void stop();
    // Kills the processes serving open connections (the listener stays): "the server died mid-session".
    void killConnections();
    // Stops the server, replaces its host keys (same types, or `types`) with new ones and starts it again on the
    // same port.
    bool regenerateHostKeys(QString *error, const QStringList &types = {});

    quint16 port() const;
    QString directory() const;
    // Unencrypted ed25519 client key, authorised for testUser().
    QString clientKey() const;
    // An authorised ed25519 key encrypted with clientKeyPassphrase().
    QString encryptedClientKey() const;
    static QString clientKeyPassphrase();
    // The server's public host key of a type ("ed25519", "rsa"…): wire-format blob and SHA256 fingerprint as
    // ssh-keygen -l prints it.
    QByteArray hostKeyBlob(const QString &type) const;
    QString hostKeyFingerprint(const QString &type) const;
    QString log() const;

private:
    bool generateKey(const QString &path, const QString &type, const QString &passphrase, QString *error);
    bool writeConfig(QString *error);
    bool launch(QString *error);
    QList<qint64> descendants() const;

    QTemporaryDir m_dir;
    Options m_options;
    quint16 m_port = 0;
    bool m_prepared = false;
    std::unique_ptr<ChildProcess> m_sshd;
};

} // namespace VigilTest
