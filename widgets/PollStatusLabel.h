// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace Vigil {

class Clock;

// The polling line of the status bar: "Polling 62 devices · last poll 14 s ago · 3 unreachable". It ticks every
// second so the age stays true; a failed save of poll results stays on the line for a minute after the last one.
class PollStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollStatusLabel)

public:
    enum class Mode { Off, Failed, Starting, Polling, PassRunning, Paused };

    explicit PollStatusLabel(const Clock &clock, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    // Devices the poller polls (those with an exporter URL).
    void setDeviceCount(int devices);
    void setUnreachableCount(int devices);
    void notePoll();
    void noteStoreError(const QString &message);
    // Polling could not start; the label says so until the mode changes.
    void noteFailure(const QString &message);
    // Rewrites the line for the clock's now; runs every second.
    void refresh();

private:
    QString ageText(qint64 seconds) const;

    const Clock &m_clock;
    QTimer *m_tick = nullptr;
    Mode m_mode = Mode::Off;
    int m_devices = 0;
    int m_unreachable = 0;
    QDateTime m_lastPoll;
    QString m_failure;
    QString m_storeError;
    QDateTime m_storeErrorAt;
};

} // namespace Vigil
