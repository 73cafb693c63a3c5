// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scraper.h"
#include "ChildProcess.h"
#include "HostileHttpServer.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <optional>

using namespace VigilTest;
using namespace std::chrono_literals;
using Vigil::ScrapeAuth;
using Vigil::Scraper;
using Vigil::ScrapeRequest;
using Vigil::ScrapeResult;
using Reason = Vigil::ScrapeFailure::Reason;
using Limit = Vigil::ScrapeFailure::Limit;

namespace {

// Runs scrapes on a Scraper in this thread and waits for their results (with a guard far above any timeout).
std::vector<ScrapeResult> scrapeAll(Scraper &scraper, const std::vector<ScrapeRequest> &requests,
                                    std::chrono::milliseconds guard = 30s)
{
    QHash<quint64, qsizetype> slots;
    std::vector<std::optional<ScrapeResult>> results(requests.size());
    qsizetype remaining = qsizetype(requests.size());
    QEventLoop loop;
    const auto connection = QObject::connect(&scraper, &Scraper::finished, &loop, [&](const ScrapeResult &result) {
        const auto it = slots.constFind(result.requestId);
        EXPECT_NE(it, slots.constEnd()) << "a result for an unknown request";
        if (it == slots.constEnd()) {
            return;
        }
        EXPECT_FALSE(results[*it].has_value()) << "two results for request " << result.requestId;
        results[*it] = result;
        if (--remaining == 0) {
            loop.quit();
        }
    });
    for (size_t i = 0; i < requests.size(); ++i) {
        slots.insert(scraper.scrape(requests[i]), qsizetype(i));
    }
    QTimer::singleShot(guard, &loop, &QEventLoop::quit);
    if (remaining > 0) {
        loop.exec();
    }
    QObject::disconnect(connection);
    std::vector<ScrapeResult> out;
    for (auto &result : results) {
        EXPECT_TRUE(result.has_value()) << "a scrape never finished";
        out.push_back(result.value_or(ScrapeResult()));
    }
    return out;
}

ScrapeResult scrapeOne(Scraper &scraper, const ScrapeRequest &request)
{
    return scrapeAll(scraper, {request}).front();
}

ScrapeRequest requestFor(const QUrl &url, std::chrono::milliseconds timeout = 5s)
{
    ScrapeRequest request;
    request.deviceId = 7;
    request.url = url;
    request.timeout = timeout;
    return request;
}

std::string describe(const ScrapeResult &result)
{
    return QString(result.failureId() + QStringLiteral(": ") + result.failureText()).toStdString();
}

qint64 procStatusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Peak RSS growth across `work`: resets the high-water mark (clear_refs 5), then compares VmHWM with VmRSS before.
template<typename Work>
qint64 peakRssGrowthMiB(Work work)
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    const bool reset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    clear.close();
    const qint64 before = procStatusKiB("VmRSS:");
    work();
    const qint64 after = reset ? procStatusKiB("VmHWM:") : procStatusKiB("VmRSS:");
    return (after - before) / 1024;
}

class ScraperTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = std::make_unique<HostileHttpServer>();
        ASSERT_TRUE(s_server->start()) << s_server->errorString().toStdString();
        s_healthy = std::make_unique<HostileHttpServer>();
        ASSERT_TRUE(s_healthy->start()) << s_healthy->errorString().toStdString();
    }
    static void TearDownTestSuite()
    {
        s_server.reset();
        s_healthy.reset();
    }

    // One hostile request: the exact failure, and an end within the timeout plus a margin.
    ScrapeResult expectFailure(const QString &path, Reason reason, std::chrono::milliseconds timeout = 2s)
    {
        QElapsedTimer clock;
        clock.start();
        const ScrapeResult result = scrapeOne(m_scraper, requestFor(s_server->url(path), timeout));
        EXPECT_EQ(result.failure.reason, reason) << path.toStdString() << " gave " << describe(result);
        EXPECT_LT(clock.elapsed(), (timeout + 1500ms).count()) << path.toStdString();
        EXPECT_TRUE(result.samples.isEmpty());
        EXPECT_FALSE(result.failureText().isEmpty());
        return result;
    }

    static std::unique_ptr<HostileHttpServer> s_server;
    static std::unique_ptr<HostileHttpServer> s_healthy;
    Scraper m_scraper;
};

std::unique_ptr<HostileHttpServer> ScraperTest::s_server;
std::unique_ptr<HostileHttpServer> ScraperTest::s_healthy;

