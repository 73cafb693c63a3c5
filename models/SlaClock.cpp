// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaClock.h"

#include <algorithm>
#include <utility>

namespace Vigil {

SlaClock::SlaClock(BusinessCalendar calendar, qint64 targetSeconds, QDateTime start)
    : m_calendar(std::move(calendar))
    , m_targetSeconds(std::max<qint64>(0, targetSeconds))
    , m_start(std::move(start))
{
}

void SlaClock::setPauses(QList<SlaPause> pauses)
{
    std::sort(pauses.begin(), pauses.end(), [](const SlaPause &a, const SlaPause &b) { return a.from < b.from; });
    m_pauses.clear();
    for (const SlaPause &pause : std::as_const(pauses)) {
        if (!pause.from.isValid() || (pause.to.isValid() && pause.to <= pause.from)) {
            continue;
        }
        if (!m_pauses.isEmpty()) {
            SlaPause &last = m_pauses.last();
            if (!last.to.isValid()) {
                continue; // already waiting for good
            }
            if (pause.from <= last.to) {
                last.to = pause.to.isValid() ? std::max(last.to, pause.to) : QDateTime();
                continue;
            }
        }
        m_pauses.append(pause);
    }
}

void SlaClock::stopAt(const QDateTime &stopped)
{
    m_stopped = stopped;
}

qint64 SlaClock::elapsedSeconds(const QDateTime &now) const
{
    const QDateTime end = m_stopped.isValid() ? std::min(m_stopped, now) : now;
    qint64 elapsed = m_calendar.businessSecondsBetween(m_start, end);
    for (const SlaPause &pause : m_pauses) {
        const QDateTime from = std::max(pause.from, m_start);
        const QDateTime to = pause.to.isValid() ? std::min(pause.to, end) : end;
        elapsed -= m_calendar.businessSecondsBetween(from, to);
    }
    return elapsed;
}

QDateTime SlaClock::dueAt() const
{
    QDateTime cursor = m_start;
    qint64 remaining = m_targetSeconds;
    for (const SlaPause &pause : m_pauses) {
        if (pause.to.isValid() && pause.to <= cursor) {
            continue;
        }
        const qint64 before = m_calendar.businessSecondsBetween(cursor, pause.from);
        // Reaching the target at the very instant the pause begins counts as before it.
        if (remaining <= before) {
            return m_calendar.addBusinessSeconds(cursor, remaining);
        }
        remaining -= before;
        if (!pause.to.isValid()) {
            return {};
        }
        cursor = std::max(cursor, pause.to);
    }
    return m_calendar.addBusinessSeconds(cursor, remaining);
}

SlaReading SlaClock::read(const QDateTime &now) const
{
    SlaReading reading;
    reading.targetSeconds = m_targetSeconds;
    reading.stopped = m_stopped.isValid() && m_stopped <= now;
    reading.elapsedSeconds = elapsedSeconds(now);
    reading.remainingSeconds = m_targetSeconds - reading.elapsedSeconds;
    reading.dueAt = dueAt();
    if (!reading.stopped) {
        for (const SlaPause &pause : m_pauses) {
            if (pause.from <= now && (!pause.to.isValid() || now < pause.to)) {
                reading.paused = true;
            }
        }
    }
    if (reading.stopped) {
        reading.state = reading.remainingSeconds >= 0 ? SlaState::Met : SlaState::Breached;
    } else if (reading.remainingSeconds < 0) {
        reading.state = SlaState::Breached;
    } else if (reading.remainingSeconds * 4 <= m_targetSeconds) {
        reading.state = SlaState::AtRisk;
    } else {
        reading.state = SlaState::OnTrack;
    }
    return reading;
}

} // namespace Vigil
