// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Vigil {

class SecretStore;
class SshSession;
struct HostKeyInfo;
struct SshPrompts;

// Puts the questions an SshSession raises (an unknown host key; a password, passphrase or keyboard-interactive
// prompt) to the technician in window-modal dialogs over `dialogParent`, and passes the answers back. It lives
// as long as the session (its QObject parent). A changed host key never gets here: the session fails.
class SshSessionQuestions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshSessionQuestions)

public:
    // secrets may be null; it only decides whether the password dialog says that no keychain is available.
    SshSessionQuestions(SshSession *session, SecretStore *secrets, QWidget *dialogParent);

private:
    void askHostKey(const HostKeyInfo &key);
    void askCredentials(const SshPrompts &prompts);

    QPointer<SshSession> m_session;
    QPointer<SecretStore> m_secrets;
    QPointer<QWidget> m_dialogParent;
};

} // namespace Vigil
