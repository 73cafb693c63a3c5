// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncWorker.h"

#include "VncLogging.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <rfb/rfbclient.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Vigil {

namespace {

// The key under which the worker is attached to its rfbClient (libvncclient compares the address).
char clientDataTag;

// Input waits at most this long, and so does a stop request between two server messages.
constexpr unsigned int pollMicroseconds = 20'000;
constexpr std::size_t maxQueuedInput = 4096;
constexpr int maxFramebufferSide = 16384;

VncFailure failureFromErrno(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return VncFailure::Refused;
    case ETIMEDOUT:
        return VncFailure::Timeout;
    default:
        return VncFailure::Unreachable;
    }
}

} // namespace

VncWorker::VncWorker(VncEndpoint endpoint, const QString &password, VncConnectOptions options)
    : m_endpoint(std::move(endpoint))
    , m_options(options)
    , m_password(password.toUtf8())
{
}

VncWorker::~VncWorker()
{
    wipePassword();
}

VncWorker *VncWorker::self(rfbClient *client)
{
    return static_cast<VncWorker *>(rfbClientGetClientData(client, &clientDataTag));
}

void VncWorker::requestStop()
{
    m_stop.store(true);
    // Wakes a read blocked inside libvncclient at once instead of after its read timeout.
    const QMutexLocker lock(&m_socketMutex);
    if (m_socket >= 0) {
        ::shutdown(m_socket, SHUT_RDWR);
    }
}

void VncWorker::post(const VncInputEvent &event)
{
    const QMutexLocker lock(&m_inputMutex);
    if (event.kind == VncInputEvent::Kind::Pointer && !m_input.empty()) {
        VncInputEvent &last = m_input.back();
        // Motion with the same buttons held only needs its last position.
        if (last.kind == VncInputEvent::Kind::Pointer && last.buttons == event.buttons) {
            last = event;
            return;
        }
    }
    if (m_input.size() >= maxQueuedInput) {
        return;
    }
    m_input.push_back(event);
}

void VncWorker::acknowledgeFrame()
{
    m_awaitingAck.store(false);
}

quint64 VncWorker::inputEventsSent() const
{
    return m_inputSent.load();
}

void VncWorker::wipePassword()
{
    m_password.fill('\0');
    m_password.clear();
}

