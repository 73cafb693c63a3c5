// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollStatusLabel.h"

#include "Clock.h"
#include "StatusTone.h"

#include <QTimer>

#include <algorithm>

namespace Vigil {

namespace {

// The poller writes every second and reports every failure: a minute without one means saving works again.
constexpr qint64 kStoreErrorShownSeconds = 60;

} // namespace

PollStatusLabel::PollStatusLabel(const Clock &clock, QWidget *parent)
    : QLabel(parent)
    , m_clock(clock)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("pollStatus"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PollStatusLabel::refresh);
    m_tick->start();
    refresh();
}

void PollStatusLabel::setMode(Mode mode)
{
    m_mode = mode;
    refresh();
}

PollStatusLabel::Mode PollStatusLabel::mode() const
{
    return m_mode;
}

void PollStatusLabel::setDeviceCount(int devices)
{
    m_devices = devices;
    refresh();
}

void PollStatusLabel::setUnreachableCount(int devices)
{
    m_unreachable = devices;
    refresh();
}

void PollStatusLabel::notePoll()
{
    m_lastPoll = m_clock.now();
    refresh();
}

void PollStatusLabel::noteFailure(const QString &message)
{
    m_failure = message;
    m_mode = Mode::Failed;
    refresh();
}

void PollStatusLabel::noteStoreError(const QString &message)
{
    m_storeError = message;
    m_storeErrorAt = m_clock.now();
    refresh();
}

QString PollStatusLabel::ageText(qint64 seconds) const
{
    if (seconds < 1) {
        return tr("just now");
    }
    if (seconds < 60) {
        return tr("%n s ago", "seconds", static_cast<int>(seconds));
    }
    if (seconds < 3600) {
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    }
    return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
}

void PollStatusLabel::refresh()
{
    const QDateTime now = m_clock.now();
    QStringList parts;
    switch (m_mode) {
    case Mode::Off:
        setText(tr("Polling off"));
        setToolTip(tr("Vigil was started with --no-poll: it shows the last stored state and polls nothing."));
        return;
    case Mode::Failed:
        setText(tr("Polling could not start"));
        setToolTip(m_failure);
        return;
    case Mode::Starting:
        parts.append(tr("Polling starts…"));
        break;
    case Mode::Polling:
        parts.append(tr("Polling %n device(s)", nullptr, m_devices));
        break;
    case Mode::PassRunning:
        parts.append(tr("Polling all %n device(s) now…", nullptr, m_devices));
        break;
    case Mode::Paused:
        parts.append(tr("Polling paused"));
        break;
    }
    if (m_lastPoll.isValid()) {
        parts.append(
            tr("last poll %1", "last poll 14 s ago").arg(ageText(std::max<qint64>(0, m_lastPoll.secsTo(now)))));
    }
    if (m_unreachable > 0) {
        parts.append(tr("%n unreachable", nullptr, m_unreachable));
    }
    const bool storeFailing = m_storeErrorAt.isValid() && m_storeErrorAt.secsTo(now) < kStoreErrorShownSeconds;
    if (storeFailing) {
        parts.append(tr("saving poll results fails"));
    }
    setText(parts.join(QStringLiteral(" · ")));
    setToolTip(storeFailing ? tr("Saving poll results failed: %1").arg(m_storeError) : QString());
    const QString sheet =
        storeFailing ? QStringLiteral("QLabel { color: %1; }").arg(statusToneColor(StatusTone::Bad).name()) : QString();
    if (styleSheet() != sheet) {
        setStyleSheet(sheet);
    }
}

} // namespace Vigil
