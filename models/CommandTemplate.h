// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil {

// A command line for an external tool, with placeholders: `xfreerdp /v:%host%:%port% /u:%user%`. The template is
// split into words once, when it is parsed (whitespace separates; '…' and "…" quote; \ escapes outside single
// quotes), and placeholders are filled into those words afterwards: a value never splits into more arguments and
// never goes through a shell, so spaces, quotes, ';' or $(…) in a device field stay text. The program (first word)
// cannot contain placeholders, and a value that would start an argument with '-' is refused, so a device field
// cannot turn into an option either. `%%` is a literal percent sign.
class CommandTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::CommandTemplate)

public:
    // host, address, port, user, device, client, site, ssh_port, vnc_port.
    static QStringList knownPlaceholders();
    static Result<CommandTemplate> parse(const QString &text);

    QString text() const;
    QString program() const;
    // Placeholder names the template uses, in order of first use.
    QStringList usedPlaceholders() const;
    // The arguments (without the program) with values filled in. Fails, naming the placeholder, when a used value
    // is missing or empty, contains a line break or NUL, or would start an argument with '-'.
    Result<QStringList> expandArguments(const QHash<QString, QString> &values) const;

private:
    struct Piece
    {
        bool placeholder = false;
        QString text; // literal text, or the placeholder's name
    };
    using Word = QList<Piece>;

    CommandTemplate() = default;

    QString m_text;
    QString m_program;
    QList<Word> m_arguments;
};

} // namespace Vigil
