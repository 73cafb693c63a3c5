// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceKind.h"
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
