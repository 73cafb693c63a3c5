// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndpointServer.h"

#include "DeviceTimeline.h"
#include "FleetPlan.h"
#include "GzipEncoder.h"
#include "InventoryWriter.h"
#include "SimClock.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <optional>

namespace VigilFleetSim {

namespace {

constexpr std::uint64_t kListenerTag = 1ULL << 62;
constexpr std::uint64_t kControlTag = 2ULL << 62;
constexpr std::uint64_t kSignalTag = 3ULL << 62;
constexpr std::uint64_t kTagMask = 3ULL << 62;
constexpr std::size_t kMaxHeader = 16 * 1024;
constexpr std::size_t kMaxBacklog = 4 * 1024 * 1024;
constexpr double kIdleTimeout = 120.0;

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

// Accept-Encoding: gzip unless explicitly refused with q=0.
bool acceptsGzip(std::string_view value)
{
    std::size_t pos = 0;
    while (pos <= value.size()) {
        const std::size_t end = std::min(value.find(',', pos), value.size());
        std::string_view item = trim(value.substr(pos, end - pos));
        std::string_view coding = item;
        std::string_view params;
        if (const std::size_t semi = item.find(';'); semi != std::string_view::npos) {
            coding = trim(item.substr(0, semi));
            params = item.substr(semi + 1);
        }
        const std::string name = lower(coding);
        if (name == "gzip" || name == "x-gzip" || name == "*") {
            const std::string p = lower(params);
            const std::size_t q = p.find("q=");
            if (q == std::string::npos) {
                return true;
            }
            double weight = 1.0;
            const std::string_view number = trim(std::string_view(p).substr(q + 2));
            std::from_chars(number.data(), number.data() + number.size(), weight);
            return weight > 0.0;
        }
        pos = end + 1;
    }
    return false;
}

std::string httpDate()
{
    char buffer[64];
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return buffer;
}

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

std::string queryValue(std::string_view query, std::string_view name)
{
    std::size_t pos = 0;
    while (pos <= query.size()) {
        const std::size_t end = std::min(query.find('&', pos), query.size());
        const std::string_view item = query.substr(pos, end - pos);
        const std::size_t eq = item.find('=');
        if (item.substr(0, eq) == name) {
            std::string value;
            const std::string_view raw = eq == std::string_view::npos ? std::string_view() : item.substr(eq + 1);
            for (std::size_t i = 0; i < raw.size(); ++i) {
                if (raw[i] == '+') {
                    value += ' ';
                } else if (raw[i] == '%' && i + 2 < raw.size()) {
                    int code = 0;
                    std::from_chars(raw.data() + i + 1, raw.data() + i + 3, code, 16);
                    value += static_cast<char>(code);
                    i += 2;
                } else {
                    value += raw[i];
                }
            }
            return value;
        }
        pos = end + 1;
    }
    return {};
}

const char *modeName(int mode)
{
    static constexpr const char *names[] = {"auto", "normal", "offline", "slow", "malformed", "huge"};
    return names[mode];
}

} // namespace

EndpointServer::EndpointServer(const FleetPlan &plan, const SimClock &clock, std::string bindAddress, int basePort,
                               int controlPort)
    : m_plan(plan)
    , m_clock(clock)
    , m_bind(std::move(bindAddress))
    , m_basePort(basePort)
    , m_controlPort(controlPort)
    , m_devices(plan.devices().size())
{
    for (const DeviceSpec &device : plan.devices()) {
        if (device.scenarios & ScenarioFlapping) {
            m_scheduled.push_back(device.index);
        }
    }
}

EndpointServer::~EndpointServer()
{
    for (auto &connection : m_connections) {
        if (connection) {
            ::close(connection->fd);
        }
    }
    for (DeviceRuntime &device : m_devices) {
        if (device.listenFd >= 0) {
            ::close(device.listenFd);
        }
    }
    for (const int fd : {m_controlFd, m_signalFd, m_epoll}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
}

double EndpointServer::monotonicSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool EndpointServer::bindSocket(int port, int &fd, std::string &error) const
{
    const bool v6 = m_bind.find(':') != std::string::npos;
    fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        error = std::string("cannot create a socket for port ") + std::to_string(port) + ": " + std::strerror(errno)
                + (errno == EMFILE ? " (raise the open-files limit, ulimit -n)" : "");
        return false;
    }
    const int one = 1;
    // Lets a restarted simulator rebind while old connections sit in TIME_WAIT; a live listener still conflicts.
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int rc = -1;
    if (v6) {
        sockaddr_in6 address{};
        address.sin6_family = AF_INET6;
        address.sin6_port = htons(static_cast<std::uint16_t>(port));
        inet_pton(AF_INET6, m_bind.c_str(), &address.sin6_addr);
        rc = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    } else {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        inet_pton(AF_INET, m_bind.c_str(), &address.sin_addr);
        rc = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    }
    if (rc != 0 || ::listen(fd, SOMAXCONN) != 0) {
        const int saved = errno;
        error = "cannot listen on " + m_bind + ':' + std::to_string(port) + ": " + std::strerror(saved)
                + (saved == EADDRINUSE ? " (port " + std::to_string(port) + " is already in use)" : std::string());
        ::close(fd);
        fd = -1;
        return false;
    }
    return true;
}

bool EndpointServer::openListener(int device, std::string &error)
{
    DeviceRuntime &runtime = m_devices[static_cast<std::size_t>(device)];
    if (runtime.listenFd >= 0) {
        return true;
    }
    int fd = -1;
    if (!bindSocket(m_basePort + device, fd, error)) {
        error +=
            " [device " + std::to_string(device) + ' ' + m_plan.devices()[static_cast<std::size_t>(device)].name + ']';
        return false;
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = kListenerTag | static_cast<std::uint64_t>(device);
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
        error = std::string("epoll_ctl: ") + std::strerror(errno);
        ::close(fd);
        return false;
    }
    runtime.listenFd = fd;
    return true;
}

void EndpointServer::closeListener(int device)
{
    DeviceRuntime &runtime = m_devices[static_cast<std::size_t>(device)];
    if (runtime.listenFd >= 0) {
        // Closing the listening socket makes new connections fail with "connection refused", like a machine
        // that is down; the connections it already had go with it.
        ::close(runtime.listenFd);
        runtime.listenFd = -1;
    }
    closeDeviceConnections(device);
}

bool EndpointServer::start(std::string &error)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        error = std::string("epoll_create1: ") + std::strerror(errno);
        return false;
    }
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigprocmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    m_signalFd = ::signalfd(-1, &signals, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_signalFd < 0) {
        error = std::string("signalfd: ") + std::strerror(errno);
        return false;
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = kSignalTag;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_signalFd, &event);

    for (std::size_t i = 0; i < m_devices.size(); ++i) {
        if (!deviceShouldListen(static_cast<int>(i))) {
            continue;
        }
        if (!openListener(static_cast<int>(i), error)) {
            return false;
        }
    }
    if (m_controlPort > 0) {
        if (!bindSocket(m_controlPort, m_controlFd, error)) {
            error += " [control endpoint]";
            return false;
        }
        event.events = EPOLLIN;
        event.data.u64 = kControlTag;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_controlFd, &event);
    }
    return true;
}

