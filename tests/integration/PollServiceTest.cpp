// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollService.h"
#include "ChildProcess.h"
#include "Clock.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "HistoryStore.h"
#include "HostileHttpServer.h"
#include "InventoryImporter.h"
#include "InventoryStore.h"
#include "MemorySecretStore.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace Vigil;
using namespace std::chrono_literals;

namespace {

class PollServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString fleetsim = VigilTest::builtProgram(QStringLiteral("vigil-fleetsim"));
        ASSERT_FALSE(fleetsim.isEmpty());
        // A random base below the ephemeral range; retried if another test holds it.
        for (int attempt = 0; attempt < 5 && !m_fleet; ++attempt) {
            m_base = static_cast<quint16>(20000 + QRandomGenerator::global()->bounded(12000));
            m_control = static_cast<quint16>(m_base - 1);
            auto fleet = std::make_unique<VigilTest::ChildProcess>(
                fleetsim, QStringList{QStringLiteral("--devices"), QStringLiteral("24"), QStringLiteral("--seed"),
                                      QStringLiteral("11"), QStringLiteral("--base-port"), QString::number(m_base),
                                      QStringLiteral("--control-port"), QString::number(m_control),
                                      QStringLiteral("--inventory"), m_dir.filePath(QStringLiteral("fleet.json"))});
            if (fleet->start() && fleet->waitForOutput("serving", 15s)) {
                m_fleet = std::move(fleet);
            }
        }
        ASSERT_TRUE(m_fleet) << "the fleet simulator did not start";
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        InventoryStore inventory(*m_db);
        auto imported = InventoryImporter::importFile(inventory, m_dir.filePath(QStringLiteral("fleet.json")),
                                                      ImportFormat::FileSd);
        ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
        ASSERT_EQ(imported->devicesCreated, 24);
    }

    void control(int device, const QString &mode)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(
            QStringLiteral("http://127.0.0.1:%1/control?device=%2&mode=%3").arg(m_control).arg(device).arg(mode))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ASSERT_EQ(reply->error(), QNetworkReply::NoError) << reply->errorString().toStdString();
        reply->deleteLater();
    }

    PollSummary pollOnce(PollService &service)
    {
        PollSummary summary;
        QEventLoop loop;
        QObject::connect(&service, &PollService::cycleFinished, &loop, [&](const PollSummary &done) {
            summary = done;
            loop.quit();
        });
        QTimer::singleShot(0, &service, &PollService::pollOnce);
        QTimer::singleShot(60s, &loop, &QEventLoop::quit);
        loop.exec();
        return summary;
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<VigilTest::ChildProcess> m_fleet;
    std::unique_ptr<Database> m_db;
    quint16 m_base = 0;
    quint16 m_control = 0;
};

TEST_F(PollServiceTest, OnePassStoresStateHistoryAndNamedFailures)
{
    control(3, QStringLiteral("offline"));
    control(5, QStringLiteral("malformed"));
    PollService::Settings settings;
    settings.timeout = 3s;
    PollService service(*m_db, Clock::system(), settings);
    ASSERT_TRUE(service.reloadDevices().ok());
    EXPECT_EQ(service.deviceCount(), 24);

    const PollSummary summary = pollOnce(service);
    EXPECT_EQ(summary.polled, 24);
    EXPECT_EQ(summary.ok, 22);
    EXPECT_EQ(summary.failed, 2);
    EXPECT_EQ(summary.failuresByReason.value(QStringLiteral("refused")), 1);
    EXPECT_EQ(summary.failuresByReason.value(QStringLiteral("parse")), 1);

    DeviceStateStore states(*m_db);
    auto loaded = states.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->size(), 24);
    int reachable = 0;
    for (const DeviceState &state : *loaded) {
        if (state.reachable) {
            ++reachable;
            EXPECT_TRUE(state.lastGood.memoryUsedPercent.has_value());
            EXPECT_FALSE(state.lastGood.disks.isEmpty());
            EXPECT_FALSE(state.lastGood.cpuBusyPercent.has_value()) << "first poll: warming up, not 0 %";
        } else {
            EXPECT_TRUE(state.failureReason == QStringLiteral("refused")
                        || state.failureReason == QStringLiteral("parse"))
                << state.failureReason.toStdString();
            EXPECT_FALSE(state.failureDetail.isEmpty());
        }
    }
    EXPECT_EQ(reachable, 22);
    EXPECT_GT(count(QStringLiteral("SELECT count(*) FROM health_samples JOIN health_series s ON s.id = series_id "
                                   "WHERE s.metric = 'memory'")),
              20);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM health_samples JOIN health_series s ON s.id = series_id "
                                   "WHERE s.metric = 'cpu'")),
              0);
    // Failed polls are history too: the report's uptime is the share of polls answered.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM health_samples JOIN health_series s ON s.id = series_id "
                                   "WHERE s.metric = 'reachable' AND value = 100")),
              22);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM health_samples JOIN health_series s ON s.id = series_id "
                                   "WHERE s.metric = 'reachable' AND value = 0")),
              2);
    EXPECT_GT(count(QStringLiteral("SELECT count(*) FROM health_samples JOIN health_series s ON s.id = series_id "
                                   "WHERE s.metric = 'updates_pending'")),
              0);
}

