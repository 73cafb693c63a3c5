// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace Vigil {

// Asks when a snooze should end; the earliest choice is a minute after `now`, since the store refuses a snooze
// that ends in the past.
class SnoozeUntilDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozeUntilDialog)

public:
    SnoozeUntilDialog(const QDateTime &now, const QDateTime &suggested, QWidget *parent = nullptr);

    QDateTime until() const;

private:
    QDateTimeEdit *m_edit = nullptr;
};

} // namespace Vigil
