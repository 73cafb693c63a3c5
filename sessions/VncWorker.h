// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VncConnectOptions.h"
#include "VncEndpoint.h"
#include "VncFailure.h"
#include "VncInputEvent.h"

#include <QByteArray>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QRegion>

#include <atomic>
#include <deque>

struct _rfbClient;

namespace Vigil {

// One VNC connection, run by run() on a thread of its own: libvncclient blocks, so it never runs on the GUI
// thread. Other threads talk to it only through requestStop(), post() and acknowledgeFrame(); it answers with
// queued signals. Damage is coalesced: while the GUI thread has not taken the last frame, new updates only grow
// the dirty region, so a slow GUI sees fewer, larger updates instead of a growing queue.
class VncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VncWorker)

public:
    VncWorker(VncEndpoint endpoint, const QString &password, VncConnectOptions options);
    ~VncWorker() override;

    // The worker thread's whole life: connect, handshake, then serve messages and input until stopped or failed.
    void run();

    // Any thread.
    void requestStop();
    void post(const VncInputEvent &event);
    void acknowledgeFrame();
    quint64 inputEventsSent() const;

Q_SIGNALS:
    void connected(const QString &desktopName, const QSize &size);
    // `frame` is a snapshot the receiver may keep; `complete` once every pixel has been received since the
    // connection (or the last desktop resize) began.
    void frameReady(const QImage &frame, const QRegion &dirty, bool complete);
    void serverCutText(const QString &text);
    void bell();
    void failed(Vigil::VncFailure failure, const QString &message);
    // Emitted last, whatever happened.
    void stopped();

private:
    static VncWorker *self(_rfbClient *client);
    static signed char onMallocFrameBuffer(_rfbClient *client);
    static void onFrameBufferUpdate(_rfbClient *client, int x, int y, int w, int h);
    static void onFinishedFrameBufferUpdate(_rfbClient *client);
    static char *onGetPassword(_rfbClient *client);
    static void onCutText(_rfbClient *client, const char *text, int length);
    static void onBell(_rfbClient *client);

    int connectSocket(VncFailure *failure, QString *detail);
    bool handshake(_rfbClient *client, VncFailure *failure, QString *detail);
    void serve(_rfbClient *client);
    void sendQueuedInput(_rfbClient *client);
    void deliverFrame(_rfbClient *client);
    void wipePassword();
    void fail(VncFailure failure, const QString &detail);

    const VncEndpoint m_endpoint;
    const VncConnectOptions m_options;
    QByteArray m_password;
    bool m_passwordAsked = false;

    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_awaitingAck{false};
    std::atomic<quint64> m_inputSent{0};
    QMutex m_socketMutex;
    int m_socket = -1;
    QMutex m_inputMutex;
    std::deque<VncInputEvent> m_input;

    // Worker thread only.
    QImage m_image;
    QRegion m_dirty;
    QRegion m_received;
    bool m_complete = false;
};

} // namespace Vigil