bool EndpointServer::deviceShouldListen(int device) const
{
    const DeviceRuntime &runtime = m_devices[static_cast<std::size_t>(device)];
    switch (runtime.mode) {
    case ResponseMode::Offline:
        return false;
    case ResponseMode::Auto:
        return DeviceTimeline::scheduledOnline(m_plan.devices()[static_cast<std::size_t>(device)], m_clock.epoch(),
                                               m_clock.now());
    default:
        return true;
    }
}

void EndpointServer::applySchedule()
{
    for (const int device : m_scheduled) {
        const bool listen = deviceShouldListen(device);
        const bool listening = m_devices[static_cast<std::size_t>(device)].listenFd >= 0;
        if (listen && !listening) {
            std::string error;
            if (!openListener(device, error)) {
                // Someone took the port while the device was "down"; say so and try again next tick.
                std::fprintf(stderr, "vigil-fleetsim: %s\n", error.c_str());
            }
        } else if (!listen && listening) {
            closeListener(device);
        }
    }
}

int EndpointServer::run()
{
    std::vector<epoll_event> events(1024);
    double lastSchedule = 0;
    double lastSweep = monotonicSeconds();
    while (!m_stop) {
        int timeout = m_scheduled.empty() ? 1000 : 200;
        if (!m_heldFds.empty()) {
            double earliest = 1e300;
            for (const int fd : m_heldFds) {
                const auto &connection = m_connections[static_cast<std::size_t>(fd)];
                if (connection) {
                    earliest = std::min(earliest, connection->heldUntil);
                }
            }
            const double wait = std::max(0.0, earliest - monotonicSeconds());
            timeout = std::min(timeout, static_cast<int>(wait * 1000.0) + 1);
        }
        const int count = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), timeout);
        if (count < 0 && errno != EINTR) {
            std::fprintf(stderr, "vigil-fleetsim: epoll_wait: %s\n", std::strerror(errno));
            return 1;
        }
        for (int i = 0; i < count; ++i) {
            const std::uint64_t data = events[static_cast<std::size_t>(i)].data.u64;
            const std::uint32_t flags = events[static_cast<std::size_t>(i)].events;
            const std::uint64_t tag = data & kTagMask;
            if (tag == kSignalTag) {
                signalfd_siginfo info{};
                while (::read(m_signalFd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
                    m_stop = true;
                }
            } else if (tag == kListenerTag) {
                const int device = static_cast<int>(data & 0xffffffffULL);
                const int fd = m_devices[static_cast<std::size_t>(device)].listenFd;
                if (fd >= 0) {
                    acceptOn(fd, device);
                }
            } else if (tag == kControlTag) {
                acceptOn(m_controlFd, -1);
            } else {
                const auto fd = static_cast<std::size_t>(data & 0xffffffffULL);
                const auto generation = static_cast<std::uint32_t>(data >> 32);
                // A connection closed earlier in this batch may have had its fd reused: the generation tells.
                if (fd >= m_connections.size() || !m_connections[fd] || m_connections[fd]->generation != generation) {
                    continue;
                }
                Connection &connection = *m_connections[fd];
                if (flags & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                    onReadable(connection);
                }
                if (fd < m_connections.size() && m_connections[fd] && m_connections[fd]->generation == generation
                    && (flags & EPOLLOUT)) {
                    onWritable(*m_connections[fd]);
                }
            }
        }
        const double now = monotonicSeconds();
        if (!m_heldFds.empty()) {
            releaseHeld();
        }
        if (now - lastSchedule >= 0.2) {
            lastSchedule = now;
            applySchedule();
        }
        if (now - lastSweep >= 10.0) {
            lastSweep = now;
            sweepIdle(kIdleTimeout);
        }
    }
    return 0;
}