TEST_F(ScraperTest, HealthyEndpointParsesAndReusesTheConnection)
{
    const int connectionsBefore = s_healthy->connectionCount();
    const ScrapeResult first = scrapeOne(m_scraper, requestFor(s_healthy->url(QStringLiteral("/metrics"))));
    ASSERT_TRUE(first.ok()) << describe(first);
    EXPECT_EQ(first.httpStatus, 200);
    EXPECT_EQ(first.deviceId, 7);
    EXPECT_EQ(first.samples.size(), 2);
    EXPECT_EQ(first.samples.value("vigil_test_requests_total", {{"code", "200"}}), 42.0);
    EXPECT_EQ(first.samples.type(first.samples.indexOf("vigil_test_up")), Vigil::MetricType::Gauge);
    EXPECT_FALSE(first.reusedConnection);
    EXPECT_LE(first.started, first.finished);

    const ScrapeResult second = scrapeOne(m_scraper, requestFor(s_healthy->url(QStringLiteral("/metrics"))));
    ASSERT_TRUE(second.ok()) << describe(second);
    EXPECT_TRUE(second.reusedConnection);
    EXPECT_EQ(s_healthy->connectionCount() - connectionsBefore, 1) << "the server saw one connection for both";
}

TEST_F(ScraperTest, OpenMetricsIsPickedFromTheContentType)
{
    const ScrapeResult result = scrapeOne(m_scraper, requestFor(s_server->url(QStringLiteral("/openmetrics"))));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.format, Vigil::ExpositionFormat::OpenMetrics);
    ASSERT_EQ(result.samples.size(), 1);
    EXPECT_EQ(result.samples.timestampMs(0), std::optional<qint64>(1500)) << "OpenMetrics timestamps are seconds";
}

TEST_F(ScraperTest, BodyOverTheLimit)
{
    const ScrapeResult result = expectFailure(QStringLiteral("/too-large"), Reason::TooLarge);
    EXPECT_EQ(result.failure.limit, Limit::BodyBytes);
    EXPECT_EQ(result.failureId(), QStringLiteral("too_large"));
}

TEST_F(ScraperTest, GzipBombStopsAtTheDecompressedLimit)
{
    ScrapeResult result;
    const qint64 growth =
        peakRssGrowthMiB([&] { result = expectFailure(QStringLiteral("/gzip-bomb"), Reason::TooLarge); });
    EXPECT_EQ(result.failure.limit, Limit::DecompressedBytes) << describe(result);
    EXPECT_TRUE(result.gzip);
    EXPECT_LT(result.bytesReceived, 16 * 1024 * 1024) << "the wire limit was not what stopped it";
    EXPECT_LT(growth, 64) << "peak RSS grew by " << growth << " MiB";
}

TEST_F(ScraperTest, EndlessChunkedStreamEndsAsTooLargeOrTimeout)
{
    const ScrapeResult fast = expectFailure(QStringLiteral("/chunked-endless"), Reason::TooLarge, 5s);
    EXPECT_EQ(fast.failure.limit, Limit::BodyBytes);
    const ScrapeResult slow = expectFailure(QStringLiteral("/chunked-slow"), Reason::Timeout);
    EXPECT_GE(slow.duration, 1900ms);
}

TEST_F(ScraperTest, OneByteEveryFiveSecondsTimesOut)
{
    const ScrapeResult result = expectFailure(QStringLiteral("/drip"), Reason::Timeout);
    EXPECT_GE(result.duration, 1900ms) << "the deadline, not an early error";
    EXPECT_EQ(result.failureId(), QStringLiteral("timeout"));
}

TEST_F(ScraperTest, AcceptThenSilenceTimesOut)
{
    expectFailure(QStringLiteral("/silence"), Reason::Timeout);
}

TEST_F(ScraperTest, ConnectionResetMidBody)
{
    const ScrapeResult result = expectFailure(QStringLiteral("/reset"), Reason::ConnectionReset);
    EXPECT_EQ(result.failureId(), QStringLiteral("reset"));
}

TEST_F(ScraperTest, HttpErrorStatus)
{
    const ScrapeResult result = expectFailure(QStringLiteral("/status-500"), Reason::HttpStatus);
    EXPECT_EQ(result.failure.httpStatus, 500);
    EXPECT_EQ(result.httpStatus, 500);
    EXPECT_EQ(result.failureId(), QStringLiteral("http_status"));
    EXPECT_TRUE(result.failureText().contains(QLatin1String("500")));
}

