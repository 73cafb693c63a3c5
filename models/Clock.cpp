// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace Vigil {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{
}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(QDateTime to)
{
    m_now = std::move(to);
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace Vigil
