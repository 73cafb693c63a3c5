// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaClock.h"
#include "Clock.h"

#include <gtest/gtest.h>

using namespace Vigil;

namespace {

const QTimeZone berlin("Europe/Berlin");

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), berlin);
}

constexpr qint64 hours = 3600;

SlaClock fourHourClock(const QDateTime &start)
{
    return SlaClock(BusinessCalendar::standard(berlin), 4 * hours, start);
}

} // namespace

TEST(SlaClockTest, OnTrackThenAtRiskThenBreached)
{
    ManualClock clock(at(11, 23, 9));
    const SlaClock sla = fourHourClock(clock.now());
    EXPECT_EQ(sla.read(clock.now()).state, SlaState::OnTrack);
    EXPECT_EQ(sla.read(clock.now()).dueAt, at(11, 23, 13));

    clock.set(at(11, 23, 11, 59));
    EXPECT_EQ(sla.read(clock.now()).state, SlaState::OnTrack);
    clock.set(at(11, 23, 12)); // exactly a quarter left
    EXPECT_EQ(sla.read(clock.now()).state, SlaState::AtRisk);
    EXPECT_EQ(sla.read(clock.now()).remainingSeconds, 1 * hours);
    clock.set(at(11, 23, 13)); // due now: nothing left, not yet late
    EXPECT_EQ(sla.read(clock.now()).state, SlaState::AtRisk);
    clock.advanceSeconds(1);
    const SlaReading late = sla.read(clock.now());
    EXPECT_EQ(late.state, SlaState::Breached);
    EXPECT_EQ(late.remainingSeconds, -1);
    EXPECT_EQ(late.dueAt, at(11, 23, 13));
}

TEST(SlaClockTest, DoesNotRunOvernightOrAtWeekends)
{
    ManualClock clock(at(11, 27, 16)); // Friday
    const SlaClock sla = fourHourClock(clock.now());
    EXPECT_EQ(sla.read(clock.now()).dueAt, at(11, 30, 10));
    clock.set(at(11, 29, 23)); // Sunday night: two hours used, two left
    const SlaReading sunday = sla.read(clock.now());
    EXPECT_EQ(sunday.elapsedSeconds, 2 * hours);
    EXPECT_EQ(sunday.state, SlaState::OnTrack);
    clock.set(at(11, 30, 10, 1));
    EXPECT_EQ(sla.read(clock.now()).state, SlaState::Breached);
}

TEST(SlaClockTest, OpenedAtNightStartsInTheMorning)
{
    const SlaClock sla = fourHourClock(at(11, 23, 22));
    EXPECT_EQ(sla.read(at(11, 24, 7)).elapsedSeconds, 0);
    EXPECT_EQ(sla.read(at(11, 24, 7)).dueAt, at(11, 24, 12));
}

TEST(SlaClockTest, WaitingOnTheClientPausesTheClock)
{
    SlaClock sla = fourHourClock(at(11, 23, 9));
    sla.setPauses({{at(11, 23, 10), at(11, 23, 12)}});
    const SlaReading reading = sla.read(at(11, 23, 13));
    EXPECT_EQ(reading.elapsedSeconds, 2 * hours);
    EXPECT_EQ(reading.dueAt, at(11, 23, 15));
    EXPECT_FALSE(reading.paused);
}

TEST(SlaClockTest, OngoingPauseHasNoDueTime)
{
    SlaClock sla = fourHourClock(at(11, 23, 9));
    sla.setPauses({{at(11, 23, 10), QDateTime()}});
    const SlaReading reading = sla.read(at(11, 25, 12));
    EXPECT_TRUE(reading.paused);
    EXPECT_FALSE(reading.dueAt.isValid());
    EXPECT_EQ(reading.elapsedSeconds, 1 * hours);
    EXPECT_EQ(reading.state, SlaState::OnTrack);
}

