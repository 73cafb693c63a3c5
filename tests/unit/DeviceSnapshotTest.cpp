// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSnapshot.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Vigil;

namespace {

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

DeviceSnapshot fullSnapshot()
{
    DeviceSnapshot s;
    s.polledAt = utc(1'731'000'000);
    s.reachable = true;
    s.exporter = ExporterFlavor::NodeExporter;
    s.exporterVersion = QStringLiteral("1.5.0");
    s.cpuBusyPercent = 12.345678901234567;
    s.memoryUsedPercent = 2.2231759818089597;
    s.memoryTotalBytes = 25'276'502'016;
    s.disks.append(DiskUsage{QStringLiteral("/"), QStringLiteral("/dev/vda"), QStringLiteral("ext4"), 270'553'174'016,
                             84'133'883'904, 68.90339454196017});
    s.disks.append(DiskUsage{QStringLiteral("C:"), {}, {}, 9'007'199'254'740'993, 1, 99.99999999});
    s.uptimeSeconds = 248;
    s.os = OsInfo{QStringLiteral("Debian GNU/Linux"), QStringLiteral("12"),
                  QStringLiteral("Debian GNU/Linux 12 (bookworm)"), QStringLiteral("vm"),
                  QStringLiteral("6.1.0-18-amd64")};
    s.pendingUpdates = 7;
    s.securityUpdates = 3;
    s.rebootRequired = true;
    s.smart.append(SmartDiskStatus{QStringLiteral("/dev/sda"), true, 0, 0, {}});
    s.smart.append(SmartDiskStatus{QStringLiteral("\\\\.\\PHYSICALDRIVE0"), false, std::nullopt, std::nullopt,
                                   QStringLiteral("Pred Fail")});
    BackupJobStatus nightly;
    nightly.job = QStringLiteral("system");
    nightly.lastSuccess = utc(1'730'990'000);
    nightly.lastRun = utc(1'730'995'000);
    nightly.lastRunOk = false;
    nightly.sizeBytes = 1'048'576;
    nightly.lastRestoreTest = utc(1'730'000'000);
    s.backups.append(nightly);
    BackupJobStatus restic;
    restic.job = QStringLiteral("s3:https://example/repo");
    restic.source = BackupSource::Restic;
    restic.lastSuccess = utc(1'730'999'000);
    restic.repositoryCheckOk = true;
    s.backups.append(restic);
    return s;
}

} // namespace

TEST(DeviceSnapshot, JsonRoundTripKeepsEveryField)
{
    const DeviceSnapshot original = fullSnapshot();
    const QByteArray text = original.toJsonText();
    const auto restored = DeviceSnapshot::fromJsonText(text);
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_EQ(*restored, original) << text.toStdString();
    EXPECT_EQ(restored->toJsonText(), text);
    // 2^53 + 1 does not fit a double: integers stay integers in the text.
    EXPECT_EQ(restored->disks[1].sizeBytes, 9'007'199'254'740'993);
    EXPECT_EQ(restored->backup(QStringLiteral("system"))->lastRunOk, false);
    EXPECT_FALSE(restored->backup(QStringLiteral("system"))->repositoryCheckOk.has_value());
}

TEST(DeviceSnapshot, TimestampsAreEpochSecondsAndEmptyFieldsAreLeftOut)
{
    const QJsonObject json = fullSnapshot().toJson();
    EXPECT_EQ(json.value(QStringLiteral("polledAt")).toInteger(), 1'731'000'000);
    EXPECT_EQ(json.value(QStringLiteral("exporter")).toString(), QStringLiteral("node_exporter"));
    const QJsonObject backup = json.value(QStringLiteral("backups")).toArray().at(0).toObject();
    EXPECT_EQ(backup.value(QStringLiteral("lastRestoreTest")).toInteger(), 1'730'000'000);
    EXPECT_EQ(backup.value(QStringLiteral("source")).toString(), QStringLiteral("vigil"));

    DeviceSnapshot warming;
    warming.polledAt = utc(100);
    warming.reachable = true;
    const QJsonObject sparse = warming.toJson();
    EXPECT_FALSE(sparse.contains(QStringLiteral("cpuBusyPercent"))) << "warming up is absent, not 0";
    EXPECT_FALSE(sparse.contains(QStringLiteral("disks")));
    EXPECT_FALSE(sparse.contains(QStringLiteral("failure")));
    EXPECT_TRUE(warming.cpuWarmingUp());
    const DeviceSnapshot back = DeviceSnapshot::fromJson(sparse);
    EXPECT_EQ(back, warming);
    EXPECT_FALSE(back.cpuBusyPercent.has_value());
}

TEST(DeviceSnapshot, UnreachableWithFailureRoundTrips)
{
    DeviceSnapshot s;
    s.polledAt = utc(1'731'000'060);
    s.failure = PollFailure{QStringLiteral("timeout"), QStringLiteral("no answer within 10 s")};
    const auto back = DeviceSnapshot::fromJsonText(s.toJsonText());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, s);
    EXPECT_FALSE(back->reachable);
    EXPECT_FALSE(back->cpuWarmingUp()) << "an unreachable device is not warming up";
    EXPECT_EQ(back->failure->reason, QStringLiteral("timeout"));
}

TEST(DeviceSnapshot, UnknownAndMistypedFieldsAreTolerated)
{
    const QByteArray text = R"({"format": 9, "polledAt": 1700000000, "reachable": true, "exporter": "snmp_exporter",
        "futureField": {"x": [1, 2]}, "cpuBusyPercent": "12", "memoryUsedPercent": 50.5, "memoryTotalBytes": 8e9,
        "disks": [{"mountPoint": "/", "sizeBytes": 100, "availableBytes": 25, "usedPercent": 75, "inode": 3}, 42],
        "os": "not an object", "pendingUpdates": 4.0, "rebootRequired": 1,
        "backups": [{"job": "files", "source": "borg", "lastSuccess": null}]})";
    const auto parsed = DeviceSnapshot::fromJsonText(text);
    ASSERT_TRUE(parsed.ok());
    const DeviceSnapshot &s = *parsed;
    EXPECT_EQ(s.polledAt, utc(1'700'000'000));
    EXPECT_TRUE(s.reachable);
    EXPECT_EQ(s.exporter, ExporterFlavor::Unknown);
    EXPECT_FALSE(s.cpuBusyPercent.has_value()) << "a string is not a number";
    EXPECT_EQ(s.memoryUsedPercent, 50.5);
    EXPECT_EQ(s.memoryTotalBytes, 8'000'000'000);
    ASSERT_EQ(s.disks.size(), 1) << "a non-object array entry is skipped";
    EXPECT_EQ(s.disks[0].usedPercent, 75);
    EXPECT_EQ(s.os, OsInfo{});
    EXPECT_EQ(s.pendingUpdates, 4);
    EXPECT_FALSE(s.rebootRequired.has_value()) << "1 is not a JSON boolean";
    ASSERT_EQ(s.backups.size(), 1);
    EXPECT_EQ(s.backups[0].source, BackupSource::Vigil);
    EXPECT_FALSE(s.backups[0].lastSuccess.isValid());

    const auto empty = DeviceSnapshot::fromJsonText("{}");
    ASSERT_TRUE(empty.ok()) << "the column default";
    EXPECT_EQ(*empty, DeviceSnapshot{});
}

TEST(DeviceSnapshot, TextThatIsNotAnObjectIsAnError)
{
    for (const char *bad : {"", "[1,2]", "{\"polledAt\": ", "null"}) {
        const auto parsed = DeviceSnapshot::fromJsonText(QByteArray(bad));
        ASSERT_FALSE(parsed.ok()) << bad;
        EXPECT_EQ(parsed.error().code, ErrorCode::Parse);
        EXPECT_EQ(parsed.error().where, QStringLiteral("device_state.snapshot"));
    }
}
