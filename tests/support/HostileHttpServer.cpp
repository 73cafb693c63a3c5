// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileHttpServer.h"

#include <QFile>
#include <QHostAddress>
#include <QMetaObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>
#include <zlib.h>

#include <functional>

namespace VigilTest {

namespace {

constexpr qint64 kWriteAhead = 256 * 1024;

QByteArray gzipCompress(const std::function<bool(QByteArray &)> &source)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out;
    QByteArray input;
    bool more = true;
    char buffer[64 * 1024];
    while (more) {
        input.clear();
        more = source(input);
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = static_cast<uInt>(input.size());
        const int flush = more ? Z_NO_FLUSH : Z_FINISH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof(buffer);
            deflate(&z, flush);
            out.append(buffer, static_cast<qsizetype>(sizeof(buffer) - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

const QByteArray kMetricsBody = "# HELP vigil_test_up Whether the test endpoint is up.\n"
                                "# TYPE vigil_test_up gauge\n"
                                "vigil_test_up 1\n"
                                "# TYPE vigil_test_requests_total counter\n"
                                "vigil_test_requests_total{code=\"200\",handler=\"metrics\"} 42\n";

struct Payloads
{
    QByteArray gzipBomb;
    QByteArray gzipTruncated;
    QByteArray millionPlain;
    QByteArray millionGzip;
};

Payloads makePayloads()
{
    Payloads payloads;
    int rounds = 0;
    const QByteArray zeros(1024 * 1024, '\0');
    payloads.gzipBomb = gzipCompress([&](QByteArray &chunk) {
        chunk = zeros;
        return ++rounds < 64;
    });
    bool metricsSent = false;
    const QByteArray metricsGzip = gzipCompress([&](QByteArray &chunk) {
        if (!metricsSent) {
            chunk = kMetricsBody;
            metricsSent = true;
        }
        return false;
    });
    payloads.gzipTruncated = metricsGzip.left(metricsGzip.size() / 2);
    payloads.millionPlain.reserve(8 * 1000 * 1000);
    payloads.millionPlain.append("# TYPE m gauge\n");
    for (int i = 0; i < 1000 * 1000; ++i) {
        payloads.millionPlain.append("m ").append(QByteArray::number(i % 10)).append('\n');
    }
    bool sent = false;
    payloads.millionGzip = gzipCompress([&](QByteArray &chunk) {
        if (!sent) {
            chunk = payloads.millionPlain;
            sent = true;
        }
        return false;
    });
    return payloads;
}

// One client connection: reads requests, answers by path, streams what needs streaming.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, const HostileHttpServer::Options &options, const Payloads &payloads,
               std::shared_ptr<std::atomic<qint64>> bytesReceived)
        : QObject(socket)
        , m_socket(socket)
        , m_options(options)
        , m_payloads(payloads)
        , m_bytesReceived(std::move(bytesReceived))
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { readRequest(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        readRequest();
    }

private:
    void readRequest()
    {
        const QByteArray received = m_socket->readAll();
        m_bytesReceived->fetch_add(received.size());
        m_buffer += received;
        if (m_busy) {
            return;
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                m_headers.append({lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
            }
        }
        respond(requestLine.value(1));
    }

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : m_headers) {
            if (key == name) {
                return value;
            }
        }
        return {};
    }

    void send(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body,
              const QByteArray &extraHeaders = {})
    {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        response += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
                    + extraHeaders + "\r\n";
        m_socket->write(response);
        m_socket->write(body);
        m_busy = false;
        if (!m_buffer.isEmpty()) {
            QTimer::singleShot(0, this, [this] { readRequest(); });
        }
    }

    void sendHead(const QByteArray &headers)
    {
        m_busy = true;
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n" + headers
                        + "\r\n");
    }

    void stream(std::function<bool(QByteArray &)> producer)
    {
        m_producer = std::move(producer);
        pump();
    }

    void pump()
    {
        while (m_producer && m_socket->state() == QAbstractSocket::ConnectedState
               && m_socket->bytesToWrite() < kWriteAhead) {
            QByteArray chunk;
            const bool more = m_producer(chunk);
            m_socket->write(chunk);
            if (!more) {
                m_producer = nullptr;
            }
        }
    }

    static QByteArray chunked(const QByteArray &data)
    {
        return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
    }

    void respond(const QByteArray &target)
    {
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        const QByteArray textType = "text/plain; version=0.0.4; charset=utf-8";
        const bool acceptsGzip = header("accept-encoding").contains("gzip");
        if (path == "/metrics") {
            send(200, "OK", textType, kMetricsBody);
        } else if (path == "/openmetrics") {
            send(200, "OK", "application/openmetrics-text; version=1.0.0; charset=utf-8",
                 "# TYPE vigil_test_seconds gauge\nvigil_test_seconds 3 1.5\n# EOF\n");
        } else if (path == "/auth-bearer") {
            if (header("authorization") == "Bearer " + m_options.bearerToken) {
                send(200, "OK", textType, kMetricsBody);
            } else {
                send(401, "Unauthorized", "text/plain", "unauthorized\n");
            }
        } else if (path == "/auth-basic") {
            const QByteArray expected =
                "Basic " + QByteArray(m_options.basicUser + ':' + m_options.basicPassword).toBase64();
            if (header("authorization") == expected) {
                send(200, "OK", textType, kMetricsBody);
            } else {
                send(401, "Unauthorized", "text/plain", "unauthorized\n");
            }
        } else if (path == "/status-500") {
            send(500, "Internal Server Error", "text/plain", "the exporter crashed\n");
        } else if (path == "/html") {
            send(200, "OK", "text/html; charset=utf-8",
                 "<!DOCTYPE html>\n<html><head><title>Router login</title></head><body>Log in</body></html>\n");
        } else if (path == "/html-as-text") {
            send(200, "OK", textType, "\n  <html><body>Please log in</body></html>\n");
        } else if (path == "/bad-utf8") {
            send(200, "OK", textType, "vigil_ok 1\nvigil_bad{label=\"caf\xC3\x28\"} 1\n");
        } else if (path == "/million") {
            if (acceptsGzip) {
                send(200, "OK", textType, m_payloads.millionGzip, "Content-Encoding: gzip\r\n");
            } else {
                send(200, "OK", textType, m_payloads.millionPlain);
            }
        } else if (path == "/gzip-corrupt") {
            send(200, "OK", textType, "vigil_test_up 1\n", "Content-Encoding: gzip\r\n");
        } else if (path == "/gzip-truncated") {
            send(200, "OK", textType, m_payloads.gzipTruncated, "Content-Encoding: gzip\r\n");
        } else if (path == "/gzip-bomb") {
            send(200, "OK", textType, m_payloads.gzipBomb, "Content-Encoding: gzip\r\n");
        } else if (path == "/too-large") {
            const qint64 total = 20 * 1024 * 1024;
            sendHead("Content-Length: " + QByteArray::number(total) + "\r\n");
            auto sent = std::make_shared<qint64>(0);
            stream([sent, total](QByteArray &chunk) {
                const qint64 size = qMin<qint64>(64 * 1024, total - *sent);
                chunk = QByteArray(size, '#');
                *sent += size;
                return *sent < total;
            });
        } else if (path == "/chunked-endless") {
            sendHead("Transfer-Encoding: chunked\r\n");
            QByteArray lines;
            for (int i = 0; i < 1024; ++i) {
                lines += "vigil_filler{n=\"" + QByteArray::number(i) + "\"} 1\n";
            }
            const QByteArray piece = chunked(lines);
            stream([piece](QByteArray &chunk) {
                chunk = piece;
                return true;
            });
        } else if (path == "/chunked-slow") {
            sendHead("Transfer-Encoding: chunked\r\n");
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this] { m_socket->write(chunked("vigil_slow 1\n")); });
            timer->start(200);
        } else if (path == "/drip") {
            sendHead("Content-Length: 1000\r\n");
            m_socket->write("#");
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this] { m_socket->write("#"); });
            timer->start(5000);
        } else if (path == "/silence") {
            m_busy = true;
        } else if (path == "/reset") {
            sendHead("Content-Length: 100000\r\n");
            m_socket->write(QByteArray(1000, '#') + '\n');
            QTimer::singleShot(100, this, [this] {
                m_socket->flush();
                // SO_LINGER with a zero timeout makes close() send an RST instead of a FIN.
                const struct linger hard
                {
                    1, 0
                };
                ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                             sizeof(hard));
                m_socket->abort();
            });
        } else {
            send(404, "Not Found", "text/plain", "not found\n");
        }
    }

    QTcpSocket *m_socket;
    const HostileHttpServer::Options &m_options;
    const Payloads &m_payloads;
    std::shared_ptr<std::atomic<qint64>> m_bytesReceived;
    QByteArray m_buffer;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    std::function<bool(QByteArray &)> m_producer;
    bool m_busy = false;
};