void EndpointServer::acceptOn(int listenFd, int device)
{
    for (int accepted = 0; accepted < 256; ++accepted) {
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE) {
                // Out of descriptors: shed idle keep-alive connections so the backlog can drain.
                std::fprintf(stderr, "vigil-fleetsim: accept: %s; closing idle connections\n", std::strerror(errno));
                sweepIdle(1.0);
            }
            return;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (static_cast<std::size_t>(fd) >= m_connections.size()) {
            m_connections.resize(static_cast<std::size_t>(fd) + 1024);
        }
        auto connection = std::make_unique<Connection>();
        connection->fd = fd;
        connection->device = device;
        connection->generation = m_nextGeneration++ & 0x3fffffffU;
        connection->lastActive = monotonicSeconds();
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u64 = (static_cast<std::uint64_t>(connection->generation) << 32) | static_cast<std::uint64_t>(fd);
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
            ::close(fd);
            continue;
        }
        connection->interest = EPOLLIN;
        m_connections[static_cast<std::size_t>(fd)] = std::move(connection);
    }
}

void EndpointServer::onReadable(Connection &connection)
{
    char buffer[16384];
    while (true) {
        const ssize_t n = ::recv(connection.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            connection.in.append(buffer, static_cast<std::size_t>(n));
            connection.lastActive = monotonicSeconds();
            if (connection.in.size() > kMaxBacklog) {
                break;
            }
            continue;
        }
        if (n == 0) {
            connection.peerClosed = true;
            break;
        }
        if (errno == EINTR) {
            continue;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            closeConnection(connection);
            return;
        }
        break;
    }
    const int fd = connection.fd;
    const std::uint32_t generation = connection.generation;
    processInput(connection);
    if (!m_connections[static_cast<std::size_t>(fd)]
        || m_connections[static_cast<std::size_t>(fd)]->generation != generation) {
        return;
    }
    if (connection.peerClosed && connection.held.empty() && connection.outPos >= connection.out.size()) {
        closeConnection(connection);
        return;
    }
    flush(connection);
}

