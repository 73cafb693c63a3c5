// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateSecretService.h"

#include "ChildProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <chrono>

namespace VigilTest {

namespace {

using namespace std::chrono_literals;

// Variables that would steer QtKeychain or libsecret towards the developer's real desktop session.
const char *const kCleared[] = {"XDG_CONFIG_HOME", "XDG_DATA_HOME",       "XDG_CACHE_HOME",
                                "XDG_STATE_HOME",  "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP",
                                "DESKTOP_SESSION", "KDE_FULL_SESSION",    "GNOME_KEYRING_CONTROL",
                                "DISPLAY",         "WAYLAND_DISPLAY"};

const QByteArray kKeyringPassword = QByteArrayLiteral("vigil-test-keyring");

bool makePrivateDir(const QString &path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

PrivateSecretService::PrivateSecretService(Keyring keyring)
    : m_keyring(keyring)
{
}

PrivateSecretService::~PrivateSecretService()
{
    stop();
}

QString PrivateSecretService::home() const
{
    return m_root.filePath(QStringLiteral("home"));
}

QString PrivateSecretService::runtimeDir() const
{
    return m_root.filePath(QStringLiteral("run"));
}

QString PrivateSecretService::keyringDir() const
{
    return home() + QStringLiteral("/.local/share/keyrings");
}

QString PrivateSecretService::busAddress() const
{
    return m_busAddress;
}

QStringList PrivateSecretService::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : kCleared) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    if (!m_busAddress.isEmpty()) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    }
    return env.toStringList();
}

void PrivateSecretService::applyToThisProcess() const
{
    for (const char *name : kCleared) {
        qunsetenv(name);
    }
    qputenv("HOME", QFile::encodeName(home()));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
}

bool PrivateSecretService::start(QString *error)
{
    if (!m_root.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!makePrivateDir(home()) || !makePrivateDir(runtimeDir())) {
        *error = QStringLiteral("cannot create the private HOME and XDG_RUNTIME_DIR");
        return false;
    }
    if (!startBus(error)) {
        return false;
    }
    return m_keyring == Keyring::None || startKeyring(error);
}

bool PrivateSecretService::startBus(QString *error)
{
    // The stock session.conf lists service directories, and org.freedesktop.secrets.service would let the bus
    // start a gnome-keyring of its own: this config activates nothing.
    const QString config = m_root.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write ") + config;
        return false;
    }
    file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig>\n  <type>session</type>\n  <listen>unix:dir=");
    file.write(QFile::encodeName(runtimeDir()));
    file.write("</listen>\n  <auth>EXTERNAL</auth>\n"
               "  <policy context=\"default\">\n"
               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
               "    <allow eavesdrop=\"true\"/>\n"
               "    <allow own=\"*\"/>\n"
               "  </policy>\n</busconfig>\n");
    file.close();

    m_bus = std::make_unique<ChildProcess>(
        QStringLiteral("dbus-daemon"), QStringList{QStringLiteral("--config-file=") + config,
                                                   QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    m_bus->setEnvironment(environment());
    if (!m_bus->start() || !m_bus->waitForOutput("guid=", 10s)) {
        *error = QStringLiteral("dbus-daemon did not start: ") + m_bus->describe();
        return false;
    }
    m_busAddress = QString::fromUtf8(m_bus->output()).split(QLatin1Char('\n')).first().trimmed();
    return !m_busAddress.isEmpty();
}

bool PrivateSecretService::startKeyring(QString *error)
{
    m_keyringProcess = std::make_unique<QProcess>();
    m_keyringProcess->setEnvironment(environment());
    m_keyringProcess->setWorkingDirectory(home());
    m_keyringProcess->start(
        QStringLiteral("gnome-keyring-daemon"),
        {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--foreground")});
    if (!m_keyringProcess->waitForStarted(10000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyringProcess->errorString();
        return false;
    }
    // --unlock reads the login keyring's password from stdin up to EOF.
    m_keyringProcess->write(kKeyringPassword);
    m_keyringProcess->closeWriteChannel();
    // QProcess writes from the event loop, which nobody runs here: push the password and the EOF out now.
    m_keyringProcess->waitForBytesWritten(5000);

    QDeadlineTimer deadline(15s);
    while (!deadline.hasExpired()) {
        if (m_keyringProcess->state() == QProcess::NotRunning) {
            break;
        }
        if (secretsNameOwned()) {
            return true;
        }
        QThread::msleep(100);
    }
    *error = QStringLiteral("org.freedesktop.secrets did not appear on the private bus: ")
             + QString::fromUtf8(m_keyringProcess->readAllStandardError());
    return false;
}

bool PrivateSecretService::secretsNameOwned() const
{
    const CommandResult result = runCommand(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
         QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
         QStringLiteral("string:org.freedesktop.secrets")},
        5s, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + m_busAddress});
    return result.exitCode == 0 && result.out.contains("boolean true");
}

void PrivateSecretService::stop()
{
    if (m_keyringProcess && m_keyringProcess->state() != QProcess::NotRunning) {
        m_keyringProcess->terminate();
        if (!m_keyringProcess->waitForFinished(5000)) {
            m_keyringProcess->kill();
            m_keyringProcess->waitForFinished(5000);
        }
    }
    m_keyringProcess.reset();
    if (m_bus) {
        m_bus->stop();
        m_bus.reset();
    }
}

} // namespace VigilTest