TEST_F(PollServiceTest, SecondPassInANewServiceKnowsCpuFromStoredCounters)
{
    PollService::Settings settings;
    settings.timeout = 3s;
    {
        PollService first(*m_db, Clock::system(), settings);
        ASSERT_TRUE(first.reloadDevices().ok());
        EXPECT_EQ(pollOnce(first).ok, 24);
    }
    QThread::msleep(1200);
    PollService second(*m_db, Clock::system(), settings);
    ASSERT_TRUE(second.reloadDevices().ok());
    EXPECT_EQ(pollOnce(second).ok, 24);
    auto loaded = DeviceStateStore(*m_db).load();
    ASSERT_TRUE(loaded.ok());
    for (const DeviceState &state : *loaded) {
        ASSERT_TRUE(state.lastGood.cpuBusyPercent.has_value()) << "device " << state.deviceId;
        EXPECT_GE(*state.lastGood.cpuBusyPercent, 0.0);
        EXPECT_LE(*state.lastGood.cpuBusyPercent, 100.0);
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM health_samples JOIN health_series s ON s.id = series_id "
                                   "WHERE s.metric = 'cpu'")),
              24);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM history_rollups")), 2)
        << "each pass ends with history maintenance";
}

TEST_F(PollServiceTest, DeadEndpointRecoversAndKeepsItsLastGoodState)
{
    PollService::Settings settings;
    settings.timeout = 2s;
    PollService service(*m_db, Clock::system(), settings);
    ASSERT_TRUE(service.reloadDevices().ok());
    ASSERT_EQ(pollOnce(service).ok, 24);
    control(0, QStringLiteral("offline"));
    const PollSummary down = pollOnce(service);
    EXPECT_EQ(down.failed, 1);
    auto states = DeviceStateStore(*m_db).load().value();
    const auto dead = std::find_if(states.cbegin(), states.cend(), [](const DeviceState &s) { return !s.reachable; });
    ASSERT_NE(dead, states.cend());
    EXPECT_EQ(dead->consecutiveFailures, 1);
    EXPECT_TRUE(dead->lastGood.memoryUsedPercent.has_value()) << "last-known state is kept";
    const qint64 deadId = dead->deviceId;

    control(0, QStringLiteral("normal"));
    EXPECT_EQ(pollOnce(service).ok, 24);
    auto again = DeviceStateStore(*m_db).state(deadId);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->reachable);
    EXPECT_EQ(again->consecutiveFailures, 0);
}

// "Poll now" in the console: a pass while continuous polls are still running asks no device twice at once.
TEST_F(PollServiceTest, APassStartedWhilePollsRunAsksEachDeviceOnce)
{
    for (int device : {0, 1, 2}) {
        control(device, QStringLiteral("slow&delay=2"));
    }
    PollService::Settings settings;
    settings.timeout = 5s;
    settings.defaultInterval = 100ms; // every device falls due at once
    PollService service(*m_db, Clock::system(), settings);
    ASSERT_TRUE(service.reloadDevices().ok());
    QHash<qint64, int> polls;
    QObject::connect(&service, &PollService::devicePolled, &service,
                     [&polls](qint64 deviceId, const DeviceSnapshot &) { ++polls[deviceId]; });
    service.start();
    QEventLoop settle;
    QTimer::singleShot(500ms, &settle, &QEventLoop::quit);
    settle.exec();
    // As the console's Poll now does: stop the schedule and start a pass at once, while the three slow devices
    // are still being polled. No event is handled in between, so every poll counted below belongs to the pass.
    PollSummary summary;
    QEventLoop pass;
    QObject::connect(&service, &PollService::cycleFinished, &pass, [&](const PollSummary &done) {
        summary = done;
        pass.quit();
    });
    service.stop();
    polls.clear();
    service.pollOnce();
    QTimer::singleShot(30s, &pass, &QEventLoop::quit);
    pass.exec();
    EXPECT_EQ(summary.polled, 24);
    EXPECT_EQ(polls.size(), 24);
    for (auto it = polls.cbegin(); it != polls.cend(); ++it) {
        EXPECT_EQ(it.value(), 1) << "device " << it.key() << " was polled " << it.value() << " times in one pass";
    }
}

} // namespace

