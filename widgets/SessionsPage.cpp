// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsPage.h"

#include "Inventory.h"
#include "InventoryStore.h"
#include "SessionLog.h"
#include "SshTargetResolver.h"
#include "SshTerminalTab.h"

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
{
    setObjectName(QStringLiteral("sessionsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &SessionsPage::closeSessionTab);

    m_empty = new QLabel(tr("No remote sessions. Select a device in the inventory or the alert queue and press "
                            "Ctrl+Shift+S to open an SSH shell on it."),
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
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, target.value().destination.describe());
    connect(tab, &SshTerminalTab::titleChanged, this, [this, tab](const QString &title) {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0) {
            m_tabs->setTabText(at, title);
        }
    });
    connect(tab, &SshTerminalTab::problem, this, &SessionsPage::message);
    m_tabs->setCurrentIndex(index);
    updateEmptyState();
    Q_EMIT sessionCountChanged(sessionCount());
    tab->connectToHost();
    tab->setFocus();
    return tab;
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
