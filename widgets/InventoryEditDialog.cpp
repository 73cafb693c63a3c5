// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryEditDialog.h"

#include "DeviceKind.h"
#include "Priority.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Vigil {

namespace {

bool sameName(const QString &a, const QString &b)
{
    // The store compares names case-insensitively (COLLATE NOCASE), and so does a technician.
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QSpinBox *portBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}

} // namespace

InventoryEditDialog::InventoryEditDialog(const Inventory &inventory, What what, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_what(what)
{
    setObjectName(QStringLiteral("inventoryEditDialog"));
    m_form = new QFormLayout;
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (trySave()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

InventoryEditDialog::InventoryEditDialog(const Inventory &inventory, Client client, SaveClient save, QWidget *parent)
    : InventoryEditDialog(inventory, What::Client, parent)
{
    m_client = std::move(client);
    m_saveClient = std::move(save);
    setWindowTitle(m_client.id == 0 ? tr("New client") : tr("Edit client %1").arg(m_client.name));
    buildClientForm();
}

InventoryEditDialog::InventoryEditDialog(const Inventory &inventory, Site site, SaveSite save, QWidget *parent)
    : InventoryEditDialog(inventory, What::Site, parent)
{
    m_site = std::move(site);
    m_saveSite = std::move(save);
    setWindowTitle(m_site.id == 0 ? tr("New site") : tr("Edit site %1").arg(m_site.name));
    buildSiteForm();
}

InventoryEditDialog::InventoryEditDialog(const Inventory &inventory, Device device, SaveDevice save, QWidget *parent)
    : InventoryEditDialog(inventory, What::Device, parent)
{
    m_device = std::move(device);
    m_saveDevice = std::move(save);
    setWindowTitle(m_device.id == 0 ? tr("New device") : tr("Edit device %1").arg(m_device.name));
    buildDeviceForm();
}

InventoryEditDialog::~InventoryEditDialog() = default;

void InventoryEditDialog::buildClientForm()
{
    m_name = new QLineEdit(m_client.name, this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_contact = new QLineEdit(m_client.contact, this);
    m_contact->setObjectName(QStringLiteral("editContact"));
    m_notes = new QPlainTextEdit(m_client.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Contact:"), m_contact);
    m_form->addRow(tr("N&otes:"), m_notes);

    auto *sla = new QGridLayout;
    sla->addWidget(new QLabel(tr("First response (min)"), this), 0, 1);
    sla->addWidget(new QLabel(tr("Resolution (min)"), this), 0, 2);
    int row = 1;
    for (Priority priority : allPriorities) {
        const SlaTarget target = m_client.sla.target(priority);
        auto *response = new QSpinBox(this);
        response->setObjectName(QStringLiteral("editResponse_") + priorityId(priority));
        response->setRange(1, 60 * 24 * 90);
        response->setValue(target.responseMinutes);
        auto *resolution = new QSpinBox(this);
        resolution->setObjectName(QStringLiteral("editResolution_") + priorityId(priority));
        resolution->setRange(1, 60 * 24 * 90);
        resolution->setValue(target.resolutionMinutes);
        sla->addWidget(new QLabel(priorityDisplayName(priority), this), row, 0);
        sla->addWidget(response, row, 1);
        sla->addWidget(resolution, row, 2);
        m_response.append(response);
        m_resolution.append(resolution);
        ++row;
    }
    m_form->addRow(tr("SLA targets:"), sla);
}

void InventoryEditDialog::buildSiteForm()
{
    m_name = new QLineEdit(m_site.name, this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_address = new QLineEdit(m_site.address, this);
    m_address->setObjectName(QStringLiteral("editAddress"));
    m_notes = new QPlainTextEdit(m_site.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    const Client *client = m_inventory.client(m_site.clientId);
    m_form->addRow(tr("Client:"), new QLabel(client ? client->name : QString(), this));
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Address:"), m_address);
    m_form->addRow(tr("N&otes:"), m_notes);
}

void InventoryEditDialog::buildDeviceForm()
{
    m_name = new QLineEdit(m_device.name, this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_siteChoice = new QComboBox(this);
    m_siteChoice->setObjectName(QStringLiteral("editSite"));
    for (const Site &site : m_inventory.sites) {
        if (site.clientId == m_device.clientId) {
            m_siteChoice->addItem(site.name, site.id);
        }
    }
    m_siteChoice->setCurrentIndex(std::max(0, m_siteChoice->findData(m_device.siteId)));
    m_address = new QLineEdit(m_device.address, this);
    m_address->setObjectName(QStringLiteral("editAddress"));
    m_address->setPlaceholderText(tr("host name or IP address"));
    m_os = new QLineEdit(m_device.os, this);
    m_kind = new QComboBox(this);
    for (DeviceKind kind : allDeviceKinds) {
        m_kind->addItem(deviceKindDisplayName(kind), static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_device.kind)));
    m_exporterUrl = new QLineEdit(m_device.exporterUrl, this);
    m_exporterUrl->setObjectName(QStringLiteral("editExporterUrl"));
    m_exporterUrl->setPlaceholderText(QStringLiteral("http://10.0.0.5:9100/metrics"));
    m_tags = new QLineEdit(m_device.tags.join(QStringLiteral(", ")), this);
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_sshPort = portBox(m_device.ssh.port, this);
    m_sshPort->setObjectName(QStringLiteral("editSshPort"));
    m_vncPort = portBox(m_device.vnc.port, this);
    m_vncPort->setObjectName(QStringLiteral("editVncPort"));
    m_notes = new QPlainTextEdit(m_device.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    const Client *client = m_inventory.client(m_device.clientId);
    m_form->addRow(tr("Client:"), new QLabel(client ? client->name : QString(), this));
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Site:"), m_siteChoice);
    m_form->addRow(tr("&Address:"), m_address);
    m_form->addRow(tr("&Operating system:"), m_os);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Exporter URL:"), m_exporterUrl);
    m_form->addRow(tr("&Tags:"), m_tags);
    m_form->addRow(tr("SS&H port:"), m_sshPort);
    m_form->addRow(tr("&VNC port:"), m_vncPort);
    m_form->addRow(tr("N&otes:"), m_notes);
}

QString InventoryEditDialog::checkClient()
{
    m_client.name = m_name->text().trimmed();
    m_client.contact = m_contact->text().trimmed();
    m_client.notes = m_notes->toPlainText();
    if (m_client.name.isEmpty()) {
        return tr("A client needs a name.");
    }
    for (const Client &other : m_inventory.clients) {
        if (other.id != m_client.id && sameName(other.name, m_client.name)) {
            return tr("There is already a client named %1.").arg(other.name);
        }
    }
    for (qsizetype i = 0; i < m_response.size(); ++i) {
        const Priority priority = allPriorities.at(static_cast<std::size_t>(i));
        const SlaTarget target{m_response.at(i)->value(), m_resolution.at(i)->value()};
        if (target.resolutionMinutes < target.responseMinutes) {
            return tr("The %1 resolution target (%2 min) is sooner than its first response (%3 min).")
                .arg(priorityDisplayName(priority))
                .arg(target.resolutionMinutes)
                .arg(target.responseMinutes);
        }
        m_client.sla.setTarget(priority, target);
    }
    return {};
}

QString InventoryEditDialog::checkSite()
{
    m_site.name = m_name->text().trimmed();
    m_site.address = m_address->text().trimmed();
    m_site.notes = m_notes->toPlainText();
    if (m_site.name.isEmpty()) {
        return tr("A site needs a name.");
    }
    for (const Site &other : m_inventory.sites) {
        if (other.id != m_site.id && other.clientId == m_site.clientId && sameName(other.name, m_site.name)) {
            return tr("This client already has a site named %1.").arg(other.name);
        }
    }
    return {};
}

QString InventoryEditDialog::checkDevice()
{
    m_device.name = m_name->text().trimmed();
    m_device.siteId = m_siteChoice->currentData().toLongLong();
    m_device.address = m_address->text().trimmed();
    m_device.os = m_os->text().trimmed();
    m_device.kind = static_cast<DeviceKind>(m_kind->currentData().toInt());
    m_device.exporterUrl = m_exporterUrl->text().trimmed();
    m_device.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !m_device.tags.contains(tag.trimmed(), Qt::CaseInsensitive)) {
            m_device.tags.append(tag.trimmed());
        }
    }
    m_device.ssh.port = m_sshPort->value();
    m_device.vnc.port = m_vncPort->value();
    m_device.notes = m_notes->toPlainText();
    if (m_device.name.isEmpty()) {
        return tr("A device needs a name.");
    }
    if (m_device.siteId == 0) {
        return tr("Add a site to this client first: every device is at a site.");
    }
    for (const Device &other : m_inventory.devices) {
        if (other.id != m_device.id && other.clientId == m_device.clientId && sameName(other.name, m_device.name)) {
            return tr("This client already has a device named %1.").arg(other.name);
        }
    }
    if (m_device.address.contains(QLatin1Char(' '))) {
        return tr("The address \"%1\" contains spaces: give a host name or an IP address.").arg(m_device.address);
    }
    if (!m_device.exporterUrl.isEmpty()) {
        const QUrl url(m_device.exporterUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            return tr("The exporter URL \"%1\" is not an http or https URL with a host, such as "
                      "http://10.0.0.5:9100/metrics.")
                .arg(m_device.exporterUrl);
        }
    }
    return {};
}

bool InventoryEditDialog::trySave()
{
    QString problem;
    switch (m_what) {
    case What::Client:
        problem = checkClient();
        break;
    case What::Site:
        problem = checkSite();
        break;
    case What::Device:
        problem = checkDevice();
        break;
    }
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    Status saved;
    switch (m_what) {
    case What::Client:
        saved = m_saveClient(m_client);
        break;
    case What::Site:
        saved = m_saveSite(m_site);
        break;
    case What::Device:
        saved = m_saveDevice(m_device);
        break;
    }
    if (!saved) {
        showError(tr("Not saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_error->hide();
    return true;
}

void InventoryEditDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_name->setFocus(Qt::OtherFocusReason);
}

QString InventoryEditDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

const Client &InventoryEditDialog::client() const
{
    return m_client;
}

const Site &InventoryEditDialog::site() const
{
    return m_site;
}

const Device &InventoryEditDialog::device() const
{
    return m_device;
}

} // namespace Vigil
