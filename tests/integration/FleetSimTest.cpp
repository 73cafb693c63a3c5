// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <optional>

using namespace VigilTest;
using namespace std::chrono_literals;

namespace {

struct HttpResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower()) {
                return line.mid(colon + 1).trimmed();
            }
        }
        return {};
    }
};

// Reads one HTTP/1.1 response framed by Content-Length from a blocking socket.
std::optional<HttpResponse> readResponse(QTcpSocket &socket, QByteArray &buffer, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype headEnd = -1;
    while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (timer.elapsed() > timeoutMs || !socket.waitForReadyRead(timeoutMs)) {
            return std::nullopt;
        }
        buffer += socket.readAll();
    }
    HttpResponse response;
    response.head = buffer.left(headEnd);
    const QList<QByteArray> statusLine = response.head.left(response.head.indexOf("\r\n")).split(' ');
    response.status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
    const qsizetype length = response.header("Content-Length").toLongLong();
    while (buffer.size() < headEnd + 4 + length) {
        if (timer.elapsed() > timeoutMs || !socket.waitForReadyRead(timeoutMs)) {
            return std::nullopt;
        }
        buffer += socket.readAll();
    }
    response.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return response;
}

std::optional<HttpResponse> httpGet(quint16 port, const QByteArray &target, const QByteArray &extraHeaders = {},
                                    int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs)) {
        return std::nullopt;
    }
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
    socket.waitForBytesWritten(timeoutMs);
    QByteArray buffer;
    return readResponse(socket, buffer, timeoutMs);
}

bool connectionRefused(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.waitForConnected(3000);
    return socket.state() != QAbstractSocket::ConnectedState
           && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

int sampleCount(const QByteArray &body)
{
    int count = 0;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#')) {
            ++count;
        }
    }
    return count;
}

// A running simulator on a random base port below the ephemeral range, retried if the range is taken.
struct RunningFleet
{
    std::unique_ptr<ChildProcess> process;
    quint16 basePort = 0;
    quint16 controlPort = 0;
    // Set when a caller-chosen base port was taken (another test's simulator may hold it); the caller retries.
    bool portTaken = false;
};

RunningFleet startFleet(int devices, QStringList extra, bool withControl = false, std::optional<quint16> basePort = {})
{
    RunningFleet fleet;
    for (int attempt = 0; attempt < 6; ++attempt) {
        fleet.basePort =
            basePort ? *basePort : static_cast<quint16>(QRandomGenerator::global()->bounded(20000, 32000 - devices));
        QStringList args{QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--base-port"),
                         QString::number(fleet.basePort)};
        if (withControl) {
            fleet.controlPort = freeLoopbackPort();
            args << QStringLiteral("--control-port") << QString::number(fleet.controlPort);
        }
        args << extra;
        fleet.process = std::make_unique<ChildProcess>(builtProgram(QStringLiteral("vigil-fleetsim")), args);
        if (!fleet.process->start()) {
            ADD_FAILURE() << "cannot start " << fleet.process->describe().toStdString();
            return fleet;
        }
        if (fleet.process->waitForOutput("vigil-fleetsim: serving", 30s)) {
            return fleet;
        }
        fleet.process->waitForExit(5s);
        const bool taken = fleet.process->errorOutput().contains("already in use");
        if (taken && basePort) {
            fleet.portTaken = true;
            return fleet;
        }
        if (!taken) {
            ADD_FAILURE() << "fleetsim did not start: " << fleet.process->describe().toStdString();
            return fleet;
        }
    }
    ADD_FAILURE() << "no free port range found";
    return fleet;
}

QJsonArray readInventory(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.array();
}

QJsonObject status(const RunningFleet &fleet)
{
    const auto response = httpGet(fleet.controlPort, "/status");
    EXPECT_TRUE(response && response->status == 200);
    return response ? QJsonDocument::fromJson(response->body).object() : QJsonObject();
}

bool control(const RunningFleet &fleet, int device, const QByteArray &query)
{
    const auto response = httpGet(fleet.controlPort, "/control?device=" + QByteArray::number(device) + "&" + query);
    return response && response->status == 200 && response->body == "ok\n";
}

