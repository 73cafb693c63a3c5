// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSummaryPanel.h"

#include "Client.h"
#include "Device.h"
#include "Site.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Vigil {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

DeviceSummaryPanel::DeviceSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("deviceSummary"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("deviceTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("deviceSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_details->setObjectName(QStringLiteral("deviceDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_details, 1);
    showNothing(tr("Select a device to see its details."));
}

void DeviceSummaryPanel::showDevice(const Device &device, const Client *client, const Site *site)
{
    m_title->setText(device.name);
    m_subtitle->setText(
        QStringLiteral("%1 › %2 · %3")
            .arg(client ? client->name : QString(), site ? site->name : QString(), deviceKindDisplayName(device.kind)));
    const QString none = tr("—", "no value");
    QString ssh = none;
    if (device.ssh.enabled) {
        const QString host = device.ssh.host.isEmpty() ? device.address : device.ssh.host;
        ssh = (device.ssh.user.isEmpty() ? QString() : device.ssh.user + QLatin1Char('@')) + host + QLatin1Char(':')
              + QString::number(device.ssh.port);
        if (!device.ssh.proxyJump.isEmpty()) {
            ssh += QLatin1Char(' ') + tr("via %1", "SSH jump host").arg(device.ssh.proxyJump);
        }
    }
    QString vnc = none;
    if (device.vnc.enabled) {
        vnc = (device.vnc.host.isEmpty() ? device.address : device.vnc.host) + QLatin1Char(':')
              + QString::number(device.vnc.port);
        if (device.vnc.viaSshTunnel) {
            vnc += QLatin1Char(' ') + tr("(through an SSH tunnel)");
        }
    }
    QString html = QStringLiteral("<table>");
    html += row(tr("Address"), device.address.isEmpty() ? none : device.address);
    html += row(tr("Operating system"), device.os.isEmpty() ? none : device.os);
    html += row(tr("Tags"), device.tags.isEmpty() ? none : device.tags.join(QStringLiteral(", ")));
    html += row(tr("Exporter"), device.exporterUrl.isEmpty() ? tr("not monitored") : device.exporterUrl);
    html += row(tr("SSH"), ssh);
    html += row(tr("VNC"), vnc);
    if (!device.notes.isEmpty()) {
        html += row(tr("Notes"), device.notes);
    }
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void DeviceSummaryPanel::showNothing(const QString &hint)
{
    m_title->clear();
    m_subtitle->setText(hint);
    m_details->clear();
}

} // namespace Vigil
