// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSummaryPanel.h"

#include "Client.h"
#include "Device.h"
#include "DeviceState.h"
#include "Site.h"
#include "StatusTone.h"

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
    , m_state(new QLabel(this))
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
    m_subtitle->setWordWrap(true); // long client and site names
    m_state->setObjectName(QStringLiteral("deviceState"));
    m_state->setTextFormat(Qt::RichText);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("deviceDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(m_details, 1);
    showNothing(tr("Select a device to see its details."));
}

QString DeviceSummaryPanel::ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    }
    if (seconds < 2 * 86400) {
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    }
    return tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

void DeviceSummaryPanel::showDevice(const Device &device, const Client *client, const Site *site,
                                    const DeviceState *state, const QDateTime &now)
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
    // Last poll first: a technician needs "is it up, and how fresh is this" before anything else.
    QString stateHtml;
    if (device.exporterUrl.isEmpty()) {
        stateHtml = tr("<b>Not monitored</b>: no exporter URL.");
    } else if (!state) {
        stateHtml = tr("<b>Not polled yet.</b>");
    } else if (state->reachable) {
        const DeviceSnapshot &s = state->lastGood;
        QStringList facts;
        facts.append(s.cpuBusyPercent ? tr("CPU %1 %").arg(*s.cpuBusyPercent, 0, 'f', 0)
                                      : tr("CPU warming up", "the CPU rate needs a second poll"));
        if (s.memoryUsedPercent) {
            facts.append(tr("memory %1 %").arg(*s.memoryUsedPercent, 0, 'f', 0));
        }
        const DiskUsage *fullest = nullptr;
        for (const DiskUsage &disk : s.disks) {
            if (!fullest || disk.usedPercent > fullest->usedPercent) {
                fullest = &disk;
            }
        }
        if (fullest) {
            facts.append(tr("fullest disk %1 at %2 %")
                             .arg(fullest->mountPoint.toHtmlEscaped(), QString::number(fullest->usedPercent, 'f', 0)));
        }
        stateHtml = tr("<span style=\"color:#1e7d32\"><b>Online</b></span>, polled %1: %2")
                        .arg(ageText(state->polledAt, now), facts.join(QStringLiteral(", ")));
    } else {
        const QString since =
            state->lastOkAt.isValid() ? tr("last seen %1").arg(ageText(state->lastOkAt, now)) : tr("never reached");
        stateHtml = tr("<span style=\"color:#b71c1c\"><b>Unreachable</b></span> (%1, %n failed poll(s) in a row): "
                       "<b>%2</b> — %3",
                       nullptr, state->consecutiveFailures)
                        .arg(since, state->failureReason.toHtmlEscaped(), state->failureDetail.toHtmlEscaped());
    }
    // The colours sit in the translated text; the palette's tones replace them so dark mode stays readable.
    stateHtml.replace(QLatin1String("#1e7d32"), statusToneColor(StatusTone::Good).name());
    stateHtml.replace(QLatin1String("#b71c1c"), statusToneColor(StatusTone::Bad).name());
    m_state->setText(stateHtml);

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
    m_state->clear();
    m_details->clear();
}

} // namespace Vigil
