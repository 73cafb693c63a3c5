// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessCalendar.h"

#include <algorithm>

namespace Vigil {

namespace {

// Beyond this a target is not a business-hours SLA; it also bounds the walk for a calendar without working time.
constexpr int maxDaysWalked = 3 * 366;

QDateTime localTime(QDate date, int minute, const QTimeZone &zone)
{
    if (minute >= 24 * 60) {
        return QDateTime(date.addDays(1), QTime(0, 0), zone);
    }
    return QDateTime(date, QTime(minute / 60, minute % 60), zone);
}

} // namespace

BusinessCalendar BusinessCalendar::standard(const QTimeZone &zone)
{
    BusinessCalendar calendar;
    calendar.setTimeZone(zone);
    return calendar;
}

void BusinessCalendar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void BusinessCalendar::setWorkingDays(const QSet<int> &days)
{
    m_workingDays.clear();
    for (const int day : days) {
        if (day >= Qt::Monday && day <= Qt::Sunday) {
            m_workingDays.insert(day);
        }
    }
}

bool BusinessCalendar::setWorkingHours(int startMinute, int endMinute)
{
    if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= endMinute) {
        return false;
    }
    m_startMinute = startMinute;
    m_endMinute = endMinute;
    return true;
}

void BusinessCalendar::setHolidays(const QSet<QDate> &holidays)
{
    m_holidays = holidays;
}

bool BusinessCalendar::isWorkingDay(QDate date) const
{
    return m_workingDays.contains(date.dayOfWeek()) && !m_holidays.contains(date);
}

BusinessCalendar::Window BusinessCalendar::window(QDate date) const
{
    return {localTime(date, m_startMinute, m_zone), localTime(date, m_endMinute, m_zone)};
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from) {
        return 0;
    }
    qint64 total = 0;
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate date = from.toTimeZone(m_zone).date(); date <= last; date = date.addDays(1)) {
        if (!isWorkingDay(date)) {
            continue;
        }
        const Window w = window(date);
        const QDateTime start = std::max(w.start, from);
        const QDateTime end = std::min(w.end, to);
        if (start < end) {
            total += start.secsTo(end);
        }
    }
    return total;
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime &start, qint64 seconds) const
{
    if (!start.isValid()) {
        return {};
    }
    if (seconds <= 0) {
        return start;
    }
    qint64 remaining = seconds;
    QDate date = start.toTimeZone(m_zone).date();
    // Counts days without working time since the last one that had some.
    for (int idle = 0; idle < maxDaysWalked; ++idle, date = date.addDays(1)) {
        if (!isWorkingDay(date)) {
            continue;
        }
        const Window w = window(date);
        const QDateTime from = std::max(w.start, start);
        if (from >= w.end) {
            continue;
        }
        const qint64 available = from.secsTo(w.end);
        if (remaining <= available) {
            return from.addSecs(remaining);
        }
        remaining -= available;
        idle = -1;
    }
    return {};
}

} // namespace Vigil
