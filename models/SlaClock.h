// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BusinessCalendar.h"
#include "SlaReading.h"

#include <QList>

namespace Vigil {

// A span in which the clock does not run (the ticket waits on the client); an invalid `to` means still waiting.
struct SlaPause
{
    QDateTime from;
    QDateTime to;
};

// One SLA clock (first response or resolution): a target in business time that starts when the ticket is opened,
// does not run outside the client's working hours or while the ticket waits on the client, and stops when the
// ticket is answered or resolved.
class SlaClock final
{
public:
    SlaClock(BusinessCalendar calendar, qint64 targetSeconds, QDateTime start);

    // Pauses in any order; overlapping pauses are merged.
    void setPauses(QList<SlaPause> pauses);
    void stopAt(const QDateTime &stopped);

    qint64 elapsedSeconds(const QDateTime &now) const;
    // When the target is (or was) reached; invalid while paused (a pause without an end). It does not depend on
    // the time it is read at.
    QDateTime dueAt() const;
    SlaReading read(const QDateTime &now) const;

private:
    BusinessCalendar m_calendar;
    qint64 m_targetSeconds = 0;
    QDateTime m_start;
    QDateTime m_stopped;
    QList<SlaPause> m_pauses;
};

} // namespace Vigil
