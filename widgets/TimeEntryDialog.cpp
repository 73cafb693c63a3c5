// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeEntryDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vigil {

TimeEntryDialog::TimeEntryDialog(const QString &ticketLabel, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("timeEntryDialog"));
    setWindowTitle(tr("Log time"));
    setMinimumWidth(420);
    auto *intro = new QLabel(tr("Time worked on %1:").arg(ticketLabel), this);
    intro->setWordWrap(true);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("timeEntryMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" min"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("timeEntryNote"));
    m_note->setPlaceholderText(tr("What the time was spent on (optional)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Minutes"), m_minutes);
    form->addRow(tr("&Note"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log time"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int TimeEntryDialog::minutes() const
{
    return m_minutes->value();
}

QString TimeEntryDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace Vigil
