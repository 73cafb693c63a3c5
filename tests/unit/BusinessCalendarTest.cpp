// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessCalendar.h"

#include <gtest/gtest.h>

using namespace Vigil;

namespace {

const QTimeZone berlin("Europe/Berlin");

// Local wall-clock time in Berlin; 2026-11-23 is a Monday.
QDateTime at(int month, int day, int hour, int minute = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), berlin);
}

BusinessCalendar officeHours()
{
    return BusinessCalendar::standard(berlin);
}

} // namespace

TEST(BusinessCalendarTest, StandardIsWeekdaysEightToSix)
{
    const BusinessCalendar calendar = officeHours();
    EXPECT_EQ(calendar.startMinute(), 8 * 60);
    EXPECT_EQ(calendar.endMinute(), 18 * 60);
    EXPECT_EQ(calendar.workingDays(), (QSet<int>{1, 2, 3, 4, 5}));
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2026, 11, 23)));
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 11, 28)));
}

TEST(BusinessCalendarTest, MinutesWithinOneDay)
{
    EXPECT_EQ(officeHours().businessSecondsBetween(at(11, 23, 9), at(11, 23, 10, 30)), 90 * 60);
}

TEST(BusinessCalendarTest, ZeroAndBackwardsSpansAreZero)
{
    const BusinessCalendar calendar = officeHours();
    EXPECT_EQ(calendar.businessSecondsBetween(at(11, 23, 9), at(11, 23, 9)), 0);
    EXPECT_EQ(calendar.businessSecondsBetween(at(11, 23, 10), at(11, 23, 9)), 0);
    EXPECT_EQ(calendar.businessSecondsBetween(QDateTime(), at(11, 23, 9)), 0);
}

TEST(BusinessCalendarTest, NightsAndWeekendsDoNotCount)
{
    const BusinessCalendar calendar = officeHours();
    // Friday 17:00 → Monday 09:00: one hour on Friday, one on Monday.
    EXPECT_EQ(calendar.businessSecondsBetween(at(11, 27, 17), at(11, 30, 9)), 2 * 3600);
    // Saturday to Sunday: nothing.
    EXPECT_EQ(calendar.businessSecondsBetween(at(11, 28, 0), at(11, 29, 23, 59)), 0);
    // A whole week is five ten-hour days.
    EXPECT_EQ(calendar.businessSecondsBetween(at(11, 23, 0), at(11, 30, 0)), 50 * 3600);
}

TEST(BusinessCalendarTest, OpenedOutsideHoursStartsNextMorning)
{
    const BusinessCalendar calendar = officeHours();
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 23, 20), 3600), at(11, 24, 9));
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 23, 6), 3600), at(11, 23, 9));
    // Saturday morning → Monday 09:00.
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 28, 10), 3600), at(11, 30, 9));
}

TEST(BusinessCalendarTest, DueTimeCarriesOverNightsAndWeekends)
{
    const BusinessCalendar calendar = officeHours();
    // Friday 16:00 + 4 h: 2 h on Friday, 2 h on Monday.
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 27, 16), 4 * 3600), at(11, 30, 10));
    // Exactly the rest of the day ends at closing time, not the next morning.
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 23, 16), 2 * 3600), at(11, 23, 18));
    // Five business days from Monday 08:00 end Friday 18:00.
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 23, 8), 50 * 3600), at(11, 27, 18));
}

TEST(BusinessCalendarTest, ZeroMinutesIsTheStartItself)
{
    const BusinessCalendar calendar = officeHours();
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 23, 9), 0), at(11, 23, 9));
    EXPECT_EQ(calendar.addBusinessSeconds(at(11, 28, 9), 0), at(11, 28, 9));
}

TEST(BusinessCalendarTest, HolidaysAreSkipped)
{
    BusinessCalendar calendar = officeHours();
    calendar.setHolidays({QDate(2026, 12, 24), QDate(2026, 12, 25)});
    // Wednesday 23 Dec 17:00 + 2 h: 1 h on Wednesday, then Thursday and Friday are holidays → Monday 09:00.
    EXPECT_EQ(calendar.addBusinessSeconds(at(12, 23, 17), 2 * 3600), at(12, 28, 9));
    EXPECT_EQ(calendar.businessSecondsBetween(at(12, 23, 17), at(12, 28, 9)), 2 * 3600);
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 12, 24)));
}

TEST(BusinessCalendarTest, DaylightSavingChangeFollowsTheZone)
{
    const BusinessCalendar calendar = officeHours();
    // Clocks go forward on Sunday 29 March 2026: Friday 17:00 CET → Monday 09:00 CEST is still 2 business hours,
    // though 63 wall-clock hours passed, not 64.
    const QDateTime friday = at(3, 27, 17);
    const QDateTime monday = at(3, 30, 9);
    EXPECT_EQ(friday.secsTo(monday), 63 * 3600);
    EXPECT_EQ(calendar.businessSecondsBetween(friday, monday), 2 * 3600);
    EXPECT_EQ(calendar.addBusinessSeconds(friday, 2 * 3600), monday);
    // In UTC the Monday starts an hour earlier than the Friday did.
    EXPECT_EQ(calendar.addBusinessSeconds(friday, 90 * 60).toUTC().time(), QTime(6, 30));
    EXPECT_EQ(friday.toUTC().time(), QTime(16, 0));
}

TEST(BusinessCalendarTest, ShortDayOnTheDaylightSavingChange)
{
    // A round-the-clock calendar: the day the clocks go forward has 23 hours.
    BusinessCalendar calendar = officeHours();
    calendar.setWorkingDays({1, 2, 3, 4, 5, 6, 7});
    ASSERT_TRUE(calendar.setWorkingHours(0, 24 * 60));
    EXPECT_EQ(calendar.businessSecondsBetween(at(3, 29, 0), at(3, 30, 0)), 23 * 3600);
    EXPECT_EQ(calendar.businessSecondsBetween(at(10, 25, 0), at(10, 26, 0)), 25 * 3600);
    EXPECT_EQ(calendar.addBusinessSeconds(at(3, 29, 1), 3600), at(3, 29, 3));
}

TEST(BusinessCalendarTest, InstantsInOtherZonesAreConverted)
{
    const BusinessCalendar calendar = officeHours();
    // 07:30 UTC is 08:30 in Berlin in November.
    const QDateTime utc(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC);
    EXPECT_EQ(calendar.businessSecondsBetween(utc, at(11, 23, 9)), 30 * 60);
}

TEST(BusinessCalendarTest, InvalidHoursAreRefused)
{
    BusinessCalendar calendar = officeHours();
    EXPECT_FALSE(calendar.setWorkingHours(10 * 60, 9 * 60));
    EXPECT_FALSE(calendar.setWorkingHours(-1, 9 * 60));
    EXPECT_FALSE(calendar.setWorkingHours(0, 24 * 60 + 1));
    EXPECT_EQ(calendar.startMinute(), 8 * 60);
}

TEST(BusinessCalendarTest, NoWorkingDaysNeverFallsDue)
{
    BusinessCalendar calendar = officeHours();
    calendar.setWorkingDays({});
    EXPECT_FALSE(calendar.addBusinessSeconds(at(11, 23, 9), 60).isValid());
    EXPECT_EQ(calendar.businessSecondsBetween(at(11, 23, 0), at(11, 30, 0)), 0);
}