// The first Linux device (or Windows with windows=true) that has none of the given scenarios.
int findDevice(const QJsonObject &state, bool windows, const QStringList &avoid = {QStringLiteral("offline_online")})
{
    for (const QJsonValue &value : state.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        const bool isWindows = device.value(QStringLiteral("family")).toString() == QLatin1String("windows");
        bool clean = isWindows == windows;
        for (const QJsonValue &scenario : device.value(QStringLiteral("scenarios")).toArray()) {
            clean = clean && !avoid.contains(scenario.toString());
        }
        if (clean) {
            return device.value(QStringLiteral("index")).toInt();
        }
    }
    return -1;
}

QHash<QByteArray, double> samplesOf(const QByteArray &body, const QByteArray &family)
{
    QHash<QByteArray, double> result;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith(QByteArray(family + '{'))) {
            const qsizetype space = line.lastIndexOf(' ');
            result.insert(line.left(space), line.mid(space + 1).toDouble());
        }
    }
    return result;
}

} // namespace

TEST(FleetSimTest, RefusesNonLoopbackBindAndBadUsage)
{
    const QString program = builtProgram(QStringLiteral("vigil-fleetsim"));
    for (const char *address : {"0.0.0.0", "192.168.1.10", "::", "10.0.0.1"}) {
        const CommandResult result =
            runCommand(program,
                       {QStringLiteral("--devices"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("1"),
                        QStringLiteral("--bind"), QString::fromLatin1(address)},
                       10s);
        EXPECT_EQ(result.exitCode, 2) << address;
        EXPECT_TRUE(result.err.contains("loopback")) << result.err.toStdString();
        EXPECT_FALSE(result.out.contains("serving"));
    }
    const CommandResult missingSeed = runCommand(program, {QStringLiteral("--devices"), QStringLiteral("3")}, 10s);
    EXPECT_EQ(missingSeed.exitCode, 2);
    EXPECT_TRUE(missingSeed.err.contains("--seed")) << missingSeed.err.toStdString();
}

TEST(FleetSimTest, TakenPortIsNamed)
{
    QTcpServer blocker;
    const quint16 base = static_cast<quint16>(QRandomGenerator::global()->bounded(20000, 31000));
    if (!blocker.listen(QHostAddress::LocalHost, static_cast<quint16>(base + 2))) {
        GTEST_SKIP() << "port already busy";
    }
    const CommandResult result = runCommand(builtProgram(QStringLiteral("vigil-fleetsim")),
                                            {QStringLiteral("--devices"), QStringLiteral("5"), QStringLiteral("--seed"),
                                             QStringLiteral("1"), QStringLiteral("--base-port"), QString::number(base)},
                                            10s);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QByteArray::number(base + 2))) << result.err.toStdString();
    EXPECT_FALSE(result.out.contains("serving"));
}

