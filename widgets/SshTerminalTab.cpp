// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTerminalTab.h"

#include "Clock.h"
#include "SecretStore.h"
#include "SessionLog.h"
#include "SshResult.h"
#include "SshSession.h"
#include "SshSessionQuestions.h"
#include "TerminalScreen.h"
#include "TerminalView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vigil {

SshTerminalTab::SshTerminalTab(SshTarget target, SessionRequest request, SshSessionOptions options,
                               SecretStore *secrets, SessionLog &log, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_target(std::move(target))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_log(log)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("sshTerminalTab"));
    m_options.mode = SshSessionOptions::Mode::Shell;
    m_screen = new TerminalScreen(m_options.columns, m_options.rows, this);
    m_view = new TerminalView(m_screen, this);
    m_view->setObjectName(QStringLiteral("terminalView"));

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("sessionBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("sessionBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect = new QPushButton(tr("&Reconnect"), m_banner);
    m_reconnect->setObjectName(QStringLiteral("sessionReconnect"));
    m_reconnect->setToolTip(tr("Open a new session to this device in this tab"));
    connect(m_reconnect, &QPushButton::clicked, this, &SshTerminalTab::connectToHost);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_reconnect, 0, Qt::AlignTop);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_screen, &TerminalScreen::outputReady, this, [this](const QByteArray &bytes) {
        if (m_session && m_state == State::Connected) {
            m_session->write(bytes);
        }
    });
    connect(m_view, &TerminalView::terminalSizeChanged, this, [this](int columns, int rows) {
        m_options.columns = columns;
        m_options.rows = rows;
        if (m_session) {
            m_session->resize(columns, rows);
        }
    });
    connect(m_screen, &TerminalScreen::titleChanged, this, [this](const QString &title) {
        m_remoteTitle = title;
        setToolTip(title);
    });
}

SshTerminalTab::~SshTerminalTab()
{
    if (m_state == State::Connecting || m_state == State::Connected) {
        finishLog(QStringLiteral("ok"), QString());
    }
    if (m_session) {
        disconnect(m_session.get(), nullptr, this, nullptr);
    }
}

void SshTerminalTab::connectToHost()
{
    if (m_state == State::Connecting || m_state == State::Connected) {
        return;
    }
    if (m_session) {
        // The old session may still be inside its finished() emission: let it unwind first.
        disconnect(m_session.get(), nullptr, this, nullptr);
        m_session.release()->deleteLater();
    }
    m_established = false;
    m_options.columns = m_screen->columns();
    m_options.rows = m_screen->rows();
    m_session = std::make_unique<SshSession>(m_target, m_options, m_secrets);
    SshSession *session = m_session.get();
    new SshSessionQuestions(session, m_secrets, this);
    connect(session, &SshSession::connected, this, &SshTerminalTab::onConnected);
    connect(session, &SshSession::dataReceived, m_screen, &TerminalScreen::feed);
    connect(session, &SshSession::finished, this, &SshTerminalTab::onFinished);

    const std::optional<qint64> deviceId =
        m_request.deviceId > 0 ? std::optional<qint64>(m_request.deviceId) : std::nullopt;
    const Result<qint64> logged =
        m_log.start(deviceId, m_request.deviceName, QStringLiteral("ssh"), m_request.technician, m_clock.now(),
                    m_request.ticketId, m_target.destination.describe());
    m_logId = logged ? logged.value() : 0;
    if (!logged) {
        Q_EMIT problem(
            tr("The session to %1 is not in the session log: %2").arg(m_request.deviceName, logged.error().toString()));
    }
    setState(State::Connecting);
    showBanner(tr("Connecting to %1…").arg(m_target.destination.describe()), false, false);
    session->open();
}

void SshTerminalTab::disconnectFromHost()
{
    if (m_session) {
        m_session->close();
    }
}

SshTerminalTab::State SshTerminalTab::state() const
{
    return m_state;
}