TEST_F(ScraperTest, HtmlPageIsNotAnExporter)
{
    const ScrapeResult byType = expectFailure(QStringLiteral("/html"), Reason::NotAnExporter);
    EXPECT_EQ(byType.failureText(), QStringLiteral("not an exporter: the endpoint returned an HTML page"));
    expectFailure(QStringLiteral("/html-as-text"), Reason::NotAnExporter);
}

TEST_F(ScraperTest, DamagedGzipIsADecodeFailureNotAParseError)
{
    for (const char *path : {"/gzip-corrupt", "/gzip-truncated"}) {
        const ScrapeResult result = expectFailure(QString::fromLatin1(path), Reason::Decode);
        EXPECT_EQ(result.failureId(), QStringLiteral("decode")) << path;
        EXPECT_TRUE(result.failureText().startsWith(QStringLiteral("response body is not valid gzip: ")))
            << path << ": " << describe(result);
        EXPECT_GT(result.failureText().size(), QStringLiteral("response body is not valid gzip: ").size())
            << path << ": says what is wrong";
        EXPECT_EQ(result.failure.line, 0) << path;
    }
}

TEST_F(ScraperTest, InvalidUtf8IsAParseErrorWithPosition)
{
    const ScrapeResult result = expectFailure(QStringLiteral("/bad-utf8"), Reason::Parse);
    EXPECT_EQ(result.failure.line, 2);
    EXPECT_GT(result.failure.column, 0);
    EXPECT_TRUE(result.failureText().contains(QStringLiteral("2:%1").arg(result.failure.column))) << describe(result);
}

TEST_F(ScraperTest, MillionSamplesHitTheSampleLimit)
{
    ScrapeResult result;
    const qint64 growth =
        peakRssGrowthMiB([&] { result = expectFailure(QStringLiteral("/million"), Reason::TooLarge, 10s); });
    EXPECT_EQ(result.failure.limit, Limit::Samples) << describe(result);
    EXPECT_EQ(result.failure.limitValue, 50000);
    EXPECT_EQ(result.failure.line, 50002) << "one TYPE line, then the 50,001st sample";
    EXPECT_LT(growth, 64) << "peak RSS grew by " << growth << " MiB";
}

TEST_F(ScraperTest, UnsupportedSchemeAndCancel)
{
    ScrapeRequest ftp = requestFor(QUrl(QStringLiteral("ftp://127.0.0.1/metrics")));
    const ScrapeResult unsupported = scrapeOne(m_scraper, ftp);
    EXPECT_EQ(unsupported.failure.reason, Reason::Unsupported) << describe(unsupported);
    EXPECT_EQ(unsupported.failureId(), QStringLiteral("unsupported"));

    std::optional<ScrapeResult> cancelled;
    QEventLoop loop;
    QObject::connect(&m_scraper, &Scraper::finished, &loop, [&](const ScrapeResult &result) {
        cancelled = result;
        loop.quit();
    });
    const quint64 id = m_scraper.scrape(requestFor(s_server->url(QStringLiteral("/silence")), 10s));
    QTimer::singleShot(200ms, &m_scraper, [&] { EXPECT_TRUE(m_scraper.cancel(id)); });
    QTimer::singleShot(5s, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_EQ(cancelled->requestId, id);
    EXPECT_EQ(cancelled->failure.reason, Reason::Cancelled);
    EXPECT_FALSE(m_scraper.cancel(id)) << "already finished";
    EXPECT_EQ(m_scraper.runningCount(), 0);
}

TEST_F(ScraperTest, ConnectionRefused)
{
    const quint16 port = freeLoopbackPort();
    const ScrapeResult result =
        scrapeOne(m_scraper, requestFor(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port))));
    EXPECT_EQ(result.failure.reason, Reason::ConnectionRefused) << describe(result);
    EXPECT_EQ(result.failureId(), QStringLiteral("refused"));
}