TEST(FleetSimTest, ServesFiveThousandEndpointsWithRealisticPayloads)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString inventoryPath = dir.filePath(QStringLiteral("fleet.json"));
    RunningFleet fleet = startFleet(
        5000, {QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--inventory"), inventoryPath});
    ASSERT_TRUE(fleet.process && fleet.process->running())
        << (fleet.process ? fleet.process->describe().toStdString() : "");
    const QByteArray expected = "serving 5000 endpoints on 127.0.0.1:" + QByteArray::number(fleet.basePort) + "-"
                                + QByteArray::number(fleet.basePort + 4999);
    EXPECT_TRUE(fleet.process->output().contains(expected));

    const QJsonArray inventory = readInventory(inventoryPath);
    ASSERT_EQ(inventory.size(), 5000);
    QHash<QString, int> perClient;
    QHash<QString, QSet<QString>> sitesPerClient;
    QSet<QString> names;
    int windows = 0;
    for (qsizetype i = 0; i < inventory.size(); ++i) {
        const QJsonObject group = inventory[i].toObject();
        const QJsonObject labels = group.value(QStringLiteral("labels")).toObject();
        EXPECT_EQ(group.value(QStringLiteral("targets")).toArray().first().toString(),
                  QStringLiteral("127.0.0.1:%1").arg(fleet.basePort + i));
        const QString client = labels.value(QStringLiteral("client")).toString();
        ++perClient[client];
        sitesPerClient[client].insert(labels.value(QStringLiteral("site")).toString());
        names.insert(labels.value(QStringLiteral("device")).toString());
        windows += labels.value(QStringLiteral("os")).toString().contains(QLatin1String("Windows")) ? 1 : 0;
        const QString kind = labels.value(QStringLiteral("kind")).toString();
        EXPECT_TRUE(kind == QLatin1String("workstation") || kind == QLatin1String("server")
                    || kind == QLatin1String("network") || kind == QLatin1String("printer"))
            << kind.toStdString();
    }
    EXPECT_EQ(names.size(), 5000) << "device names must be unique";
    EXPECT_GT(windows, 1300);
    EXPECT_LT(windows, 2000);
    for (auto it = perClient.cbegin(); it != perClient.cend(); ++it) {
        EXPECT_GE(it.value(), 5) << it.key().toStdString();
        EXPECT_LE(it.value(), 15) << it.key().toStdString();
        EXPECT_GE(sitesPerClient[it.key()].size(), 1);
        EXPECT_LE(sitesPerClient[it.key()].size(), 3);
    }

    const QList<QByteArray> linuxFamilies{"node_cpu_seconds_total{",
                                          "node_memory_MemAvailable_bytes ",
                                          "node_memory_MemTotal_bytes ",
                                          "node_filesystem_avail_bytes{",
                                          "node_filesystem_size_bytes{",
                                          "node_boot_time_seconds ",
                                          "node_time_seconds ",
                                          "node_uname_info{",
                                          "node_os_info{",
                                          "node_network_receive_bytes_total{",
                                          "go_goroutines ",
                                          "process_start_time_seconds ",
                                          "fstype=\"tmpfs\""};
    const QList<QByteArray> windowsFamilies{"windows_cpu_time_total{",
                                            "windows_logical_disk_free_bytes{volume=\"C:\"}",
                                            "windows_logical_disk_size_bytes{volume=\"C:\"}",
                                            "windows_os_info{",
                                            "windows_cs_hostname{",
                                            "windows_service_state{",
                                            "windows_net_bytes_received_total{"};
    int scraped = 0;
    int linuxSeen = 0;
    int windowsSeen = 0;
    for (int i = 0; i < 5000; i += (i == 0 ? 1 : 97)) {
        const int device = std::min(i, 4999);
        const auto response = httpGet(static_cast<quint16>(fleet.basePort + device), "/metrics");
        ASSERT_TRUE(response) << "device " << device << " did not answer";
        EXPECT_EQ(response->status, 200);
        EXPECT_EQ(response->header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const int samples = sampleCount(response->body);
        EXPECT_GE(samples, 500) << "device " << device;
        EXPECT_LE(samples, 1500) << "device " << device;
        const bool isWindows = response->body.contains("windows_exporter_build_info");
        for (const QByteArray &needle : isWindows ? windowsFamilies : linuxFamilies) {
            EXPECT_TRUE(response->body.contains(needle)) << "device " << device << " lacks " << needle.constData();
        }
        if (!isWindows && response->body.contains("apt_upgrades_pending")) {
            EXPECT_TRUE(response->body.contains("node_reboot_required "));
        }
        (isWindows ? windowsSeen : linuxSeen)++;
        ++scraped;
        if (i == 4999) {
            break;
        }
        if (i + 97 > 4999 && i != 4999) {
            i = 4999 - 97;
        }
    }
    EXPECT_GE(scraped, 50);
    EXPECT_GT(linuxSeen, 0);
    EXPECT_GT(windowsSeen, 0);
}

TEST(FleetSimTest, SameSeedSameFleetAndPayloads)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList fixed{QStringLiteral("--fixed-time"), QStringLiteral("1790000000")};
    struct Run
    {
        bool portTaken = false;
        QByteArray inventory;
        QList<QByteArray> bodies;
    };
    // The exporter URLs in the inventory carry the port, so all three runs share one base port. Tests running in
    // parallel start simulators on random ranges too; if one takes ours between two runs, start over elsewhere.
    auto run = [&](const QString &seed, const QString &name, quint16 base) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        RunningFleet fleet = startFleet(
            24, QStringList{QStringLiteral("--seed"), seed, QStringLiteral("--inventory"), path} + fixed, false, base);
        Run result;
        result.portTaken = fleet.portTaken;
        for (int i = 0; !fleet.portTaken && fleet.process && fleet.process->running() && i < 24; ++i) {
            const auto response = httpGet(static_cast<quint16>(fleet.basePort + i), "/metrics");
            result.bodies.append(response ? response->body : QByteArray());
        }
        fleet.process.reset();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            result.inventory = file.readAll();
        }
        return result;
    };
    for (int attempt = 0; attempt < 6; ++attempt) {
        const auto base = static_cast<quint16>(QRandomGenerator::global()->bounded(20000, 32000 - 24));
        const Run a = run(QStringLiteral("1234"), QStringLiteral("a.json"), base);
        const Run b = a.portTaken ? a : run(QStringLiteral("1234"), QStringLiteral("b.json"), base);
        const Run c = b.portTaken ? b : run(QStringLiteral("1235"), QStringLiteral("c.json"), base);
        if (a.portTaken || b.portTaken || c.portTaken) {
            continue;
        }
        ASSERT_EQ(a.bodies.size(), 24);
        EXPECT_FALSE(a.inventory.isEmpty());
        EXPECT_EQ(a.inventory, b.inventory);
        EXPECT_EQ(a.bodies, b.bodies);
        EXPECT_NE(a.inventory, c.inventory);
        EXPECT_NE(a.bodies, c.bodies);
        EXPECT_TRUE(a.bodies.first().contains("node_time_seconds 1.79e+09")
                    || a.bodies.first().contains("windows_os_time 1.79e+09"));
        return;
    }
    FAIL() << "every base port range tried was taken by another process";
}

