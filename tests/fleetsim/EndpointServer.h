// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PayloadGenerator.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace VigilFleetSim {

class FleetPlan;
class SimClock;

// Per-device override set through the control endpoint. Auto follows the scheduled scenarios; Normal forces a
// healthy, reachable device even if its schedule says offline.
enum class ResponseMode { Auto, Normal, Offline, Slow, Malformed, Huge };

// Every device's listener and every connection on one epoll loop: non-blocking sockets, level-triggered,
// keep-alive and pipelining, partial reads and writes, slow responses held on a timer instead of a thread.
class EndpointServer final
{
public:
    EndpointServer(const FleetPlan &plan, const SimClock &clock, std::string bindAddress, int basePort,
                   int controlPort);
    ~EndpointServer();
    EndpointServer(const EndpointServer &) = delete;
    EndpointServer &operator=(const EndpointServer &) = delete;

    // Binds every device port and the control port; fails naming the first port that cannot be bound.
    bool start(std::string &error);
    // Serves until SIGTERM or SIGINT; returns the process exit code.
    int run();

private:
    struct DeviceRuntime
    {
        int listenFd = -1;
        ResponseMode mode = ResponseMode::Auto;
        double slowDelay = 5.0;
        MalformedVariant variant = MalformedVariant::Count; // Count: rotate through all variants
        int malformedServed = 0;
        int hugeSamples = 60000;
    };
    struct Connection
    {
        int fd = -1;
        int device = -1; // -1: the control endpoint
        std::uint32_t generation = 0;
        std::uint32_t interest = 0;
        std::string in;
        std::string out;
        std::size_t outPos = 0;
        std::string held;     // a slow response waiting for heldUntil
        double heldUntil = 0; // monotonic seconds, 0 when nothing is held
        bool closeAfterWrite = false;
        bool peerClosed = false;
        double lastActive = 0;
    };
    struct Request
    {
        std::string method;
        std::string target;
        bool http10 = false;
        bool keepAlive = true;
        bool gzip = false;
    };

    bool openListener(int device, std::string &error);
    void closeListener(int device);
    bool bindSocket(int port, int &fd, std::string &error) const;
    void acceptOn(int listenFd, int device);
    void onReadable(Connection &connection);
    void onWritable(Connection &connection);
    void processInput(Connection &connection);
    void respond(Connection &connection, const Request &request);
    void respondDevice(Connection &connection, const Request &request);
    void respondControl(Connection &connection, const Request &request);
    std::string controlCommand(std::string_view query, int &status);
    std::string statusJson() const;
    void queue(Connection &connection, int status, std::string_view contentType, std::string body,
               const Request &request, bool gzipAllowed, double holdSeconds = 0);
    void flush(Connection &connection);
    void updateInterest(Connection &connection);
    void closeConnection(Connection &connection);
    void closeDeviceConnections(int device);
    void applySchedule();
    void releaseHeld();
    void sweepIdle(double olderThan);
    bool deviceShouldListen(int device) const;
    static double monotonicSeconds();

    const FleetPlan &m_plan;
    const SimClock &m_clock;
    std::string m_bind;
    int m_basePort = 0;
    int m_controlPort = 0;
    int m_epoll = -1;
    int m_signalFd = -1;
    int m_controlFd = -1;
    bool m_stop = false;
    std::uint32_t m_nextGeneration = 1;
    std::vector<DeviceRuntime> m_devices;
    std::vector<int> m_scheduled;                           // devices whose reachability can change over time
    std::vector<std::unique_ptr<Connection>> m_connections; // indexed by fd
    std::vector<int> m_heldFds;
};

} // namespace VigilFleetSim
