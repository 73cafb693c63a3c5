// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshChannelPump.h"

#include "SshLogging.h"

#include <libssh/libssh.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Vigil {

namespace {

constexpr int chunkSize = 32 * 1024;
// Bytes from the channel waiting for a slow local reader; above this the channel is not read, so the SSH window
// closes and the server stops sending.
constexpr qsizetype maxPendingToSocket = 1024 * 1024;

void setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

} // namespace

struct SshChannelPump::Relay
{
    int fd = -1;
    ssh_channel channel = nullptr;
    bool ownsChannel = false;
    QByteArray toSocket;
    bool socketEof = false;  // the local side will send no more
    bool channelEof = false; // the remote side will send no more (and the socket got a FIN)
    bool dead = false;
};

SshChannelPump::SshChannelPump(ssh_session_struct *session)
    : m_session(session)
{
}

SshChannelPump::~SshChannelPump()
{
    stop();
}

void SshChannelPump::addRelay(int fd, ssh_channel_struct *channel)
{
    auto relay = std::make_unique<Relay>();
    relay->fd = fd;
    relay->channel = channel;
    setNonBlocking(fd);
    m_relays.push_back(std::move(relay));
}

Result<quint16> SshChannelPump::listen(quint16 port, const QString &host, quint16 targetPort)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return Error{ErrorCode::Io, tr("cannot open a socket for the port forward"), QString()};
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, 16) != 0) {
        const int error = errno;
        ::close(fd);
        return Error{
            ErrorCode::Io,
            tr("cannot listen on 127.0.0.1:%1 (%2)").arg(port).arg(QString::fromLocal8Bit(std::strerror(error))),
            QString()};
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    setNonBlocking(fd);
    m_listenFd = fd;
    m_targetHost = host.toUtf8();
    m_targetPort = targetPort;
    return quint16(ntohs(address.sin_port));
}

void SshChannelPump::start()
{
    m_thread = std::thread([this] { run(); });
}

void SshChannelPump::stop()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    for (const std::unique_ptr<Relay> &relay : m_relays) {
        if (relay->fd >= 0) {
            ::close(relay->fd);
            relay->fd = -1;
        }
        if (relay->ownsChannel && relay->channel) {
            ssh_channel_free(relay->channel);
            relay->channel = nullptr;
        }
    }
    m_relays.clear();
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
}

bool SshChannelPump::connectionLost() const
{
    return m_lost;
}

void SshChannelPump::acceptConnection()
{
    sockaddr_in peer{};
    socklen_t length = sizeof peer;
    const int fd = ::accept4(m_listenFd, reinterpret_cast<sockaddr *>(&peer), &length, SOCK_CLOEXEC);
    if (fd < 0) {
        return;
    }
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel
        || ssh_channel_open_forward(channel, m_targetHost.constData(), m_targetPort, "127.0.0.1", ntohs(peer.sin_port))
               != SSH_OK) {
        qCWarning(lcSsh) << "port forward: the server refused a channel to" << m_targetHost << m_targetPort << ":"
                         << ssh_get_error(m_session);
        if (channel) {
            ssh_channel_free(channel);
        }
        ::close(fd);
        return;
    }
    addRelay(fd, channel);
    m_relays.back()->ownsChannel = true;
    qCInfo(lcSsh) << "port forward: connection" << ntohs(peer.sin_port) << "→" << m_targetHost << m_targetPort;
}

bool SshChannelPump::serviceRelay(Relay &relay, short revents)
{
    char buffer[chunkSize];
    // Channel → socket, unless the local reader is behind.
    while (!relay.channelEof && relay.toSocket.size() < maxPendingToSocket) {
        const int n = ssh_channel_read_nonblocking(relay.channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            relay.toSocket.append(buffer, n);
            continue;
        }
        if (n == SSH_ERROR) {
            return false;
        }
        if (ssh_channel_is_eof(relay.channel) || ssh_channel_is_closed(relay.channel)) {
            relay.channelEof = true;
        }
        break;
    }
    while (!relay.toSocket.isEmpty()) {
        const ssize_t written = ::send(relay.fd, relay.toSocket.constData(), relay.toSocket.size(), MSG_NOSIGNAL);
        if (written > 0) {
            relay.toSocket.remove(0, written);
        } else if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            break;
        } else {
            return false;
        }
    }
    if (relay.channelEof && relay.toSocket.isEmpty()) {
        ::shutdown(relay.fd, SHUT_WR);
    }
    // Socket → channel.
    if (!relay.socketEof && (revents & (POLLIN | POLLHUP | POLLERR))) {
        const ssize_t n = ::recv(relay.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            if (ssh_channel_write(relay.channel, buffer, uint32_t(n)) == SSH_ERROR) {
                return false;
            }
        } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            relay.socketEof = true;
            ssh_channel_send_eof(relay.channel);
        }
    }
    return !(relay.socketEof && relay.channelEof && relay.toSocket.isEmpty());
}

void SshChannelPump::run()
{
    std::vector<pollfd> fds;
    while (!m_stop) {
        fds.clear();
        fds.push_back({ssh_get_fd(m_session), POLLIN, 0});
        if (m_listenFd >= 0) {
            fds.push_back({m_listenFd, POLLIN, 0});
        }
        const size_t firstRelay = fds.size();
        for (const std::unique_ptr<Relay> &relay : m_relays) {
            short events = relay->socketEof ? 0 : POLLIN;
            if (!relay->toSocket.isEmpty()) {
                events |= POLLOUT;
            }
            fds.push_back({relay->fd, events, 0});
        }
        // libssh may already hold data read while writing another channel: never sleep long on the fd alone.
        ::poll(fds.data(), fds.size(), 20);
        if (m_listenFd >= 0 && (fds[1].revents & POLLIN)) {
            acceptConnection();
        }
        for (size_t i = 0; i < m_relays.size() && firstRelay + i <= fds.size(); ++i) {
            Relay &relay = *m_relays[i];
            const short revents = firstRelay + i < fds.size() ? fds[firstRelay + i].revents : short(0);
            if (!relay.dead && !serviceRelay(relay, revents)) {
                relay.dead = true;
                ::shutdown(relay.fd, SHUT_RDWR);
            }
        }
        for (auto it = m_relays.begin(); it != m_relays.end();) {
            Relay &relay = **it;
            if (relay.dead && relay.ownsChannel) {
                ::close(relay.fd);
                ssh_channel_close(relay.channel);
                ssh_channel_free(relay.channel);
                it = m_relays.erase(it);
            } else {
                ++it;
            }
        }
        if (!ssh_is_connected(m_session)) {
            m_lost = true;
            qCWarning(lcSsh) << "tunnel: the connection under it broke:" << ssh_get_error(m_session);
            // The session over a jump tunnel sees end of file instead of waiting for its timeout.
            for (const std::unique_ptr<Relay> &relay : m_relays) {
                ::shutdown(relay->fd, SHUT_RDWR);
            }
            break;
        }
    }
}

} // namespace Vigil