void EndpointServer::onWritable(Connection &connection)
{
    flush(connection);
}

void EndpointServer::processInput(Connection &connection)
{
    // One response at a time per connection while a slow one is held, so pipelined answers stay in order;
    // and no new work while the client is not reading what it already asked for.
    while (connection.held.empty() && connection.out.size() - connection.outPos < kMaxBacklog
           && !connection.closeAfterWrite) {
        const std::size_t end = connection.in.find("\r\n\r\n");
        if (end == std::string::npos) {
            if (connection.in.size() > kMaxHeader) {
                Request request;
                request.keepAlive = false;
                queue(connection, 431, "text/plain; charset=utf-8", "request header too large\n", request, false);
                connection.in.clear();
            }
            return;
        }
        const std::string_view head(connection.in.data(), end);
        Request request;
        const std::size_t lineEnd = head.find("\r\n");
        const std::string_view requestLine = head.substr(0, lineEnd);
        const std::size_t sp1 = requestLine.find(' ');
        const std::size_t sp2 = requestLine.rfind(' ');
        std::size_t bodyLength = 0;
        bool badRequest = sp1 == std::string_view::npos || sp2 == sp1;
        if (!badRequest) {
            request.method = std::string(requestLine.substr(0, sp1));
            request.target = std::string(requestLine.substr(sp1 + 1, sp2 - sp1 - 1));
            const std::string_view version = requestLine.substr(sp2 + 1);
            badRequest = !version.starts_with("HTTP/1.");
            request.http10 = version == "HTTP/1.0";
            request.keepAlive = !request.http10;
        }
        std::size_t pos = lineEnd == std::string_view::npos ? head.size() : lineEnd + 2;
        while (pos < head.size()) {
            const std::size_t next = std::min(head.find("\r\n", pos), head.size());
            const std::string_view line = head.substr(pos, next - pos);
            pos = next + 2;
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos) {
                continue;
            }
            const std::string name = lower(trim(line.substr(0, colon)));
            const std::string_view value = trim(line.substr(colon + 1));
            if (name == "accept-encoding") {
                request.gzip = acceptsGzip(value);
            } else if (name == "connection") {
                const std::string v = lower(value);
                if (v.find("close") != std::string::npos) {
                    request.keepAlive = false;
                } else if (v.find("keep-alive") != std::string::npos) {
                    request.keepAlive = true;
                }
            } else if (name == "content-length") {
                std::from_chars(value.data(), value.data() + value.size(), bodyLength);
            } else if (name == "transfer-encoding") {
                // A GET with a chunked body is not something a scraper sends; refuse rather than mis-frame.
                badRequest = true;
            }
        }
        if (connection.in.size() < end + 4 + bodyLength) {
            return; // the (ignored) body has not fully arrived yet
        }
        connection.in.erase(0, end + 4 + bodyLength);
        if (badRequest) {
            request.keepAlive = false;
            queue(connection, 400, "text/plain; charset=utf-8", "bad request\n", request, false);
            return;
        }
        respond(connection, request);
    }
}

void EndpointServer::respond(Connection &connection, const Request &request)
{
    if (connection.device < 0) {
        respondControl(connection, request);
    } else {
        respondDevice(connection, request);
    }
}