// Lives on the server thread; owns the listening server and, through it, every connection.
class Worker final : public QObject
{
public:
    Worker(const HostileHttpServer::Options &options, std::shared_ptr<std::atomic<int>> connections,
           std::shared_ptr<std::atomic<qint64>> bytesReceived)
        : m_options(options)
        , m_connections(std::move(connections))
        , m_bytesReceived(std::move(bytesReceived))
        , m_payloads(makePayloads())
    {
    }

    QString listen(quint16 *port)
    {
        const bool tls = !m_options.certificatePath.isEmpty();
        if (tls) {
            auto *server = new QSslServer(this);
            QFile certFile(m_options.certificatePath);
            QFile keyFile(m_options.keyPath);
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
                return QStringLiteral("cannot read the certificate or key");
            }
            const QByteArray keyPem = keyFile.readAll();
            QSslKey key(keyPem, QSsl::Ec);
            if (key.isNull()) {
                key = QSslKey(keyPem, QSsl::Rsa);
            }
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate(certFile.readAll()));
            config.setPrivateKey(key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            if (m_options.tls12Only) {
                config.setProtocol(QSsl::TlsV1_2);
            }
            server->setSslConfiguration(config);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        // pendingConnectionAvailable, not newConnection: QSslServer queues a socket only after its handshake.
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                m_connections->fetch_add(1);
                new Connection(socket, m_options, m_payloads, m_bytesReceived);
            }
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            return m_server->errorString();
        }
        *port = m_server->serverPort();
        return {};
    }

