// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshSessionQuestions.h"

#include "HostKeyDialog.h"
#include "SecretStore.h"
#include "SshCredentialsDialog.h"
#include "SshSession.h"

namespace Vigil {

SshSessionQuestions::SshSessionQuestions(SshSession *session, SecretStore *secrets, QWidget *dialogParent)
    : QObject(session)
    , m_session(session)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{
    connect(session, &SshSession::hostKeyUnknown, this, &SshSessionQuestions::askHostKey);
    connect(session, &SshSession::credentialsNeeded, this, &SshSessionQuestions::askCredentials);
}

void SshSessionQuestions::askHostKey(const HostKeyInfo &key)
{
    if (!m_dialogParent) {
        m_session->answerHostKey(HostKeyDecision::Reject);
        return;
    }
    auto *dialog = new HostKeyDialog(key, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_session) {
            m_session->answerHostKey(dialog->decision());
        }
    });
    dialog->open();
}

void SshSessionQuestions::askCredentials(const SshPrompts &prompts)
{
    if (!m_dialogParent) {
        m_session->cancelCredentials();
        return;
    }
    auto *dialog = new SshCredentialsDialog(prompts, m_secrets && m_secrets->isAvailable(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (!m_session) {
            return;
        }
        if (result == QDialog::Accepted) {
            m_session->answerCredentials(dialog->answers());
        } else {
            m_session->cancelCredentials();
        }
    });
    dialog->open();
}

} // namespace Vigil
