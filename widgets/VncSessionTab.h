// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionRequest.h"
#include "SshEndpoint.h"
#include "SshSessionOptions.h"
#include "VncEndpoint.h"
#include "VncFailure.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace Vigil {

class Clock;
class SecretStore;
class SessionLog;
class SshSession;
struct SshResult;
class VncView;

// A VNC session in a tab: the VncView, and when the device's VNC goes through SSH, the tunnel under it (a local
// forward on 127.0.0.1 opened by an SshSession with the same host-key rules as a shell). The password comes from
// the keychain under the device's VNC key, else the view asks. The session log row runs from the first connect
// to the end (or the tab's close).
class VncSessionTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VncSessionTab)

public:
    // `server` is the VNC server as the client reaches it directly, or, with a tunnel, as the device sees it.
    // secrets may be null; it, the log and the clock must outlive the tab.
    VncSessionTab(VncEndpoint server, std::optional<SshTarget> tunnel, QString credentialKey, SessionRequest request,
                  SshSessionOptions sshOptions, SecretStore *secrets, SessionLog &log, const Clock &clock,
                  QWidget *parent = nullptr);
    ~VncSessionTab() override;

    void start();
    QString title() const;
    VncView *view() const;
    SshSession *tunnel() const;
    // Why the tunnel failed, when it did.
    QString tunnelError() const;
    qint64 sessionLogId() const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void problem(const QString &message);

private:
    void connectVnc(const VncEndpoint &endpoint);
    void onTunnelFinished(const SshResult &result);
    void onVncEnded(VncFailure failure, const QString &message);
    void finishLog(const QString &result, const QString &detail);

    VncEndpoint m_server;
    std::optional<SshTarget> m_tunnelTarget;
    QString m_credentialKey;
    SessionRequest m_request;
    SshSessionOptions m_sshOptions;
    QPointer<SecretStore> m_secrets;
    SessionLog &m_log;
    const Clock &m_clock;
    std::unique_ptr<SshSession> m_tunnel;
    VncView *m_view = nullptr;
    QLabel *m_tunnelBanner = nullptr;
    qint64 m_logId = 0;
    bool m_logFinished = false;
    bool m_established = false;
};

} // namespace Vigil
