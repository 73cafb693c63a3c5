// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncSessionTab.h"

#include "Clock.h"
#include "SecretStore.h"
#include "SessionLog.h"
#include "SshResult.h"
#include "SshSession.h"
#include "SshSessionQuestions.h"
#include "VncClient.h"
#include "VncView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Vigil {

VncSessionTab::VncSessionTab(VncEndpoint server, std::optional<SshTarget> tunnel, QString credentialKey,
                             SessionRequest request, SshSessionOptions sshOptions, SecretStore *secrets,
                             SessionLog &log, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_server(std::move(server))
    , m_tunnelTarget(std::move(tunnel))
    , m_credentialKey(std::move(credentialKey))
    , m_request(std::move(request))
    , m_sshOptions(std::move(sshOptions))
    , m_secrets(secrets)
    , m_log(log)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("vncSessionTab"));
    m_view = new VncView(new VncClient, m_request.deviceName, this);
    m_view->setObjectName(QStringLiteral("vncView"));
    m_tunnelBanner = new QLabel(this);
    m_tunnelBanner->setObjectName(QStringLiteral("vncTunnelBanner"));
    m_tunnelBanner->setWordWrap(true);
    m_tunnelBanner->setTextFormat(Qt::PlainText);
    m_tunnelBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tunnelBanner->setMargin(6);
    m_tunnelBanner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tunnelBanner);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    connect(m_view, &VncView::sessionEnded, this, &VncSessionTab::onVncEnded);
    connect(m_view->client(), &VncClient::stateChanged, this, [this](VncClient::State state) {
        if (state == VncClient::State::Connected) {
            m_established = true;
        }
        Q_EMIT titleChanged(title());
    });
}

VncSessionTab::~VncSessionTab()
{
    finishLog(QStringLiteral("ok"), QString());
    if (m_tunnel) {
        disconnect(m_tunnel.get(), nullptr, this, nullptr);
    }
}

void VncSessionTab::start()
{
    const QString where =
        m_tunnelTarget
            ? tr("%1 through an SSH tunnel via %2").arg(m_server.toString(), m_tunnelTarget->destination.describe())
            : m_server.toString();
    const std::optional<qint64> deviceId =
        m_request.deviceId > 0 ? std::optional<qint64>(m_request.deviceId) : std::nullopt;
    const Result<qint64> logged = m_log.start(deviceId, m_request.deviceName, QStringLiteral("vnc"),
                                              m_request.technician, m_clock.now(), m_request.ticketId, where);
    m_logId = logged ? logged.value() : 0;
    if (!logged) {
        Q_EMIT problem(tr("The VNC session to %1 is not in the session log: %2")
                           .arg(m_request.deviceName, logged.error().toString()));
    }
    if (!m_tunnelTarget) {
        connectVnc(m_server);
        return;
    }
    SshSessionOptions options = m_sshOptions;
    options.mode = SshSessionOptions::Mode::Forward;
    options.listenPort = 0;
    options.forwardHost = m_server.host;
    options.forwardPort = m_server.port;
    m_tunnel = std::make_unique<SshSession>(*m_tunnelTarget, options, m_secrets);
    new SshSessionQuestions(m_tunnel.get(), m_secrets, this);
    connect(m_tunnel.get(), &SshSession::forwardListening, this, [this](quint16 port) {
        connectVnc(VncEndpoint{QStringLiteral("127.0.0.1"), port});
    });
    connect(m_tunnel.get(), &SshSession::finished, this, &VncSessionTab::onTunnelFinished);
    m_tunnel->open();
}

void VncSessionTab::connectVnc(const VncEndpoint &endpoint)
{
    if (m_credentialKey.isEmpty() || !m_secrets || !m_secrets->isAvailable()) {
        m_view->client()->connectToServer(endpoint, QString());
        return;
    }
    // A password that is not in the keychain is asked by the view once the server wants one.
    m_secrets->read(m_credentialKey, this, [this, endpoint](const Result<QString> &password) {
        m_view->client()->connectToServer(endpoint, password ? password.value() : QString());
    });
}

void VncSessionTab::onTunnelFinished(const SshResult &result)
{
    if (result.ok()) {
        return;
    }
    const bool keyProblem =
        result.failure == SshResult::Failure::HostKeyChanged || result.failure == SshResult::Failure::HostKeyRevoked;
    QString text = tr("The SSH tunnel for VNC failed: %1").arg(result.message);
    if (keyProblem) {
        text = tr("WARNING: THE HOST KEY OF %1 HAS CHANGED; Vigil opened no tunnel.\nOn record: %2 %3 (%4)\n"
                  "Offered now: %5 %6")
                   .arg(result.endpoint, result.hostKey.knownType, result.hostKey.knownFingerprint,
                        result.hostKey.knownWhere, result.hostKey.keyType, result.hostKey.fingerprint);
    }
    QPalette palette = m_tunnelBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xb0, 0x1c, 0x1c));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_tunnelBanner->setPalette(palette);
    m_tunnelBanner->setAutoFillBackground(true);
    m_tunnelBanner->setText(text);
    m_tunnelBanner->show();
    m_view->client()->disconnectFromServer();
    finishLog(SshResult::failureId(result.failure), result.message);
    Q_EMIT titleChanged(title());
}

void VncSessionTab::onVncEnded(VncFailure failure, const QString &message)
{
    // The view asks for a password and tries again itself: the session goes on.
    if (failure == VncFailure::PasswordRequired || failure == VncFailure::AuthFailed) {
        return;
    }
    finishLog(failure == VncFailure::None ? QStringLiteral("ok") : vncFailureName(failure), message);
    if (m_tunnel) {
        m_tunnel->close();
    }
}

void VncSessionTab::finishLog(const QString &result, const QString &detail)
{
    if (m_logId <= 0 || m_logFinished) {
        return;
    }
    m_logFinished = true;
    if (const Status finished = m_log.finish(m_logId, m_clock.now(), result, detail, m_established); !finished) {
        Q_EMIT problem(tr("The end of the VNC session to %1 is not in the session log: %2")
                           .arg(m_request.deviceName, finished.error().toString()));
    }
}

QString VncSessionTab::title() const
{
    if (!m_tunnelBanner->isHidden()) {
        return tr("%1 · VNC (failed)").arg(m_request.deviceName);
    }
    switch (m_view->client()->state()) {
    case VncClient::State::Connecting:
        return tr("%1 · VNC (connecting)").arg(m_request.deviceName);
    case VncClient::State::Failed:
        return tr("%1 · VNC (failed)").arg(m_request.deviceName);
    case VncClient::State::Disconnected:
        return m_established ? tr("%1 · VNC (ended)").arg(m_request.deviceName)
                             : tr("%1 · VNC").arg(m_request.deviceName);
    case VncClient::State::Connected:
        break;
    }
    return tr("%1 · VNC").arg(m_request.deviceName);
}

VncView *VncSessionTab::view() const
{
    return m_view;
}

SshSession *VncSessionTab::tunnel() const
{
    return m_tunnel.get();
}

QString VncSessionTab::tunnelError() const
{
    return m_tunnelBanner->isHidden() ? QString() : m_tunnelBanner->text();
}

qint64 VncSessionTab::sessionLogId() const
{
    return m_logId;
}

} // namespace Vigil
