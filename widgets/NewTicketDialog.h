// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inventory.h"
#include "NewTicket.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Vigil {

// Opens a ticket by hand: client, optionally a site and one of its devices, title, description and priority. The
// sites and devices offered are the chosen client's; OK stays off, with the reason shown, until a client and a
// title are given, so nothing the store would refuse leaves the dialog.
class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)

public:
    explicit NewTicketDialog(Inventory inventory, QWidget *parent = nullptr);

    NewTicket ticket() const;
    // Preselects a client (0: none), e.g. the one the queue is filtered to.
    void setClient(qint64 clientId);
    // Why OK is off; empty when the ticket can be opened.
    QString problem() const;

private:
    void fillSites();
    void fillDevices();
    void validate();

    Inventory m_inventory;
    QComboBox *m_client = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_device = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Vigil
