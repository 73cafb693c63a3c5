// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VncConnectOptions.h"
#include "VncEndpoint.h"
#include "VncFailure.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QRegion>

class QThread;

namespace Vigil {

class VncWorker;

// A VNC viewer's connection, used from the GUI thread (or the CLI's main thread) and never blocking it:
// libvncclient runs in a VncWorker on a thread of its own, frames arrive by queued signal with one frame in flight
// at a time, and input is queued to the worker. The endpoint is only host and port, so an SSH tunnel is simply
// "connect to 127.0.0.1:<local forward port>". One client serves one connection at a time; connect again after
// it ended to reconnect.
class VncClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VncClient)

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit VncClient(QObject *parent = nullptr);
    // Stops the worker and waits for it briefly (a stop interrupts any read at once).
    ~VncClient() override;

    // The password goes to the worker and is wiped there after the handshake; empty means "none" (a server that
    // asks for one then fails with PasswordRequired).
    void connectToServer(const VncEndpoint &endpoint, const QString &password, const VncConnectOptions &options = {});
    // Returns at once; state() becomes Disconnected when the worker has closed the connection.
    void disconnectFromServer();

    State state() const;
    VncEndpoint endpoint() const;
    VncFailure failure() const;
    QString errorString() const;
    QString desktopName() const;
    // The last frame the worker delivered (Format_RGB32); null before the first.
    QImage frame() const;
    QSize framebufferSize() const;
    // True once every pixel has arrived since the connection (or the last desktop resize) began.
    bool hasCompleteFrame() const;

    // View-only: input is dropped here, nothing reaches the server.
    bool isViewOnly() const;
    void setViewOnly(bool viewOnly);
    // Position in framebuffer pixels; buttons as RFB's mask (1 left, 2 middle, 4 right, 8/16 wheel).
    void sendPointer(const QPoint &position, int buttons);
    void sendKey(quint32 keysym, bool down);
    void sendCtrlAltDel();
    // Sent as RFB cut text (Latin-1; other characters become '?').
    void sendClipboardText(const QString &text);
    // Input events the worker wrote to the server (for diagnostics and tests).
    quint64 inputEventsSent() const;

Q_SIGNALS:
    void stateChanged(Vigil::VncClient::State state);
    void frameUpdated(const QRegion &dirty);
    void framebufferResized(const QSize &size);
    // Once per connection and desktop size: the first frame in which every pixel is the server's.
    void frameCompleted();
    void serverClipboardChanged(const QString &text);
    void bell();
    void errorOccurred(Vigil::VncFailure failure, const QString &message);

private:
    void onConnected(const QString &desktopName, const QSize &size);
    void onFrameReady(const QImage &frame, const QRegion &dirty, bool complete);
    void onFailed(VncFailure failure, const QString &message);
    void onStopped();
    void setState(State state);
    void releaseWorker();

    State m_state = State::Disconnected;
    VncEndpoint m_endpoint;
    VncFailure m_failure = VncFailure::None;
    QString m_errorString;
    QString m_desktopName;
    QImage m_frame;
    bool m_complete = false;
    bool m_viewOnly = false;
    quint64 m_sentBefore = 0;
    QThread *m_thread = nullptr;
    VncWorker *m_worker = nullptr;
};

} // namespace Vigil
