// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace Vigil {

// When a client's SLA clock runs: working days, one span of working hours per day (in the client's time zone) and
// holidays. Pure arithmetic on instants; daylight-saving changes follow the zone.
class BusinessCalendar final
{
public:
    // Mon–Fri 08:00–18:00 in the given zone (the local zone by default): the calendar of a client without one.
    static BusinessCalendar standard(const QTimeZone &zone = QTimeZone::systemTimeZone());

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);
    // Qt::DayOfWeek values, 1 = Monday.
    QSet<int> workingDays() const { return m_workingDays; }
    void setWorkingDays(const QSet<int> &days);
    // Minutes after local midnight; end may be 1440 (midnight at the end of the day). start < end.
    int startMinute() const { return m_startMinute; }
    int endMinute() const { return m_endMinute; }
    bool setWorkingHours(int startMinute, int endMinute);
    QSet<QDate> holidays() const { return m_holidays; }
    void setHolidays(const QSet<QDate> &holidays);

    bool isWorkingDay(QDate date) const;
    // Seconds of working time in [from, to); 0 when to is not after from.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant at which `seconds` of working time have passed since start. Zero gives start itself. Invalid
    // when the calendar has no working time at all.
    QDateTime addBusinessSeconds(const QDateTime &start, qint64 seconds) const;

    friend bool operator==(const BusinessCalendar &, const BusinessCalendar &) = default;

private:
    struct Window
    {
        QDateTime start;
        QDateTime end;
    };
    Window window(QDate date) const;

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QSet<int> m_workingDays{1, 2, 3, 4, 5};
    int m_startMinute = 8 * 60;
    int m_endMinute = 18 * 60;
    QSet<QDate> m_holidays;
};

} // namespace Vigil
