// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryStore.h"
#include "Database.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

class InventoryStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = std::move(db).value();
        m_store = std::make_unique<InventoryStore>(*m_db, m_clock);
    }

    qint64 addClient(const QString &name)
    {
        Client client;
        client.name = name;
        auto id = m_store->addClient(client);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.ok() ? id.value() : 0;
    }

    qint64 addSite(qint64 clientId, const QString &name)
    {
        Site site;
        site.clientId = clientId;
        site.name = name;
        auto id = m_store->addSite(site);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.ok() ? id.value() : 0;
    }

    int count(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

    static ImportedDevice imported(const QString &client, const QString &site, const QString &name)
    {
        ImportedDevice d;
        d.source = QStringLiteral("fleet.csv:%1").arg(name.size());
        d.client = client;
        d.site = site;
        d.name = name;
        return d;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryStore> m_store;
};

TEST_F(InventoryStoreTest, DeviceRoundTripsEveryField)
{
    const qint64 client = addClient(QStringLiteral("Harbor Dental"));
    const qint64 site = addSite(client, QStringLiteral("Main Street"));
    Device device;
    device.siteId = site;
    device.name = QStringLiteral("HD-FS01");
    device.address = QStringLiteral("10.20.0.5");
    device.os = QStringLiteral("Windows Server 2022");
    device.kind = DeviceKind::Server;
    device.tags = {QStringLiteral("fileserver"), QStringLiteral("backup"), QStringLiteral("Ärzte")};
    device.exporterUrl = QStringLiteral("https://10.20.0.5:9182/metrics");
    device.exporterCredentialKey = QStringLiteral("exporter/hd-fs01");
    device.ssh = {true,
                  QStringLiteral("hd-fs01.lan"),
                  2222,
                  QStringLiteral("admin"),
                  QStringLiteral("jump.hd"),
                  QStringLiteral("/home/tech/.ssh/id_ed25519"),
                  QStringLiteral("ssh/hd-fs01")};
    device.vnc = {true, QString(), 5901, true, QStringLiteral("vnc/hd-fs01")};
    device.notes = QStringLiteral("Rack 2, UPS on port 3");
    auto id = m_store->addDevice(device);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();

    auto loaded = m_store->device(id.value());
    ASSERT_TRUE(loaded.ok());
    const Device &d = loaded.value();
    EXPECT_EQ(d.clientId, client);
    EXPECT_EQ(d.siteId, site);
    EXPECT_EQ(d.name, device.name);
    EXPECT_EQ(d.address, device.address);
    EXPECT_EQ(d.os, device.os);
    EXPECT_EQ(d.kind, DeviceKind::Server);
    EXPECT_EQ(d.tags, device.tags);
    EXPECT_EQ(d.exporterUrl, device.exporterUrl);
    EXPECT_EQ(d.exporterCredentialKey, device.exporterCredentialKey);
    EXPECT_EQ(d.ssh, device.ssh);
    EXPECT_EQ(d.vnc, device.vnc);
    EXPECT_EQ(d.notes, device.notes);
    EXPECT_EQ(d.createdAt, m_clock.now());

    auto inventory = m_store->load();
    ASSERT_TRUE(inventory.ok());
    ASSERT_EQ(inventory->devices.size(), 1);
    EXPECT_EQ(inventory->clients.constFirst().name, QStringLiteral("Harbor Dental"));
    EXPECT_EQ(inventory->sites.constFirst().name, QStringLiteral("Main Street"));
}

TEST_F(InventoryStoreTest, ClientSlaPolicyIsStoredPerPriority)
{
    Client client;
    client.name = QStringLiteral("Kessler & Sons");
    client.sla.setTarget(Priority::Critical, {30, 240});
    auto id = m_store->addClient(client);
    ASSERT_TRUE(id.ok());
    auto loaded = m_store->client(id.value());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->sla.target(Priority::Critical), (SlaTarget{30, 240}));
    EXPECT_EQ(loaded->sla.target(Priority::Low), SlaPolicy::standard().target(Priority::Low));

    client.sla.setTarget(Priority::High, {0, 10});
    client.id = id.value();
    Status bad = m_store->updateClient(client);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    // The failed update changed nothing.
    EXPECT_EQ(m_store->client(id.value())->sla.target(Priority::High), SlaPolicy::standard().target(Priority::High));
}

