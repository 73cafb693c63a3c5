// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Vigil {

// Asks when a device or site is in maintenance: start, end and why. The OK button stays off until the window makes
// sense (it ends after it starts and in the future), with the reason shown, so nothing invalid reaches the store.
class MaintenanceWindowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceWindowDialog)

public:
    MaintenanceWindowDialog(const QString &target, const QDateTime &now, QWidget *parent = nullptr);

    QDateTime startsAt() const; // UTC
    QDateTime endsAt() const;   // UTC
    QString reason() const;

    void setWindow(const QDateTime &startsAt, const QDateTime &endsAt);
    void setReason(const QString &reason);
    // Why OK is off; empty when the window is valid.
    QString problem() const;

private:
    void validate();

    QDateTime m_now;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Vigil
