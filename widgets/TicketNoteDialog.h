// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace Vigil {

// A note on a ticket: the text and whether the client may see it (internal by default, since most notes are for
// colleagues). OK stays off while the text is empty.
class TicketNoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketNoteDialog)

public:
    TicketNoteDialog(const QString &ticketLabel, bool clientVisible, QWidget *parent = nullptr);

    QString text() const;
    bool clientVisible() const;

private:
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_clientVisible = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Vigil
