// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollScheduler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

using namespace Vigil;
using Millis = PollScheduler::Millis;

namespace {

TEST(PollSchedulerTest, OffsetsSpreadAFleetEvenlyOverTheInterval)
{
    constexpr int devices = 10000;
    std::vector<int> perSecond(60, 0);
    for (qint64 id = 1; id <= devices; ++id) {
        const Millis offset = PollScheduler::offsetFor(id, 60'000);
        ASSERT_GE(offset, 0);
        ASSERT_LT(offset, 60'000);
        ++perSecond[static_cast<std::size_t>(offset / 1000)];
        EXPECT_EQ(offset, PollScheduler::offsetFor(id, 60'000)) << "offsets are stable";
    }
    const auto [least, most] = std::minmax_element(perSecond.begin(), perSecond.end());
    // 166.7 per second on average; a good spread keeps every second within ±25 %.
    EXPECT_GT(*least, 125);
    EXPECT_LT(*most, 210);
}

TEST(PollSchedulerTest, SlotsSitOnTheAbsoluteTimeAxis)
{
    PollScheduler a;
    PollScheduler b;
    a.setDevice(42, 0);
    b.setDevice(42, 7 * 60'000 + 123);
    const Millis offset = PollScheduler::offsetFor(42, 60'000);
    auto first = a.takeDue(60'000);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first.constFirst().slot, offset);
    EXPECT_EQ(b.nextWake() % 60'000, offset) << "a restart keeps the device in the same second of the minute";
    EXPECT_GE(b.nextWake(), 7 * 60'000 + 123);
}

TEST(PollSchedulerTest, ConcurrencyIsBoundedAndOldestSlotsGoFirst)
{
    PollScheduler scheduler({60'000, 15 * 60'000, 3});
    for (qint64 id = 1; id <= 10; ++id) {
        scheduler.setDevice(id, 0);
    }
    const QList<PollScheduler::DuePoll> due = scheduler.takeDue(60'000);
    ASSERT_EQ(due.size(), 3);
    EXPECT_LE(due.at(0).slot, due.at(1).slot);
    EXPECT_LE(due.at(1).slot, due.at(2).slot);
    EXPECT_EQ(scheduler.running(), 3);
    EXPECT_TRUE(scheduler.takeDue(60'000).isEmpty());
    EXPECT_EQ(scheduler.nextWake(), -1) << "nothing can start until a poll finishes";
    scheduler.finished(due.at(0).deviceId, 60'100, 0);
    EXPECT_EQ(scheduler.takeDue(60'100).size(), 1);
}

TEST(PollSchedulerTest, APollThatRunsLongIsNeverDoubled)
{
    PollScheduler scheduler;
    scheduler.setDevice(7, 0);
    const Millis offset = PollScheduler::offsetFor(7, 60'000);
    ASSERT_EQ(scheduler.takeDue(offset).size(), 1);
    // Three of its slots pass while the poll hangs (a slow endpoint within its timeout).
    EXPECT_TRUE(scheduler.takeDue(offset + 3 * 60'000 + 10).isEmpty());
    scheduler.finished(7, offset + 3 * 60'000 + 10, 0);
    EXPECT_EQ(scheduler.stats().skippedStillRunning, 3);
    EXPECT_EQ(scheduler.nextWake(), offset + 4 * 60'000);
}

TEST(PollSchedulerTest, DeadEndpointsBackOffAndComeBackToTheirSlot)
{
    PollScheduler scheduler({60'000, 10 * 60'000, 64});
    EXPECT_EQ(scheduler.backoffFor(0, 60'000), 0);
    EXPECT_EQ(scheduler.backoffFor(1, 60'000), 60'000);
    EXPECT_EQ(scheduler.backoffFor(3, 60'000), 240'000);
    EXPECT_EQ(scheduler.backoffFor(30, 60'000), 600'000) << "capped";

    scheduler.setDevice(9, 0);
    const Millis offset = PollScheduler::offsetFor(9, 60'000);
    Millis now = offset;
    ASSERT_EQ(scheduler.takeDue(now).size(), 1);
    scheduler.finished(9, now + 50, 3); // third failure in a row
    EXPECT_GE(scheduler.nextWake(), now + 240'000);
    EXPECT_EQ(scheduler.nextWake() % 60'000, offset) << "backoff lands on one of the device's own slots";

    now = scheduler.nextWake();
    ASSERT_EQ(scheduler.takeDue(now).size(), 1);
    scheduler.finished(9, now + 50, 0); // it answered
    EXPECT_EQ(scheduler.nextWake(), now + 60'000);
}

TEST(PollSchedulerTest, RemovingARunningDeviceFreesItsSlot)
{
    PollScheduler scheduler({60'000, 600'000, 1});
    scheduler.setDevice(1, 0);
    scheduler.setDevice(2, 0);
    auto due = scheduler.takeDue(60'000);
    ASSERT_EQ(due.size(), 1);
    scheduler.removeDevice(due.constFirst().deviceId);
    EXPECT_EQ(scheduler.running(), 0);
    EXPECT_FALSE(scheduler.hasDevice(due.constFirst().deviceId));
    scheduler.finished(due.constFirst().deviceId, 60'100, 0); // a late answer for a removed device is ignored
    EXPECT_EQ(scheduler.running(), 0);
    EXPECT_EQ(scheduler.takeDue(60'000).size(), 1);
    EXPECT_EQ(scheduler.deviceCount(), 1);
}

// 10,000 devices every 60 s, 64 at a time, polls taking 50–400 ms: every poll starts within a second of its slot.
TEST(PollSchedulerTest, TenThousandDevicesStayOnSchedule)
{
    PollScheduler scheduler({60'000, 15 * 60'000, 64});
    for (qint64 id = 1; id <= 10000; ++id) {
        scheduler.setDevice(id, 0);
    }
    std::multimap<Millis, qint64> inFlight; // finish time → device
    std::vector<Millis> lateness;
    Millis now = 0;
    const Millis end = 5 * 60'000;
    while (now < end) {
        for (const PollScheduler::DuePoll &poll : scheduler.takeDue(now)) {
            lateness.push_back(now - poll.slot);
            const Millis duration = 50 + (poll.deviceId * 7919 + now) % 350;
            inFlight.emplace(now + duration, poll.deviceId);
        }
        Millis next = end;
        if (!inFlight.empty()) {
            next = std::min(next, inFlight.begin()->first);
        }
        if (scheduler.nextWake() >= 0) {
            next = std::min(next, std::max(now + 1, scheduler.nextWake()));
        }
        now = next;
        while (!inFlight.empty() && inFlight.begin()->first <= now) {
            scheduler.finished(inFlight.begin()->second, now, 0);
            inFlight.erase(inFlight.begin());
        }
    }
    ASSERT_GT(lateness.size(), 4u * 10000u);
    std::sort(lateness.begin(), lateness.end());
    const Millis p99 = lateness[lateness.size() * 99 / 100];
    EXPECT_LE(p99, 1000) << "p99 lateness " << p99 << " ms";
    EXPECT_EQ(scheduler.stats().skippedStillRunning, 0);
}

} // namespace