QString SshTerminalTab::title() const
{
    switch (m_state) {
    case State::Connecting:
        return tr("%1 (connecting)").arg(m_request.deviceName);
    case State::Ended:
        return tr("%1 (ended)").arg(m_request.deviceName);
    case State::Failed:
        return tr("%1 (failed)").arg(m_request.deviceName);
    case State::Idle:
    case State::Connected:
        break;
    }
    return m_request.deviceName;
}

QString SshTerminalTab::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

const SessionRequest &SshTerminalTab::request() const
{
    return m_request;
}

qint64 SshTerminalTab::sessionLogId() const
{
    return m_logId;
}

TerminalScreen *SshTerminalTab::screen() const
{
    return m_screen;
}

TerminalView *SshTerminalTab::view() const
{
    return m_view;
}

SshSession *SshTerminalTab::session() const
{
    return m_session.get();
}

void SshTerminalTab::onConnected()
{
    m_established = true;
    hideBanner();
    setState(State::Connected);
    m_view->setFocus();
}

void SshTerminalTab::onFinished(const SshResult &result)
{
    // What the host sent last (an error message, the shell's goodbye) belongs on the screen before the banner.
    m_screen->processPending();
    finishLog(SshResult::failureId(result.failure), result.message);
    if (result.ok()) {
        setState(State::Ended);
        showBanner(tr("The session to %1 has ended.").arg(m_target.destination.describe()), false, true);
        return;
    }
    setState(State::Failed);
    const bool keyProblem =
        result.failure == SshResult::Failure::HostKeyChanged || result.failure == SshResult::Failure::HostKeyRevoked;
    if (keyProblem) {
        showBanner(changedKeyText(result), true, false);
    } else {
        showBanner(result.message, result.failure != SshResult::Failure::Cancelled, true);
    }
}

void SshTerminalTab::finishLog(const QString &result, const QString &detail)
{
    if (m_logId <= 0) {
        return;
    }
    const Status finished = m_log.finish(m_logId, m_clock.now(), result, detail, m_established);
    if (!finished) {
        Q_EMIT problem(tr("The end of the session to %1 is not in the session log: %2")
                           .arg(m_request.deviceName, finished.error().toString()));
    }
}

void SshTerminalTab::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT titleChanged(title());
}

void SshTerminalTab::showBanner(const QString &text, bool alarm, bool canReconnect)
{
    m_bannerText->setText(text);
    QPalette palette = this->palette();
    if (alarm) {
        // The same red in light and dark palettes, with white text: this banner must not be missed.
        palette.setColor(QPalette::Window, QColor(0xb0, 0x1c, 0x1c));
        palette.setColor(QPalette::WindowText, Qt::white);
    } else {
        palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    }
    m_banner->setPalette(palette);
    m_bannerText->setPalette(palette);
    QFont font = m_bannerText->font();
    font.setBold(alarm);
    m_bannerText->setFont(font);
    m_reconnect->setVisible(canReconnect);
    m_banner->show();
}

void SshTerminalTab::hideBanner()
{
    m_banner->hide();
}

QString SshTerminalTab::changedKeyText(const SshResult &result) const
{
    const HostKeyInfo &key = result.hostKey;
    if (result.failure == SshResult::Failure::HostKeyRevoked) {
        return tr("REFUSED: %1 offered a host key that is marked as revoked (%2 %3). Vigil will not connect.")
            .arg(result.endpoint, key.keyType, key.fingerprint);
    }
    return tr("WARNING: THE HOST KEY OF %1 HAS CHANGED. Someone may be intercepting this connection, or the "
              "device was reinstalled. Vigil will not connect.\n"
              "On record: %2 %3 (%4)\n"
              "Offered now: %5 %6\n"
              "If the change is expected, confirm the new fingerprint with the device's owner, remove the old "
              "entry from that file and connect again.")
        .arg(result.endpoint, key.knownType, key.knownFingerprint, key.knownWhere, key.keyType, key.fingerprint);
}

} // namespace Vigil
