// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScrapeRequest.h"
#include "ScrapeResult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QSslError;

namespace Vigil {

class GzipDecoder;

// One request of a Scraper: sends it, reads the body incrementally under the limits, enforces the deadline, checks
// TLS pins, decompresses and parses, and reports once. Internal to Scraper.
class ScrapeJob final : public QObject
{
    Q_DISABLE_COPY_MOVE(ScrapeJob)

public:
    using DoneCallback = std::function<void(ScrapeJob *, const ScrapeResult &)>;

    ScrapeJob(quint64 requestId, const ScrapeRequest &request, DoneCallback done, QObject *parent);
    ~ScrapeJob() override;

    void start(QNetworkAccessManager *network);
    // Reports the failure (if it has not reported yet) and stops the transfer.
    void fail(const ScrapeFailure &failure);
    // Stops the transfer without reporting (the Scraper is going away).
    void abandon();

    static QByteArray sha256Hex(const QSslCertificate &certificate);
    static QByteArray normalisedFingerprint(const QByteArray &fingerprint);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    bool checkHeaders();
    bool checkPin();
    bool readBody();
    bool appendBody(QByteArrayView chunk);
    void parse();
    void report();
    void detachReply();

    quint64 m_requestId = 0;
    ScrapeRequest m_request;
    DoneCallback m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    std::unique_ptr<GzipDecoder> m_gzip;
    QByteArray m_body;
    QByteArray m_pin;
    ScrapeResult m_result;
    qint64 m_contentLength = -1;
    ScrapeFailure m_pendingFailure; // recorded during the TLS handshake, reported when Qt ends the reply
    bool m_headersChecked = false;
    bool m_sniffed = false;
    bool m_startedConnecting = false;
    bool m_reported = false;
};

} // namespace Vigil
