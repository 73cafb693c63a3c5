// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrapeJob.h"

#include "ExpositionParser.h"
#include "ExpositionVisitor.h"
#include "GzipDecoder.h"
#include "Scraper.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace Vigil {

namespace {

// Copies what the parser reads into the result's compact, owning collection.
class SampleCollector final : public ExpositionVisitor
{
public:
    explicit SampleCollector(ScrapeSamples &samples)
        : m_samples(samples)
    {
    }
    void sample(const ExpositionSample &sample) override { m_samples.append(sample); }

private:
    ScrapeSamples &m_samples;
};

constexpr qint64 kReadBufferBytes = 512 * 1024;

ScrapeFailure failureOf(ScrapeFailure::Reason reason, const QString &detail = {})
{
    ScrapeFailure failure;
    failure.reason = reason;
    failure.detail = detail;
    return failure;
}

ScrapeFailure tooLarge(ScrapeFailure::Limit limit, qint64 value)
{
    ScrapeFailure failure;
    failure.reason = ScrapeFailure::Reason::TooLarge;
    failure.limit = limit;
    failure.limitValue = value;
    return failure;
}

ScrapeFailure::Reason reasonFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ScrapeFailure::Reason::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ScrapeFailure::Reason::HostNotFound;
    case QNetworkReply::RemoteHostClosedError:
        return ScrapeFailure::Reason::ConnectionReset;
    case QNetworkReply::TimeoutError:
        return ScrapeFailure::Reason::Timeout;
    case QNetworkReply::OperationCanceledError:
        return ScrapeFailure::Reason::Cancelled;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError: // Qt's code for a TLS failure after the handshake, among others
        return ScrapeFailure::Reason::Tls;
    default:
        return ScrapeFailure::Reason::Network;
    }
}

// Prometheus' text format is what exporters send by default; OpenMetrics only when the server says so.
ExpositionFormat formatFor(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("application/openmetrics-text") ? ExpositionFormat::OpenMetrics
                                                                                      : ExpositionFormat::Prometheus;
}

} // namespace

ScrapeJob::ScrapeJob(quint64 requestId, const ScrapeRequest &request, DoneCallback done, QObject *parent)
    : QObject(parent)
    , m_requestId(requestId)
    , m_request(request)
    , m_done(std::move(done))
    , m_pin(normalisedFingerprint(request.pinnedSha256))
{
    m_clock.start();
    m_result.requestId = requestId;
    m_result.deviceId = request.deviceId;
    m_result.started = QDateTime::currentDateTimeUtc();
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        ScrapeFailure failure = failureOf(ScrapeFailure::Reason::Timeout);
        failure.limitValue = m_request.timeout.count();
        fail(failure);
    });
}

ScrapeJob::~ScrapeJob()
{
    detachReply();
}

QByteArray ScrapeJob::sha256Hex(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
}

QByteArray ScrapeJob::normalisedFingerprint(const QByteArray &fingerprint)
{
    QByteArray hex;
    hex.reserve(64);
    for (const char c : fingerprint) {
        if (c != ':' && c != ' ') {
            hex.append(static_cast<char>(QChar::toLower(static_cast<char32_t>(static_cast<uchar>(c)))));
        }
    }
    return hex;
}