// Beyond 256 origins the scraper spreads them over more network managers (each with its own HTTP thread); an origin
// that lands on a later manager still gets its result and still reuses its keep-alive connection.
TEST_F(ScraperTest, ManyOriginsStillReuseTheirConnection)
{
    // 300 origins on one port nothing listens on, told apart by their loopback address: refused at once, and they
    // take the first manager's share of origins.
    const quint16 port = freeLoopbackPort();
    std::vector<ScrapeRequest> refused;
    for (int i = 0; i < 300; ++i) {
        refused.push_back(requestFor(
            QUrl(QStringLiteral("http://127.0.%1.%2:%3/metrics").arg(i / 200 + 1).arg(i % 200 + 2).arg(port)), 2s));
    }
    for (const ScrapeResult &result : scrapeAll(m_scraper, refused)) {
        EXPECT_EQ(result.failure.reason, Reason::ConnectionRefused) << describe(result);
    }
    const int connectionsBefore = s_healthy->connectionCount();
    const ScrapeResult first = scrapeOne(m_scraper, requestFor(s_healthy->url(QStringLiteral("/metrics"))));
    ASSERT_TRUE(first.ok()) << describe(first);
    const ScrapeResult second = scrapeOne(m_scraper, requestFor(s_healthy->url(QStringLiteral("/metrics"))));
    ASSERT_TRUE(second.ok()) << describe(second);
    EXPECT_TRUE(second.reusedConnection);
    EXPECT_EQ(s_healthy->connectionCount() - connectionsBefore, 1);
}

// (/reset is left out: after Qt reads a reset as a finished reply it may hand a queued request the dead connection,
// which then fails as a reset too, correctly but not as this test expects.)
// While hostile endpoints hold connections open, a healthy device polled at the same moment is still served fast.
TEST_F(ScraperTest, HostileEndpointsDoNotDelayHealthyOnes)
{
    const std::vector<std::pair<const char *, Reason>> hostile = {
        {"/drip", Reason::Timeout},         {"/silence", Reason::Timeout},
        {"/chunked-slow", Reason::Timeout}, {"/chunked-endless", Reason::TooLarge},
        {"/gzip-bomb", Reason::TooLarge},   {"/million", Reason::TooLarge},
        {"/too-large", Reason::TooLarge},   {"/drip", Reason::Timeout},
        {"/silence", Reason::Timeout}};
    std::vector<ScrapeRequest> requests;
    for (const auto &[path, reason] : hostile) {
        requests.push_back(requestFor(s_server->url(QString::fromLatin1(path)), 3s));
    }
    requests.push_back(requestFor(s_healthy->url(QStringLiteral("/metrics")), 3s));
    QElapsedTimer clock;
    clock.start();
    const std::vector<ScrapeResult> results = scrapeAll(m_scraper, requests);
    EXPECT_LT(clock.elapsed(), 4500) << "every hostile request ended by its deadline";
    const ScrapeResult &healthy = results.back();
    ASSERT_TRUE(healthy.ok()) << describe(healthy);
    EXPECT_LT(healthy.duration, 1000ms) << "the healthy scrape took " << healthy.duration.count() << " ms";
    for (size_t i = 0; i < hostile.size(); ++i) {
        // Under a loaded sanitizer build an oversized stream may hit its deadline before its size limit; either
        // ends it in time (the limits themselves are asserted one endpoint at a time above).
        if (hostile[i].second == Reason::TooLarge && results[i].failure.reason == Reason::Timeout) {
            continue;
        }
        EXPECT_EQ(results[i].failure.reason, hostile[i].second) << hostile[i].first << ": " << describe(results[i]);
    }
}

// Results are values: a Scraper on a poller thread hands them to another thread.
TEST_F(ScraperTest, ResultsCrossThreads)
{
    QThread poller;
    poller.start();
    auto *scraper = new Scraper;
    scraper->moveToThread(&poller);
    std::optional<ScrapeResult> received;
    QEventLoop loop;
    QObject::connect(scraper, &Scraper::finished, &loop, [&](const ScrapeResult &result) {
        EXPECT_EQ(QThread::currentThread(), loop.thread());
        received = result;
        loop.quit();
    });
    const ScrapeRequest request = requestFor(s_healthy->url(QStringLiteral("/metrics")));
    QMetaObject::invokeMethod(scraper, [scraper, request] { scraper->scrape(request); });
    QTimer::singleShot(10s, &loop, &QEventLoop::quit);
    loop.exec();
    QMetaObject::invokeMethod(
        scraper, [scraper] { delete scraper; }, Qt::BlockingQueuedConnection);
    poller.quit();
    poller.wait();
    ASSERT_TRUE(received.has_value());
    EXPECT_TRUE(received->ok()) << describe(*received);
    EXPECT_EQ(received->samples.value("vigil_test_up"), 1.0);
}

QMutex g_logMutex;
QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

