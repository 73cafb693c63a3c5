// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceWindowDialog.h"

#include "StatusTone.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vigil {

MaintenanceWindowDialog::MaintenanceWindowDialog(const QString &target, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_now(now)
{
    setObjectName(QStringLiteral("maintenanceWindowDialog"));
    setWindowTitle(tr("Maintenance window"));
    setMinimumWidth(460);
    auto *intro = new QLabel(
        tr("<b>%1</b> raises no new alerts inside this window. Alerts already open still follow it, and nothing opens "
           "or resolves in a burst when it ends.")
            .arg(target.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    const QString format = QStringLiteral("ddd dd MMM yyyy HH:mm");
    m_start = new QDateTimeEdit(now.toLocalTime(), this);
    m_start->setObjectName(QStringLiteral("maintenanceStart"));
    m_start->setDisplayFormat(format);
    m_start->setCalendarPopup(true);
    m_end = new QDateTimeEdit(now.toLocalTime().addSecs(2 * 3600), this);
    m_end->setObjectName(QStringLiteral("maintenanceEnd"));
    m_end->setDisplayFormat(format);
    m_end->setCalendarPopup(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("maintenanceReason"));
    m_reason->setPlaceholderText(tr("Firmware updates, server move, …"));

    // The windows technicians book most: a couple of hours now, or tonight after business hours.
    auto *twoHours = new QPushButton(tr("Next 2 hours"), this);
    auto *tonight = new QPushButton(tr("Tonight 22:00–06:00"), this);
    connect(twoHours, &QPushButton::clicked, this, [this] { setWindow(m_now, m_now.addSecs(2 * 3600)); });
    connect(tonight, &QPushButton::clicked, this, [this] {
        const QDateTime local = m_now.toLocalTime();
        const QDateTime start(local.date(), QTime(22, 0));
        setWindow(start, QDateTime(local.date().addDays(1), QTime(6, 0)));
    });
    auto *presets = new QHBoxLayout;
    presets->addWidget(twoHours);
    presets->addWidget(tonight);
    presets->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Starts"), m_start);
    form->addRow(tr("Ends"), m_end);
    form->addRow(QString(), presets);
    form->addRow(tr("Reason"), m_reason);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("maintenanceProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(statusToneColor(StatusTone::Bad).name()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceWindowDialog::validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceWindowDialog::validate);
    validate();
}

QDateTime MaintenanceWindowDialog::startsAt() const
{
    return m_start->dateTime().toUTC();
}

QDateTime MaintenanceWindowDialog::endsAt() const
{
    return m_end->dateTime().toUTC();
}

QString MaintenanceWindowDialog::reason() const
{
    return m_reason->text().trimmed();
}

void MaintenanceWindowDialog::setWindow(const QDateTime &startsAt, const QDateTime &endsAt)
{
    m_start->setDateTime(startsAt.toLocalTime());
    m_end->setDateTime(endsAt.toLocalTime());
}

void MaintenanceWindowDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString MaintenanceWindowDialog::problem() const
{
    return m_problem->text();
}

void MaintenanceWindowDialog::validate()
{
    QString problem;
    if (endsAt() <= startsAt()) {
        problem = tr("The window must end after it starts.");
    } else if (endsAt() <= m_now) {
        problem = tr("The window would already be over.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace Vigil
