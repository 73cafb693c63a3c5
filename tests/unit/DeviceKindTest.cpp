// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceKind.h"
#include "NaturalOrder.h"
#include "Priority.h"
#include "SlaPolicy.h"

#include <gtest/gtest.h>

using namespace Vigil;

TEST(DeviceKindTest, IdsRoundTripAndUnknownIsRejected)
{
    for (const DeviceKind kind : allDeviceKinds) {
        EXPECT_EQ(deviceKindFromId(deviceKindId(kind)), kind);
    }
    EXPECT_EQ(deviceKindFromId(u"SERVER"), DeviceKind::Server);
    EXPECT_FALSE(deviceKindFromId(u"toaster").has_value());
}

TEST(DeviceKindTest, GuessPrefersTagsThenOperatingSystem)
{
    EXPECT_EQ(guessDeviceKind({QStringLiteral("finance"), QStringLiteral("printer")}, QStringLiteral("Linux")),
              DeviceKind::Printer);
    EXPECT_EQ(guessDeviceKind({}, QStringLiteral("Microsoft Windows Server 2022 Standard")), DeviceKind::Server);
    EXPECT_EQ(guessDeviceKind({}, QStringLiteral("Microsoft Windows 11 Pro")), DeviceKind::Workstation);
    EXPECT_EQ(guessDeviceKind({}, QStringLiteral("Debian GNU/Linux 12 (bookworm)")), DeviceKind::Server);
    EXPECT_EQ(guessDeviceKind({}, QStringLiteral("macOS 14.2")), DeviceKind::Workstation);
    EXPECT_EQ(guessDeviceKind({}, QStringLiteral("RouterOS 7.12")), DeviceKind::Network);
    EXPECT_EQ(guessDeviceKind({}, QString()), DeviceKind::Workstation);
}

TEST(PriorityTest, IdsRoundTripAndStandardSlaIsOrdered)
{
    for (const Priority priority : allPriorities) {
        EXPECT_EQ(priorityFromId(priorityId(priority)), priority);
    }
    EXPECT_FALSE(priorityFromId(u"urgent").has_value());
    const SlaPolicy sla = SlaPolicy::standard();
    EXPECT_LT(sla.target(Priority::Critical).responseMinutes, sla.target(Priority::High).responseMinutes);
    EXPECT_LT(sla.target(Priority::High).resolutionMinutes, sla.target(Priority::Normal).resolutionMinutes);
    EXPECT_LT(sla.target(Priority::Normal).resolutionMinutes, sla.target(Priority::Low).resolutionMinutes);
}

TEST(NaturalOrderTest, NumbersCompareByValueAndCaseIsIgnored)
{
    EXPECT_LT(naturalCompare(u"HD-WS2", u"HD-WS10"), 0);
    EXPECT_GT(naturalCompare(u"HD-WS10", u"hd-ws9"), 0);
    EXPECT_LT(naturalCompare(u"ws-01", u"WS-2"), 0);
    EXPECT_LT(naturalCompare(u"Branch", u"main street"), 0);
    EXPECT_LT(naturalCompare(u"srv", u"srv1"), 0);
    EXPECT_EQ(naturalCompare(u"KL-DC01", u"KL-DC01"), 0);
    EXPECT_NE(naturalCompare(u"a", u"A"), 0) << "the order stays total";
    EXPECT_LT(naturalCompare(u"x99999999999999999999", u"x100000000000000000000"), 0) << "no integer overflow";
}
