// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketNoteDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vigil {

TicketNoteDialog::TicketNoteDialog(const QString &ticketLabel, bool clientVisible, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ticketNoteDialog"));
    setWindowTitle(tr("Add note"));
    setMinimumWidth(480);
    auto *intro = new QLabel(tr("Note on %1:").arg(ticketLabel), this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("ticketNoteText"));
    m_text->setTabChangesFocus(true);
    m_clientVisible = new QCheckBox(tr("The &client may see this note"), this);
    m_clientVisible->setObjectName(QStringLiteral("ticketNoteClientVisible"));
    m_clientVisible->setChecked(clientVisible);
    m_clientVisible->setToolTip(tr("Unchecked, the note is internal: only technicians see it."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add note"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clientVisible);
    layout->addWidget(buttons);
}

QString TicketNoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool TicketNoteDialog::clientVisible() const
{
    return m_clientVisible->isChecked();
}

} // namespace Vigil