TEST_F(InventoryStoreTest, DuplicatesAndBadFieldsAreRefusedWithClearMessages)
{
    const qint64 client = addClient(QStringLiteral("Harbor Dental"));
    Client dup;
    dup.name = QStringLiteral("  harbor dental ");
    auto dupId = m_store->addClient(dup);
    ASSERT_FALSE(dupId.ok());
    EXPECT_EQ(dupId.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(dupId.error().message.contains(QStringLiteral("already exists")));

    const qint64 site = addSite(client, QStringLiteral("HQ"));
    Device device;
    device.siteId = site;
    device.name = QStringLiteral("HD-WS01");
    ASSERT_TRUE(m_store->addDevice(device).ok());
    auto again = m_store->addDevice(device);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("HD-WS01")));

    Device badUrl = device;
    badUrl.name = QStringLiteral("HD-WS02");
    badUrl.exporterUrl = QStringLiteral("ftp://10.0.0.1/metrics");
    auto r1 = m_store->addDevice(badUrl);
    ASSERT_FALSE(r1.ok());
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("not an http or https URL")));

    Device badPort = device;
    badPort.name = QStringLiteral("HD-WS03");
    badPort.ssh.port = 70000;
    EXPECT_FALSE(m_store->addDevice(badPort).ok());

    Device badName = device;
    badName.name = QStringLiteral("   ");
    EXPECT_FALSE(m_store->addDevice(badName).ok());
    EXPECT_EQ(count(QStringLiteral("devices")), 1);
}

TEST_F(InventoryStoreTest, DeviceCannotSitInAnotherClientsSite)
{
    const qint64 a = addClient(QStringLiteral("A"));
    const qint64 b = addClient(QStringLiteral("B"));
    const qint64 siteB = addSite(b, QStringLiteral("B HQ"));
    Device device;
    device.clientId = a;
    device.siteId = siteB;
    device.name = QStringLiteral("X");
    auto r = m_store->addDevice(device);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("another client")));
}

TEST_F(InventoryStoreTest, MoveRemoveAndCascade)
{
    const qint64 a = addClient(QStringLiteral("A"));
    const qint64 b = addClient(QStringLiteral("B"));
    const qint64 siteA = addSite(a, QStringLiteral("A HQ"));
    const qint64 siteB = addSite(b, QStringLiteral("B HQ"));
    Device device;
    device.siteId = siteA;
    device.name = QStringLiteral("laptop-7");
    auto id = m_store->addDevice(device);
    ASSERT_TRUE(id.ok());

    Status removeBusySite = m_store->removeSite(siteA);
    ASSERT_FALSE(removeBusySite.ok());
    EXPECT_TRUE(removeBusySite.error().message.contains(QStringLiteral("1 device")))
        << removeBusySite.error().message.toStdString();

    ASSERT_TRUE(m_store->moveDevice(id.value(), siteB).ok());
    auto moved = m_store->device(id.value());
    EXPECT_EQ(moved->siteId, siteB);
    EXPECT_EQ(moved->clientId, b);
    EXPECT_TRUE(m_store->removeSite(siteA).ok());

    ASSERT_TRUE(m_store->removeClient(b).ok());
    EXPECT_EQ(count(QStringLiteral("devices")), 0);
    EXPECT_EQ(count(QStringLiteral("sites")), 0);
    EXPECT_EQ(count(QStringLiteral("clients")), 1);
    EXPECT_EQ(m_store->removeDevice(id.value()).error().code, ErrorCode::NotFound);
}

