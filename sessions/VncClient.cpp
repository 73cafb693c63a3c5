// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncClient.h"

#include "VncKeySym.h"
#include "VncLogging.h"
#include "VncWorker.h"

#include <QThread>

namespace Vigil {

namespace {

// A stopped worker leaves within one poll interval; this only bounds a pathological case at destruction.
constexpr int destructionWaitMs = 3000;

} // namespace

VncClient::VncClient(QObject *parent)
    : QObject(parent)
{
    installVncLibraryLogging();
}

VncClient::~VncClient()
{
    if (!m_worker) {
        return;
    }
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->requestStop();
    if (m_thread->wait(destructionWaitMs)) {
        delete m_worker;
        delete m_thread;
    } else {
        // Still inside a library call: let the thread clean up after itself.
        qCWarning(lcVnc) << "VNC worker did not stop in time; leaving it to finish on its own";
        VncWorker *worker = m_worker;
        connect(m_thread, &QThread::finished, m_thread, [worker] { delete worker; });
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

void VncClient::connectToServer(const VncEndpoint &endpoint, const QString &password, const VncConnectOptions &options)
{
    if (m_worker) {
        qCWarning(lcVnc) << "connectToServer while a connection is running; ignored";
        return;
    }
    m_endpoint = endpoint;
    m_failure = VncFailure::None;
    m_errorString.clear();
    m_desktopName.clear();
    m_complete = false;
    m_viewOnly = options.viewOnly;
    m_worker = new VncWorker(endpoint, password, options);
    m_thread = QThread::create([worker = m_worker] { worker->run(); });
    m_thread->setObjectName(QStringLiteral("vnc %1").arg(endpoint.toString()));
    connect(m_worker, &VncWorker::connected, this, &VncClient::onConnected, Qt::QueuedConnection);
    connect(m_worker, &VncWorker::frameReady, this, &VncClient::onFrameReady, Qt::QueuedConnection);
    connect(m_worker, &VncWorker::serverCutText, this, &VncClient::serverClipboardChanged, Qt::QueuedConnection);
    connect(m_worker, &VncWorker::bell, this, &VncClient::bell, Qt::QueuedConnection);
    connect(m_worker, &VncWorker::failed, this, &VncClient::onFailed, Qt::QueuedConnection);
    connect(m_worker, &VncWorker::stopped, this, &VncClient::onStopped, Qt::QueuedConnection);
    qCInfo(lcVnc).noquote() << "connecting to" << endpoint.toString();
    setState(State::Connecting);
    m_thread->start();
}

void VncClient::disconnectFromServer()
{
    if (m_worker) {
        m_worker->requestStop();
    }
}

VncClient::State VncClient::state() const
{
    return m_state;
}

VncEndpoint VncClient::endpoint() const
{
    return m_endpoint;
}

VncFailure VncClient::failure() const
{
    return m_failure;
}

QString VncClient::errorString() const
{
    return m_errorString;
}

QString VncClient::desktopName() const
{
    return m_desktopName;
}

QImage VncClient::frame() const
{
    return m_frame;
}

QSize VncClient::framebufferSize() const
{
    return m_frame.size();
}

bool VncClient::hasCompleteFrame() const
{
    return m_complete;
}

bool VncClient::isViewOnly() const
{
    return m_viewOnly;
}

void VncClient::setViewOnly(bool viewOnly)
{
    m_viewOnly = viewOnly;
}

void VncClient::sendPointer(const QPoint &position, int buttons)
{
    if (m_viewOnly || !m_worker || m_state != State::Connected) {
        return;
    }
    VncInputEvent event;
    event.kind = VncInputEvent::Kind::Pointer;
    event.x = position.x();
    event.y = position.y();
    event.buttons = buttons;
    m_worker->post(event);
}

void VncClient::sendKey(quint32 keysym, bool down)
{
    if (m_viewOnly || !m_worker || m_state != State::Connected || keysym == 0) {
        return;
    }
    VncInputEvent event;
    event.kind = VncInputEvent::Kind::Key;
    event.keysym = keysym;
    event.down = down;
    m_worker->post(event);
}

void VncClient::sendCtrlAltDel()
{
    sendKey(KeySym::ControlL, true);
    sendKey(KeySym::AltL, true);
    sendKey(KeySym::Delete, true);
    sendKey(KeySym::Delete, false);
    sendKey(KeySym::AltL, false);
    sendKey(KeySym::ControlL, false);
}

void VncClient::sendClipboardText(const QString &text)
{
    if (m_viewOnly || !m_worker || m_state != State::Connected) {
        return;
    }
    VncInputEvent event;
    event.kind = VncInputEvent::Kind::CutText;
    event.latin1Text.reserve(text.size());
    for (const QChar c : text) {
        event.latin1Text.append(c.unicode() <= 0xff ? static_cast<char>(c.unicode()) : '?');
    }
    m_worker->post(event);
}

quint64 VncClient::inputEventsSent() const
{
    return m_sentBefore + (m_worker ? m_worker->inputEventsSent() : 0);
}

void VncClient::onConnected(const QString &desktopName, const QSize &size)
{
    m_desktopName = desktopName;
    qCInfo(lcVnc).noquote() << "connected to" << m_endpoint.toString() << "desktop" << size;
    setState(State::Connected);
}

void VncClient::onFrameReady(const QImage &frame, const QRegion &dirty, bool complete)
{
    const QSize before = m_frame.size();
    m_frame = frame;
    // Taken: the worker may prepare the next frame (coalescing whatever arrived meanwhile).
    if (m_worker) {
        m_worker->acknowledgeFrame();
    }
    if (frame.size() != before) {
        m_complete = false;
        Q_EMIT framebufferResized(frame.size());
    }
    Q_EMIT frameUpdated(dirty);
    if (complete && !m_complete) {
        m_complete = true;
        Q_EMIT frameCompleted();
    }
}

void VncClient::onFailed(VncFailure failure, const QString &message)
{
    m_failure = failure;
    m_errorString = message;
    Q_EMIT errorOccurred(failure, message);
}

void VncClient::onStopped()
{
    releaseWorker();
    setState(m_failure == VncFailure::None ? State::Disconnected : State::Failed);
}

void VncClient::releaseWorker()
{
    if (!m_worker) {
        return;
    }
    m_thread->wait();
    m_sentBefore += m_worker->inputEventsSent();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

void VncClient::setState(State state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Vigil
