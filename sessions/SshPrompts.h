// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vigil {

// Questions the server (keyboard-interactive) or the client (password, key passphrase) needs answered by the
// technician. Answers go back in the same order. A prompt with echo false is a secret: show dots, store nothing.
struct SshPrompts
{
    enum class Kind { KeyboardInteractive, Password, Passphrase };
    struct Prompt
    {
        QString text;
        bool echo = false;
    };

    Kind kind = Kind::Password;
    QString endpoint; // "user@host:port" the answers are for
    QString name;
    QString instruction;
    QList<Prompt> prompts;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::SshPrompts)
