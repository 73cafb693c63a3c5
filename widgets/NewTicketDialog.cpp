// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewTicketDialog.h"

#include "NaturalOrder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Vigil {

NewTicketDialog::NewTicketDialog(Inventory inventory, QWidget *parent)
    : QDialog(parent)
    , m_inventory(std::move(inventory))
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    setMinimumWidth(520);

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("newTicketClient"));
    m_client->addItem(tr("Choose a client…"), qint64(0));
    QList<Client> clients = m_inventory.clients;
    std::sort(clients.begin(), clients.end(),
              [](const Client &a, const Client &b) { return naturalCompare(a.name, b.name) < 0; });
    for (const Client &client : std::as_const(clients)) {
        m_client->addItem(client.name, client.id);
    }
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("newTicketSite"));
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("newTicketDevice"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newTicketTitle"));
    m_title->setPlaceholderText(tr("What is wrong, in a few words"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("newTicketDescription"));
    m_description->setPlaceholderText(tr("What the client reported, what you already know"));
    m_description->setTabChangesFocus(true);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("newTicketPriority"));
    for (const Priority priority : allPriorities) {
        m_priority->addItem(priorityDisplayName(priority), static_cast<int>(priority));
    }
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(Priority::Normal)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Client"), m_client);
    form->addRow(tr("&Site"), m_site);
    form->addRow(tr("De&vice"), m_device);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Priority"), m_priority);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newTicketProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Open ticket"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        fillSites();
        validate();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, &NewTicketDialog::fillDevices);
    connect(m_title, &QLineEdit::textChanged, this, &NewTicketDialog::validate);
    fillSites();
    validate();
}

NewTicket NewTicketDialog::ticket() const
{
    NewTicket ticket;
    ticket.clientId = m_client->currentData().toLongLong();
    if (const qint64 site = m_site->currentData().toLongLong(); site != 0) {
        ticket.siteId = site;
    }
    if (const qint64 device = m_device->currentData().toLongLong(); device != 0) {
        ticket.deviceId = device;
    }
    ticket.title = m_title->text().simplified();
    ticket.description = m_description->toPlainText().trimmed();
    ticket.priority = static_cast<Priority>(m_priority->currentData().toInt());
    return ticket;
}

void NewTicketDialog::setClient(qint64 clientId)
{
    const int index = m_client->findData(clientId);
    m_client->setCurrentIndex(index < 0 ? 0 : index);
}

QString NewTicketDialog::problem() const
{
    return m_problem->text();
}

void NewTicketDialog::fillSites()
{
    const qint64 client = m_client->currentData().toLongLong();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(client == 0 ? QString() : tr("Any site"), qint64(0));
    QList<Site> sites;
    for (const Site &site : std::as_const(m_inventory.sites)) {
        if (site.clientId == client) {
            sites.append(site);
        }
    }
    std::sort(sites.begin(), sites.end(),
              [](const Site &a, const Site &b) { return naturalCompare(a.name, b.name) < 0; });
    for (const Site &site : std::as_const(sites)) {
        m_site->addItem(site.name, site.id);
    }
    m_site->setEnabled(client != 0);
    fillDevices();
}

void NewTicketDialog::fillDevices()
{
    const qint64 client = m_client->currentData().toLongLong();
    const qint64 site = m_site->currentData().toLongLong();
    m_device->clear();
    m_device->addItem(client == 0 ? QString() : tr("No particular device"), qint64(0));
    QList<Device> devices;
    for (const Device &device : std::as_const(m_inventory.devices)) {
        if (device.clientId == client && (site == 0 || device.siteId == site)) {
            devices.append(device);
        }
    }
    std::sort(devices.begin(), devices.end(),
              [](const Device &a, const Device &b) { return naturalCompare(a.name, b.name) < 0; });
    for (const Device &device : std::as_const(devices)) {
        m_device->addItem(device.name, device.id);
    }
    m_device->setEnabled(client != 0);
}

void NewTicketDialog::validate()
{
    QString problem;
    if (m_client->currentData().toLongLong() == 0) {
        problem = tr("Choose the client the ticket is for.");
    } else if (m_title->text().simplified().isEmpty()) {
        problem = tr("The ticket needs a title.");
    }
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace Vigil