void EndpointServer::respondDevice(Connection &connection, const Request &request)
{
    const std::string_view target(request.target);
    const std::string_view path = target.substr(0, target.find('?'));
    if (path != "/metrics") {
        queue(connection, 404, "text/plain; charset=utf-8", "404 page not found\n", request, false);
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        queue(connection, 405, "text/plain; charset=utf-8", "method not allowed\n", request, false);
        return;
    }
    DeviceRuntime &runtime = m_devices[static_cast<std::size_t>(connection.device)];
    const DeviceSpec &device = m_plan.devices()[static_cast<std::size_t>(connection.device)];
    std::string body = PayloadGenerator::render(device, m_clock.epoch(), m_clock.now());
    double hold = 0;
    switch (runtime.mode) {
    case ResponseMode::Slow:
        hold = runtime.slowDelay;
        break;
    case ResponseMode::Malformed: {
        MalformedVariant variant = runtime.variant;
        if (variant == MalformedVariant::Count) {
            variant =
                static_cast<MalformedVariant>(runtime.malformedServed % static_cast<int>(MalformedVariant::Count));
        }
        ++runtime.malformedServed;
        PayloadGenerator::malform(body, variant);
        break;
    }
    case ResponseMode::Huge:
        PayloadGenerator::appendHuge(body, runtime.hugeSamples);
        break;
    default:
        break;
    }
    queue(connection, 200, "text/plain; version=0.0.4; charset=utf-8", std::move(body), request, true, hold);
}

void EndpointServer::respondControl(Connection &connection, const Request &request)
{
    const std::string_view target(request.target);
    const std::size_t question = target.find('?');
    const std::string_view path = target.substr(0, question);
    const std::string_view query =
        question == std::string_view::npos ? std::string_view() : target.substr(question + 1);
    if (path == "/status") {
        queue(connection, 200, "application/json", statusJson(), request, true);
    } else if (path == "/control") {
        int status = 200;
        std::string body = controlCommand(query, status);
        queue(connection, status, "text/plain; charset=utf-8", std::move(body), request, false);
    } else {
        queue(connection, 404, "text/plain; charset=utf-8", "404 page not found\n", request, false);
    }
}

std::string EndpointServer::controlCommand(std::string_view query, int &status)
{
    const std::string deviceText = queryValue(query, "device");
    const std::string modeText = queryValue(query, "mode");
    std::vector<int> targets;
    if (deviceText == "all") {
        for (std::size_t i = 0; i < m_devices.size(); ++i) {
            targets.push_back(static_cast<int>(i));
        }
    } else {
        int index = -1;
        const auto parsed = std::from_chars(deviceText.data(), deviceText.data() + deviceText.size(), index);
        if (parsed.ec != std::errc() || parsed.ptr != deviceText.data() + deviceText.size()) {
            // Not an index: a device name from the inventory.
            index = -1;
            for (const DeviceSpec &device : m_plan.devices()) {
                if (device.name == deviceText) {
                    index = device.index;
                    break;
                }
            }
        }
        if (index < 0 || static_cast<std::size_t>(index) >= m_devices.size()) {
            status = 404;
            return "unknown device '" + deviceText + "'\n";
        }
        targets.push_back(index);
    }
    static constexpr std::array modes = {ResponseMode::Auto, ResponseMode::Normal,    ResponseMode::Offline,
                                         ResponseMode::Slow, ResponseMode::Malformed, ResponseMode::Huge};
    std::optional<ResponseMode> mode;
    for (std::size_t i = 0; i < modes.size(); ++i) {
        if (modeText == modeName(static_cast<int>(i))) {
            mode = modes[i];
        }
    }
    if (!mode) {
        status = 400;
        return "unknown mode '" + modeText + "' (auto, normal, offline, slow, malformed, huge)\n";
    }
    double delay = 5.0;
    if (const std::string text = queryValue(query, "delay"); !text.empty()) {
        const auto parsed = std::from_chars(text.data(), text.data() + text.size(), delay);
        if (parsed.ec != std::errc() || delay < 0 || delay > 3600) {
            status = 400;
            return "invalid delay '" + text + "' (seconds, 0-3600)\n";
        }
    }
    MalformedVariant variant = MalformedVariant::Count;
    if (const std::string text = queryValue(query, "variant");
        !text.empty() && !PayloadGenerator::variantFromName(text, variant)) {
        status = 400;
        return "invalid variant '" + text + "' (escaping, truncated, value, duplicate, mixed)\n";
    }
    int samples = 60000;
    if (const std::string text = queryValue(query, "samples"); !text.empty()) {
        const auto parsed = std::from_chars(text.data(), text.data() + text.size(), samples);
        if (parsed.ec != std::errc() || samples < 0 || samples > 2000000) {
            status = 400;
            return "invalid samples '" + text + "' (0-2000000)\n";
        }
    }
    for (const int index : targets) {
        DeviceRuntime &runtime = m_devices[static_cast<std::size_t>(index)];
        runtime.mode = *mode;
        runtime.slowDelay = delay;
        runtime.variant = variant;
        runtime.malformedServed = 0;
        runtime.hugeSamples = samples;
        if (*mode != ResponseMode::Auto && *mode != ResponseMode::Offline
            && std::find(m_scheduled.begin(), m_scheduled.end(), index) == m_scheduled.end()) {
            m_scheduled.push_back(index);
        }
        if (*mode == ResponseMode::Offline
            && std::find(m_scheduled.begin(), m_scheduled.end(), index) == m_scheduled.end()) {
            m_scheduled.push_back(index);
        }
        const bool listen = deviceShouldListen(index);
        std::string error;
        if (listen && runtime.listenFd < 0 && !openListener(index, error)) {
            status = 500;
            return error + '\n';
        }
        if (!listen && runtime.listenFd >= 0) {
            closeListener(index);
        }
    }
    return "ok\n";
}

