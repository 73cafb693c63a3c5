// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScrapeRequest.h"
#include "ScrapeResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace Vigil {

class ScrapeJob;

// Fetches exporter bodies over HTTP(S) and parses them. One per poller thread: it owns the QNetworkAccessManager,
// so keep-alive connections to an endpoint are reused from one poll to the next. Every scrape() gets exactly one
// finished() with the same request id (also for a bad URL or a cancel), unless the Scraper is destroyed first.
// The request and the result are values; nothing the receiver gets points into the Scraper.
class Scraper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scraper)

public:
    explicit Scraper(QObject *parent = nullptr);
    ~Scraper() override;

    // Starts a scrape and returns its request id (never 0). The result always arrives later, from the event loop.
    quint64 scrape(const ScrapeRequest &request);
    // Ends a running scrape with a Cancelled result; false if it is unknown or already finished.
    bool cancel(quint64 requestId);
    qsizetype runningCount() const;

    // "Vigil/<version>"
    static QByteArray userAgent();
    // Prometheus text first, then OpenMetrics, as Prometheus' own scraper asks.
    static QByteArray acceptHeader();

Q_SIGNALS:
    void finished(const Vigil::ScrapeResult &result);

private:
    void jobDone(ScrapeJob *job, const ScrapeResult &result);
    QNetworkAccessManager *networkFor(const QUrl &url);
    QNetworkAccessManager *pinnedNetworkFor(const QUrl &url, const QByteArray &pin);
    void retirePinnedNetwork();
    bool hasJobsOn(const QNetworkAccessManager *network) const;

    // Each manager runs its own HTTP thread, and that thread poll()s every socket it holds on each wake-up: with one
    // manager holding 10,000 keep-alive connections, that poll() cost most of a core. So an origin ("http://host:port")
    // is given to a manager when first seen and stays with it (its keep-alive connection is reused), and a manager
    // takes at most kOriginsPerNetwork origins before the next one is made. Fleets of that size or less get one.
    static constexpr qsizetype kOriginsPerNetwork = 256;
    QList<QNetworkAccessManager *> m_networks;
    QHash<QString, QNetworkAccessManager *> m_originNetworks;
    // Certificates accepted through a pin are only ever used by pinned requests: their connections live in their
    // own manager (and so its own connection cache), never shared with requests that rely on normal verification.
    QNetworkAccessManager *m_pinnedNetwork = nullptr;
    // Origin ("https://host:port") → the pin every connection of m_pinnedNetwork to it was checked against.
    QHash<QString, QByteArray> m_pinnedOrigins;
    // Pinned managers replaced while requests still ran on them; deleted when their last request ends.
    QSet<QNetworkAccessManager *> m_retiredNetworks;
    QHash<quint64, QNetworkAccessManager *> m_pinnedJobs; // request id → the pinned manager it runs on
    QHash<quint64, ScrapeJob *> m_jobs;
    quint64 m_nextId = 1;
};

} // namespace Vigil