TEST_F(InventoryStoreTest, ImportIsIdempotentAndUpdatesInPlace)
{
    InventoryImport batch;
    batch.source = QStringLiteral("fleet.csv");
    ImportedDevice one = imported(QStringLiteral("Harbor Dental"), QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
    one.address = QStringLiteral("10.0.0.5");
    one.os = QStringLiteral("Windows Server 2022");
    one.tags = QStringList{QStringLiteral("backup")};
    one.ssh = SshSettings{true, QString(), 22, QStringLiteral("admin"), {}, {}, {}};
    ImportedDevice two = imported(QStringLiteral("Harbor Dental"), QStringLiteral("Branch"), QStringLiteral("HD-WS01"));
    two.os = QStringLiteral("Windows 11 Pro");
    batch.devices = {one, two};

    auto first = m_store->applyImport(batch, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->clientsCreated, 1);
    EXPECT_EQ(first->sitesCreated, 2);
    EXPECT_EQ(first->devicesCreated, 2);

    auto second = m_store->applyImport(batch, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->devicesCreated, 0);
    EXPECT_EQ(second->devicesUpdated, 0);
    EXPECT_EQ(second->devicesUnchanged, 2);
    EXPECT_EQ(count(QStringLiteral("devices")), 2);

    const QList<Device> devices = m_store->load()->devices;
    const auto found = std::find_if(devices.cbegin(), devices.cend(),
                                    [](const Device &d) { return d.name == QStringLiteral("HD-FS01"); });
    ASSERT_NE(found, devices.cend());
    Device fs01 = *found;
    EXPECT_EQ(fs01.kind, DeviceKind::Server) << "kind guessed from the OS on first import";
    fs01.ssh.credentialKey = QStringLiteral("ssh/hd-fs01");
    ASSERT_TRUE(m_store->updateDevice(fs01).ok());

    // Case differences in client and device names still match; the keychain reference survives re-import.
    batch.devices[0].client = QStringLiteral("HARBOR DENTAL");
    batch.devices[0].name = QStringLiteral("hd-fs01");
    batch.devices[0].address = QStringLiteral("10.0.0.6");
    auto third = m_store->applyImport(batch, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->devicesUpdated, 1);
    EXPECT_EQ(third->devicesUnchanged, 1);
    EXPECT_EQ(count(QStringLiteral("devices")), 2);
    EXPECT_EQ(count(QStringLiteral("clients")), 1);
    auto updated = m_store->device(fs01.id);
    EXPECT_EQ(updated->address, QStringLiteral("10.0.0.6"));
    EXPECT_EQ(updated->ssh.credentialKey, QStringLiteral("ssh/hd-fs01"));
    EXPECT_EQ(updated->ssh.user, QStringLiteral("admin"));
}

TEST_F(InventoryStoreTest, ImportWithABadRecordImportsNothing)
{
    InventoryImport batch;
    batch.source = QStringLiteral("fleet.csv");
    ImportedDevice good = imported(QStringLiteral("Acme"), QStringLiteral("HQ"), QStringLiteral("acme-dc01"));
    ImportedDevice bad = imported(QStringLiteral("Acme"), QStringLiteral("HQ"), QStringLiteral("acme-ws01"));
    bad.source = QStringLiteral("fleet.csv:7");
    bad.exporterUrl = QStringLiteral("gopher://nope");
    batch.devices = {good, bad};
    auto result = m_store->applyImport(batch, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().where, QStringLiteral("fleet.csv:7"));
    EXPECT_EQ(count(QStringLiteral("devices")), 0);
    EXPECT_EQ(count(QStringLiteral("clients")), 0);
    EXPECT_EQ(count(QStringLiteral("sites")), 0);
}

TEST_F(InventoryStoreTest, ClientlessImportUpdatesExistingDeviceOrUsesFallback)
{
    InventoryImport csv;
    ImportedDevice existing =
        imported(QStringLiteral("Harbor Dental"), QStringLiteral("HQ"), QStringLiteral("hd-fs01"));
    existing.address = QStringLiteral("10.0.0.5");
    csv.devices = {existing};
    ASSERT_TRUE(m_store->applyImport(csv, QStringLiteral("Unassigned"), QStringLiteral("Main")).ok());

    InventoryImport sshConfig;
    sshConfig.format = ImportFormat::SshConfig;
    ImportedDevice known = imported({}, {}, QStringLiteral("HD-FS01"));
    known.ssh = SshSettings{true, QStringLiteral("10.0.0.5"), 2222, QStringLiteral("root"), {}, {}, {}};
    ImportedDevice unknown = imported({}, {}, QStringLiteral("lab-pi"));
    unknown.address = QStringLiteral("192.0.2.10");
    unknown.ssh = SshSettings{true, QStringLiteral("192.0.2.10"), 22, QStringLiteral("pi"), {}, {}, {}};
    sshConfig.devices = {known, unknown};
    auto result = m_store->applyImport(sshConfig, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->devicesUpdated, 1);
    EXPECT_EQ(result->devicesCreated, 1);

    auto inventory = m_store->load();
    ASSERT_EQ(inventory->devices.size(), 2);
    for (const Device &d : inventory->devices) {
        const Client *client = inventory->client(d.clientId);
        if (d.name == QStringLiteral("hd-fs01")) {
            EXPECT_EQ(client->name, QStringLiteral("Harbor Dental"));
            EXPECT_EQ(inventory->site(d.siteId)->name, QStringLiteral("HQ")) << "existing device stays put";
            EXPECT_EQ(d.ssh.port, 2222);
            EXPECT_EQ(d.address, QStringLiteral("10.0.0.5"));
        } else {
            EXPECT_EQ(client->name, QStringLiteral("Unassigned"));
            EXPECT_EQ(inventory->site(d.siteId)->name, QStringLiteral("Main"));
        }
    }
}

TEST_F(InventoryStoreTest, CsvReimportKeepsWhatOnlySshConfigCarries)
{
    InventoryImport csv;
    csv.format = ImportFormat::Csv;
    ImportedDevice row = imported(QStringLiteral("Kessler"), QStringLiteral("Depot"), QStringLiteral("kl-dc01"));
    row.ssh = SshSettings{true, QString(), 22, QStringLiteral("root"), {}, {}, {}};
    csv.devices = {row};
    ASSERT_TRUE(m_store->applyImport(csv, QStringLiteral("Unassigned"), QStringLiteral("Main")).ok());

    InventoryImport sshConfig;
    sshConfig.format = ImportFormat::SshConfig;
    ImportedDevice host = imported({}, {}, QStringLiteral("kl-dc01"));
    host.ssh = SshSettings{true,
                           QStringLiteral("10.1.0.2"),
                           2201,
                           QStringLiteral("tech"),
                           QStringLiteral("bastion.kessler"),
                           QStringLiteral("/home/tech/.ssh/kessler"),
                           {}};
    sshConfig.devices = {host};
    ASSERT_TRUE(m_store->applyImport(sshConfig, QStringLiteral("Unassigned"), QStringLiteral("Main")).ok());

    csv.devices[0].ssh->port = 2202;
    ASSERT_TRUE(m_store->applyImport(csv, QStringLiteral("Unassigned"), QStringLiteral("Main")).ok());
    const Device device = m_store->load()->devices.constFirst();
    EXPECT_EQ(device.ssh.port, 2202);
    EXPECT_EQ(device.ssh.user, QStringLiteral("root"));
    EXPECT_EQ(device.ssh.proxyJump, QStringLiteral("bastion.kessler"));
    EXPECT_EQ(device.ssh.identityFile, QStringLiteral("/home/tech/.ssh/kessler"));
}

TEST_F(InventoryStoreTest, ClientlessImportOfAnAmbiguousNameIsRefused)
{
    InventoryImport csv;
    csv.devices = {imported(QStringLiteral("A"), QStringLiteral("HQ"), QStringLiteral("fw01")),
                   imported(QStringLiteral("B"), QStringLiteral("HQ"), QStringLiteral("fw01"))};
    ASSERT_TRUE(m_store->applyImport(csv, QStringLiteral("Unassigned"), QStringLiteral("Main")).ok());
    InventoryImport sshConfig;
    ImportedDevice fw = imported({}, {}, QStringLiteral("fw01"));
    fw.source = QStringLiteral("config:3");
    sshConfig.devices = {fw};
    auto result = m_store->applyImport(sshConfig, QStringLiteral("Unassigned"), QStringLiteral("Main"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().where, QStringLiteral("config:3"));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("A, B"))) << result.error().message.toStdString();
}

} // namespace