std::string EndpointServer::statusJson() const
{
    char number[64];
    std::string json = "{\"seed\": " + std::to_string(m_plan.seed());
    std::snprintf(number, sizeof number, "%.3f", m_clock.epoch());
    json += std::string(", \"epoch\": ") + number;
    std::snprintf(number, sizeof number, "%.3f", m_clock.now());
    json += std::string(", \"simTime\": ") + number;
    std::snprintf(number, sizeof number, "%g", m_clock.speed());
    json += std::string(", \"speed\": ") + number;
    json += ", \"basePort\": " + std::to_string(m_basePort) + ", \"devices\": [\n";
    const auto &devices = m_plan.devices();
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const DeviceSpec &device = devices[i];
        const DeviceRuntime &runtime = m_devices[i];
        json += "  {\"index\": " + std::to_string(device.index) + ", \"name\": \""
                + InventoryWriter::jsonEscape(device.name) + "\", \"client\": \""
                + InventoryWriter::jsonEscape(device.client) + "\", \"site\": \""
                + InventoryWriter::jsonEscape(device.site) + "\", \"os\": \""
                + InventoryWriter::jsonEscape(device.osLabel) + "\", \"family\": \""
                + (device.family == OsFamily::Windows ? "windows" : "linux") + "\", \"kind\": \"" + device.kind
                + "\", \"port\": " + std::to_string(m_basePort + device.index) + ", \"scenarios\": [";
        const std::vector<std::string> names = FleetPlan::scenarioNames(device.scenarios);
        for (std::size_t s = 0; s < names.size(); ++s) {
            json += (s ? ", \"" : "\"") + names[s] + '"';
        }
        json += std::string("], \"mode\": \"") + modeName(static_cast<int>(runtime.mode))
                + "\", \"online\": " + (runtime.listenFd >= 0 ? "true" : "false") + '}';
        json += i + 1 < devices.size() ? ",\n" : "\n";
    }
    json += "]}\n";
    return json;
}

void EndpointServer::queue(Connection &connection, int status, std::string_view contentType, std::string body,
                           const Request &request, bool gzipAllowed, double holdSeconds)
{
    bool gzipped = false;
    if (gzipAllowed && request.gzip) {
        std::string compressed;
        if (GzipEncoder::encode(body, compressed)) {
            body = std::move(compressed);
            gzipped = true;
        }
    }
    // Framing errors already cleared keepAlive; a 404 keeps the connection, as Go's net/http does.
    const bool keepAlive = request.keepAlive;
    std::string response = "HTTP/1.1 " + std::to_string(status) + ' ' + reason(status) + "\r\n";
    response += "Content-Type: ";
    response += contentType;
    response += "\r\n";
    if (gzipped) {
        response += "Content-Encoding: gzip\r\n";
    }
    if (gzipAllowed) {
        response += "Vary: Accept-Encoding\r\n";
    }
    response += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    response += "Date: " + httpDate() + "\r\n";
    if (!keepAlive) {
        response += "Connection: close\r\n";
    } else if (request.http10) {
        response += "Connection: keep-alive\r\n";
    }
    response += "\r\n";
    if (request.method != "HEAD") {
        response += body;
    }
    if (!keepAlive) {
        connection.closeAfterWrite = true;
    }
    if (holdSeconds > 0) {
        connection.held = std::move(response);
        connection.heldUntil = monotonicSeconds() + holdSeconds;
        m_heldFds.push_back(connection.fd);
        updateInterest(connection);
        return;
    }
    if (connection.outPos > 0 && connection.outPos == connection.out.size()) {
        connection.out.clear();
        connection.outPos = 0;
    }
    connection.out += response;
}

