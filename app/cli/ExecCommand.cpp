// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecCommand.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"
#include "KeychainSecretStore.h"
#include "KnownHosts.h"
#include "SessionLog.h"
#include "SshSession.h"
#include "SshTargetResolver.h"

#include <QEventLoop>
#include <QHash>

#include <unistd.h>

namespace Vigil {

namespace {

const QString acceptNewOption = QStringLiteral("accept-new");
const QString timeoutOption = QStringLiteral("timeout");
const QString clientOption = QStringLiteral("client");
const QString asOption = QStringLiteral("as");
const QString ticketOption = QStringLiteral("ticket");
const QString userKnownHostsOption = QStringLiteral("user-known-hosts");

constexpr int exitTimeout = 124;
constexpr int exitSshFailure = 255;

void writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0) {
            return;
        }
        done += n;
    }
}

int signalNumber(const QString &name)
{
    static const QHash<QString, int> numbers{
        {QStringLiteral("HUP"), 1},   {QStringLiteral("INT"), 2},   {QStringLiteral("QUIT"), 3},
        {QStringLiteral("ILL"), 4},   {QStringLiteral("ABRT"), 6},  {QStringLiteral("FPE"), 8},
        {QStringLiteral("KILL"), 9},  {QStringLiteral("USR1"), 10}, {QStringLiteral("SEGV"), 11},
        {QStringLiteral("USR2"), 12}, {QStringLiteral("PIPE"), 13}, {QStringLiteral("ALRM"), 14},
        {QStringLiteral("TERM"), 15},
    };
    return numbers.value(name, 0);
}

} // namespace

ExecCommand::ExecCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("exec"),
                 tr("Run one command on a device over SSH and return its output and exit status. "
                    "Usage: exec DEVICE [options] -- COMMAND [ARGS...]; DEVICE is a device name or CLIENT/DEVICE."))
{
}

void ExecCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({acceptNewOption, tr("Accept and save the host key of a device never seen before (a changed "
                                          "key is always refused).")});
    parser.addOption({timeoutOption, tr("Seconds the login and the command may take together (default 60)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({clientOption, tr("The device's client, when several clients have a device of that name."),
                      QStringLiteral("NAME")});
    parser.addOption({asOption,
                      tr("Technician name for the session log (default: from the settings, else the login name)."),
                      QStringLiteral("NAME")});
    parser.addOption({ticketOption, tr("Log the session (and its time) on this ticket."), QStringLiteral("ID")});
    parser.addOption({userKnownHostsOption, tr("Also trust host keys in ~/.ssh/known_hosts (read only).")});
}

int ExecCommand::exitCodeFor(const SshResult &result)
{
    switch (result.failure) {
    case SshResult::Failure::None:
        if (!result.exitSignal.isEmpty()) {
            const int number = signalNumber(result.exitSignal);
            return number > 0 ? 128 + number : exitSshFailure;
        }
        return result.exitStatus >= 0 && result.exitStatus <= 255 ? result.exitStatus : exitSshFailure;
    case SshResult::Failure::HostKeyChanged:
    case SshResult::Failure::HostKeyRevoked:
        return ExitHostKeyChanged;
    case SshResult::Failure::Timeout:
        return exitTimeout;
    default:
        return exitSshFailure;
    }
}

int ExecCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return usageError(tr("exec needs a device and a command: exec DEVICE -- COMMAND [ARGS...]"));
    }
    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout < 1 || timeout > 86400) {
        return usageError(tr("--timeout needs a number of seconds from 1 to 86400"));
    }
    std::optional<qint64> ticketId;
    if (parser.isSet(ticketOption)) {
        const qint64 id = parser.value(ticketOption).toLongLong(&ok);
        if (!ok || id <= 0) {
            return usageError(tr("--ticket needs a ticket number"));
        }
        ticketId = id;
    }

    QString deviceName = positional.constFirst();
    QString clientName = parser.value(clientOption);
    if (clientName.isEmpty() && deviceName.contains(QLatin1Char('/'))) {
        clientName = deviceName.section(QLatin1Char('/'), 0, 0);
        deviceName = deviceName.section(QLatin1Char('/'), 1);
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore inventoryStore(*database.value());
    const Result<Inventory> inventory = inventoryStore.load();
    if (!inventory) {
        return runtimeError(inventory.error());
    }
    QList<const Device *> matches;
    for (const Device &device : inventory->devices) {
        const Client *client = inventory->client(device.clientId);
        if (device.name.compare(deviceName, Qt::CaseInsensitive) == 0
            && (clientName.isEmpty() || (client && client->name.compare(clientName, Qt::CaseInsensitive) == 0))) {
            matches.append(&device);
        }
    }
    if (matches.isEmpty()) {
        return runtimeError(Error{ErrorCode::NotFound,
                                  clientName.isEmpty() ? tr("no device of that name")
                                                       : tr("client %1 has no device of that name").arg(clientName),
                                  deviceName});
    }
    if (matches.size() > 1) {
        QStringList clients;
        for (const Device *device : matches) {
            const Client *client = inventory->client(device->clientId);
            clients.append(client ? client->name : QString::number(device->clientId));
        }
        return usageError(tr("several clients have a device \"%1\" (%2): write CLIENT/%1 or use --client")
                              .arg(deviceName, clients.join(QStringLiteral(", "))));
    }
    const Device device = *matches.constFirst();
    const Result<SshTarget> target = SshTargetResolver::resolve(device, inventory.value());
    if (!target) {
        return runtimeError(target.error());
    }

    SshSessionOptions options;
    options.mode = SshSessionOptions::Mode::Exec;
    options.command = positional.mid(1).join(QLatin1Char(' '));
    options.unknownHostKey = parser.isSet(acceptNewOption) ? SshSessionOptions::UnknownHostKey::AcceptNew
                                                           : SshSessionOptions::UnknownHostKey::Refuse;
    options.knownHostsPath = KnownHosts::defaultPath();
    if (parser.isSet(userKnownHostsOption)) {
        options.readOnlyKnownHostsPaths = {KnownHosts::userKnownHostsPath()};
    }
    options.connectTimeoutSeconds = int(qMin(15.0, timeout));
    options.commandTimeoutSeconds = int(timeout);

    const QString technician = parser.isSet(asOption) ? parser.value(asOption) : AppSettings().technicianName();
    SessionLog log(*database.value());
    const Result<qint64> sessionId =
        log.start(device.id, device.name, QStringLiteral("ssh"), technician, Clock::system().now(), ticketId);
    if (!sessionId) {
        return runtimeError(sessionId.error());
    }

    KeychainSecretStore secrets;
    SshSession session(target.value(), options, &secrets);
    QEventLoop loop;
    SshResult result;
    bool established = false;
    QString unanswered;
    m_context.out.flush();
    m_context.err.flush();
    QObject::connect(&session, &SshSession::dataReceived, &loop,
                     [](const QByteArray &data) { writeAll(STDOUT_FILENO, data); });
    QObject::connect(&session, &SshSession::errorReceived, &loop,
                     [](const QByteArray &data) { writeAll(STDERR_FILENO, data); });
    QObject::connect(&session, &SshSession::connected, &loop, [&established] { established = true; });
    // Scripts get no questions: a password or passphrase must be in the keychain (or the key in ssh-agent).
    QObject::connect(&session, &SshSession::credentialsNeeded, &loop, [&](const SshPrompts &prompts) {
        QStringList texts;
        for (const SshPrompts::Prompt &prompt : prompts.prompts) {
            texts.append(prompt.text.trimmed());
        }
        unanswered = texts.join(QStringLiteral(" / "));
        session.cancelCredentials();
    });
    QObject::connect(&session, &SshSession::finished, &loop, [&](const SshResult &done) {
        result = done;
        loop.quit();
    });
    session.open();
    loop.exec();

    QString detail = result.message;
    if (result.failure == SshResult::Failure::Cancelled && !unanswered.isEmpty()) {
        result.failure = SshResult::Failure::AuthFailed;
        detail = tr("%1 asks \"%2\" and vigil-cli exec does not ask questions: store the secret in the keychain "
                    "(key id %3) or use ssh-agent")
                     .arg(result.endpoint, unanswered,
                          target->destination.credentialKey.isEmpty() ? tr("none set for the device")
                                                                      : target->destination.credentialKey);
        result.message = detail;
    }
    const QString resultId = result.ok()
                                 ? (result.exitSignal.isEmpty() ? QStringLiteral("exit %1").arg(result.exitStatus)
                                                                : QStringLiteral("signal %1").arg(result.exitSignal))
                                 : SshResult::failureId(result.failure);
    if (Status logged = log.finish(sessionId.value(), Clock::system().now(), resultId, detail, established); !logged) {
        m_context.err << tr("vigil-cli: exec: %1").arg(logged.error().toString()) << Qt::endl;
    }
    if (!result.ok()) {
        m_context.err << tr("vigil-cli: exec: %1: %2").arg(device.name, result.message) << Qt::endl;
        if (result.failure == SshResult::Failure::HostKeyChanged
            || result.failure == SshResult::Failure::HostKeyRevoked) {
            m_context.err << tr("  offered:   %1 %2").arg(result.hostKey.keyType, result.hostKey.fingerprint)
                          << Qt::endl
                          << tr("  on record: %1 %2 (%3)")
                                 .arg(result.hostKey.knownType, result.hostKey.knownFingerprint,
                                      result.hostKey.knownWhere)
                          << Qt::endl;
        } else if (result.failure == SshResult::Failure::HostKeyUnknown) {
            m_context.err << tr("  run again with --accept-new to trust %1 %2")
                                 .arg(result.hostKey.keyType, result.hostKey.fingerprint)
                          << Qt::endl;
        }
    }
    return exitCodeFor(result);
}

} // namespace Vigil
