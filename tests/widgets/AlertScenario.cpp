// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertScenario.h"

#include "AlertStore.h"
#include "Database.h"
#include "InventoryStore.h"
#include "ReviewLog.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

namespace Vigil {

AlertScenario::AlertScenario(Database &database, ManualClock &clock)
    : m_db(database)
    , m_clock(clock)
    , m_evaluator(std::make_unique<AlertEvaluator>(database))
{
}

AlertScenario::~AlertScenario() = default;

qint64 AlertScenario::device(const QString &client, const QString &site, const QString &name, const QString &address)
{
    InventoryStore inventory(m_db);
    if (!m_clients.contains(client)) {
        Client c;
        c.name = client;
        m_clients.insert(client, inventory.addClient(c).value());
    }
    const QString siteKey = client + QLatin1Char('/') + site;
    if (!m_sites.contains(siteKey)) {
        Site s;
        s.clientId = m_clients.value(client);
        s.name = site;
        m_sites.insert(siteKey, inventory.addSite(s).value());
    }
    Device d;
    d.siteId = m_sites.value(siteKey);
    d.name = name;
    d.address = address;
    return inventory.addDevice(d).value();
}

QList<qint64> AlertScenario::poll(qint64 deviceId, const DeviceSnapshot &snapshot)
{
    QList<qint64> raised;
    const Status status = m_db.transaction([&]() -> Status {
        auto result = m_evaluator->evaluate({{deviceId, snapshot}}, m_clock.now());
        if (!result) {
            return result.error();
        }
        raised = result.value();
        return {};
    });
    EXPECT_TRUE(status.ok()) << qPrintable(status.error().toString());
    return raised;
}

QList<qint64> AlertScenario::goDown(qint64 deviceId, const QString &detail)
{
    QList<qint64> raised;
    for (int i = 0; i < 3; ++i) {
        DeviceSnapshot s;
        s.polledAt = m_clock.now();
        s.failure = PollFailure{QStringLiteral("refused"), detail};
        raised += poll(deviceId, s);
        m_clock.advanceSeconds(60);
    }
    return raised;
}

DeviceSnapshot AlertScenario::up() const
{
    DeviceSnapshot s;
    s.polledAt = m_clock.now();
    s.reachable = true;
    return s;
}

DeviceSnapshot AlertScenario::disk(double usedPercent, const QString &mount) const
{
    DeviceSnapshot s = up();
    constexpr qint64 size = 2000000000000;
    s.disks.append(DiskUsage{mount, QString(), QStringLiteral("ext4"), size,
                             static_cast<qint64>(static_cast<double>(size) * (100 - usedPercent) / 100), usedPercent});
    return s;
}

DeviceSnapshot AlertScenario::backup(const QString &job, qint64 hoursSinceSuccess, bool lastRunOk,
                                     bool restoreTested) const
{
    DeviceSnapshot s = up();
    BackupJobStatus b;
    b.job = job;
    b.lastSuccess = m_clock.now().addSecs(-hoursSinceSuccess * 3600);
    b.lastRun = m_clock.now().addSecs(-3600);
    b.lastRunOk = lastRunOk;
    if (restoreTested) {
        b.lastRestoreTest = m_clock.now().addDays(-20);
    }
    s.backups.append(b);
    return s;
}

void AlertScenario::fillMorning(const QString &technician)
{
    const QDateTime morning = m_clock.now();
    AlertStore alerts(m_db);

    struct Host
    {
        const char *client;
        const char *site;
        const char *name;
        const char *address;
    };
    const Host hosts[] = {
        {"Harbor Dental", "Main Street", "HD-FS01", "10.10.0.5"},
        {"Harbor Dental", "Main Street", "HD-WS03", "10.10.0.23"},
        {"Harbor Dental", "Branch", "HD-BR-WS01", "10.10.1.21"},
        {"Kessler Logistics", "Depot", "KL-DC01", "10.20.0.2"},
        {"Kessler Logistics", "Depot", "KL-NAS01", "10.20.0.9"},
        {"Kessler Logistics", "Depot", "KL-WMS01", "10.20.0.14"},
        {"Brightwater Legal", "Office", "BW-SQL01", "10.30.0.7"},
        {"Brightwater Legal", "Office", "BW-FS01", "10.30.0.5"},
        {"Brightwater Legal", "Office", "BW-WS12", "10.30.0.62"},
        {"Northgate Veterinary", "Clinic", "NV-SRV01", "192.168.50.10"},
        {"Northgate Veterinary", "Clinic", "NV-XRAY01", "192.168.50.31"},
        {"Oakridge Accounting", "HQ", "OA-DC01", "10.50.0.2"},
        {"Oakridge Accounting", "HQ", "OA-RDS01", "10.50.0.12"},
        {"Oakridge Accounting", "HQ", "OA-WS04", "10.50.0.44"},
        {"Pinecrest School", "Campus", "PS-FS01", "172.16.4.5"},
        {"Pinecrest School", "Campus", "PS-LAB-07", "172.16.9.107"},
        {"Pinecrest School", "Campus", "PS-NAS02", "172.16.4.9"},
    };
    QHash<QString, qint64> id;
    for (const Host &h : hosts) {
        id.insert(QString::fromUtf8(h.name), device(QString::fromUtf8(h.client), QString::fromUtf8(h.site),
                                                    QString::fromUtf8(h.name), QString::fromUtf8(h.address)));
    }
    const auto at = [&](qint64 hoursBefore) { m_clock.set(morning.addSecs(-hoursBefore * 3600)); };

    // A week and a day ago: machines that have wanted a reboot or security updates since.
    const auto patchPolls = [&] {
        for (const char *name : {"HD-WS03", "OA-RDS01", "PS-LAB-07", "BW-WS12"}) {
            DeviceSnapshot s = up();
            s.rebootRequired = QByteArrayView(name) != "BW-WS12";
            s.pendingUpdates = 14;
            s.securityUpdates = QByteArrayView(name) == "OA-RDS01" || QByteArrayView(name) == "BW-WS12" ? 5 : 0;
            poll(id.value(QString::fromUtf8(name)), s);
        }
    };
    at(8 * 24);
    patchPolls();

    // Three days ago: a disk creeping up and a drive that started reallocating; the technician acknowledged one.
    at(72);
    poll(id.value(QStringLiteral("KL-NAS01")), disk(84, QStringLiteral("/volume1")));
    const auto smart = [this](qint64 reallocated, bool healthy) {
        DeviceSnapshot s = up();
        SmartDiskStatus drive;
        drive.disk = QStringLiteral("/dev/sdb");
        drive.healthy = healthy;
        drive.reallocatedSectors = reallocated;
        s.smart.append(drive);
        return s;
    };
    poll(id.value(QStringLiteral("PS-NAS02")), smart(8, true));
    m_clock.advanceSeconds(600);
    poll(id.value(QStringLiteral("PS-NAS02")), smart(24, true));
    at(70);
    {
        AlertStore::Query q;
        q.states = {AlertState::Open};
        const QList<AlertQueueRow> rows = alerts.queue(q).value();
        for (const AlertQueueRow &row : rows) {
            if (row.deviceName == QStringLiteral("KL-NAS01")) {
                (void)alerts.acknowledge({row.alert.id}, technician,
                                         QStringLiteral("Customer is ordering two more drives"), m_clock.now());
            }
        }
    }

    // Yesterday evening the technician finished a review; everything after is new this morning.
    at(13);
    {
        AlertStore::Query q;
        q.states = {AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};
        QList<qint64> seen;
        const QList<AlertQueueRow> rows = alerts.queue(q).value();
        for (const AlertQueueRow &row : rows) {
            seen.append(row.alert.id);
        }
        (void)ReviewLog(m_db).record(technician, m_clock.now().addSecs(-1500), seen, m_clock.now()).value();
    }

    // Overnight.
    at(10);
    patchPolls();
    at(9);
    poll(id.value(QStringLiteral("HD-FS01")), disk(86, QStringLiteral("D:")));
    poll(id.value(QStringLiteral("BW-SQL01")), disk(81, QStringLiteral("E:")));
    poll(id.value(QStringLiteral("OA-DC01")), disk(83, QStringLiteral("C:")));
    poll(id.value(QStringLiteral("PS-FS01")), disk(93, QStringLiteral("/srv/home")));
    at(8);
    poll(id.value(QStringLiteral("HD-FS01")), backup(QStringLiteral("Nightly to NAS"), 31, false));
    poll(id.value(QStringLiteral("BW-FS01")), backup(QStringLiteral("Offsite (Backblaze)"), 28, true, false));
    poll(id.value(QStringLiteral("NV-SRV01")), backup(QStringLiteral("Practice DB"), 52, false));
    poll(id.value(QStringLiteral("OA-DC01")), backup(QStringLiteral("System state"), 4, true, false));
    at(6);
    goDown(id.value(QStringLiteral("KL-WMS01")), QStringLiteral("connection timed out after 10 s"));
    goDown(id.value(QStringLiteral("HD-BR-WS01")), QStringLiteral("no route to host"));
    at(5);
    poll(id.value(QStringLiteral("PS-NAS02")), smart(40, false));
    {
        DeviceSnapshot busy = up();
        busy.memoryUsedPercent = 97.4;
        busy.cpuBusyPercent = 98.1;
        poll(id.value(QStringLiteral("OA-RDS01")), busy);
        m_clock.advanceSeconds(16 * 60);
        busy.polledAt = m_clock.now();
        poll(id.value(QStringLiteral("OA-RDS01")), busy);
    }
    at(4);
    poll(id.value(QStringLiteral("NV-XRAY01")), disk(91, QStringLiteral("C:")));
    poll(id.value(QStringLiteral("BW-WS12")), disk(82, QStringLiteral("C:")));
    poll(id.value(QStringLiteral("KL-DC01")), disk(88, QStringLiteral("/var")));
    goDown(id.value(QStringLiteral("PS-LAB-07")), QStringLiteral("connection refused"));
    // A blip that cleared on its own: resolved by the system, listed under "Resolved (7 days)".
    goDown(id.value(QStringLiteral("NV-SRV01")), QStringLiteral("connection timed out after 10 s"));
    poll(id.value(QStringLiteral("NV-SRV01")), backup(QStringLiteral("Practice DB"), 52, false));

    // This morning's polls: the conditions still hold, so lastSeen is now and counts grow.
    m_clock.set(morning.addSecs(-600));
    poll(id.value(QStringLiteral("HD-FS01")), disk(91.5, QStringLiteral("D:")));
    poll(id.value(QStringLiteral("PS-FS01")), disk(94, QStringLiteral("/srv/home")));
    poll(id.value(QStringLiteral("KL-NAS01")), disk(85, QStringLiteral("/volume1")));
    m_clock.set(morning);

    // Another technician handled two alerts before the console was opened.
    AlertStore::Query open;
    open.states = {AlertState::Open};
    const QList<AlertQueueRow> openRows = alerts.queue(open).value();
    for (const AlertQueueRow &row : openRows) {
        if (row.deviceName == QStringLiteral("BW-WS12") && row.alert.rule == QStringLiteral("disk_used")) {
            (void)alerts.snooze({row.alert.id}, QStringLiteral("dana"), morning.addSecs(6 * 3600),
                                QStringLiteral("User is clearing their downloads"), morning.addSecs(-300));
        }
        if (row.deviceName == QStringLiteral("NV-SRV01") && row.alert.rule == QStringLiteral("backup_failed")) {
            (void)alerts.acknowledge({row.alert.id}, QStringLiteral("dana"),
                                     QStringLiteral("Vendor is looking at the agent"), morning.addSecs(-240));
            (void)TicketStore(m_db).createFromAlert(row.alert.id, QStringLiteral("dana"), morning.addSecs(-200));
        }
    }
}

} // namespace Vigil
