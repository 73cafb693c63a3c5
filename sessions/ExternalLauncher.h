// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExternalTool.h"
#include "Result.h"
#include "SessionLogRecorder.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

class QProcess;

namespace Vigil {

class Clock;
struct Device;

// One program to start for a session: never through a shell, arguments exactly as given.
struct LaunchRequest
{
    QString program;
    QStringList arguments;
    // Written to the program's standard input, then closed: the only way a secret may reach a tool (never argv).
    QByteArray standardInput;
    SessionLogEntry logEntry;
};

// Starts external session programs (the RDP client, the technician's own tools) and records each one in the
// session log: started when launched, ended with "exit N", "crashed" or "failed_to_start" when the program ends.
// Programs are started with QProcess::start(program, arguments) — no shell — and run as children of Vigil, so the
// log knows when the session ended (closing Vigil ends them too).
class ExternalLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalLauncher)

public:
    ExternalLauncher(SessionLogRecorder &recorder, const Clock &clock, QObject *parent = nullptr);
    ~ExternalLauncher() override;

    // The placeholder values of a device: host/address, user (its SSH user), device, client, site, ssh_port,
    // vnc_port. `port` is left to the caller (RDP sets it to 3389).
    static QHash<QString, QString> placeholderValues(const Device &device, const QString &clientName,
                                                     const QString &siteName);
    // The RDP client for a device: the configured template, else xfreerdp (Linux) / mstsc (Windows).
    static Result<LaunchRequest> rdpRequest(const QHash<QString, QString> &values, const QString &configuredTemplate);
    static Result<LaunchRequest> toolRequest(const ExternalTool &tool, const QHash<QString, QString> &values);

    // Logs the session and starts the program. Returns the session id; fails (and logs "failed_to_start") when the
    // program is not installed.
    Result<qint64> launch(const LaunchRequest &request);
    int runningCount() const;

Q_SIGNALS:
    void sessionFinished(qint64 sessionId, const QString &result);

private:
    void finish(QProcess *process, qint64 sessionId, const QString &result);

    SessionLogRecorder &m_recorder;
    const Clock &m_clock;
    int m_running = 0;
};

} // namespace Vigil