TEST(FleetSimTest, CountersIncreaseAndGiveAPlausibleCpuRate)
{
    RunningFleet fleet = startFleet(
        30, {QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--speed"), QStringLiteral("30")}, true);
    ASSERT_TRUE(fleet.process && fleet.process->running());
    const QJsonObject state = status(fleet);
    for (const bool windows : {false, true}) {
        const int device = findDevice(state, windows);
        ASSERT_GE(device, 0);
        const quint16 port = static_cast<quint16>(fleet.basePort + device);
        const QByteArray family = windows ? "windows_cpu_time_total" : "node_cpu_seconds_total";
        const auto first = httpGet(port, "/metrics");
        QThread::msleep(1500);
        const auto second = httpGet(port, "/metrics");
        ASSERT_TRUE(first && second);
        const auto before = samplesOf(first->body, family);
        const auto after = samplesOf(second->body, family);
        ASSERT_FALSE(before.isEmpty());
        ASSERT_EQ(before.keys().size(), after.keys().size());
        double busy = 0;
        double total = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const double delta = after.value(it.key()) - it.value();
            EXPECT_GE(delta, 0) << it.key().constData();
            total += delta;
            if (!it.key().contains("mode=\"idle\"")) {
                busy += delta;
            }
        }
        ASSERT_GT(total, 0);
        const double percent = 100.0 * busy / total;
        EXPECT_GT(percent, 1.0) << family.constData();
        EXPECT_LT(percent, 80.0) << family.constData();
        const auto rxBefore =
            samplesOf(first->body, windows ? "windows_net_bytes_received_total" : "node_network_receive_bytes_total");
        const auto rxAfter =
            samplesOf(second->body, windows ? "windows_net_bytes_received_total" : "node_network_receive_bytes_total");
        for (auto it = rxBefore.cbegin(); it != rxBefore.cend(); ++it) {
            EXPECT_GE(rxAfter.value(it.key()), it.value());
        }
    }
}

TEST(FleetSimTest, KeepAlivePipeliningGzipAndNotFound)
{
    RunningFleet fleet = startFleet(4, {QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--fixed-time"),
                                        QStringLiteral("1790000000")});
    ASSERT_TRUE(fleet.process && fleet.process->running());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, fleet.basePort);
    ASSERT_TRUE(socket.waitForConnected(5000));
    // Three requests in one write: plain, gzip, and an unknown path; answers must come back in order.
    socket.write("GET /metrics HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /metrics HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip, deflate\r\n\r\n"
                 "GET /nope HTTP/1.1\r\nHost: a\r\n\r\n");
    QByteArray buffer;
    const auto plain = readResponse(socket, buffer, 10000);
    const auto gzipped = readResponse(socket, buffer, 10000);
    const auto missing = readResponse(socket, buffer, 10000);
    ASSERT_TRUE(plain && gzipped && missing);
    EXPECT_EQ(plain->status, 200);
    EXPECT_TRUE(plain->header("Content-Encoding").isEmpty());
    EXPECT_EQ(plain->header("Content-Length").toLongLong(), plain->body.size());
    EXPECT_EQ(gzipped->status, 200);
    EXPECT_EQ(gzipped->header("Content-Encoding"), QByteArray("gzip"));
    ASSERT_GT(gzipped->body.size(), 2);
    EXPECT_EQ(static_cast<unsigned char>(gzipped->body[0]), 0x1f);
    EXPECT_EQ(static_cast<unsigned char>(gzipped->body[1]), 0x8b);
    EXPECT_LT(gzipped->body.size(), plain->body.size() / 3);
    EXPECT_EQ(missing->status, 404);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("body.gz")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(gzipped->body);
    file.close();
    const CommandResult gunzip = runCommand(QStringLiteral("gzip"), {QStringLiteral("-dc"), file.fileName()}, 10s);
    EXPECT_EQ(gunzip.exitCode, 0) << gunzip.err.toStdString();
    EXPECT_EQ(gunzip.out, plain->body);

    // The connection is still usable afterwards (keep-alive), and a client that vanishes mid-request is harmless.
    socket.write("GET /metrics HTTP/1.1\r\nHost: a\r\n\r\n");
    const auto again = readResponse(socket, buffer, 10000);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->body, plain->body);
    {
        QTcpSocket rude;
        rude.connectToHost(QHostAddress::LocalHost, fleet.basePort);
        ASSERT_TRUE(rude.waitForConnected(5000));
        rude.write("GET /metr");
        rude.waitForBytesWritten(1000);
    }
    const auto afterRude = httpGet(fleet.basePort, "/metrics");
    ASSERT_TRUE(afterRude);
    EXPECT_EQ(afterRude->status, 200);
}