TEST(SlaClockTest, PauseSpanningNightsOnlyRemovesBusinessTime)
{
    // Waiting from Monday 17:00 to Wednesday 09:00: 1 h Monday + 10 h Tuesday + 1 h Wednesday of business time.
    SlaClock sla(BusinessCalendar::standard(berlin), 16 * hours, at(11, 23, 9));
    sla.setPauses({{at(11, 23, 17), at(11, 25, 9)}});
    const SlaReading reading = sla.read(at(11, 25, 12));
    // Business time Mon 09:00 → Wed 12:00 is 9 + 10 + 4 = 23 h, minus 12 h waiting.
    EXPECT_EQ(reading.elapsedSeconds, 11 * hours);
    EXPECT_EQ(reading.dueAt, at(11, 25, 17));
}

TEST(SlaClockTest, OverlappingPausesAreMerged)
{
    SlaClock sla = fourHourClock(at(11, 23, 9));
    sla.setPauses({{at(11, 23, 11), at(11, 23, 12)}, {at(11, 23, 10), at(11, 23, 11, 30)}});
    EXPECT_EQ(sla.read(at(11, 23, 13)).elapsedSeconds, 2 * hours);
    EXPECT_EQ(sla.read(at(11, 23, 13)).dueAt, at(11, 23, 15));
}

TEST(SlaClockTest, BreachedBeforeThePauseStaysBreached)
{
    SlaClock sla = fourHourClock(at(11, 23, 9));
    sla.setPauses({{at(11, 23, 14), QDateTime()}});
    const SlaReading reading = sla.read(at(11, 23, 16));
    EXPECT_EQ(reading.state, SlaState::Breached);
    EXPECT_EQ(reading.dueAt, at(11, 23, 13));
    EXPECT_EQ(reading.remainingSeconds, -1 * hours);
}

TEST(SlaClockTest, StoppedClockIsMetOrBreached)
{
    SlaClock met = fourHourClock(at(11, 23, 9));
    met.stopAt(at(11, 23, 13));
    EXPECT_EQ(met.read(at(11, 30, 9)).state, SlaState::Met);
    EXPECT_EQ(met.read(at(11, 30, 9)).elapsedSeconds, 4 * hours);
    EXPECT_TRUE(met.read(at(11, 30, 9)).stopped);

    SlaClock late = fourHourClock(at(11, 23, 9));
    late.stopAt(at(11, 23, 13, 1));
    EXPECT_EQ(late.read(at(11, 30, 9)).state, SlaState::Breached);
}

TEST(SlaClockTest, ZeroMinuteTargetIsDueAtOnce)
{
    const SlaClock sla(BusinessCalendar::standard(berlin), 0, at(11, 23, 9));
    EXPECT_EQ(sla.read(at(11, 23, 9)).state, SlaState::AtRisk);
    EXPECT_EQ(sla.read(at(11, 23, 9)).dueAt, at(11, 23, 9));
    EXPECT_EQ(sla.read(at(11, 23, 9, 1)).state, SlaState::Breached);
    // Opened on Saturday: no business time passes until Monday, so it is not yet late.
    const SlaClock weekend(BusinessCalendar::standard(berlin), 0, at(11, 28, 9));
    EXPECT_EQ(weekend.read(at(11, 29, 9)).state, SlaState::AtRisk);
}

TEST(SlaClockTest, HolidayPushesTheDueTime)
{
    BusinessCalendar calendar = BusinessCalendar::standard(berlin);
    calendar.setHolidays({QDate(2026, 12, 24), QDate(2026, 12, 25)});
    const SlaClock sla(calendar, 8 * hours, at(12, 23, 14));
    EXPECT_EQ(sla.read(at(12, 23, 14)).dueAt, at(12, 28, 12));
    EXPECT_EQ(sla.read(at(12, 27, 12)).state, SlaState::OnTrack);
}

TEST(SlaClockTest, AcrossTheDaylightSavingChange)
{
    // Opened Friday 27 March 2026 at 16:00 CET with 4 h: due Monday 10:00 CEST.
    const SlaClock sla = fourHourClock(at(3, 27, 16));
    EXPECT_EQ(sla.read(at(3, 27, 16)).dueAt, at(3, 30, 10));
    EXPECT_EQ(sla.read(at(3, 30, 9)).elapsedSeconds, 3 * hours);
}
