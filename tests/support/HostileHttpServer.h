// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;
class QObject;

namespace VigilTest {

// An HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, for the scraper's tests. It runs on its own thread, so
// a test that waits on the scraper in its own event loop is still served. Paths:
//   /metrics          a small valid exposition body (keep-alive)
//   /openmetrics      an OpenMetrics body with a float-seconds timestamp
//   /too-large        Content-Length of 20 MiB, streamed
//   /gzip-bomb        Content-Encoding: gzip, ~64 KiB that inflate to 64 MiB of zeros (built at start with zlib)
//   /gzip-corrupt     Content-Encoding: gzip, but the body is plain text
//   /gzip-truncated   Content-Encoding: gzip, the first half of a valid gzip body (Content-Length matches it)
//   /chunked-endless  a chunked body of valid lines that never ends, as fast as the client reads
//   /chunked-slow     a chunked body that never ends, one small chunk every 200 ms
//   /drip             Content-Length 1000, then one byte every 5 s
//   /silence          accepts and reads the request, then never answers
//   /reset            headers and part of the body, then an RST (SO_LINGER 0)
//   /status-500       HTTP 500
//   /html             200 with Content-Type text/html
//   /html-as-text     200, Content-Type text/plain, but the body is an HTML page
//   /bad-utf8         a label value with invalid UTF-8 on line 2
//   /million          a million samples (gzip when asked)
//   /auth-bearer      /metrics for "Authorization: Bearer <token>", else 401
//   /auth-basic       /metrics for "Authorization: Basic <user:password>", else 401
// With a certificate and key it speaks HTTPS only.
class HostileHttpServer final
{
public:
    struct Options
    {
        QString certificatePath; // PEM; with keyPath, serve HTTPS
        QString keyPath;         // PEM, EC or RSA
        // TLS 1.2 only. Its server finishes the handshake before the client's does, so connectionCount() and
        // bytesReceived() tell "handshake done, nothing sent" apart from "never connected".
        bool tls12Only = false;
        QByteArray bearerToken = "test-bearer-token";
        QByteArray basicUser = "scraper";
        QByteArray basicPassword = "test-basic-password";
    };

    HostileHttpServer();
    explicit HostileHttpServer(Options options);
    ~HostileHttpServer();
    HostileHttpServer(const HostileHttpServer &) = delete;
    HostileHttpServer &operator=(const HostileHttpServer &) = delete;

    // Listens on 127.0.0.1 on a free port; false (see errorString()) if it cannot.
    bool start();
    quint16 port() const;
    QUrl url(const QString &path) const;
    // TCP connections accepted so far (to tell keep-alive reuse from new connections); with TLS, counted once the
    // handshake is done.
    int connectionCount() const;
    // Application bytes read from clients so far (after TLS decryption): what a client sent as its requests.
    qint64 bytesReceived() const;
    QString errorString() const;

private:
    Options m_options;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr;
    quint16 m_port = 0;
    QString m_error;
    std::shared_ptr<std::atomic<int>> m_connections;
    std::shared_ptr<std::atomic<qint64>> m_bytesReceived;
};

} // namespace VigilTest
