// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshCredentialsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Vigil {

SshCredentialsDialog::SshCredentialsDialog(const SshPrompts &prompts, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sshCredentialsDialog"));
    QString intro;
    switch (prompts.kind) {
    case SshPrompts::Kind::Password:
        setWindowTitle(tr("SSH password"));
        intro = tr("Password for %1:").arg(prompts.endpoint);
        break;
    case SshPrompts::Kind::Passphrase:
        setWindowTitle(tr("Key passphrase"));
        intro = tr("Passphrase of the private key used for %1:").arg(prompts.endpoint);
        break;
    case SshPrompts::Kind::KeyboardInteractive:
        setWindowTitle(prompts.name.isEmpty() ? tr("SSH login") : prompts.name);
        intro = tr("%1 asks:").arg(prompts.endpoint);
        break;
    }

    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    if (!prompts.instruction.trimmed().isEmpty()) {
        auto *instruction = new QLabel(prompts.instruction.trimmed(), this);
        instruction->setObjectName(QStringLiteral("sshCredentialsInstruction"));
        instruction->setWordWrap(true);
        instruction->setTextFormat(Qt::PlainText);
        layout->addWidget(instruction);
    }

    auto *form = new QFormLayout;
    for (const SshPrompts::Prompt &prompt : prompts.prompts) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("sshCredentialsAnswer%1").arg(m_edits.size()));
        edit->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
        edit->setInputMethodHints(prompt.echo ? Qt::ImhNone : Qt::ImhHiddenText | Qt::ImhSensitiveData);
        QString label = prompt.text.trimmed();
        if (label.isEmpty()) {
            label = prompts.kind == SshPrompts::Kind::Passphrase ? tr("Passphrase:") : tr("Password:");
        }
        form->addRow(label, edit);
        m_edits.append(edit);
    }
    layout->addLayout(form);

    auto *notice =
        new QLabel(keychainAvailable ? tr("Used for this session only; Vigil does not store it.")
                                     : tr("No keychain is available on this system, so Vigil asks for secrets each "
                                          "session and never stores them."),
                   this);
    notice->setObjectName(QStringLiteral("sshCredentialsNotice"));
    notice->setWordWrap(true);
    QFont small = notice->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    notice->setFont(small);
    layout->addWidget(notice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!m_edits.isEmpty()) {
        m_edits.first()->setFocus();
    }
}

QStringList SshCredentialsDialog::answers() const
{
    QStringList result;
    result.reserve(m_edits.size());
    for (const QLineEdit *edit : m_edits) {
        result.append(edit->text());
    }
    return result;
}

} // namespace Vigil