void EndpointServer::releaseHeld()
{
    const double now = monotonicSeconds();
    std::vector<int> still;
    const std::vector<int> held = std::move(m_heldFds);
    m_heldFds.clear();
    for (const int fd : held) {
        auto &slot = m_connections[static_cast<std::size_t>(fd)];
        if (!slot || slot->held.empty()) {
            continue;
        }
        if (slot->heldUntil > now) {
            still.push_back(fd);
            continue;
        }
        Connection &connection = *slot;
        connection.out += connection.held;
        connection.held.clear();
        connection.heldUntil = 0;
        const std::uint32_t generation = connection.generation;
        // Requests pipelined behind the slow one can go now.
        processInput(connection);
        if (m_connections[static_cast<std::size_t>(fd)]
            && m_connections[static_cast<std::size_t>(fd)]->generation == generation) {
            flush(connection);
        }
    }
    for (const int fd : still) {
        m_heldFds.push_back(fd);
    }
}

void EndpointServer::flush(Connection &connection)
{
    while (connection.outPos < connection.out.size()) {
        const ssize_t n = ::send(connection.fd, connection.out.data() + connection.outPos,
                                 connection.out.size() - connection.outPos, MSG_NOSIGNAL);
        if (n > 0) {
            connection.outPos += static_cast<std::size_t>(n);
            connection.lastActive = monotonicSeconds();
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        }
        closeConnection(connection);
        return;
    }
    if (connection.outPos >= connection.out.size()) {
        connection.out.clear();
        connection.outPos = 0;
        if (connection.held.empty() && (connection.closeAfterWrite || connection.peerClosed)) {
            closeConnection(connection);
            return;
        }
        if (!connection.in.empty() && connection.held.empty()) {
            // Backpressure may have parked pipelined requests; now that the output drained, serve them.
            const int fd = connection.fd;
            const std::uint32_t generation = connection.generation;
            const std::size_t before = connection.out.size();
            processInput(connection);
            if (!m_connections[static_cast<std::size_t>(fd)]
                || m_connections[static_cast<std::size_t>(fd)]->generation != generation) {
                return;
            }
            if (connection.out.size() != before) {
                flush(connection);
                return;
            }
        }
    }
    updateInterest(connection);
}

void EndpointServer::updateInterest(Connection &connection)
{
    std::uint32_t wanted = 0;
    const bool backlog = connection.out.size() - connection.outPos >= kMaxBacklog || connection.in.size() > kMaxBacklog;
    if (connection.held.empty() && !backlog && !connection.peerClosed && !connection.closeAfterWrite) {
        wanted |= EPOLLIN;
    }
    if (connection.outPos < connection.out.size()) {
        wanted |= EPOLLOUT;
    }
    if (wanted == connection.interest) {
        return;
    }
    epoll_event event{};
    event.events = wanted;
    event.data.u64 =
        (static_cast<std::uint64_t>(connection.generation) << 32) | static_cast<std::uint64_t>(connection.fd);
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, connection.fd, &event);
    connection.interest = wanted;
}

void EndpointServer::closeConnection(Connection &connection)
{
    const int fd = connection.fd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    ::close(fd);
    m_connections[static_cast<std::size_t>(fd)].reset();
}

void EndpointServer::closeDeviceConnections(int device)
{
    for (auto &slot : m_connections) {
        if (slot && slot->device == device) {
            closeConnection(*slot);
        }
    }
}

void EndpointServer::sweepIdle(double olderThan)
{
    const double now = monotonicSeconds();
    for (auto &slot : m_connections) {
        if (slot && slot->held.empty() && slot->outPos >= slot->out.size() && now - slot->lastActive > olderThan) {
            closeConnection(*slot);
        }
    }
}

} // namespace VigilFleetSim