TEST_F(ScraperTest, BearerAndBasicAuthAndNoSecretInLogs)
{
    HostileHttpServer::Options options;
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.debug=true\nqt.network.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

    ScrapeRequest bearer = requestFor(s_server->url(QStringLiteral("/auth-bearer")));
    bearer.auth = ScrapeAuth::Bearer;
    bearer.secret = QString::fromLatin1(options.bearerToken);
    ScrapeRequest wrongBearer = bearer;
    wrongBearer.secret = QStringLiteral("wrong-bearer-secret");
    ScrapeRequest basic = requestFor(s_server->url(QStringLiteral("/auth-basic")));
    basic.auth = ScrapeAuth::Basic;
    basic.user = QString::fromLatin1(options.basicUser);
    basic.secret = QString::fromLatin1(options.basicPassword);
    ScrapeRequest wrongBasic = basic;
    wrongBasic.secret = QStringLiteral("wrong-basic-secret");
    ScrapeRequest none = requestFor(s_server->url(QStringLiteral("/auth-bearer")));

    const std::vector<ScrapeResult> results = scrapeAll(m_scraper, {bearer, wrongBearer, basic, wrongBasic, none});
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    EXPECT_TRUE(results[0].ok()) << describe(results[0]);
    EXPECT_EQ(results[1].failure.reason, Reason::HttpStatus);
    EXPECT_EQ(results[1].failure.httpStatus, 401);
    EXPECT_TRUE(results[2].ok()) << describe(results[2]);
    EXPECT_EQ(results[3].failure.httpStatus, 401) << describe(results[3]);
    EXPECT_EQ(results[4].failure.httpStatus, 401) << describe(results[4]);

    const QMutexLocker lock(&g_logMutex);
    EXPECT_FALSE(g_log.isEmpty()) << "the scraper logged nothing, so the check below proves nothing";
    const QByteArray basicToken = QByteArray(options.basicUser + ':' + options.basicPassword).toBase64();
    for (const QString &secret : {QString::fromLatin1(options.bearerToken), QStringLiteral("wrong-bearer-secret"),
                                  QString::fromLatin1(options.basicPassword), QStringLiteral("wrong-basic-secret"),
                                  QString::fromLatin1(basicToken)}) {
        for (const QString &line : std::as_const(g_log)) {
            EXPECT_FALSE(line.contains(secret)) << "a secret in the log: " << line.toStdString();
        }
        for (const ScrapeResult &result : results) {
            EXPECT_FALSE(result.failureText().contains(secret));
        }
    }
    g_log.clear();
}

// HTTPS with a self-signed certificate made by openssl for 127.0.0.1.
TEST(ScraperTlsTest, SelfSignedNeedsTheExactPin)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral("/usr/bin/openssl"))) << "openssl is needed (scripts/packages.txt)";
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const CommandResult made = runCommand(
        QStringLiteral("/usr/bin/openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
         QStringLiteral("-out"), cert},
        30s);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
    ASSERT_EQ(certificates.size(), 1);
    const QByteArray fingerprint = certificates.front().digest(QCryptographicHash::Sha256).toHex();

    HostileHttpServer::Options options;
    options.certificatePath = cert;
    options.keyPath = key;
    HostileHttpServer server(options);
    ASSERT_TRUE(server.start()) << server.errorString().toStdString();
    Scraper scraper;

    const ScrapeRequest plain = requestFor(server.url(QStringLiteral("/metrics")));
    const ScrapeResult unpinned = scrapeOne(scraper, plain);
    EXPECT_EQ(unpinned.failure.reason, Reason::Tls) << describe(unpinned);
    EXPECT_EQ(unpinned.failureId(), QStringLiteral("tls"));
    EXPECT_FALSE(unpinned.failure.detail.isEmpty()) << "the TLS error text is shown";

    ScrapeRequest pinned = plain;
    // Colons and upper case, as browsers and openssl print fingerprints.
    QByteArray printed;
    for (qsizetype i = 0; i < fingerprint.size(); i += 2) {
        printed += (i ? ":" : "") + fingerprint.mid(i, 2).toUpper();
    }
    pinned.pinnedSha256 = printed;
    const ScrapeResult good = scrapeOne(scraper, pinned);
    ASSERT_TRUE(good.ok()) << describe(good);
    EXPECT_EQ(good.samples.value("vigil_test_up"), 1.0);
    const ScrapeResult again = scrapeOne(scraper, pinned);
    EXPECT_TRUE(again.ok()) << describe(again);
    EXPECT_TRUE(again.reusedConnection);

    ScrapeRequest wrong = plain;
    wrong.pinnedSha256 = QByteArray(64, 'a');
    // On the pinned connection that is still open, and on a fresh one.
    for (int round = 0; round < 2; ++round) {
        const ScrapeResult mismatch = scrapeOne(round == 0 ? scraper : *std::make_unique<Scraper>(), wrong);
        EXPECT_EQ(mismatch.failure.reason, Reason::CertificatePinMismatch) << describe(mismatch);
        EXPECT_EQ(mismatch.failureId(), QStringLiteral("pin_mismatch"));
        EXPECT_EQ(mismatch.failure.expectedSha256, QByteArray(64, 'a'));
        EXPECT_EQ(mismatch.failure.presentedSha256, fingerprint);
        EXPECT_TRUE(mismatch.failureText().contains(QString::fromLatin1(fingerprint)));
        EXPECT_TRUE(mismatch.failureText().contains(QString(64, QLatin1Char('a'))));
    }

    const ScrapeResult stillUnpinned = scrapeOne(scraper, plain);
    EXPECT_EQ(stillUnpinned.failure.reason, Reason::Tls)
        << "a pinned connection must never serve an unpinned request: " << describe(stillUnpinned);
}

