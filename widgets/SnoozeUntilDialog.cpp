// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnoozeUntilDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Vigil {

SnoozeUntilDialog::SnoozeUntilDialog(const QDateTime &now, const QDateTime &suggested, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QDateTimeEdit(suggested.toLocalTime(), this))
{
    setObjectName(QStringLiteral("snoozeUntilDialog"));
    setWindowTitle(tr("Snooze until"));
    m_edit->setObjectName(QStringLiteral("snoozeUntilEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDateTime(now.toLocalTime().addSecs(60));
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The alert stays hidden from the open queue until (local time):"), this));
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

QDateTime SnoozeUntilDialog::until() const
{
    return m_edit->dateTime().toUTC();
}

} // namespace Vigil
