// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollStatusLabel.h"
#include "Clock.h"

#include <gtest/gtest.h>

using namespace Vigil;
using Mode = PollStatusLabel::Mode;

namespace {

TEST(PollStatusLabelTest, SaysWhatPollsHowFreshAndWhatIsDown)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC));
    PollStatusLabel label(clock);
    EXPECT_EQ(label.text(), QStringLiteral("Polling off"));

    label.setMode(Mode::Starting);
    EXPECT_EQ(label.text(), QStringLiteral("Polling starts…"));
    label.setDeviceCount(62);
    label.setMode(Mode::Polling);
    EXPECT_EQ(label.text(), QStringLiteral("Polling 62 device(s)"));
    label.notePoll();
    label.setUnreachableCount(3);
    EXPECT_EQ(label.text(), QStringLiteral("Polling 62 device(s) · last poll just now · 3 unreachable"));
    clock.advanceSeconds(14);
    label.refresh();
    EXPECT_EQ(label.text(), QStringLiteral("Polling 62 device(s) · last poll 14 s ago · 3 unreachable"));
    clock.advanceSeconds(150);
    label.refresh();
    EXPECT_EQ(label.text(), QStringLiteral("Polling 62 device(s) · last poll 2 min ago · 3 unreachable"));

    label.setMode(Mode::PassRunning);
    EXPECT_TRUE(label.text().startsWith(QStringLiteral("Polling all 62 device(s) now…"))) << label.text().toStdString();
    label.setMode(Mode::Paused);
    EXPECT_TRUE(label.text().startsWith(QStringLiteral("Polling paused · "))) << label.text().toStdString();
}

TEST(PollStatusLabelTest, AFailedSaveStaysVisibleForAMinuteAfterTheLast)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC));
    PollStatusLabel label(clock);
    label.setDeviceCount(4);
    label.setMode(Mode::Polling);
    label.noteStoreError(QStringLiteral("database or disk is full"));
    EXPECT_TRUE(label.text().endsWith(QStringLiteral("saving poll results fails"))) << label.text().toStdString();
    EXPECT_TRUE(label.toolTip().contains(QStringLiteral("database or disk is full")));
    clock.advanceSeconds(59);
    label.refresh();
    EXPECT_TRUE(label.text().endsWith(QStringLiteral("saving poll results fails")));
    clock.advanceSeconds(2);
    label.refresh();
    EXPECT_EQ(label.text(), QStringLiteral("Polling 4 device(s)"));
    EXPECT_TRUE(label.toolTip().isEmpty());

    label.noteFailure(QStringLiteral("cannot open the database"));
    EXPECT_EQ(label.text(), QStringLiteral("Polling could not start"));
    EXPECT_EQ(label.toolTip(), QStringLiteral("cannot open the database"));
}

} // namespace