// A certificate authority and a certificate it signed for 127.0.0.1, made by openssl.
struct TestPki
{
    QString caCertificate;
    QString certificate;
    QString key;
    QByteArray fingerprint; // SHA-256 of the leaf, hex
};

std::optional<TestPki> makeCaSignedCertificate(const QTemporaryDir &dir)
{
    const QString openssl = QStringLiteral("/usr/bin/openssl");
    TestPki pki;
    pki.caCertificate = dir.filePath(QStringLiteral("ca.pem"));
    pki.certificate = dir.filePath(QStringLiteral("leaf.pem"));
    pki.key = dir.filePath(QStringLiteral("leaf-key.pem"));
    const QString caKey = dir.filePath(QStringLiteral("ca-key.pem"));
    const QString request = dir.filePath(QStringLiteral("leaf.csr"));
    const QString extensions = dir.filePath(QStringLiteral("leaf.ext"));
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)) {
        return std::nullopt;
    }
    ext.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
              "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n");
    ext.close();
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QList<QStringList> steps = {
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
            + QStringList{QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=Vigil Test CA"), QStringLiteral("-addext"),
                          QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                          QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"), caKey,
                          QStringLiteral("-out"), pki.caCertificate},
        QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec
            + QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), pki.key,
                          QStringLiteral("-out"), request},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                    QStringLiteral("-CA"), pki.caCertificate, QStringLiteral("-CAkey"), caKey,
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), extensions, QStringLiteral("-out"), pki.certificate},
    };
    for (const QStringList &arguments : steps) {
        const CommandResult result = runCommand(openssl, arguments, 30s);
        if (result.exitCode != 0) {
            ADD_FAILURE() << "openssl " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                          << result.err.toStdString();
            return std::nullopt;
        }
    }
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(pki.certificate);
    if (leaf.size() != 1) {
        return std::nullopt;
    }
    pki.fingerprint = leaf.front().digest(QCryptographicHash::Sha256).toHex();
    return pki;
}

