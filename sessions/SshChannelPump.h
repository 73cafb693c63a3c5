// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace Vigil {

// Relays bytes between local sockets and direct-tcpip channels of one logged-in libssh session, on a thread of
// its own. Used for a jump host (one socketpair end ⇄ a channel to the next hop, whose session runs over the
// other end) and for local port forwards (a listening socket on 127.0.0.1; every accepted connection gets its own
// channel). Once started, the pump is the only user of the session until stop() returns: libssh sessions are not
// thread-safe. The session and the channels stay owned by the caller; the pump closes the sockets it was given.
class SshChannelPump final
{
    Q_DISABLE_COPY_MOVE(SshChannelPump)
    Q_DECLARE_TR_FUNCTIONS(Vigil::SshChannelPump)

public:
    explicit SshChannelPump(ssh_session_struct *session);
    ~SshChannelPump();

    // Before start(): relay fd ⇄ channel (an opened direct-tcpip channel). The pump owns fd from here.
    void addRelay(int fd, ssh_channel_struct *channel);
    // Before start(): listen on 127.0.0.1:port (0 picks a free port) and forward each connection to host:port as
    // seen from the server. Returns the port listened on.
    Result<quint16> listen(quint16 port, const QString &host, quint16 targetPort);

    void start();
    // Stops the thread and closes every socket and channel it opened. Safe to call twice.
    void stop();
    // True once the SSH connection under the pump has broken.
    bool connectionLost() const;

private:
    struct Relay;
    void run();
    void acceptConnection();
    bool serviceRelay(Relay &relay, short revents);

    ssh_session_struct *m_session;
    std::vector<std::unique_ptr<Relay>> m_relays;
    int m_listenFd = -1;
    QByteArray m_targetHost;
    quint16 m_targetPort = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_lost{false};
};

} // namespace Vigil
