// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace Vigil {

// Time worked on a ticket: minutes (1 to a day, as the store allows) and what they were spent on.
class TimeEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeEntryDialog)

public:
    explicit TimeEntryDialog(const QString &ticketLabel, QWidget *parent = nullptr);

    int minutes() const;
    QString note() const;

private:
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace Vigil
