// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetOverview.h"
#include "AlertStore.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "FleetOverviewModel.h"
#include "InventoryStore.h"
#include "TestInventory.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

// Monday 23 November 2026, 10:10 local time: inside the default business hours, so SLA clocks run.
const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 10));

class FleetOverviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_inventory = std::make_unique<InventoryStore>(*m_db);
        m_states = std::make_unique<DeviceStateStore>(*m_db);
    }

    qint64 device(const QString &client, const QString &site, const QString &name, bool monitored = true)
    {
        const VigilTest::AddedDevice added = VigilTest::addDevice(*m_inventory, client, site, name);
        if (monitored) {
            auto d = m_inventory->device(added.deviceId);
            EXPECT_TRUE(d.ok());
            Device changed = d.value();
            changed.exporterUrl = QStringLiteral("http://127.0.0.1:9100/metrics");
            EXPECT_TRUE(m_inventory->updateDevice(changed).ok());
        }
        m_clients.insert(client, added.clientId);
        return added.deviceId;
    }

    void poll(qint64 deviceId, const DeviceSnapshot &snapshot)
    {
        ASSERT_TRUE(m_states->save({{deviceId, snapshot, {}}}).ok());
    }

    DeviceSnapshot up(qint64 secondsAgo = 60) const
    {
        DeviceSnapshot s;
        s.polledAt = kNow.addSecs(-secondsAgo).toUTC();
        s.reachable = true;
        return s;
    }

    DeviceSnapshot down() const
    {
        DeviceSnapshot s;
        s.polledAt = kNow.addSecs(-30).toUTC();
        s.reachable = false;
        s.failure = PollFailure{QStringLiteral("timeout"), QStringLiteral("no answer in 10 s")};
        return s;
    }

    void alert(qint64 deviceId, const QString &severity, const QString &state, const QString &subject)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO alerts (device_id, rule, subject, severity, state, summary, first_seen, "
                                 "last_seen, resolved_at) VALUES (?, 'disk_used', ?, ?, ?, 'disk', ?, ?, ?)"));
        q.addBindValue(deviceId);
        q.addBindValue(subject);
        q.addBindValue(severity);
        q.addBindValue(state);
        q.addBindValue(kNow.addSecs(-3600).toSecsSinceEpoch());
        q.addBindValue(kNow.addSecs(-600).toSecsSinceEpoch());
        q.addBindValue(state == QLatin1String("resolved") ? QVariant(kNow.addSecs(-300).toSecsSinceEpoch())
                                                          : QVariant(QMetaType::fromType<qint64>()));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    void ticket(const QString &client, Priority priority, const QDateTime &created)
    {
        TicketStore store(*m_db);
        NewTicket t;
        t.clientId = m_clients.value(client);
        t.title = QStringLiteral("Printer jams");
        t.priority = priority;
        ASSERT_TRUE(store.create(t, QStringLiteral("sam"), created).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<DeviceStateStore> m_states;
    QHash<QString, qint64> m_clients;
};

TEST_F(FleetOverviewTest, CountsEachClientsDevicesAlertsBackupsPatchesSmartAndTickets)
{
    const QString harbor = QStringLiteral("Harbor Dental");
    const QString kessler = QStringLiteral("Kessler Logistics");
    const qint64 fs = device(harbor, QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
    const qint64 ws1 = device(harbor, QStringLiteral("HQ"), QStringLiteral("HD-WS01"));
    const qint64 ws2 = device(harbor, QStringLiteral("Branch"), QStringLiteral("HD-WS02"));
    const qint64 printer = device(harbor, QStringLiteral("Branch"), QStringLiteral("HD-PRN01"), false);
    const qint64 dc = device(kessler, QStringLiteral("Depot"), QStringLiteral("KL-DC01"));
    const qint64 nas = device(kessler, QStringLiteral("Depot"), QStringLiteral("KL-NAS01"));
    device(kessler, QStringLiteral("Depot"), QStringLiteral("KL-WS01")); // never polled: stale
    device(QStringLiteral("Quiet Bakery"), QStringLiteral("Shop"), QStringLiteral("QB-WS01"), false);
    (void)printer;

    DeviceSnapshot fsState = up();
    fsState.rebootRequired = true;
    fsState.securityUpdates = 3;
    fsState.pendingUpdates = 7;
    BackupJobStatus failing;
    failing.job = QStringLiteral("nightly");
    failing.lastSuccess = kNow.addSecs(-30 * 3600).toUTC(); // stale too
    failing.lastRun = kNow.addSecs(-3600).toUTC();
    failing.lastRunOk = false;
    fsState.backups = {failing};
    SmartDiskStatus sda;
    sda.disk = QStringLiteral("/dev/sda");
    sda.healthy = true;
    sda.reallocatedSectors = 8;
    fsState.smart = {sda};
    poll(fs, fsState);

    DeviceSnapshot wsState = up();
    wsState.securityUpdates = 0; // reported, none pending
    wsState.rebootRequired = false;
    BackupJobStatus fine;
    fine.job = QStringLiteral("daily");
    fine.lastSuccess = kNow.addSecs(-2 * 3600).toUTC();
    fine.lastRun = fine.lastSuccess;
    fine.lastRunOk = true;
    wsState.backups = {fine};
    SmartDiskStatus healthy;
    healthy.disk = QStringLiteral("/dev/nvme0");
    healthy.healthy = true;
    healthy.reallocatedSectors = 0;
    wsState.smart = {healthy};
    poll(ws1, wsState);
    poll(ws2, down());

    poll(dc, up(2 * 3600)); // the console was not polling for two hours: stale
    DeviceSnapshot nasState = up();
    SmartDiskStatus dying;
    dying.disk = QStringLiteral("/dev/sdb");
    dying.healthy = false;
    nasState.smart = {dying};
    nasState.securityUpdates = 12;
    poll(nas, nasState);

    alert(fs, QStringLiteral("critical"), QStringLiteral("open"), QStringLiteral("/"));
    alert(fs, QStringLiteral("warning"), QStringLiteral("acknowledged"), QStringLiteral("/srv"));
    alert(ws2, QStringLiteral("warning"), QStringLiteral("snoozed"), QStringLiteral("/"));
    alert(ws2, QStringLiteral("critical"), QStringLiteral("resolved"), QStringLiteral("/"));
    alert(nas, QStringLiteral("critical"), QStringLiteral("open"), QStringLiteral("sdb"));
    alert(nas, QStringLiteral("info"), QStringLiteral("open"), QStringLiteral("restore"));

    // Critical: an hour to respond. 70 minutes ago → breached; 50 minutes ago → 10 minutes left, at risk;
    // 5 minutes ago → on track.
    ticket(harbor, Priority::Critical, kNow.addSecs(-70 * 60));
    ticket(harbor, Priority::Critical, kNow.addSecs(-50 * 60));
    ticket(kessler, Priority::Critical, kNow.addSecs(-5 * 60));

    ManualClock clock(kNow);
    FleetOverview overview(*m_db, clock);
    auto fleet = overview.compute();
    ASSERT_TRUE(fleet.ok()) << fleet.error().toString().toStdString();
    ASSERT_EQ(fleet->clients.size(), 3);
    const ClientHealth &h = fleet->clients.at(0);
    const ClientHealth &k = fleet->clients.at(1);
    const ClientHealth &q = fleet->clients.at(2);
    EXPECT_EQ(h.clientName, harbor);
    EXPECT_EQ(q.clientName, QStringLiteral("Quiet Bakery"));

    EXPECT_EQ(h.devices, 4);
    EXPECT_EQ(h.online, 2);
    EXPECT_EQ(h.offline, 1);
    EXPECT_EQ(h.stale, 0);
    EXPECT_EQ(h.unmonitored, 1);
    EXPECT_EQ(h.criticalAlerts, 1) << "the resolved critical does not count";
    EXPECT_EQ(h.warningAlerts, 2) << "acknowledged and snoozed alerts are still unresolved";
    EXPECT_EQ(h.infoAlerts, 0);
    EXPECT_EQ(h.backupsFailing, 1);
    EXPECT_EQ(h.backupsStale, 1);
    EXPECT_EQ(h.rebootRequired, 1);
    EXPECT_EQ(h.securityUpdates, 1);
    EXPECT_EQ(h.smartWarnings, 1);
    EXPECT_EQ(h.slaBreached, 1);
    EXPECT_EQ(h.slaAtRisk, 1);

    EXPECT_EQ(k.devices, 3);
    EXPECT_EQ(k.online, 1);
    EXPECT_EQ(k.stale, 2);
    EXPECT_EQ(k.offline, 0);
    EXPECT_EQ(k.criticalAlerts, 1);
    EXPECT_EQ(k.infoAlerts, 1);
    EXPECT_EQ(k.smartWarnings, 1);
    EXPECT_EQ(k.securityUpdates, 1);
    EXPECT_EQ(k.slaBreached + k.slaAtRisk, 0);

    ClientHealth quiet;
    quiet.clientId = q.clientId;
    quiet.clientName = q.clientName;
    quiet.devices = 1;
    quiet.unmonitored = 1;
    EXPECT_EQ(q, quiet) << "a client with nothing to report is all zeros";
    EXPECT_EQ(fleet->total.devices, 8);
    EXPECT_EQ(fleet->total.criticalAlerts, 2);
    EXPECT_EQ(fleet->total.stale, 2);

    // The alert numbers are what the alert store lists for each client, and the ticket numbers what the ticket
    // store's queue says.
    AlertStore alerts(*m_db);
    TicketStore tickets(*m_db);
    for (const ClientHealth &client : fleet->clients) {
        AlertStore::Query query;
        query.states = {AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};
        query.clientId = client.clientId;
        auto rows = alerts.queue(query);
        ASSERT_TRUE(rows.ok());
        int critical = 0;
        int warning = 0;
        int info = 0;
        for (const AlertQueueRow &row : rows.value()) {
            critical += row.alert.severity == AlertSeverity::Critical ? 1 : 0;
            warning += row.alert.severity == AlertSeverity::Warning ? 1 : 0;
            info += row.alert.severity == AlertSeverity::Info ? 1 : 0;
        }
        EXPECT_EQ(client.criticalAlerts, critical) << client.clientName.toStdString();
        EXPECT_EQ(client.warningAlerts, warning) << client.clientName.toStdString();
        EXPECT_EQ(client.infoAlerts, info) << client.clientName.toStdString();

        TicketFilter filter;
        filter.clientId = client.clientId;
        auto list = tickets.list(filter, kNow);
        ASSERT_TRUE(list.ok());
        int breached = 0;
        int atRisk = 0;
        for (const Ticket &t : list.value()) {
            breached += t.currentSla().state == SlaState::Breached ? 1 : 0;
            atRisk += t.currentSla().state == SlaState::AtRisk ? 1 : 0;
        }
        EXPECT_EQ(client.slaBreached, breached) << client.clientName.toStdString();
        EXPECT_EQ(client.slaAtRisk, atRisk) << client.clientName.toStdString();
    }

    // Per device, the same values the counts are made of.
    auto devices = overview.devices();
    ASSERT_TRUE(devices.ok());
    EXPECT_EQ(devices->value(fs).worstAlert, AlertSeverity::Critical);
    EXPECT_EQ(devices->value(ws2).worstAlert, AlertSeverity::Warning);
    EXPECT_EQ(devices->value(ws1).worstAlert, std::nullopt);
    EXPECT_EQ(devices->value(fs).conditions, DeviceCondition::BackupFailing | DeviceCondition::BackupStale
                                                 | DeviceCondition::RebootRequired | DeviceCondition::SecurityUpdates
                                                 | DeviceCondition::SmartWarning);
    EXPECT_EQ(devices->value(ws1).conditions, DeviceConditions());
    EXPECT_EQ(devices->value(ws2).status, DeviceStatus::Offline);
    EXPECT_EQ(devices->value(dc).status, DeviceStatus::Stale);

    // Time passes: the good backup turns stale after 26 hours.
    clock.set(kNow.addSecs(25 * 3600));
    auto later = overview.compute();
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->clients.at(0).backupsStale, 2);
}

TEST_F(FleetOverviewTest, ModelShowsTotalsFirstAndLinksEveryNonZeroNumber)
{
    const qint64 fs = device(QStringLiteral("Harbor Dental"), QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
    device(QStringLiteral("Kessler"), QStringLiteral("Depot"), QStringLiteral("KL-DC01"));
    poll(fs, down());
    alert(fs, QStringLiteral("warning"), QStringLiteral("open"), QStringLiteral("/"));

    ManualClock clock(kNow);
    FleetOverview overview(*m_db, clock);
    FleetOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto fleet = overview.compute();
    ASSERT_TRUE(fleet.ok());
    model.setFleet(fleet.value());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, FleetOverviewModel::ClientColumn).data().toString(), QStringLiteral("All clients"));
    EXPECT_EQ(model.index(1, FleetOverviewModel::ClientColumn).data().toString(), QStringLiteral("Harbor Dental"));
    EXPECT_EQ(model.index(1, FleetOverviewModel::OfflineColumn).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(model.index(1, FleetOverviewModel::OfflineColumn).data(FleetOverviewModel::ProblemRole).toInt(), 2);
    EXPECT_EQ(model.index(2, FleetOverviewModel::OfflineColumn).data(FleetOverviewModel::ProblemRole).toInt(), 0);
    EXPECT_EQ(model.index(1, FleetOverviewModel::AttentionColumn).data().toString(),
              QStringLiteral("1 offline · 1 warning(s)"));
    EXPECT_EQ(model.index(2, FleetOverviewModel::AttentionColumn).data().toString(), QStringLiteral("1 stale"));

    const FleetLink offline = model.linkAt(model.index(1, FleetOverviewModel::OfflineColumn));
    EXPECT_EQ(offline.kind, FleetLink::Kind::Devices);
    EXPECT_EQ(offline.clientId, fleet->clients.at(0).clientId);
    EXPECT_EQ(offline.status, DeviceStatus::Offline);
    const FleetLink warnings = model.linkAt(model.index(0, FleetOverviewModel::WarningColumn));
    EXPECT_EQ(warnings.kind, FleetLink::Kind::Alerts);
    EXPECT_EQ(warnings.clientId, 0);
    EXPECT_EQ(warnings.severity, AlertSeverity::Warning);
    EXPECT_EQ(model.linkAt(model.index(2, FleetOverviewModel::CriticalColumn)).kind, FleetLink::Kind::None)
        << "a zero links to nothing";
    EXPECT_FALSE(model.index(1, FleetOverviewModel::ClientColumn).data(FleetOverviewModel::IsLinkRole).toBool());

    // A refresh with the same clients changes numbers in place.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    poll(fs, up());
    model.setFleet(overview.compute().value());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.index(1, FleetOverviewModel::OnlineColumn).data().toString(), QStringLiteral("1"));
}

} // namespace