void ScrapeJob::start(QNetworkAccessManager *network)
{
    QNetworkRequest request(m_request.url.adjusted(QUrl::RemoveUserInfo));
    request.setRawHeader("Accept", Scraper::acceptHeader());
    // Setting Accept-Encoding ourselves turns Qt's transparent decompression off, so the body arrives as sent and
    // the decompressed size limit can be enforced while inflating (a gzip bomb stops at the limit).
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setRawHeader("User-Agent", Scraper::userAgent());
    switch (m_request.auth) {
    case ScrapeAuth::None:
        break;
    case ScrapeAuth::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_request.secret.toUtf8());
        break;
    case ScrapeAuth::Basic:
        request.setRawHeader("Authorization",
                             "Basic "
                                 + QByteArray(m_request.user.toUtf8() + ':' + m_request.secret.toUtf8()).toBase64());
        break;
    }
    // HTTP/1.1 keep-alive, as Prometheus scrapes; a redirect may not take the credentials to another origin.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Certificate verification stays on (Qt's default); a pin only decides in onSslErrors().

    m_deadline.start(m_request.timeout);
    m_reply = network->get(request);
    // Backpressure: without a read buffer limit, Qt's HTTP thread keeps reading a socket for as long as data keeps
    // arriving, so one endpoint streaming without end starves every other request of this manager (and an abort
    // never gets through). With a limit it stops at the limit and returns to its event loop until we have read.
    m_reply->setReadBufferSize(kReadBufferBytes);
    // Qt emits socketStartedConnecting() only when the request needs a new TCP connection; a request handed to an
    // idle keep-alive connection never sees it. That is how reusedConnection is known, not guessed.
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, [this] { m_startedConnecting = true; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ScrapeJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ScrapeJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ScrapeJob::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ScrapeJob::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &ScrapeJob::onEncrypted);
}

void ScrapeJob::onSslErrors(const QList<QSslError> &errors)
{
    if (m_reported) {
        return;
    }
    QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    if (leaf.isNull()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull()) {
                leaf = error.certificate();
                break;
            }
        }
    }
    if (!m_pin.isEmpty()) {
        const QByteArray presented = sha256Hex(leaf);
        if (presented == m_pin) {
            m_reply->ignoreSslErrors(errors);
            return;
        }
        m_pendingFailure = failureOf(ScrapeFailure::Reason::CertificatePinMismatch);
        m_pendingFailure.expectedSha256 = m_pin;
        m_pendingFailure.presentedSha256 = presented;
        return;
    }
    QStringList texts;
    for (const QSslError &error : errors) {
        texts.append(error.errorString());
    }
    // Not ignoring the errors makes Qt fail the handshake; the reason is reported when the reply finishes.
    m_pendingFailure = failureOf(ScrapeFailure::Reason::Tls, texts.join(QLatin1String("; ")));
}

// Qt's HTTP thread waits for this slot (a blocking queued connection) before it sends the request, so a pin refused
// here keeps the request and its Authorization header off the wire.
void ScrapeJob::onEncrypted()
{
    if (m_reported || m_pin.isEmpty()) {
        return;
    }
    if (m_reply->sslConfiguration().peerCertificate().isNull()) {
        fail(failureOf(ScrapeFailure::Reason::Tls,
                       QCoreApplication::translate("Vigil::Scraper",
                                                   "the endpoint presented no certificate to check against the pin")));
        return;
    }
    checkPin();
}

// A pinned endpoint must present the pinned certificate even when it would pass normal verification, and also on
// a reused connection (where there is no handshake to look at).
bool ScrapeJob::checkPin()
{
    if (m_pin.isEmpty() || !m_reply) {
        return true;
    }
    const QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    if (leaf.isNull()) {
        return true; // not known yet; onSslErrors() or the next check decides
    }
    const QByteArray presented = sha256Hex(leaf);
    if (presented == m_pin) {
        return true;
    }
    ScrapeFailure failure = failureOf(ScrapeFailure::Reason::CertificatePinMismatch);
    failure.expectedSha256 = m_pin;
    failure.presentedSha256 = presented;
    fail(failure);
    return false;
}

void ScrapeJob::onMetaDataChanged()
{
    if (!m_reported && !m_headersChecked) {
        checkHeaders();
    }
}