private:
    HostileHttpServer::Options m_options;
    std::shared_ptr<std::atomic<int>> m_connections;
    std::shared_ptr<std::atomic<qint64>> m_bytesReceived;
    Payloads m_payloads;
    QTcpServer *m_server = nullptr;
};

} // namespace

HostileHttpServer::HostileHttpServer()
    : HostileHttpServer(Options())
{
}

HostileHttpServer::HostileHttpServer(Options options)
    : m_options(std::move(options))
    , m_connections(std::make_shared<std::atomic<int>>(0))
    , m_bytesReceived(std::make_shared<std::atomic<qint64>>(0))
{
}

HostileHttpServer::~HostileHttpServer()
{
    if (m_thread) {
        if (m_worker) {
            m_worker->deleteLater(); // destroyed with its connections when the thread finishes
        }
        m_thread->quit();
        m_thread->wait();
    }
}

bool HostileHttpServer::start()
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("hostile-http-server"));
    m_thread->start();
    auto *worker = new Worker(m_options, m_connections, m_bytesReceived);
    worker->moveToThread(m_thread.get());
    m_worker = worker;
    QString error;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        worker, [worker, &error, &port] { error = worker->listen(&port); }, Qt::BlockingQueuedConnection);
    m_port = port;
    m_error = error;
    return error.isEmpty();
}

quint16 HostileHttpServer::port() const
{
    return m_port;
}

QUrl HostileHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_options.certificatePath.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

int HostileHttpServer::connectionCount() const
{
    return m_connections->load();
}

qint64 HostileHttpServer::bytesReceived() const
{
    return m_bytesReceived->load();
}

QString HostileHttpServer::errorString() const
{
    return m_error;
}

} // namespace VigilTest
