// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SshPrompts.h"

#include <QDialog>
#include <QList>

class QLineEdit;

namespace Vigil {

// Asks what an SSH login needs from the technician: a password, a key's passphrase, or the server's
// keyboard-interactive questions. The answers go to that one session and are never stored; when no keychain is
// available the dialog says so, since that is why it asks every time.
class SshCredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshCredentialsDialog)

public:
    SshCredentialsDialog(const SshPrompts &prompts, bool keychainAvailable, QWidget *parent = nullptr);

    QStringList answers() const;

private:
    QList<QLineEdit *> m_edits;
};

} // namespace Vigil
