// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scraper.h"

#include "PollLogging.h"
#include "ScrapeJob.h"

#include <QMetaObject>
#include <QNetworkAccessManager>

namespace Vigil {

namespace {

QNetworkAccessManager *makeNetwork(QObject *parent)
{
    auto *network = new QNetworkAccessManager(parent);
    network->setAutoDeleteReplies(false);
    // Exporters never need a cookie, and a cookie from one device must not travel to the next poll.
    network->setCookieJar(nullptr);
    return network;
}

} // namespace

Scraper::Scraper(QObject *parent)
    : QObject(parent)
{
}

Scraper::~Scraper()
{
    // Jobs first: their replies belong to the managers, which are children of this and would go first otherwise.
    const QList<ScrapeJob *> jobs = m_jobs.values();
    m_jobs.clear();
    for (ScrapeJob *job : jobs) {
        job->abandon();
        delete job;
    }
}

QByteArray Scraper::userAgent()
{
    return QByteArrayLiteral("Vigil/" VIGIL_VERSION_STRING);
}

QByteArray Scraper::acceptHeader()
{
    return QByteArrayLiteral(
        "text/plain;version=0.0.4;q=0.9, application/openmetrics-text;version=1.0.0;q=0.5, */*;q=0.1");
}

quint64 Scraper::scrape(const ScrapeRequest &request)
{
    const quint64 id = m_nextId++;
    auto *job = new ScrapeJob(
        id, request, [this](ScrapeJob *done, const ScrapeResult &result) { jobDone(done, result); }, this);
    m_jobs.insert(id, job);

    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        ScrapeFailure failure;
        failure.reason = ScrapeFailure::Reason::Unsupported;
        failure.detail = request.url.isValid() && !request.url.host().isEmpty()
                             ? tr("URL scheme \"%1\" (only http and https)").arg(request.url.scheme())
                             : tr("invalid URL \"%1\"").arg(request.url.toDisplayString(QUrl::RemoveUserInfo));
        // The caller has no request id yet: report from the event loop, never from inside scrape().
        QMetaObject::invokeMethod(
            job, [job, failure] { job->fail(failure); }, Qt::QueuedConnection);
        return id;
    }

    const bool pinned = scheme == QLatin1String("https") && !request.pinnedSha256.isEmpty();
    QNetworkAccessManager *network = nullptr;
    if (!pinned) {
        network = networkFor(request.url);
    } else {
        network = pinnedNetworkFor(request.url, ScrapeJob::normalisedFingerprint(request.pinnedSha256));
        m_pinnedJobs.insert(id, network);
    }
    job->start(network);
    return id;
}

QNetworkAccessManager *Scraper::networkFor(const QUrl &url)
{
    // Scheme, host and port: what Qt's connection cache keys a keep-alive connection on.
    const QString scheme = url.scheme().toLower();
    const QString origin = scheme + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':')
                           + QString::number(url.port(scheme == QLatin1String("https") ? 443 : 80));
    QNetworkAccessManager *&network = m_originNetworks[origin];
    if (!network) {
        const qsizetype shard = (m_originNetworks.size() - 1) / kOriginsPerNetwork;
        if (shard == m_networks.size()) {
            m_networks.append(makeNetwork(this));
        }
        network = m_networks.at(shard);
    }
    return network;
}

// A pin is checked on the TLS handshake, and Qt hands a request to an idle keep-alive connection without one. So a
// pinned manager only ever holds connections to an origin that were checked against one pin: a request with another
// pin (the pin was changed, or two devices share an address) goes to a fresh manager and gets its own handshake.
// The other pinned endpoints pay one new handshake each.
QNetworkAccessManager *Scraper::pinnedNetworkFor(const QUrl &url, const QByteArray &pin)
{
    const QString origin =
        QStringLiteral("https://%1:%2").arg(url.host(QUrl::FullyEncoded).toLower()).arg(url.port(443));
    if (m_pinnedNetwork) {
        const auto known = m_pinnedOrigins.constFind(origin);
        if (known != m_pinnedOrigins.cend() && *known != pin) {
            retirePinnedNetwork();
        }
    }
    if (!m_pinnedNetwork) {
        m_pinnedNetwork = makeNetwork(this);
    }
    m_pinnedOrigins.insert(origin, pin);
    return m_pinnedNetwork;
}

void Scraper::retirePinnedNetwork()
{
    QNetworkAccessManager *retired = std::exchange(m_pinnedNetwork, nullptr);
    m_pinnedOrigins.clear();
    if (hasJobsOn(retired)) {
        m_retiredNetworks.insert(retired);
    } else {
        retired->deleteLater();
    }
}

bool Scraper::hasJobsOn(const QNetworkAccessManager *network) const
{
    for (const QNetworkAccessManager *used : m_pinnedJobs) {
        if (used == network) {
            return true;
        }
    }
    return false;
}

bool Scraper::cancel(quint64 requestId)
{
    ScrapeJob *job = m_jobs.value(requestId);
    if (!job) {
        return false;
    }
    ScrapeFailure failure;
    failure.reason = ScrapeFailure::Reason::Cancelled;
    job->fail(failure);
    return true;
}

qsizetype Scraper::runningCount() const
{
    return m_jobs.size();
}

void Scraper::jobDone(ScrapeJob *job, const ScrapeResult &result)
{
    m_jobs.remove(result.requestId);
    job->deleteLater();
    if (QNetworkAccessManager *network = m_pinnedJobs.take(result.requestId);
        network && m_retiredNetworks.contains(network) && !hasJobsOn(network)) {
        m_retiredNetworks.remove(network);
        network->deleteLater();
    }
    if (result.ok()) {
        qCDebug(lcPoll).nospace() << "scrape " << result.requestId << " of device " << result.deviceId << ": "
                                  << result.samples.size() << " samples, " << result.bytesReceived << " bytes in "
                                  << result.duration.count() << " ms" << (result.reusedConnection ? " (reused)" : "");
    } else {
        qCInfo(lcPoll).nospace() << "scrape " << result.requestId << " of device " << result.deviceId
                                 << " failed: " << result.failureId() << ": " << result.failureText();
    }
    Q_EMIT finished(result);
}

} // namespace Vigil