// Trusts a CA in this process for as long as it lives (QNetworkRequest starts from the default configuration).
class TrustedCa
{
public:
    explicit TrustedCa(const QString &path)
        : m_previous(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration trusting = m_previous;
        trusting.addCaCertificates(QSslCertificate::fromPath(path));
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    ~TrustedCa() { QSslConfiguration::setDefaultConfiguration(m_previous); }
    TrustedCa(const TrustedCa &) = delete;
    TrustedCa &operator=(const TrustedCa &) = delete;

private:
    QSslConfiguration m_previous;
};

// A certificate that passes normal verification raises no sslErrors(): the pin must be checked when the handshake
// is done, before the request (and its Authorization header) goes out.
TEST(ScraperTlsTest, CaValidCertificateWithTheWrongPinIsRefusedBeforeTheRequest)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral("/usr/bin/openssl"))) << "openssl is needed (scripts/packages.txt)";
    QTemporaryDir dir;
    const std::optional<TestPki> pki = makeCaSignedCertificate(dir);
    ASSERT_TRUE(pki.has_value());
    const TrustedCa trust(pki->caCertificate);

    HostileHttpServer::Options options;
    options.certificatePath = pki->certificate;
    options.keyPath = pki->key;
    options.tls12Only = true;
    HostileHttpServer server(options);
    ASSERT_TRUE(server.start()) << server.errorString().toStdString();

    ScrapeRequest plain = requestFor(server.url(QStringLiteral("/auth-bearer")));
    plain.auth = ScrapeAuth::Bearer;
    plain.secret = QString::fromLatin1(options.bearerToken);
    {
        Scraper scraper;
        const ScrapeResult trusted = scrapeOne(scraper, plain);
        ASSERT_TRUE(trusted.ok()) << "the certificate must pass normal verification for this test: "
                                  << describe(trusted);
    }
    ASSERT_GT(server.bytesReceived(), 0) << "the server counts what it reads";

    ScrapeRequest wrong = plain;
    wrong.pinnedSha256 = QByteArray(64, 'b');
    ScrapeRequest right = plain;
    right.pinnedSha256 = pki->fingerprint;
    const auto expectRefusedUnsent = [&](Scraper &scraper, const char *when) {
        SCOPED_TRACE(when);
        const int connectionsBefore = server.connectionCount();
        const qint64 bytesBefore = server.bytesReceived();
        const ScrapeResult mismatch = scrapeOne(scraper, wrong);
        EXPECT_EQ(mismatch.failure.reason, Reason::CertificatePinMismatch) << describe(mismatch);
        EXPECT_EQ(mismatch.failure.expectedSha256, QByteArray(64, 'b'));
        EXPECT_EQ(mismatch.failure.presentedSha256, pki->fingerprint);
        EXPECT_TRUE(mismatch.failureText().contains(QString::fromLatin1(pki->fingerprint))) << describe(mismatch);
        EXPECT_TRUE(mismatch.failureText().contains(QString(64, QLatin1Char('b')))) << describe(mismatch);
        EXPECT_EQ(mismatch.httpStatus, 0) << "a response arrived, so a request was sent";
        // Give a request that did go out time to arrive before looking.
        QTest::qWait(300);
        EXPECT_EQ(server.connectionCount(), connectionsBefore + 1) << "a new connection with its own handshake";
        EXPECT_EQ(server.bytesReceived(), bytesBefore) << "request bytes (with the bearer token) reached the server";
    };

    {
        Scraper fresh;
        expectRefusedUnsent(fresh, "first connection");
    }
    // A kept-alive connection checked against the right pin must not carry a request made with another pin.
    Scraper scraper;
    const ScrapeResult first = scrapeOne(scraper, right);
    ASSERT_TRUE(first.ok()) << describe(first);
    const ScrapeResult reused = scrapeOne(scraper, right);
    ASSERT_TRUE(reused.ok()) << describe(reused);
    EXPECT_TRUE(reused.reusedConnection);
    expectRefusedUnsent(scraper, "with an idle connection checked against another pin");
    const ScrapeResult again = scrapeOne(scraper, right);
    EXPECT_TRUE(again.ok()) << describe(again);
}

TEST_F(ScraperTest, UnknownHostIsNamed)
{
    // Tests send nothing off loopback, and a lookup of any real-looking name (even under .invalid) would ask the
    // machine's name server. A name over 255 bytes is one no resolver may ask about (RFC 1035), so the C library
    // fails it locally, and the scraper still has to name it as a host that was not found.
    const QString label(63, u'x');
    const QString host = QStringList{label, label, label, label, QStringLiteral("invalid")}.join(u'.');
    const ScrapeResult result =
        scrapeOne(m_scraper, requestFor(QUrl(QStringLiteral("http://%1:9100/metrics").arg(host)), 10s));
    EXPECT_EQ(result.failure.reason, Reason::HostNotFound) << describe(result);
    EXPECT_EQ(result.failureId(), QStringLiteral("host_not_found"));
    EXPECT_TRUE(result.failureText().contains(host)) << describe(result);
}

