// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VncClient.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QInputDialog;
class QLabel;
class QToolBar;

namespace Vigil {

class VncDisplay;

// A VNC session tab: a tool bar (fit / 1:1, view only, Send Ctrl+Alt+Del, disconnect), a banner that says a
// remote session is active and in which state, and the VncDisplay. It owns its VncClient, forwards input to it
// (never in view-only mode) and keeps the clipboards in step: text the remote copies lands in the local
// clipboard; the local clipboard goes to the remote when it changes while the display has focus and when the
// display gains focus. When the server asks for a password that was not given (none in the keychain), or refuses
// the one given, the view asks for one for this session only (never stored) and connects again.
class VncView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VncView)

public:
    // Takes ownership of `client`. `deviceName` is what the banner calls the remote computer.
    VncView(VncClient *client, const QString &deviceName, QWidget *parent = nullptr);
    ~VncView() override;

    VncClient *client() const;
    VncDisplay *display() const;
    QAction *fitAction() const;
    QAction *viewOnlyAction() const;
    QAction *ctrlAltDelAction() const;
    QAction *disconnectAction() const;
    void setViewOnly(bool viewOnly);
    // "Connected", "Connecting…", "Disconnected: …" as the banner shows it.
    QString stateText() const;
    // The password prompt while it is open (a server asked for a password, or refused the one given).
    QInputDialog *passwordDialog() const;

Q_SIGNALS:
    // The session ended (disconnected or failed); the caller records it and may close the tab.
    void sessionEnded(Vigil::VncFailure failure, const QString &message);

private:
    void onStateChanged(VncClient::State state);
    void onServerClipboard(const QString &text);
    void sendLocalClipboard();
    void updateBanner();
    void askForPassword(VncFailure failure);

    VncClient *m_client = nullptr;
    QString m_deviceName;
    VncDisplay *m_display = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_banner = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_viewOnly = nullptr;
    QAction *m_ctrlAltDel = nullptr;
    QAction *m_disconnect = nullptr;
    QString m_lastRemoteClipboard;
    QString m_lastSentClipboard;
    QPointer<QInputDialog> m_passwordDialog;
};

} // namespace Vigil
