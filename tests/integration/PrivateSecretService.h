// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace VigilTest {

class ChildProcess;

// A private D-Bus session bus (its own config: no service activation, so nothing starts behind the test's back)
// with, optionally, an unlocked gnome-keyring-daemon serving org.freedesktop.secrets on it. HOME and
// XDG_RUNTIME_DIR are private temporary folders (0700). Both daemons are stopped by PID and reaped.
class PrivateSecretService final
{
public:
    enum class Keyring { None, GnomeKeyring };

    explicit PrivateSecretService(Keyring keyring);
    ~PrivateSecretService();
    PrivateSecretService(const PrivateSecretService &) = delete;
    PrivateSecretService &operator=(const PrivateSecretService &) = delete;

    // Starts the bus (and the keyring); on failure returns false with a description in *error.
    bool start(QString *error);
    void stop();

    QString busAddress() const;
    QString home() const;
    QString runtimeDir() const;
    // ~/.local/share/keyrings under the private HOME: the keyring's own (encrypted) files.
    QString keyringDir() const;
    // NAME=value entries for a child process that should use this bus and HOME.
    QStringList environment() const;
    // Points this process at the bus and HOME. Must run before anything in the process touches D-Bus: QtDBus and
    // GDBus both cache the session bus on first use.
    void applyToThisProcess() const;

private:
    bool startBus(QString *error);
    bool startKeyring(QString *error);
    bool secretsNameOwned() const;

    Keyring m_keyring;
    QTemporaryDir m_root;
    QString m_busAddress;
    std::unique_ptr<ChildProcess> m_bus;
    std::unique_ptr<QProcess> m_keyringProcess;
};

} // namespace VigilTest
