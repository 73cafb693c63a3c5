// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceScenario.h"

#include "AlertEvaluator.h"
#include "BackupStore.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "HistoryStore.h"
#include "InventoryStore.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QSqlQuery>

#include <cmath>
#include <numbers>

namespace Vigil {

DeviceScenario::DeviceScenario(Database &database, const QDateTime &now)
    : m_db(database)
    , m_now(QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC))
{
}

QDateTime DeviceScenario::now() const
{
    return m_now;
}

qint64 DeviceScenario::addServer(const QString &client, const QString &site, const QString &name)
{
    InventoryStore inventory(m_db);
    const qint64 id = VigilTest::addDevice(inventory, client, site, name).deviceId;
    auto device = inventory.device(id);
    if (!device) {
        ADD_FAILURE() << qPrintable(device.error().toString());
        return 0;
    }
    Device d = std::move(device).value();
    d.address = QStringLiteral("10.20.0.12");
    d.os = QStringLiteral("Debian 12");
    d.kind = DeviceKind::Server;
    d.tags = {QStringLiteral("file server"), QStringLiteral("backup")};
    d.exporterUrl = QStringLiteral("http://10.20.0.12:9100/metrics");
    const Status updated = inventory.updateDevice(d);
    EXPECT_TRUE(updated.ok()) << qPrintable(updated.error().toString());
    return id;
}

