// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExternalLauncher.h"

#include "Clock.h"
#include "CommandTemplate.h"
#include "Device.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

namespace Vigil {

namespace {

Q_LOGGING_CATEGORY(lcLaunch, "vigil.launch", QtInfoMsg)

// Built-in RDP clients; the configured template (Settings) replaces them.
QString defaultRdpTemplate()
{
#ifdef Q_OS_WIN
    return QStringLiteral("mstsc /v:%host%:%port%");
#else
    return QStringLiteral("xfreerdp /v:%host%:%port% +clipboard /dynamic-resolution");
#endif
}

} // namespace

ExternalLauncher::ExternalLauncher(SessionLogRecorder &recorder, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_clock(clock)
{
}

ExternalLauncher::~ExternalLauncher()
{
    // Children still running are ended by their QProcess; record that the session ended with Vigil.
    const QList<QProcess *> processes = findChildren<QProcess *>(QString(), Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        disconnect(process, nullptr, this, nullptr);
        const qint64 sessionId = process->property("vigilSessionId").toLongLong();
        if (process->state() != QProcess::NotRunning) {
            (void)m_recorder.sessionEnded(sessionId, m_clock.now(), QStringLiteral("ended_with_vigil"));
        }
    }
}

QHash<QString, QString> ExternalLauncher::placeholderValues(const Device &device, const QString &clientName,
                                                            const QString &siteName)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("host"), device.address);
    values.insert(QStringLiteral("address"), device.address);
    values.insert(QStringLiteral("user"), device.ssh.user);
    values.insert(QStringLiteral("device"), device.name);
    values.insert(QStringLiteral("client"), clientName);
    values.insert(QStringLiteral("site"), siteName);
    values.insert(QStringLiteral("ssh_port"), QString::number(device.ssh.port));
    values.insert(QStringLiteral("vnc_port"), QString::number(device.vnc.port));
    return values;
}

Result<LaunchRequest> ExternalLauncher::rdpRequest(const QHash<QString, QString> &values,
                                                   const QString &configuredTemplate)
{
    QHash<QString, QString> withPort = values;
    if (withPort.value(QStringLiteral("port")).isEmpty()) {
        withPort.insert(QStringLiteral("port"), QStringLiteral("3389"));
    }
    const QString text = configuredTemplate.trimmed().isEmpty() ? defaultRdpTemplate() : configuredTemplate;
    auto parsed = CommandTemplate::parse(text);
    if (!parsed) {
        return parsed.error();
    }
    auto arguments = parsed->expandArguments(withPort);
    if (!arguments) {
        return arguments.error();
    }
    LaunchRequest request;
    request.program = parsed->program();
    request.arguments = arguments.value();
    request.logEntry.protocol = QStringLiteral("rdp");
    request.logEntry.deviceName = values.value(QStringLiteral("device"));
    request.logEntry.detail = QFileInfo(request.program).fileName() + QLatin1Char(' ')
                              + withPort.value(QStringLiteral("host")) + QLatin1Char(':')
                              + withPort.value(QStringLiteral("port"));
    return request;
}

Result<LaunchRequest> ExternalLauncher::toolRequest(const ExternalTool &tool, const QHash<QString, QString> &values)
{
    auto parsed = CommandTemplate::parse(tool.commandTemplate);
    if (!parsed) {
        return Error{parsed.error().code, parsed.error().message, tool.name};
    }
    auto arguments = parsed->expandArguments(values);
    if (!arguments) {
        return Error{arguments.error().code, arguments.error().message, tool.name};
    }
    LaunchRequest request;
    request.program = parsed->program();
    request.arguments = arguments.value();
    request.logEntry.protocol = QStringLiteral("external");
    request.logEntry.deviceName = values.value(QStringLiteral("device"));
    request.logEntry.detail = tool.name;
    return request;
}

Result<qint64> ExternalLauncher::launch(const LaunchRequest &request)
{
    SessionLogEntry entry = request.logEntry;
    entry.startedAt = m_clock.now();
    auto session = m_recorder.sessionStarted(entry);
    if (!session) {
        return session.error();
    }
    const qint64 sessionId = session.value();
    const QString program =
        QFileInfo(request.program).isAbsolute() ? request.program : QStandardPaths::findExecutable(request.program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        (void)m_recorder.sessionEnded(sessionId, m_clock.now(), QStringLiteral("failed_to_start"));
        return Error{ErrorCode::NotFound, tr("%1 is not installed (or not executable)").arg(request.program),
                     entry.deviceName};
    }

    auto *process = new QProcess(this);
    process->setProperty("vigilSessionId", sessionId);
    process->setProgram(program);
    process->setArguments(request.arguments);
    // The tool's chatter is not ours to keep (it may echo what it was given).
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, [this, process, sessionId](int code, QProcess::ExitStatus status) {
        finish(process, sessionId,
               status == QProcess::NormalExit ? QStringLiteral("exit %1").arg(code) : QStringLiteral("crashed"));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, sessionId](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            finish(process, sessionId, QStringLiteral("failed_to_start"));
        }
    });
    qCInfo(lcLaunch).noquote() << "starting" << program << "for" << entry.deviceName << "session" << sessionId;
    ++m_running;
    process->start(QIODevice::ReadWrite);
    if (!request.standardInput.isEmpty()) {
        process->write(request.standardInput);
    }
    process->closeWriteChannel();
    return sessionId;
}

int ExternalLauncher::runningCount() const
{
    return m_running;
}

void ExternalLauncher::finish(QProcess *process, qint64 sessionId, const QString &result)
{
    if (process->property("vigilFinished").toBool()) {
        return;
    }
    process->setProperty("vigilFinished", true);
    --m_running;
    if (const Status ended = m_recorder.sessionEnded(sessionId, m_clock.now(), result); !ended) {
        qCWarning(lcLaunch).noquote() << "cannot record the end of session" << sessionId << ended.error().toString();
    }
    qCInfo(lcLaunch).noquote() << "session" << sessionId << "ended:" << result;
    Q_EMIT sessionFinished(sessionId, result);
    process->deleteLater();
}

} // namespace Vigil