namespace {

// Credentials by key id: bearer when the exporter URL has no user, basic with the URL's user; a missing secret or
// keychain is a named failure, never an anonymous scrape.
class PollServiceCredentialsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << m_server.errorString().toStdString();
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        InventoryStore inventory(*m_db);
        Client client;
        client.name = QStringLiteral("Harbor Dental");
        Site site;
        site.clientId = inventory.addClient(client).value();
        site.name = QStringLiteral("HQ");
        const qint64 siteId = inventory.addSite(site).value();
        const auto add = [&](const QString &name, const QUrl &url, const QString &key) {
            Device device;
            device.siteId = siteId;
            device.name = name;
            device.exporterUrl = url.toString();
            device.exporterCredentialKey = key;
            return inventory.addDevice(device).value();
        };
        QUrl basic = m_server.url(QStringLiteral("/auth-basic"));
        basic.setUserName(QStringLiteral("scraper"));
        m_bearer =
            add(QStringLiteral("bearer"), m_server.url(QStringLiteral("/auth-bearer")), QStringLiteral("k/bearer"));
        m_basic = add(QStringLiteral("basic"), basic, QStringLiteral("k/basic"));
        m_missing =
            add(QStringLiteral("missing"), m_server.url(QStringLiteral("/auth-bearer")), QStringLiteral("k/none"));
        m_wrong = add(QStringLiteral("wrong"), m_server.url(QStringLiteral("/auth-bearer")), QStringLiteral("k/wrong"));
    }

    void writeSecret(const QString &key, const QString &secret)
    {
        QEventLoop loop;
        m_secrets.write(key, secret, &loop, [&loop](const Status &status) {
            EXPECT_TRUE(status.ok());
            loop.quit();
        });
        loop.exec();
    }

    PollSummary pollOnce(PollService &service)
    {
        PollSummary summary;
        QEventLoop loop;
        QObject::connect(&service, &PollService::cycleFinished, &loop, [&](const PollSummary &done) {
            summary = done;
            loop.quit();
        });
        QTimer::singleShot(0, &service, &PollService::pollOnce);
        QTimer::singleShot(30s, &loop, &QEventLoop::quit);
        loop.exec();
        return summary;
    }

    QTemporaryDir m_dir;
    VigilTest::HostileHttpServer m_server;
    MemorySecretStore m_secrets;
    std::unique_ptr<Database> m_db;
    qint64 m_bearer = 0;
    qint64 m_basic = 0;
    qint64 m_missing = 0;
    qint64 m_wrong = 0;
};

TEST_F(PollServiceCredentialsTest, SecretsComeFromTheStoreByKeyId)
{
    writeSecret(QStringLiteral("k/bearer"), QStringLiteral("test-bearer-token"));
    writeSecret(QStringLiteral("k/basic"), QStringLiteral("test-basic-password"));
    writeSecret(QStringLiteral("k/wrong"), QStringLiteral("stale-token"));
    PollService::Settings settings;
    settings.timeout = 3s;
    PollService service(*m_db, Clock::system(), settings);
    service.setSecretStore(&m_secrets);
    ASSERT_TRUE(service.reloadDevices().ok());
    const PollSummary summary = pollOnce(service);
    EXPECT_EQ(summary.polled, 4);
    EXPECT_EQ(summary.ok, 2);
    EXPECT_EQ(summary.failuresByReason.value(QStringLiteral("no_credentials")), 1);
    EXPECT_EQ(summary.failuresByReason.value(QStringLiteral("http_status")), 1);

    DeviceStateStore states(*m_db);
    EXPECT_TRUE(states.state(m_bearer)->reachable);
    EXPECT_TRUE(states.state(m_basic)->reachable);
    const DeviceState missing = states.state(m_missing).value();
    EXPECT_EQ(missing.failureReason, QStringLiteral("no_credentials"));
    EXPECT_TRUE(missing.failureDetail.contains(QStringLiteral("k/none"))) << missing.failureDetail.toStdString();
    EXPECT_EQ(states.state(m_wrong)->failureReason, QStringLiteral("http_status"));

    // The token was rotated in the keychain: the 401 dropped the cached one, so the next pass reads it again.
    writeSecret(QStringLiteral("k/wrong"), QStringLiteral("test-bearer-token"));
    EXPECT_EQ(pollOnce(service).ok, 3);
    EXPECT_TRUE(states.state(m_wrong)->reachable);

    // Nothing of the secrets reaches the database.
    for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile f(m_dir.filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains("test-bearer-token")) << file.toStdString();
        EXPECT_FALSE(bytes.contains("test-basic-password")) << file.toStdString();
    }
}

TEST_F(PollServiceCredentialsTest, WithoutAKeychainDevicesNeedingCredentialsFailByName)
{
    PollService::Settings settings;
    settings.timeout = 3s;
    PollService service(*m_db, Clock::system(), settings);
    ASSERT_TRUE(service.reloadDevices().ok());
    const PollSummary summary = pollOnce(service);
    EXPECT_EQ(summary.polled, 4);
    EXPECT_EQ(summary.failuresByReason.value(QStringLiteral("no_credentials")), 4);
    EXPECT_EQ(m_server.connectionCount(), 0) << "no anonymous scrape was sent";
}

} // namespace