TEST(FleetSimTest, ControlEndpointDrivesOfflineSlowAndMalformed)
{
    RunningFleet fleet = startFleet(20, {QStringLiteral("--seed"), QStringLiteral("77")}, true);
    ASSERT_TRUE(fleet.process && fleet.process->running());
    const QJsonObject state = status(fleet);
    ASSERT_EQ(state.value(QStringLiteral("devices")).toArray().size(), 20);
    const int target = findDevice(state, false);
    const int other = findDevice(state, true);
    ASSERT_GE(target, 0);
    ASSERT_GE(other, 0);
    const auto port = static_cast<quint16>(fleet.basePort + target);
    const auto otherPort = static_cast<quint16>(fleet.basePort + other);

    ASSERT_TRUE(control(fleet, target, "mode=offline"));
    EXPECT_TRUE(connectionRefused(port));
    EXPECT_FALSE(connectionRefused(otherPort));
    ASSERT_TRUE(control(fleet, target, "mode=normal"));
    auto response = httpGet(port, "/metrics");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);

    ASSERT_TRUE(control(fleet, target, "mode=slow&delay=1.5"));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(slow.waitForConnected(3000));
    QElapsedTimer timer;
    timer.start();
    slow.write("GET /metrics HTTP/1.1\r\nHost: a\r\n\r\n");
    slow.waitForBytesWritten(1000);
    // Another endpoint answers at once while the slow one is held.
    QElapsedTimer otherTimer;
    otherTimer.start();
    const auto fast = httpGet(otherPort, "/metrics");
    ASSERT_TRUE(fast);
    EXPECT_LT(otherTimer.elapsed(), 1000);
    QByteArray buffer;
    const auto delayed = readResponse(slow, buffer, 10000);
    ASSERT_TRUE(delayed);
    EXPECT_EQ(delayed->status, 200);
    EXPECT_GE(timer.elapsed(), 1400);

    ASSERT_TRUE(control(fleet, target, "mode=malformed&variant=value"));
    response = httpGet(port, "/metrics");
    ASSERT_TRUE(response);
    EXPECT_TRUE(response->body.contains("} 41,5")) << "an invalid sample value";
    ASSERT_TRUE(control(fleet, target, "mode=malformed&variant=truncated"));
    response = httpGet(port, "/metrics");
    ASSERT_TRUE(response);
    EXPECT_FALSE(response->body.endsWith('\n'));
    EXPECT_EQ(response->header("Content-Length").toLongLong(), response->body.size());

    ASSERT_TRUE(control(fleet, target, "mode=huge&samples=60000"));
    response = httpGet(port, "/metrics");
    ASSERT_TRUE(response);
    EXPECT_GT(sampleCount(response->body), 60000);

    const auto bad = httpGet(fleet.controlPort, "/control?device=0&mode=sideways");
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
    const auto unknown = httpGet(fleet.controlPort, "/control?device=999&mode=offline");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404);

    ASSERT_TRUE(control(fleet, target, "mode=auto"));
    const QJsonObject after = status(fleet);
    const QJsonObject device = after.value(QStringLiteral("devices")).toArray().at(target).toObject();
    EXPECT_EQ(device.value(QStringLiteral("mode")).toString(), QStringLiteral("auto"));
    EXPECT_TRUE(device.value(QStringLiteral("online")).toBool());

    fleet.process->stop();
    EXPECT_EQ(fleet.process->exitCode(), 0) << "SIGTERM is a clean exit";
}