bool ScrapeJob::checkHeaders()
{
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        return true; // no response yet
    }
    const int status = statusAttribute.toInt();
    m_result.httpStatus = status;
    if (status >= 300 && status < 400 && m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid()) {
        return true; // Qt follows it (same origin only) or ends the reply with it
    }
    m_headersChecked = true;
    if (!checkPin()) {
        return false;
    }
    if (status < 200 || status >= 300) {
        // The error page is not wanted: stop downloading it.
        ScrapeFailure failure = failureOf(ScrapeFailure::Reason::HttpStatus,
                                          m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        failure.httpStatus = status;
        fail(failure);
        return false;
    }
    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    if (contentType.trimmed().toLower().startsWith("text/html")) {
        fail(failureOf(ScrapeFailure::Reason::NotAnExporter));
        return false;
    }
    m_result.format = formatFor(contentType);
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip") {
        m_result.gzip = true;
        m_gzip = std::make_unique<GzipDecoder>(m_request.limits.maxBodyBytes);
    } else if (!encoding.isEmpty() && encoding != "identity") {
        fail(failureOf(ScrapeFailure::Reason::Unsupported,
                       QCoreApplication::translate("Vigil::Scraper", "content encoding \"%1\"")
                           .arg(QString::fromLatin1(encoding))));
        return false;
    }
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    m_contentLength = known ? length : -1;
    if (known && length > m_request.limits.maxBodyBytes) {
        fail(tooLarge(ScrapeFailure::Limit::BodyBytes, m_request.limits.maxBodyBytes));
        return false;
    }
    return true;
}

void ScrapeJob::onReadyRead()
{
    if (m_reported) {
        return;
    }
    if (!m_headersChecked && !checkHeaders()) {
        return;
    }
    if (!m_headersChecked) {
        m_reply->skip(m_reply->bytesAvailable()); // a redirect's body
        return;
    }
    readBody();
}

// Reads what has arrived, in bounded chunks, checking the limits as it goes.
bool ScrapeJob::readBody()
{
    constexpr qint64 chunkSize = 64 * 1024;
    char buffer[chunkSize];
    for (;;) {
        const qint64 read = m_reply->read(buffer, chunkSize);
        if (read <= 0) {
            return true;
        }
        if (!appendBody(QByteArrayView(buffer, read))) {
            return false;
        }
    }
}

bool ScrapeJob::appendBody(QByteArrayView chunk)
{
    const qint64 limit = m_request.limits.maxBodyBytes;
    m_result.bytesReceived += chunk.size();
    if (m_result.bytesReceived > limit) {
        fail(tooLarge(ScrapeFailure::Limit::BodyBytes, limit));
        return false;
    }
    if (m_gzip) {
        switch (m_gzip->feed(chunk, m_body)) {
        case GzipDecoder::Status::Ok:
        case GzipDecoder::Status::Finished:
            break;
        case GzipDecoder::Status::OverLimit:
            m_result.bodyBytes = m_body.size();
            fail(tooLarge(ScrapeFailure::Limit::DecompressedBytes, limit));
            return false;
        case GzipDecoder::Status::Corrupt:
            fail(failureOf(ScrapeFailure::Reason::Decode, m_gzip->errorText()));
            return false;
        }
    } else {
        m_body.append(chunk);
    }
    m_result.bodyBytes = m_body.size();
    if (!m_sniffed) {
        // The first byte that is not a BOM or white space tells an HTML page (a login portal, a proxy's error
        // page, a web UI on the wrong port) from an exposition body, whatever the Content-Type claims.
        qsizetype i = m_body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (i < m_body.size()
               && (m_body.at(i) == ' ' || m_body.at(i) == '\t' || m_body.at(i) == '\r' || m_body.at(i) == '\n')) {
            ++i;
        }
        if (i < m_body.size()) {
            m_sniffed = true;
            if (m_body.at(i) == '<') {
                fail(failureOf(ScrapeFailure::Reason::NotAnExporter));
                return false;
            }
        }
    }
    return true;
}

