// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsPage.h"

#include "ExternalLauncher.h"
#include "Inventory.h"
#include "InventoryStore.h"
#include "SessionLog.h"
#include "SqlSessionLogRecorder.h"
#include "SshTargetResolver.h"
#include "SshTerminalTab.h"
#include "VncEndpoint.h"
#include "VncSessionTab.h"

#include <QAction>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Vigil {

SessionsPage::SessionsPage(Database &database, InventoryStore &inventory, SecretStore *secrets, QString technician,
                           const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_secrets(secrets)
    , m_technician(std::move(technician))
    , m_clock(clock)
    , m_log(std::make_unique<SessionLog>(database))
    , m_recorder(std::make_unique<SqlSessionLogRecorder>(database))
{
    m_launcher = new ExternalLauncher(*m_recorder, m_clock, this);
    setObjectName(QStringLiteral("sessionsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &SessionsPage::closeSessionTab);

    m_empty = new QLabel(tr("No remote sessions. Select a device (in the inventory, on its page, in the alert queue "
                            "or on a ticket) and press Ctrl+Shift+S for an SSH shell or Ctrl+Shift+D for its VNC "
                            "screen."),
                         this);
    m_empty->setObjectName(QStringLiteral("sessionsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *closeTab = new QAction(tr("Close session tab"), this);
    closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    closeTab->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(closeTab, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0) {
            closeSessionTab(m_tabs->currentIndex());
        }
    });
    addAction(closeTab);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);
    updateEmptyState();
}

SessionsPage::~SessionsPage()
{
    // Tabs finish their log rows while the log still exists.
    while (m_tabs->count() > 0) {
        delete m_tabs->widget(0);
    }
}

Result<SshTerminalTab *> SessionsPage::openSsh(qint64 deviceId, std::optional<qint64> ticketId)
{
    const Result<Inventory> inventory = m_inventory.load();
    if (!inventory) {
        return inventory.error();
    }
    const Result<Device> device = m_inventory.device(deviceId);
    if (!device) {
        return device.error();
    }
    const Result<SshTarget> target = SshTargetResolver::resolve(device.value(), inventory.value());
    if (!target) {
        return target.error();
    }
    SessionRequest request;
    request.deviceId = deviceId;
    request.deviceName = device.value().name;
    request.technician = m_technician;
    request.ticketId = ticketId;
    auto *tab = new SshTerminalTab(target.value(), request, m_options, m_secrets, *m_log, m_clock);
    addSessionTab(tab, tab->title(), target.value().destination.describe());
    connect(tab, &SshTerminalTab::problem, this, &SessionsPage::message);
    connect(tab, &SshTerminalTab::titleChanged, this, [this, tab](const QString &title) {
        if (const int at = m_tabs->indexOf(tab); at >= 0) {
            m_tabs->setTabText(at, title);
        }
    });
    tab->connectToHost();
    tab->setFocus();
    return tab;
}

Result<VncSessionTab *> SessionsPage::openVnc(qint64 deviceId, std::optional<qint64> ticketId)
{
    const Result<Device> device = m_inventory.device(deviceId);
    if (!device) {
        return device.error();
    }
    const Result<VncEndpoint> direct = directVncEndpoint(device.value());
    if (!direct) {
        return direct.error();
    }
    VncEndpoint server = direct.value();
    std::optional<SshTarget> tunnel;
    if (device->vnc.viaSshTunnel) {
        const Result<Inventory> inventory = m_inventory.load();
        if (!inventory) {
            return inventory.error();
        }
        const Result<SshTarget> target = SshTargetResolver::resolve(device.value(), inventory.value());
        if (!target) {
            return target.error();
        }
        tunnel = target.value();
        if (device->vnc.host.isEmpty()) {
            server.host = QStringLiteral("127.0.0.1");
        }
    }
    SessionRequest request;
    request.deviceId = deviceId;
    request.deviceName = device->name;
    request.technician = m_technician;
    request.ticketId = ticketId;
    auto *tab =
        new VncSessionTab(server, tunnel, device->vnc.credentialKey, request, m_options, m_secrets, *m_log, m_clock);
    addSessionTab(tab, tab->title(),
                  tunnel ? tr("%1 through SSH via %2").arg(server.toString(), tunnel->destination.describe())
                         : server.toString());
    connect(tab, &VncSessionTab::problem, this, &SessionsPage::message);
    connect(tab, &VncSessionTab::titleChanged, this, [this, tab](const QString &title) {
        if (const int at = m_tabs->indexOf(tab); at >= 0) {
            m_tabs->setTabText(at, title);
        }
    });
    tab->start();
    tab->setFocus();
    return tab;
}

Result<qint64> SessionsPage::launchRdp(qint64 deviceId, const QString &rdpTemplate)
{
    const Result<Device> device = m_inventory.device(deviceId);
    if (!device) {
        return device.error();
    }
    const Result<Client> client = m_inventory.client(device->clientId);
    const Result<Inventory> inventory = m_inventory.load();
    const Site *site = inventory ? inventory->site(device->siteId) : nullptr;
    const QString siteName = site ? site->name : QString();
    QHash<QString, QString> values =
        ExternalLauncher::placeholderValues(device.value(), client ? client->name : QString(), siteName);
    values.insert(QStringLiteral("port"), QStringLiteral("3389"));
    const Result<LaunchRequest> launch = ExternalLauncher::rdpRequest(values, rdpTemplate);
    if (!launch) {
        return launch.error();
    }
    LaunchRequest request = launch.value();
    request.logEntry.deviceId = deviceId;
    request.logEntry.technician = m_technician;
    return m_launcher->launch(request);
}

void SessionsPage::addSessionTab(QWidget *tab, const QString &title, const QString &toolTip)
{
    const int index = m_tabs->addTab(tab, title);
    m_tabs->setTabToolTip(index, toolTip);
    m_tabs->setCurrentIndex(index);
    updateEmptyState();
    Q_EMIT sessionCountChanged(sessionCount());
}

void SessionsPage::setSessionOptions(const SshSessionOptions &options)
{
    m_options = options;
}

int SessionsPage::sessionCount() const
{
    return m_tabs->count();
}

SshTerminalTab *SessionsPage::sessionTab(int index) const
{
    return qobject_cast<SshTerminalTab *>(m_tabs->widget(index));
}

SshTerminalTab *SessionsPage::currentSessionTab() const
{
    return qobject_cast<SshTerminalTab *>(m_tabs->currentWidget());
}

void SessionsPage::closeSessionTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab) {
        return;
    }
    m_tabs->removeTab(index);
    delete tab;
    updateEmptyState();
    Q_EMIT sessionCountChanged(sessionCount());
}

void SessionsPage::updateEmptyState()
{
    const bool empty = m_tabs->count() == 0;
    m_tabs->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace Vigil
