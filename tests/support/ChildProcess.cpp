// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace VigilTest {

ChildProcess::ChildProcess(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_process(std::make_unique<QProcess>())
{
}

ChildProcess::~ChildProcess()
{
    stop();
}

void ChildProcess::setEnvironment(const QStringList &environment)
{
    m_process->setEnvironment(environment);
}

void ChildProcess::setWorkingDirectory(const QString &dir)
{
    m_process->setWorkingDirectory(dir);
}

bool ChildProcess::start()
{
    m_process->start(m_program, m_arguments);
    return m_process->waitForStarted(10000);
}

void ChildProcess::drain()
{
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
}

bool ChildProcess::waitForOutput(const QByteArray &needle, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (true) {
        drain();
        if (m_stdout.contains(needle) || m_stderr.contains(needle)) {
            return true;
        }
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            drain();
            return m_stdout.contains(needle) || m_stderr.contains(needle);
        }
        m_process->waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 100)));
    }
}

bool ChildProcess::waitForStandardOutput(const QByteArray &needle, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (true) {
        drain();
        if (m_stdout.contains(needle)) {
            return true;
        }
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            drain();
            return m_stdout.contains(needle);
        }
        m_process->waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 100)));
    }
}

bool ChildProcess::waitForPort(quint16 port, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            drain();
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            return true;
        }
        drain();
        QThread::msleep(50);
    }
    return false;
}

bool ChildProcess::waitForExit(std::chrono::milliseconds timeout)
{
    const bool done =
        m_process->state() == QProcess::NotRunning || m_process->waitForFinished(static_cast<int>(timeout.count()));
    drain();
    return done;
}

void ChildProcess::killHard()
{
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }
    drain();
}

void ChildProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        return;
    }
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    drain();
}

qint64 ChildProcess::pid() const
{
    return m_process->processId();
}

bool ChildProcess::running() const
{
    return m_process->state() != QProcess::NotRunning;
}

int ChildProcess::exitCode() const
{
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QByteArray ChildProcess::output() const
{
    return m_stdout;
}

QByteArray ChildProcess::errorOutput() const
{
    return m_stderr;
}

QString ChildProcess::describe() const
{
    return m_program + QLatin1Char(' ') + m_arguments.join(QLatin1Char(' ')) + QStringLiteral("\n--- stdout\n")
           + QString::fromUtf8(m_stdout) + QStringLiteral("\n--- stderr\n") + QString::fromUtf8(m_stderr);
}

CommandResult runCommand(const QString &program, const QStringList &arguments, std::chrono::milliseconds timeout,
                         const QStringList &extraEnvironment)
{
    QProcess process;
    if (!extraEnvironment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : extraEnvironment) {
            const qsizetype eq = entry.indexOf(QLatin1Char('='));
            env.insert(entry.left(eq), entry.mid(eq + 1));
        }
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    CommandResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    result.finished = process.waitForFinished(static_cast<int>(timeout.count()));
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

CommandResult runVigilCli(const QString &databasePath, const QStringList &arguments,
                          const QStringList &extraEnvironment)
{
    QStringList args{QStringLiteral("--db"), databasePath};
    args += arguments;
    return runCommand(builtProgram(QStringLiteral("vigil-cli")), args, std::chrono::seconds(60),
                      QStringList{QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=en")} + extraEnvironment);
}

} // namespace VigilTest
