// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionRequest.h"
#include "SshEndpoint.h"
#include "SshSessionOptions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QFrame;

namespace Vigil {

class Clock;
class SecretStore;
class SessionLog;
class SshSession;
struct HostKeyInfo;
struct SshPrompts;
struct SshResult;
class TerminalScreen;
class TerminalView;

// One SSH shell in a tab: the session (libssh on its worker thread), the screen model and the view wired
// together, the host-key and password questions asked in dialogs, and the session log row kept from start to
// end. A failure is shown in a banner above the terminal (a changed host key loudly, with both fingerprints and
// no way to accept it); the output stays readable and Reconnect starts a new session in the same tab.
class SshTerminalTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTerminalTab)

public:
    enum class State { Idle, Connecting, Connected, Ended, Failed };

    // secrets may be null (everything is asked); it, the log and the clock must outlive the tab.
    SshTerminalTab(SshTarget target, SessionRequest request, SshSessionOptions options, SecretStore *secrets,
                   SessionLog &log, const Clock &clock, QWidget *parent = nullptr);
    ~SshTerminalTab() override;

    void connectToHost();
    void disconnectFromHost();

    State state() const;
    QString title() const;
    QString bannerText() const;
    const SessionRequest &request() const;
    // The session log row of the current (or last) session; 0 before the first.
    qint64 sessionLogId() const;
    TerminalScreen *screen() const;
    TerminalView *view() const;
    SshSession *session() const;

Q_SIGNALS:
    void stateChanged(Vigil::SshTerminalTab::State state);
    void titleChanged(const QString &title);
    // A log write failed (the session goes on): for the status bar.
    void problem(const QString &message);

private:
    void askHostKey(const HostKeyInfo &key);
    void askCredentials(const SshPrompts &prompts);
    void onConnected();
    void onFinished(const SshResult &result);
    void finishLog(const QString &result, const QString &detail);
    void setState(State state);
    void showBanner(const QString &text, bool alarm, bool canReconnect);
    void hideBanner();
    QString changedKeyText(const SshResult &result) const;

    SshTarget m_target;
    SessionRequest m_request;
    SshSessionOptions m_options;
    SecretStore *m_secrets = nullptr;
    SessionLog &m_log;
    const Clock &m_clock;
    std::unique_ptr<SshSession> m_session;
    TerminalScreen *m_screen = nullptr;
    TerminalView *m_view = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_reconnect = nullptr;
    State m_state = State::Idle;
    qint64 m_logId = 0;
    bool m_established = false;
    QString m_remoteTitle;
};

} // namespace Vigil