void ScrapeJob::onFinished()
{
    if (m_reported) {
        return;
    }
    if (m_pendingFailure.isFailure()) {
        fail(m_pendingFailure);
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && (status.toInt() < 200 || status.toInt() >= 300)) {
        if (!checkPin()) {
            return;
        }
        // Also a redirect that was not followed (another origin, too many hops).
        ScrapeFailure failure = failureOf(ScrapeFailure::Reason::HttpStatus,
                                          m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        failure.httpStatus = status.toInt();
        m_result.httpStatus = failure.httpStatus;
        fail(failure);
        return;
    }
    if (error != QNetworkReply::NoError) {
        // Qt's error text may hold the URL, never the Authorization header.
        const ScrapeFailure::Reason reason = reasonFor(error);
        ScrapeFailure failure = failureOf(reason, m_reply->errorString());
        if (reason == ScrapeFailure::Reason::Timeout) {
            failure.limitValue = m_request.timeout.count();
        } else if (reason == ScrapeFailure::Reason::HostNotFound) {
            failure.detail = m_request.url.host();
        }
        fail(failure);
        return;
    }
    if (!m_headersChecked && !checkHeaders()) {
        return;
    }
    if (!readBody()) {
        return;
    }
    // Qt can end a reply whose connection was reset mid-body as if it were complete; the length says otherwise.
    if (m_contentLength >= 0 && m_result.bytesReceived < m_contentLength) {
        // An int chooses the plural form; the Content-Length is within the body limit, megabytes at most.
        const int expected = static_cast<int>(std::min<qint64>(m_contentLength, std::numeric_limits<int>::max()));
        fail(failureOf(
            ScrapeFailure::Reason::ConnectionReset,
            QCoreApplication::translate("Vigil::Scraper", "the body ended after %1 of %n byte(s)", nullptr, expected)
                .arg(m_result.bytesReceived)));
        return;
    }
    if (m_gzip && !m_gzip->finished()) {
        fail(failureOf(ScrapeFailure::Reason::Decode,
                       QCoreApplication::translate("Vigil::Scraper", "the gzip stream ends early")));
        return;
    }
    m_result.reusedConnection = !m_startedConnecting;
    parse();
}

void ScrapeJob::parse()
{
    ExpositionParser parser(m_request.limits.parser);
    SampleCollector collector(m_result.samples);
    const ExpositionParseResult parsed = parser.parse(m_body, collector, m_result.format);
    if (parsed.ok()) {
        report();
        return;
    }
    m_result.samples.clear();
    ScrapeFailure failure;
    failure.line = parsed.line;
    failure.column = parsed.column;
    failure.limitValue = parsed.limit;
    switch (parsed.error) {
    case ExpositionError::TooManySamples:
        failure.reason = ScrapeFailure::Reason::TooLarge;
        failure.limit = ScrapeFailure::Limit::Samples;
        break;
    case ExpositionError::TooManyLabels:
        failure.reason = ScrapeFailure::Reason::TooLarge;
        failure.limit = ScrapeFailure::Limit::LabelsPerSample;
        break;
    case ExpositionError::LabelValueTooLong:
        failure.reason = ScrapeFailure::Reason::TooLarge;
        failure.limit = ScrapeFailure::Limit::LabelValueBytes;
        break;
    case ExpositionError::LineTooLong:
        failure.reason = ScrapeFailure::Reason::TooLarge;
        failure.limit = ScrapeFailure::Limit::LineBytes;
        break;
    default:
        failure.reason = ScrapeFailure::Reason::Parse;
        failure.detail = parsed.message();
        break;
    }
    fail(failure);
}

void ScrapeJob::fail(const ScrapeFailure &failure)
{
    if (m_reported) {
        return;
    }
    m_result.failure = failure;
    report();
}

void ScrapeJob::report()
{
    if (m_reported) {
        return;
    }
    m_reported = true;
    m_deadline.stop();
    detachReply();
    m_body = QByteArray(); // give the memory back now, not when the job is deleted
    m_gzip.reset();
    m_result.finished = QDateTime::currentDateTimeUtc();
    m_result.duration = std::chrono::milliseconds(m_clock.elapsed());
    if (m_done) {
        m_done(this, m_result);
    }
}

void ScrapeJob::abandon()
{
    m_reported = true;
    m_deadline.stop();
    detachReply();
}

void ScrapeJob::detachReply()
{
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning()) {
        reply->abort();
    }
    reply->deleteLater();
}

} // namespace Vigil