// The demo's overnight: scenarios measured from hours before the clock, while the clock itself reads the start.
TEST(FleetSimTest, ScenarioAgeMovesScenariosButNotTheClock)
{
    const QStringList base{QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--fixed-time"),
                           QStringLiteral("1790000000")};
    auto bodies = [&](const QStringList &extra, QJsonObject *state) {
        RunningFleet fleet = startFleet(40, base + extra, true);
        QList<QByteArray> out;
        for (int i = 0; fleet.process && fleet.process->running() && i < 40; ++i) {
            const auto response = httpGet(static_cast<quint16>(fleet.basePort + i), "/metrics");
            out.append(response ? response->body : QByteArray());
        }
        *state = status(fleet);
        return out;
    };
    QJsonObject fresh;
    QJsonObject aged;
    const QList<QByteArray> atStart = bodies({}, &fresh);
    const QList<QByteArray> overnight = bodies({QStringLiteral("--scenario-age"), QStringLiteral("36000")}, &aged);
    ASSERT_EQ(atStart.size(), 40);
    ASSERT_EQ(overnight.size(), 40);
    EXPECT_EQ(fresh.value(QStringLiteral("simTime")).toDouble(), 1790000000.0);
    EXPECT_EQ(aged.value(QStringLiteral("simTime")).toDouble(), 1790000000.0);
    EXPECT_EQ(aged.value(QStringLiteral("epoch")).toDouble(), 1790000000.0 - 36000);
    int changed = 0;
    for (int i = 0; i < 40; ++i) {
        changed += atStart[i] != overnight[i] ? 1 : 0;
        EXPECT_TRUE(overnight[i].contains("node_time_seconds 1.79e+09")
                    || overnight[i].contains("windows_os_time 1.79e+09"))
            << "device " << i;
    }
    EXPECT_GT(changed, 0) << "ten hours of disk filling and SMART degrading change some payloads";
}