DeviceSnapshot DeviceScenario::snapshot() const
{
    DeviceSnapshot s;
    s.polledAt = m_now.addSecs(-40);
    s.reachable = true;
    s.exporter = ExporterFlavor::NodeExporter;
    s.cpuBusyPercent = 23.4;
    s.memoryUsedPercent = 58.2;
    s.memoryTotalBytes = 32LL << 30;
    s.uptimeSeconds = 9 * 86400 - 3 * 3600;
    s.os = {QStringLiteral("Debian GNU/Linux"), QStringLiteral("12"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
            QStringLiteral("hd-fs01"), QStringLiteral("6.1.0-18-amd64")};
    const auto disk = [](const QString &mount, const QString &dev, qint64 size, double used) {
        DiskUsage d;
        d.mountPoint = mount;
        d.device = dev;
        d.fsType = QStringLiteral("ext4");
        d.sizeBytes = size;
        d.availableBytes = static_cast<qint64>(static_cast<double>(size) * (100 - used) / 100);
        d.usedPercent = used;
        return d;
    };
    s.disks = {disk(QStringLiteral("/"), QStringLiteral("/dev/sda2"), 60LL << 30, rootUsed),
               disk(QStringLiteral("/srv/data"), QStringLiteral("/dev/md0"), 4000LL << 30, dataUsed),
               disk(QStringLiteral("/var"), QStringLiteral("/dev/sda3"), 40LL << 30, 31.0)};
    s.pendingUpdates = 14;
    s.securityUpdates = 3;
    s.rebootRequired = true;
    SmartDiskStatus sda;
    sda.disk = QStringLiteral("/dev/sda");
    sda.healthy = true;
    sda.reallocatedSectors = 0;
    sda.pendingSectors = 0;
    SmartDiskStatus sdb;
    sdb.disk = QStringLiteral("/dev/sdb");
    sdb.healthy = true;
    sdb.reallocatedSectors = 24;
    sdb.pendingSectors = 2;
    s.smart = {sda, sdb};
    BackupJobStatus nightly;
    nightly.job = QStringLiteral("nightly-restic");
    nightly.source = BackupSource::Restic;
    nightly.lastSuccess = m_now.addSecs(-(5 * 3600 + 12 * 60));
    nightly.lastRun = nightly.lastSuccess;
    nightly.lastRunOk = true;
    nightly.sizeBytes = 812LL << 30;
    BackupJobStatus offsite;
    offsite.job = QStringLiteral("offsite-sync");
    offsite.lastSuccess = m_now.addSecs(-(53 * 3600));
    offsite.lastRun = m_now.addSecs(-(5 * 3600));
    offsite.lastRunOk = false;
    offsite.sizeBytes = 790LL << 30;
    s.backups = {nightly, offsite};
    return s;
}

void DeviceScenario::fillHistory(qint64 deviceId, int days)
{
    HistoryStore history(m_db);
    QRandomGenerator random(20261123);
    const qint64 end = m_now.toSecsSinceEpoch();
    const qint64 start = end - static_cast<qint64>(days) * 86400;
    // Nine days ago the site lost power for an afternoon.
    const qint64 outageFrom = end - 9 * 86400 - 6 * 3600;
    const qint64 outageTo = outageFrom + 5 * 3600;
    QList<HealthSample> batch;
    const auto flush = [&] {
        const Status appended = history.append(batch);
        EXPECT_TRUE(appended.ok()) << qPrintable(appended.error().toString());
        batch.clear();
    };
    for (qint64 ts = start; ts < end; ts += ts < end - HistoryStore::rawRetentionSeconds ? 300 : 60) {
        if (ts >= outageFrom && ts < outageTo) {
            continue;
        }
        const QDateTime local = QDateTime::fromSecsSinceEpoch(ts).toLocalTime();
        const double hour = local.time().hour() + local.time().minute() / 60.0;
        const bool workday = local.date().dayOfWeek() <= 5;
        // Office hours load, the 02:00 backup, noise.
        double cpu = 6 + random.bounded(4.0);
        if (workday && hour > 8 && hour < 18) {
            cpu += 18 + 10 * std::sin((hour - 8) / 10 * std::numbers::pi) + random.bounded(8.0);
        }
        if (hour >= 2 && hour < 3.2) {
            cpu += 45 + random.bounded(15.0);
        }
        const double age = static_cast<double>(end - ts) / 86400.0;
        // Memory creeps up between reboots: the last one after the outage nine days ago, the one before 35 days ago.
        const double sinceBoot = age < 9 ? 9 - age : 35 - age;
        const double memory = std::clamp(45 + 1.3 * sinceBoot + random.bounded(3.0), 30.0, 95.0);
        const double root = rootUsed - 0.01 * age + random.bounded(0.05);
        const double data = dataUsed - dataGrowthPerDay * age + random.bounded(0.1);
        // Logs grow through the week and are rotated on Sunday night.
        const double var = 24 + 1.1 * ((local.date().dayOfWeek() % 7) + hour / 24.0) + random.bounded(0.1);
        batch.append({deviceId, QStringLiteral("cpu"), {}, ts, std::min(cpu, 100.0)});
        batch.append({deviceId, QStringLiteral("memory"), {}, ts, memory});
        batch.append({deviceId, QStringLiteral("disk"), QStringLiteral("/"), ts, root});
        batch.append({deviceId, QStringLiteral("disk"), QStringLiteral("/srv/data"), ts, data});
        batch.append({deviceId, QStringLiteral("disk"), QStringLiteral("/var"), ts, var});
        if (ts % 3600 == 0) {
            const double grown = std::pow(1.004, -age);
            batch.append({deviceId, BackupStore::sizeMetric, QStringLiteral("nightly-restic"), ts,
                          static_cast<double>(812LL << 30) * grown});
            batch.append({deviceId, BackupStore::sizeMetric, QStringLiteral("offsite-sync"), ts,
                          static_cast<double>(790LL << 30) * grown});
        }
        if (batch.size() > 20000) {
            flush();
        }
    }
    // One minute at full load half an hour ago: a spike the 30-day chart must still show.
    batch.append({deviceId, QStringLiteral("cpu"), {}, end - 1800 - (end % 60), 100.0});
    flush();
    const auto maintained = history.maintain(m_now);
    EXPECT_TRUE(maintained.ok()) << qPrintable(maintained.error().toString());
}

void DeviceScenario::pollNow(qint64 deviceId)
{
    const DeviceSnapshot s = snapshot();
    DeviceStateStore states(m_db);
    // A poll a week ago first, so the backup jobs have been seen for a while.
    DeviceSnapshot earlier = s;
    earlier.polledAt = m_now.addDays(-7);
    const Status saved = states.save({{deviceId, earlier, {}}, {deviceId, s, {}}});
    EXPECT_TRUE(saved.ok()) << qPrintable(saved.error().toString());
    AlertEvaluator evaluator(m_db);
    const Status evaluated = m_db.transaction([&]() -> Status {
        // Polled through the morning: the alerts have been open for a few hours.
        for (qint64 ago : {3 * 3600, 2 * 3600, 3600, 0}) {
            DeviceSnapshot poll = s;
            poll.polledAt = s.polledAt.addSecs(-ago);
            auto result = evaluator.evaluate({{deviceId, poll}}, poll.polledAt);
            if (!result) {
                return result.error();
            }
        }
        return {};
    });
    EXPECT_TRUE(evaluated.ok()) << qPrintable(evaluated.error().toString());
    BackupStore backups(m_db);
    const Status tested = backups.recordRestoreTest(deviceId, QStringLiteral("nightly-restic"), QStringLiteral("anna"),
                                                    QStringLiteral("restored /srv/data/accounts to a test VM, opened "
                                                                   "three files"),
                                                    m_now.addDays(-41).addSecs(-5 * 3600));
    EXPECT_TRUE(tested.ok()) << qPrintable(tested.error().toString());
}

void DeviceScenario::addSessions(qint64 deviceId)
{
    QSqlQuery q(m_db.connection());
    const auto add = [&](const QString &protocol, const QString &who, qint64 startAgo, qint64 minutes,
                         const QString &result) {
        q.prepare(QStringLiteral("INSERT INTO sessions_log (device_id, device_name, protocol, technician, started_at, "
                                 "ended_at, result) VALUES (?, 'HD-FS01', ?, ?, ?, ?, ?)"));
        q.addBindValue(deviceId);
        q.addBindValue(protocol);
        q.addBindValue(who);
        q.addBindValue(m_now.toSecsSinceEpoch() - startAgo);
        q.addBindValue(m_now.toSecsSinceEpoch() - startAgo + minutes * 60);
        q.addBindValue(result);
        EXPECT_TRUE(q.exec());
    };
    add(QStringLiteral("ssh"), QStringLiteral("sam"), 2 * 86400 + 3600, 14, QStringLiteral("ok"));
    add(QStringLiteral("ssh"), QStringLiteral("anna"), 9 * 86400 - 3600, 42, QStringLiteral("ok"));
    add(QStringLiteral("vnc"), QStringLiteral("sam"), 16 * 86400, 7, QStringLiteral("ok"));
}

} // namespace Vigil
