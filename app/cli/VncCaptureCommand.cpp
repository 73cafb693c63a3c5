// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncCaptureCommand.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"
#include "KeychainSecretStore.h"
#include "KnownHosts.h"
#include "SqlSessionLogRecorder.h"
#include "SshResult.h"
#include "SshSession.h"
#include "SshTargetResolver.h"
#include "VncClient.h"

#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

#include <memory>
#include <optional>

namespace Vigil {

namespace {

const QString outOption = QStringLiteral("out");
const QString clientOption = QStringLiteral("client");
const QString timeoutOption = QStringLiteral("timeout");
const QString passwordStdinOption = QStringLiteral("password-stdin");
const QString asOption = QStringLiteral("as");
const QString acceptNewOption = QStringLiteral("accept-new");

} // namespace

VncCaptureCommand::VncCaptureCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("vnc-capture"),
                 tr("Connect to a device's VNC server and save one complete frame as PNG."))
{
}

void VncCaptureCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("DEVICE"), tr("The device's name."));
    parser.addOption({outOption, tr("The PNG file to write (replaced atomically)."), QStringLiteral("FILE")});
    parser.addOption({clientOption, tr("The device's client, when several clients have a device of that name."),
                      QStringLiteral("NAME")});
    parser.addOption({timeoutOption, tr("Seconds to wait for a complete frame (default 15)."),
                      QStringLiteral("SECONDS"), QStringLiteral("15")});
    parser.addOption({passwordStdinOption, tr("Read the VNC password from the first line of standard input instead "
                                              "of the keychain.")});
    parser.addOption(
        {asOption, tr("Technician name (default: from the settings, else the login name)."), QStringLiteral("NAME")});
    parser.addOption({acceptNewOption, tr("For a VNC tunnelled through SSH: trust and save the SSH host key if Vigil "
                                          "has never seen it (a changed key is always refused).")});
}

int VncCaptureCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(positional.isEmpty() ? tr("which device? (vnc-capture DEVICE --out FILE.png)")
                                               : tr("unexpected argument '%1'").arg(positional.at(1)));
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        return usageError(tr("--out FILE.png is required"));
    }
    if (!out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        return usageError(tr("--out must name a .png file"));
    }
    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 300) {
        return usageError(tr("--timeout needs a number of seconds between 0 and 300"));
    }

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore store(*database.value());
    auto inventory = store.load();
    if (!inventory) {
        return runtimeError(inventory.error());
    }
    const QString name = positional.constFirst();
    const QString clientName = parser.value(clientOption);
    QList<Device> matches;
    for (const Device &device : inventory->devices) {
        const Client *client = inventory->client(device.clientId);
        if (device.name.compare(name, Qt::CaseInsensitive) == 0
            && (clientName.isEmpty() || (client && client->name.compare(clientName, Qt::CaseInsensitive) == 0))) {
            matches.append(device);
        }
    }
    if (matches.isEmpty()) {
        return runtimeError(Error{ErrorCode::NotFound, tr("there is no such device"), name});
    }
    if (matches.size() > 1) {
        return usageError(tr("%1 devices are named \"%2\"; add --client NAME").arg(matches.size()).arg(name));
    }
    const Device device = matches.constFirst();
    auto endpoint = directVncEndpoint(device);
    if (!endpoint) {
        return runtimeError(endpoint.error());
    }
    // Through SSH: a local forward to the VNC server as the device sees it (its own loopback when no VNC host is
    // set), with exec's host-key rules, and the capture connects to the forward's local end.
    KeychainSecretStore tunnelSecrets;
    std::unique_ptr<SshSession> tunnel;
    VncEndpoint target = endpoint.value();
    if (device.vnc.viaSshTunnel) {
        const Result<SshTarget> sshTarget = SshTargetResolver::resolve(device, inventory.value());
        if (!sshTarget) {
            return runtimeError(sshTarget.error());
        }
        SshSessionOptions sshOptions;
        sshOptions.mode = SshSessionOptions::Mode::Forward;
        sshOptions.unknownHostKey = parser.isSet(acceptNewOption) ? SshSessionOptions::UnknownHostKey::AcceptNew
                                                                  : SshSessionOptions::UnknownHostKey::Refuse;
        sshOptions.knownHostsPath = KnownHosts::defaultPath();
        sshOptions.forwardHost = device.vnc.host.isEmpty() ? QStringLiteral("127.0.0.1") : target.host;
        sshOptions.forwardPort = target.port;
        tunnel = std::make_unique<SshSession>(sshTarget.value(), sshOptions, &tunnelSecrets);
        QEventLoop opening;
        std::optional<quint16> localPort;
        std::optional<SshResult> tunnelFailure;
        QObject::connect(tunnel.get(), &SshSession::forwardListening, &opening, [&](quint16 port) {
            localPort = port;
            opening.quit();
        });
        QObject::connect(tunnel.get(), &SshSession::finished, &opening, [&](const SshResult &result) {
            tunnelFailure = result;
            opening.quit();
        });
        // A script must never wait on a question: every secret comes from the keychain or the login fails.
        QObject::connect(tunnel.get(), &SshSession::credentialsNeeded, tunnel.get(),
                         [&] { tunnel->cancelCredentials(); });
        tunnel->open();
        opening.exec();
        if (!localPort) {
            const SshResult failed = tunnelFailure.value_or(SshResult());
            QString message = tr("the SSH tunnel failed: %1").arg(failed.message);
            if (failed.failure == SshResult::Failure::HostKeyChanged) {
                message += QLatin1Char('\n')
                           + tr("on record: %1 %2; offered now: %3 %4")
                                 .arg(failed.hostKey.knownType, failed.hostKey.knownFingerprint, failed.hostKey.keyType,
                                      failed.hostKey.fingerprint);
            }
            return runtimeError(Error{ErrorCode::Io, message, failed.endpoint});
        }
        target = VncEndpoint{QStringLiteral("127.0.0.1"), *localPort};
    }

    std::optional<QString> password;
    if (parser.isSet(passwordStdinOption)) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return runtimeError(Error{ErrorCode::Io, tr("cannot read standard input"), QString()});
        }
        QByteArray line = input.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        password = QString::fromUtf8(line);
        line.fill('\0');
    } else if (!device.vnc.credentialKey.isEmpty()) {
        KeychainSecretStore secrets;
        QEventLoop wait;
        std::optional<Error> failure;
        secrets.read(device.vnc.credentialKey, &wait, [&](const Result<QString> &secret) {
            if (secret) {
                password = secret.value();
            } else {
                failure = secret.error();
            }
            wait.quit();
        });
        wait.exec();
        if (failure) {
            return runtimeError(*failure);
        }
    }

    SqlSessionLogRecorder recorder(*database.value());
    SessionStart entry;
    entry.deviceId = device.id;
    entry.deviceName = device.name;
    entry.protocol = QStringLiteral("vnc");
    entry.technician = parser.isSet(asOption) ? parser.value(asOption) : AppSettings().technicianName();
    entry.startedAt = Clock::system().now();
    entry.detail = tr("vnc-capture of %1 to %2").arg(endpoint->toString(), out);
    auto session = recorder.sessionStarted(entry);
    if (!session) {
        return runtimeError(session.error());
    }

    VncClient client;
    VncConnectOptions options;
    options.timeout = std::chrono::milliseconds(static_cast<qint64>(qMin(timeout, 30.0) * 1000));
    options.viewOnly = true;
    QEventLoop loop;
    std::optional<Error> failure;
    QString result;
    QObject::connect(&client, &VncClient::frameCompleted, &loop, [&] {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || !client.frame().save(&file, "PNG") || !file.commit()) {
            failure = Error{ErrorCode::Io, tr("cannot write the PNG (%1)").arg(file.errorString()), out};
            result = QStringLiteral("write_failed");
        } else {
            result = QStringLiteral("ok");
        }
        client.disconnectFromServer();
        loop.quit();
    });
    QObject::connect(&client, &VncClient::errorOccurred, &loop, [&](VncFailure why, const QString &message) {
        failure = Error{ErrorCode::Io, message, device.name + QLatin1Char(' ') + client.endpoint().toString()};
        result = vncFailureName(why);
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        failure = Error{ErrorCode::Io, tr("no complete frame arrived within %1 s").arg(timeout),
                        device.name + QLatin1Char(' ') + client.endpoint().toString()};
        result = vncFailureName(VncFailure::Timeout);
        loop.quit();
    });
    deadline.start(static_cast<int>(timeout * 1000));
    client.connectToServer(target, password.value_or(QString()), options);
    if (password) {
        password->fill(QLatin1Char('\0'));
    }
    loop.exec();
    if (tunnel && tunnel->isOpen()) {
        // Let the worker close the forward and end its thread before the process goes.
        QEventLoop closing;
        QObject::connect(tunnel.get(), &SshSession::finished, &closing, &QEventLoop::quit);
        QTimer::singleShot(5000, &closing, &QEventLoop::quit);
        tunnel->close();
        closing.exec();
    }

    if (const Status ended = recorder.sessionEnded(*session, Clock::system().now(), result); !ended) {
        return runtimeError(ended.error());
    }
    if (failure) {
        return runtimeError(*failure);
    }
    m_context.out << tr("Saved %1×%2 pixels of %3 to %4")
                         .arg(client.frame().width())
                         .arg(client.frame().height())
                         .arg(device.name, out)
                  << '\n';
    return ExitOk;
}

} // namespace Vigil