void VncWorker::fail(VncFailure failure, const QString &detail)
{
    if (m_stop.load()) {
        return; // asked to stop: whatever broke on the way out is not an error
    }
    QString message = vncFailureText(failure);
    if (!detail.isEmpty()) {
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    qCWarning(lcVnc).noquote() << m_endpoint.toString() << vncFailureName(failure) << detail;
    Q_EMIT failed(failure, message);
}

void VncWorker::run()
{
    installVncLibraryLogging();
    clearVncLibraryMessage();
    rfbClient *client = rfbGetClient(8, 3, 4);
    if (!client) {
        fail(VncFailure::ProtocolError, tr("out of memory"));
        Q_EMIT stopped();
        return;
    }
    rfbClientSetClientData(client, &clientDataTag, this);
    // 32-bit true colour, 0x00RRGGBB in host byte order: the server converts, we copy rows straight into a
    // QImage::Format_RGB32 and only set the alpha byte.
    client->format.bitsPerPixel = 32;
    client->format.depth = 24;
    client->format.trueColour = TRUE;
    client->format.bigEndian = Q_BYTE_ORDER == Q_BIG_ENDIAN ? TRUE : FALSE;
    client->format.redMax = 255;
    client->format.greenMax = 255;
    client->format.blueMax = 255;
    client->format.redShift = 16;
    client->format.greenShift = 8;
    client->format.blueShift = 0;
    client->appData.enableJPEG = m_options.lossyEncoding ? TRUE : FALSE;
    client->canHandleNewFBSize = TRUE;
    client->MallocFrameBuffer = &VncWorker::onMallocFrameBuffer;
    client->GotFrameBufferUpdate = &VncWorker::onFrameBufferUpdate;
    client->FinishedFrameBufferUpdate = &VncWorker::onFinishedFrameBufferUpdate;
    client->GetPassword = &VncWorker::onGetPassword;
    client->GotXCutText = &VncWorker::onCutText;
    client->Bell = &VncWorker::onBell;
    const auto seconds = (m_options.timeout.count() + 999) / 1000;
    client->readTimeout = static_cast<unsigned int>(qMax<qint64>(1, seconds));
    std::free(client->serverHost);
    client->serverHost = ::strdup(m_endpoint.host.toUtf8().constData());
    client->serverPort = m_endpoint.port;

    VncFailure failure = VncFailure::None;
    QString detail;
    const int fd = connectSocket(&failure, &detail);
    if (fd < 0) {
        fail(failure, detail);
    } else {
        client->sock = fd;
        if (handshake(client, &failure, &detail)) {
            Q_EMIT connected(QString::fromUtf8(client->desktopName ? client->desktopName : ""),
                             QSize(client->width, client->height));
            serve(client);
        } else {
            fail(failure, detail);
        }
    }
    wipePassword();
    {
        const QMutexLocker lock(&m_socketMutex);
        m_socket = -1;
        uint8_t *frameBuffer = client->frameBuffer;
        rfbClientCleanup(client); // closes the socket; leaves the frame buffer to us
        std::free(frameBuffer);
    }
    Q_EMIT stopped();
}

int VncWorker::connectSocket(VncFailure *failure, QString *detail)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray host = m_endpoint.host.toUtf8();
    const QByteArray port = QByteArray::number(m_endpoint.port);
    if (const int rc = ::getaddrinfo(host.constData(), port.constData(), &hints, &found); rc != 0) {
        *failure = VncFailure::HostNotFound;
        *detail = QString::fromLocal8Bit(::gai_strerror(rc));
        return -1;
    }
    const QDeadlineTimer deadline(m_options.timeout);
    *failure = VncFailure::Unreachable;
    for (addrinfo *address = found; address && !m_stop.load(); address = address->ai_next) {
        const int fd =
            ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            *detail = QString::fromLocal8Bit(std::strerror(errno));
            continue;
        }
        int error = 0;
        if (::connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                error = ETIMEDOUT;
                while (!m_stop.load() && !deadline.hasExpired()) {
                    pollfd waiting{fd, POLLOUT, 0};
                    const int slice = static_cast<int>(qMin<qint64>(deadline.remainingTime(), 50));
                    const int ready = ::poll(&waiting, 1, slice);
                    if (ready > 0) {
                        socklen_t length = sizeof error;
                        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0) {
                            error = errno;
                        }
                        break;
                    }
                    if (ready < 0 && errno != EINTR) {
                        error = errno;
                        break;
                    }
                }
            }
        }
        if (error == 0) {
            ::freeaddrinfo(found);
            const int on = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            const QMutexLocker lock(&m_socketMutex);
            m_socket = fd;
            // The socket stays non-blocking: libvncclient's read timeout only works that way.
            return fd;
        }
        ::close(fd);
        *failure = failureFromErrno(error);
        *detail = error == ETIMEDOUT ? QString() : QString::fromLocal8Bit(std::strerror(error));
        if (*failure == VncFailure::Timeout) {
            break;
        }
    }
    ::freeaddrinfo(found);
    return -1;
}

bool VncWorker::handshake(rfbClient *client, VncFailure *failure, QString *detail)
{
    clearVncLibraryMessage();
    const bool hadPassword = !m_password.isEmpty();
    if (!InitialiseRFBConnection(client)) {
        const QByteArray said = lastVncLibraryMessage();
        *detail = QString::fromLocal8Bit(said);
        if (m_passwordAsked) {
            *failure = hadPassword ? VncFailure::AuthFailed : VncFailure::PasswordRequired;
        } else if (said.contains("timeout") || said.contains("timed out")) {
            *failure = VncFailure::Timeout;
        } else if (said.contains("closed connection") || said.contains("read (")) {
            *failure = VncFailure::ConnectionLost;
        } else {
            *failure = VncFailure::ProtocolError;
        }
        return false;
    }
    wipePassword();
    client->width = client->si.framebufferWidth;
    client->height = client->si.framebufferHeight;
    if (!client->MallocFrameBuffer(client)) {
        *failure = VncFailure::ProtocolError;
        *detail = tr("the server's desktop of %1×%2 pixels is too large").arg(client->width).arg(client->height);
        return false;
    }
    if (!SetFormatAndEncodings(client)
        || !SendFramebufferUpdateRequest(client, 0, 0, client->width, client->height, FALSE)) {
        *failure = VncFailure::ConnectionLost;
        *detail = QString::fromLocal8Bit(lastVncLibraryMessage());
        return false;
    }
    qCInfo(lcVnc).noquote() << "connected to" << m_endpoint.toString() << client->width << "x" << client->height;
    return true;
}

