// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncView.h"

#include "VncDisplay.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace Vigil {

namespace {

QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text, const QKeySequence &shortcut,
                    const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace

VncView::VncView(VncClient *client, const QString &deviceName, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_deviceName(deviceName)
{
    setObjectName(QStringLiteral("vncView"));
    m_client->setParent(this);

    m_fit = makeAction(this, QStringLiteral("vncFitAction"), tr("&Fit to Window"),
                       QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F),
                       tr("Scale the remote screen to the window, or show it pixel for pixel with scroll bars"));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    m_viewOnly =
        makeAction(this, QStringLiteral("vncViewOnlyAction"), tr("&View Only"),
                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V), tr("Watch without sending keyboard or mouse input"));
    m_viewOnly->setCheckable(true);
    m_ctrlAltDel =
        makeAction(this, QStringLiteral("vncCtrlAltDelAction"), tr("Send Ctrl+Alt+&Del"),
                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_End), tr("Send Ctrl+Alt+Del to the remote computer"));
    m_disconnect = makeAction(this, QStringLiteral("vncDisconnectAction"), tr("Dis&connect"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), tr("End the remote session"));

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("vncToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_fit);
    m_toolBar->addAction(m_viewOnly);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_ctrlAltDel);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_disconnect);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("vncSessionBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->setAutoFillBackground(true);

    m_display = new VncDisplay(this);
    m_display->setReservedShortcuts(
        {m_fit->shortcut(), m_viewOnly->shortcut(), m_ctrlAltDel->shortcut(), m_disconnect->shortcut()});
    setFocusProxy(m_display);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_display, 1);

    connect(m_fit, &QAction::toggled, this, [this](bool fit) {
        m_display->setScaleMode(fit ? VncDisplay::ScaleMode::Fit : VncDisplay::ScaleMode::Actual);
    });
    connect(m_viewOnly, &QAction::toggled, this, &VncView::setViewOnly);
    connect(m_ctrlAltDel, &QAction::triggered, m_client, &VncClient::sendCtrlAltDel);
    connect(m_disconnect, &QAction::triggered, m_client, &VncClient::disconnectFromServer);

    connect(m_display, &VncDisplay::pointerInput, m_client, &VncClient::sendPointer);
    connect(m_display, &VncDisplay::keyInput, m_client, &VncClient::sendKey);
    connect(m_display, &VncDisplay::focusEntered, this, &VncView::sendLocalClipboard);
    connect(m_client, &VncClient::frameUpdated, this,
            [this](const QRegion &dirty) { m_display->showFrame(m_client->frame(), dirty); });
    connect(m_client, &VncClient::stateChanged, this, &VncView::onStateChanged);
    connect(m_client, &VncClient::serverClipboardChanged, this, &VncView::onServerClipboard);
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        connect(clipboard, &QClipboard::dataChanged, this, [this] {
            if (m_display->hasFocus()) {
                sendLocalClipboard();
            }
        });
    }
    setViewOnly(m_client->isViewOnly());
    onStateChanged(m_client->state());
}

VncView::~VncView() = default;

VncClient *VncView::client() const
{
    return m_client;
}

VncDisplay *VncView::display() const
{
    return m_display;
}

QAction *VncView::fitAction() const
{
    return m_fit;
}

QAction *VncView::viewOnlyAction() const
{
    return m_viewOnly;
}

QAction *VncView::ctrlAltDelAction() const
{
    return m_ctrlAltDel;
}

QAction *VncView::disconnectAction() const
{
    return m_disconnect;
}

void VncView::setViewOnly(bool viewOnly)
{
    m_display->setViewOnly(viewOnly);
    m_client->setViewOnly(viewOnly);
    m_ctrlAltDel->setEnabled(!viewOnly && m_client->state() == VncClient::State::Connected);
    if (m_viewOnly->isChecked() != viewOnly) {
        m_viewOnly->setChecked(viewOnly);
    }
    updateBanner();
}

QString VncView::stateText() const
{
    switch (m_client->state()) {
    case VncClient::State::Connecting:
        return tr("Connecting to %1…").arg(m_client->endpoint().toString());
    case VncClient::State::Connected:
        return tr("Connected to %1").arg(m_client->endpoint().toString());
    case VncClient::State::Disconnected:
        return tr("Disconnected");
    case VncClient::State::Failed:
        return tr("Session ended: %1").arg(m_client->errorString());
    }
    return QString();
}

void VncView::updateBanner()
{
    const bool live =
        m_client->state() == VncClient::State::Connected || m_client->state() == VncClient::State::Connecting;
    QString text;
    if (!live) {
        text = tr("Remote session with %1 has ended. %2").arg(m_deviceName, stateText());
    } else if (m_display->isViewOnly()) {
        text = tr("Remote session with %1 is active (view only: nothing you type or click is sent). %2")
                   .arg(m_deviceName, stateText());
    } else {
        text = tr("Remote session with %1 is active: keyboard and mouse control the remote computer. %2")
                   .arg(m_deviceName, stateText());
    }
    m_banner->setText(text);
    QPalette palette = m_banner->palette();
    const QColor background = !live                     ? QColor(0x8a, 0x8a, 0x8a)
                              : m_display->isViewOnly() ? QColor(0x2f, 0x6f, 0xb3)
                                                        : QColor(0xc2, 0x4e, 0x12);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(palette);
}

void VncView::onStateChanged(VncClient::State state)
{
    m_ctrlAltDel->setEnabled(state == VncClient::State::Connected && !m_display->isViewOnly());
    m_disconnect->setEnabled(state == VncClient::State::Connected || state == VncClient::State::Connecting);
    switch (state) {
    case VncClient::State::Connecting:
        m_display->setStatusText(stateText());
        break;
    case VncClient::State::Connected:
        m_display->setStatusText(QString());
        break;
    case VncClient::State::Disconnected:
    case VncClient::State::Failed:
        m_display->releaseKeys();
        m_display->setStatusText(stateText());
        Q_EMIT sessionEnded(m_client->failure(), m_client->errorString());
        if (m_client->failure() == VncFailure::PasswordRequired || m_client->failure() == VncFailure::AuthFailed) {
            askForPassword(m_client->failure());
        }
        break;
    }
    updateBanner();
}

QInputDialog *VncView::passwordDialog() const
{
    return m_passwordDialog;
}

void VncView::askForPassword(VncFailure failure)
{
    if (m_passwordDialog && m_passwordDialog->isVisible()) {
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("vncPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("VNC Password"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    const QString why = failure == VncFailure::AuthFailed ? tr("The VNC server of %1 refused the password.")
                                                          : tr("The VNC server of %1 asks for a password.");
    dialog->setLabelText(why.arg(m_deviceName) + QLatin1Char('\n')
                         + tr("It is used for this session only and not stored."));
    dialog->setOkButtonText(tr("&Connect"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        VncConnectOptions options;
        options.viewOnly = m_display->isViewOnly();
        m_client->connectToServer(m_client->endpoint(), password, options);
    });
    m_passwordDialog = dialog;
    dialog->open();
}

void VncView::onServerClipboard(const QString &text)
{
    m_lastRemoteClipboard = text;
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(text);
    }
}

void VncView::sendLocalClipboard()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || m_display->isViewOnly()) {
        return;
    }
    const QString text = clipboard->text();
    // Not back to where it came from, and not the same text twice.
    if (text.isEmpty() || text == m_lastRemoteClipboard || text == m_lastSentClipboard) {
        return;
    }
    m_lastSentClipboard = text;
    m_client->sendClipboardText(text);
}

} // namespace Vigil