// A real prometheus-node-exporter: gzip, many samples, keep-alive reuse.
TEST(ScraperNodeExporterTest, ScrapesRealNodeExporterWithGzipAndReuse)
{
    const QString exporter = QStringLiteral("/usr/bin/prometheus-node-exporter");
    ASSERT_TRUE(QFile::exists(exporter)) << "prometheus-node-exporter is not installed; ./test.sh installs it";
    QTemporaryDir dir;
    const QString textfiles = dir.filePath(QStringLiteral("textfile"));
    ASSERT_TRUE(QDir().mkpath(textfiles));
    QFile prom(textfiles + QStringLiteral("/vigil.prom"));
    ASSERT_TRUE(prom.open(QIODevice::WriteOnly));
    prom.write("# TYPE backup_last_size_bytes gauge\nbackup_last_size_bytes{job=\"nightly\"} 1048576\n");
    prom.close();

    const quint16 port = freeLoopbackPort();
    ChildProcess server(exporter, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                                   QStringLiteral("--collector.textfile.directory=") + textfiles});
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(server.waitForPort(port, 15s)) << server.describe().toStdString();

    Scraper scraper;
    const ScrapeRequest request = requestFor(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)), 10s);
    const ScrapeResult first = scrapeOne(scraper, request);
    ASSERT_TRUE(first.ok()) << describe(first);
    EXPECT_EQ(first.httpStatus, 200);
    EXPECT_TRUE(first.gzip) << "node_exporter compresses when asked";
    EXPECT_LT(first.bytesReceived * 2, first.bodyBytes) << "the body arrived compressed and was inflated here";
    EXPECT_GT(first.samples.size(), 200);
    EXPECT_GE(first.samples.indexOf("node_uname_info"), 0);
    EXPECT_GE(first.samples.indexOf("node_time_seconds"), 0);
    EXPECT_GE(first.samples.indexOf("node_cpu_seconds_total", {{"mode", "idle"}}), 0);
    EXPECT_EQ(first.samples.value("backup_last_size_bytes", {{"job", "nightly"}}), 1048576.0);
    EXPECT_EQ(first.samples.value("node_textfile_scrape_error"), 0.0);
    EXPECT_FALSE(first.reusedConnection);

    const ScrapeResult second = scrapeOne(scraper, request);
    ASSERT_TRUE(second.ok()) << describe(second);
    EXPECT_TRUE(second.reusedConnection) << "keep-alive connection reused on the second scrape";
    server.stop();
}

bool control(quint16 controlPort, const QByteArray &query)
{
    const CommandResult result =
        runCommand(QStringLiteral("curl"),
                   {QStringLiteral("-sf"), QStringLiteral("http://127.0.0.1:%1/control?device=0&").arg(controlPort)
                                               + QString::fromLatin1(query)},
                   10s);
    return result.exitCode == 0 && result.out == "ok\n";
}

// The fleet simulator: a realistic payload, then its trouble modes give the named failures.
TEST(ScraperFleetSimTest, FleetSimModesGiveNamedFailures)
{
    const quint16 basePort = freeLoopbackPort();
    const quint16 controlPort = freeLoopbackPort();
    ChildProcess fleet(builtProgram(QStringLiteral("vigil-fleetsim")),
                       {QStringLiteral("--devices"), QStringLiteral("1"), QStringLiteral("--seed"),
                        QStringLiteral("11"), QStringLiteral("--base-port"), QString::number(basePort),
                        QStringLiteral("--control-port"), QString::number(controlPort)});
    ASSERT_TRUE(fleet.start());
    ASSERT_TRUE(fleet.waitForOutput("vigil-fleetsim: serving", 30s)) << fleet.describe().toStdString();
    ASSERT_TRUE(control(controlPort, "mode=normal"));

    Scraper scraper;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(basePort));
    const ScrapeResult healthy = scrapeOne(scraper, requestFor(url, 5s));
    ASSERT_TRUE(healthy.ok()) << describe(healthy);
    EXPECT_TRUE(healthy.gzip);
    EXPECT_GE(healthy.samples.size(), 500);
    EXPECT_LE(healthy.samples.size(), 1500);
    const ScrapeResult reused = scrapeOne(scraper, requestFor(url, 5s));
    EXPECT_TRUE(reused.ok()) << describe(reused);
    EXPECT_TRUE(reused.reusedConnection);

    ASSERT_TRUE(control(controlPort, "mode=offline"));
    const ScrapeResult offline = scrapeOne(scraper, requestFor(url, 5s));
    EXPECT_EQ(offline.failure.reason, Reason::ConnectionRefused) << describe(offline);

    ASSERT_TRUE(control(controlPort, "mode=slow&delay=5"));
    const ScrapeResult slow = scrapeOne(scraper, requestFor(url, 1500ms));
    EXPECT_EQ(slow.failure.reason, Reason::Timeout) << describe(slow);
    EXPECT_LT(slow.duration, 2500ms);

    ASSERT_TRUE(control(controlPort, "mode=malformed&variant=value"));
    const ScrapeResult malformed = scrapeOne(scraper, requestFor(url, 5s));
    EXPECT_EQ(malformed.failure.reason, Reason::Parse) << describe(malformed);
    EXPECT_GT(malformed.failure.line, 0);

    ASSERT_TRUE(control(controlPort, "mode=huge&samples=60000"));
    const ScrapeResult huge = scrapeOne(scraper, requestFor(url, 10s));
    EXPECT_EQ(huge.failure.reason, Reason::TooLarge) << describe(huge);
    EXPECT_EQ(huge.failure.limit, Limit::Samples);
    fleet.stop();
}

} // namespace