void VncWorker::serve(rfbClient *client)
{
    while (!m_stop.load()) {
        sendQueuedInput(client);
        if (m_stop.load()) {
            break;
        }
        deliverFrame(client);
        // Bytes libvncclient already read ahead are not visible to select().
        const int ready = client->buffered > 0 ? 1 : WaitForMessage(client, pollMicroseconds);
        if (ready < 0) {
            fail(VncFailure::ConnectionLost, QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        if (ready > 0 && !HandleRFBServerMessage(client)) {
            fail(VncFailure::ConnectionLost, QString::fromLocal8Bit(lastVncLibraryMessage()));
            return;
        }
    }
}

void VncWorker::sendQueuedInput(rfbClient *client)
{
    std::deque<VncInputEvent> events;
    {
        const QMutexLocker lock(&m_inputMutex);
        events.swap(m_input);
    }
    for (VncInputEvent &event : events) {
        rfbBool sent = FALSE;
        switch (event.kind) {
        case VncInputEvent::Kind::Pointer:
            sent = SendPointerEvent(client, qBound(0, event.x, qMax(0, client->width - 1)),
                                    qBound(0, event.y, qMax(0, client->height - 1)), event.buttons);
            break;
        case VncInputEvent::Kind::Key:
            sent = SendKeyEvent(client, event.keysym, event.down ? TRUE : FALSE);
            break;
        case VncInputEvent::Kind::CutText:
            sent = SendClientCutText(client, event.latin1Text.data(), static_cast<int>(event.latin1Text.size()));
            break;
        }
        if (!sent) {
            return; // the next read reports the lost connection
        }
        m_inputSent.fetch_add(1);
    }
}

void VncWorker::deliverFrame(rfbClient *client)
{
    if (m_dirty.isEmpty() || m_awaitingAck.load() || !client->frameBuffer) {
        return;
    }
    const auto *source = reinterpret_cast<const quint32 *>(client->frameBuffer);
    for (const QRect &rect : m_dirty) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            const quint32 *from = source + static_cast<qsizetype>(y) * client->width + rect.left();
            auto *to = reinterpret_cast<quint32 *>(m_image.scanLine(y)) + rect.left();
            for (int x = 0; x < rect.width(); ++x) {
                to[x] = from[x] | 0xff000000u;
            }
        }
    }
    m_awaitingAck.store(true);
    Q_EMIT frameReady(m_image, m_dirty, m_complete);
    m_dirty = QRegion();
}

rfbBool VncWorker::onMallocFrameBuffer(rfbClient *client)
{
    VncWorker *worker = self(client);
    if (client->width <= 0 || client->height <= 0 || client->width > maxFramebufferSide
        || client->height > maxFramebufferSide) {
        rfbClientErr("refusing a framebuffer of %dx%d\n", client->width, client->height);
        return FALSE;
    }
    std::free(client->frameBuffer);
    const std::size_t bytes = static_cast<std::size_t>(client->width) * static_cast<std::size_t>(client->height) * 4;
    client->frameBuffer = static_cast<uint8_t *>(std::calloc(bytes, 1));
    if (!client->frameBuffer) {
        return FALSE;
    }
    // The area libvncclient asks to be kept up to date after each update: the whole (new) desktop.
    client->updateRect.x = 0;
    client->updateRect.y = 0;
    client->updateRect.w = client->width;
    client->updateRect.h = client->height;
    worker->m_image = QImage(client->width, client->height, QImage::Format_RGB32);
    worker->m_image.fill(Qt::black);
    const QRect whole(0, 0, client->width, client->height);
    worker->m_dirty = whole;
    worker->m_received = QRegion();
    worker->m_complete = false;
    return TRUE;
}

void VncWorker::onFrameBufferUpdate(rfbClient *client, int x, int y, int w, int h)
{
    VncWorker *worker = self(client);
    const QRect rect = QRect(x, y, w, h).intersected(QRect(0, 0, client->width, client->height));
    if (!rect.isEmpty()) {
        worker->m_dirty += rect;
        if (!worker->m_complete) {
            worker->m_received += rect;
        }
    }
}

void VncWorker::onFinishedFrameBufferUpdate(rfbClient *client)
{
    VncWorker *worker = self(client);
    if (!worker->m_complete && QRegion(0, 0, client->width, client->height).subtracted(worker->m_received).isEmpty()) {
        worker->m_complete = true;
        worker->m_received = QRegion();
    }
    worker->deliverFrame(client);
}

char *VncWorker::onGetPassword(rfbClient *client)
{
    VncWorker *worker = self(client);
    worker->m_passwordAsked = true;
    if (worker->m_password.isEmpty()) {
        return nullptr;
    }
    // libvncclient frees the copy after use.
    return ::strdup(worker->m_password.constData());
}

void VncWorker::onCutText(rfbClient *client, const char *text, int length)
{
    // RFB cut text is Latin-1.
    Q_EMIT self(client)->serverCutText(QString::fromLatin1(text, length));
}

void VncWorker::onBell(rfbClient *client)
{
    Q_EMIT self(client)->bell();
}

} // namespace Vigil
