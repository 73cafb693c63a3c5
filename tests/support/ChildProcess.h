// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <chrono>
#include <memory>

namespace VigilTest {

// A program a test started: stopped by its own PID (SIGTERM, then SIGKILL) and reaped when the test ends, so no
// server outlives its test and no zombie is left behind.
class ChildProcess final
{
public:
    ChildProcess(QString program, QStringList arguments);
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    void setEnvironment(const QStringList &environment);
    void setWorkingDirectory(const QString &dir);
    bool start();
    // Blocks until a line containing `needle` appears on stdout or stderr, or the timeout passes.
    bool waitForOutput(const QByteArray &needle, std::chrono::milliseconds timeout);
    // The same, on stdout only (for a program that also writes notes to stderr, like Xvfb -displayfd 1).
    bool waitForStandardOutput(const QByteArray &needle, std::chrono::milliseconds timeout);
    // Blocks until 127.0.0.1:port accepts a TCP connection.
    bool waitForPort(quint16 port, std::chrono::milliseconds timeout);
    bool waitForExit(std::chrono::milliseconds timeout);
    void killHard();
    void stop();

    qint64 pid() const;
    bool running() const;
    int exitCode() const;
    QByteArray output() const;
    QByteArray errorOutput() const;
    QString describe() const;

private:
    void drain();

    QString m_program;
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs a program to completion (with a timeout) and returns its exit code and output.
CommandResult runCommand(const QString &program, const QStringList &arguments,
                         std::chrono::milliseconds timeout = std::chrono::seconds(60),
                         const QStringList &extraEnvironment = {});

// The built vigil-cli on this database, in English whatever the machine's language, so tests can read its output.
CommandResult runVigilCli(const QString &databasePath, const QStringList &arguments,
                          const QStringList &extraEnvironment = {});

} // namespace VigilTest
