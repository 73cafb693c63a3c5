// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AlertQueuePage.h"
#include "AlertStore.h"
#include "AppSettings.h"
#include "BackgroundPoller.h"
#include "Clock.h"
#include "CriticalAlertNotifier.h"
#include "Database.h"
#include "DevicePage.h"
#include "DeviceStateStore.h"
#include "FleetOverview.h"
#include "FleetOverviewPage.h"
#include "InventoryImporter.h"
#include "InventoryPage.h"
#include "InventoryStore.h"
#include "KeychainSecretStore.h"
#include "KnownHosts.h"
#include "MaintenanceScheduler.h"
#include "PollStatusLabel.h"
#include "PollSummary.h"
#include "QuickOpenDialog.h"
#include "QuickOpenIndex.h"
#include "ReportsPage.h"
#include "SessionsPage.h"
#include "SshTerminalTab.h"
#include "TicketQueuePage.h"
#include "TicketStore.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Vigil {

MainWindow::MainWindow(Database &database, AppSettings &settings, BackgroundPoller *poller, const Clock *clock,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_inventoryStore(std::make_unique<InventoryStore>(database))
    , m_stateStore(std::make_unique<DeviceStateStore>(database))
    , m_alertStore(std::make_unique<AlertStore>(database))
    , m_poller(poller)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigil"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(180);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(this);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    createOverviewPage(clock ? *clock : Clock::system());
    m_alertPage = new AlertQueuePage(database, settings, clock ? *clock : Clock::system(), this);
    addPage(QStringLiteral("alerts"), tr("Alerts"), m_alertPage);
    // The ticket page reads its queue again whenever it is shown, so tickets escalated from alerts appear there.
    m_ticketPage = new TicketQueuePage(database, settings, clock ? *clock : Clock::system(), this);
    addPage(QStringLiteral("tickets"), tr("Tickets"), m_ticketPage);
    m_inventoryPage = new InventoryPage(*m_inventoryStore, *m_stateStore, this, false);
    connect(m_inventoryPage, &InventoryPage::inventoryChanged, this, &MainWindow::updateStatus);
    connect(m_inventoryPage, &InventoryPage::inventoryChanged, m_overviewPage, &FleetOverviewPage::refresh);
    m_inventoryPage->setHealthSource(*m_fleetOverview, clock ? *clock : Clock::system());
    addPage(QStringLiteral("inventory"), tr("Inventory"), m_inventoryPage);
    addPage(QStringLiteral("reports"), tr("Reports"),
            new ReportsPage(database, settings, clock ? *clock : Clock::system(), this));
    auto *maintenance =
        new MaintenanceScheduler(database, clock ? *clock : Clock::system(), settings.technicianName(), this);
    connect(m_inventoryPage, &InventoryPage::maintenanceRequested, maintenance,
            [this, maintenance](qint64 deviceId, qint64 siteId, const QString &target) {
                maintenance->schedule(deviceId, siteId, target, this);
            });
    connect(maintenance, &MaintenanceScheduler::scheduled, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(maintenance, &MaintenanceScheduler::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    addSessionsPage(database, clock ? *clock : Clock::system());

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(createDeviceView(clock ? *clock : Clock::system()), 1);
    setCentralWidget(central);

    createMenus();
    createQuickOpen();
    m_statusDevices = new QLabel(this);
    m_statusDevices->setObjectName(QStringLiteral("statusDevices"));
    statusBar()->addWidget(m_statusDevices, 1);
    m_pollStatus = new PollStatusLabel(Clock::system(), this);
    m_pollStatus->setUnreachableCount(m_inventoryPage->unreachableCount());
    statusBar()->addPermanentWidget(m_pollStatus);
    auto *databaseLabel = new QLabel(QFileInfo(m_database.path()).fileName(), this);
    databaseLabel->setToolTip(tr("Database: %1").arg(m_database.path()));
    statusBar()->addPermanentWidget(databaseLabel);
    updateStatus();
    connectPoller();
    updatePollingMode();

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: most of the screen, since the alert queue's summaries are what a technician reads.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::max(1280, available.width() * 9 / 10), std::max(800, available.height() * 9 / 10));
    }
    restoreState(m_settings.windowState());
    showPage(m_settings.lastPage());
    scheduleFirstLoad();
}

// The overview and the inventory read 10,000 devices' state: the window paints itself first and they fill right
// after (docs/performance.md has the figures). A window that is never painted fills on first use.
void MainWindow::scheduleFirstLoad()
{
    m_firstLoadPending = true;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstLoadPending) {
        m_firstLoadPending = false;
        QTimer::singleShot(0, this, [this] {
            m_overviewPage->ensureLoaded();
            m_inventoryPage->ensureLoaded();
            m_pollStatus->setUnreachableCount(m_inventoryPage->unreachableCount());
        });
    }
    return QMainWindow::event(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &id, const QString &title, QWidget *page)
{
    m_pageIds.append(id);
    m_pages->addWidget(page);
    const int number = static_cast<int>(m_pageIds.size());
    auto *item = new QListWidgetItem(title, m_navigation);
    if (number <= 9) {
        // Every page one keystroke away: Ctrl+1 the overview, Ctrl+2 the alerts, …
        const QKeySequence key(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number));
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        addAction(action);
        item->setToolTip(tr("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText)));
    }
}

void MainWindow::createOverviewPage(const Clock &clock)
{
    m_fleetOverview = std::make_unique<FleetOverview>(m_database, clock);
    m_overviewPage = new FleetOverviewPage(m_database, clock, this, false);
    connect(m_overviewPage, &FleetOverviewPage::linkActivated, this, &MainWindow::openFleetLink);
    addPage(QStringLiteral("overview"), tr("Overview"), m_overviewPage);
}

void MainWindow::openFleetLink(const FleetLink &link)
{
    m_inventoryPage->ensureLoaded();
    switch (link.kind) {
    case FleetLink::Kind::Devices:
        showPage(QStringLiteral("inventory"));
        m_inventoryPage->showDevices(link);
        break;
    case FleetLink::Kind::Alerts:
        showPage(QStringLiteral("alerts"));
        m_alertPage->showUnresolved(link.clientId, link.severity);
        break;
    case FleetLink::Kind::Tickets:
        // The ticket queue has no client + SLA-state filter to set from outside yet: it opens most urgent first,
        // breached on top.
        showPage(QStringLiteral("tickets"));
        statusBar()->showMessage(link.sla == SlaState::Breached ? tr("Tickets past their SLA are at the top.")
                                                                : tr("Tickets at risk follow the breached ones."),
                                 10000);
        break;
    case FleetLink::Kind::None:
        break;
    }
}

void MainWindow::createQuickOpen()
{
    m_quickOpenIndex = std::make_unique<QuickOpenIndex>();
    auto *action = new QAction(tr("&Quick open…"), this);
    action->setObjectName(QStringLiteral("quickOpenAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    action->setStatusTip(tr("Jump to a client, site or device by typing part of its name or address (Ctrl+K)."));
    connect(action, &QAction::triggered, this, &MainWindow::showQuickOpen);
    addAction(action);
    if (QMenu *file = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        file->insertAction(file->actions().value(0), action);
    }
}

void MainWindow::showQuickOpen()
{
    m_inventoryPage->ensureLoaded();
    // Built when asked for: the inventory may have changed since, and folding 10,000 names takes milliseconds.
    m_quickOpenIndex->setInventory(m_inventoryPage->inventory());
    auto *dialog = new QuickOpenDialog(*m_quickOpenIndex, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickOpenDialog::chosen, this, [this](QuickOpenIndex::Kind kind, qint64 id, qint64) {
        switch (kind) {
        case QuickOpenIndex::Kind::Client:
            showPage(QStringLiteral("overview"));
            m_overviewPage->showClient(id);
            break;
        case QuickOpenIndex::Kind::Site:
            showPage(QStringLiteral("inventory"));
            m_inventoryPage->selectSite(id);
            break;
        case QuickOpenIndex::Kind::Device:
            openDevice(id); // the device page
            break;
        }
    });
    dialog->open();
}

void MainWindow::showPage(const QString &pageId)
{
    const qsizetype index = m_pageIds.indexOf(pageId);
    m_navigation->setCurrentRow(index < 0 ? 0 : static_cast<int>(index));
}

QWidget *MainWindow::createDeviceView(const Clock &clock)
{
    m_devicePage =
        new DevicePage(m_database, *m_inventoryStore, *m_stateStore, clock, m_settings.technicianName(), this);
    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addWidget(m_pages);
    m_views->addWidget(m_devicePage);
    connect(m_devicePage, &DevicePage::backRequested, this, &MainWindow::closeDevice);
    connect(m_inventoryPage, &InventoryPage::openDeviceRequested, this, &MainWindow::openDevice);
    connect(m_alertPage, &AlertQueuePage::openDeviceRequested, this, &MainWindow::openDevice);
    // The navigation row stays on the page the device was opened from; choosing any row (that one too) leaves.
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::closeDevice);
    connect(m_navigation, &QListWidget::itemPressed, this, &MainWindow::closeDevice);
    if (m_poller) {
        connect(m_poller, &BackgroundPoller::devicePolled, m_devicePage, &DevicePage::applyPoll);
    }
    return m_views;
}

bool MainWindow::showDevice(qint64 deviceId)
{
    if (!m_devicePage->showDevice(deviceId)) {
        statusBar()->showMessage(tr("Device %1 is not in the inventory.").arg(deviceId), 10000);
        return false;
    }
    m_views->setCurrentWidget(m_devicePage);
    m_devicePage->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::openDevice(qint64 deviceId)
{
    (void)showDevice(deviceId);
}

bool MainWindow::isDeviceShown() const
{
    return m_views->currentWidget() == m_devicePage;
}

void MainWindow::closeDevice()
{
    if (!isDeviceShown()) {
        return;
    }
    m_views->setCurrentWidget(m_pages);
    if (QWidget *page = m_pages->currentWidget()) {
        page->setFocus(Qt::OtherFocusReason);
    }
    // Back on the inventory: the device it was opened from stays selected.
    if (m_pages->currentWidget() == m_inventoryPage) {
        m_inventoryPage->selectDevice(m_devicePage->deviceId());
    }
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pageIds.size() ? m_pageIds.at(row) : QString();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *import = file->addAction(tr("&Import inventory…"), this, &MainWindow::chooseAndImport);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // F5 is "Poll now"; reading the database again (after a vigil-cli import, say) is Ctrl+R.
    QAction *reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *polling = menuBar()->addMenu(tr("&Polling"));
    m_pollNowAction = polling->addAction(tr("Poll &now"));
    m_pollNowAction->setObjectName(QStringLiteral("pollNowAction"));
    m_pollNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_pollNowAction->setStatusTip(tr("Poll every device now instead of waiting for its turn."));
    m_pauseAction = polling->addAction(tr("&Pause polling"));
    m_pauseAction->setObjectName(QStringLiteral("pausePollingAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setStatusTip(tr("Stop polling on schedule until unchecked; Poll now still works."));
    if (m_poller) {
        connect(m_pollNowAction, &QAction::triggered, m_poller, &BackgroundPoller::pollNow);
        connect(m_pauseAction, &QAction::toggled, m_poller, &BackgroundPoller::setPaused);
    }

    QMenu *sessions = menuBar()->addMenu(tr("&Sessions"));
    QAction *ssh = sessions->addAction(tr("Open &SSH session"), this, [this] { openSession(SessionKind::Ssh); });
    ssh->setObjectName(QStringLiteral("openSshAction"));
    ssh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    ssh->setStatusTip(tr("Open a shell on the selected device (inventory, device page, alert or ticket)."));
    QAction *vnc = sessions->addAction(tr("Open &VNC viewer"), this, [this] { openSession(SessionKind::Vnc); });
    vnc->setObjectName(QStringLiteral("openVncAction"));
    vnc->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    vnc->setStatusTip(tr("Show the selected device's screen over VNC (through SSH when its settings say so)."));
    QAction *rdp = sessions->addAction(tr("Launch &RDP client"), this, [this] { openSession(SessionKind::Rdp); });
    rdp->setObjectName(QStringLiteral("launchRdpAction"));
    rdp->setStatusTip(tr("Start the RDP client (xfreerdp, or the configured one) on the selected device."));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Vigil"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::connectPoller()
{
    if (!m_poller) {
        return;
    }
    connect(m_poller, &BackgroundPoller::devicePolled, m_inventoryPage, &InventoryPage::applyPoll);
    connect(m_poller, &BackgroundPoller::alertsRaised, m_alertPage, &AlertQueuePage::alertsChanged);
    // New critical alerts are worth an interruption while the console runs; everything else waits for the review.
    m_notifier = new CriticalAlertNotifier(*m_alertStore, this);
    connect(m_poller, &BackgroundPoller::alertsRaised, m_notifier, &CriticalAlertNotifier::alertsRaised);
    connect(m_notifier, &CriticalAlertNotifier::notified, this,
            [this](const QString &title) { statusBar()->showMessage(title, 30000); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = new QSystemTrayIcon(windowIcon(), this);
        tray->setToolTip(tr("Vigil"));
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showPage(QStringLiteral("alerts"));
            showNormal();
            raise();
            activateWindow();
        });
        tray->show();
        m_notifier->setTrayIcon(tray);
    }
    connect(m_inventoryPage, &InventoryPage::statesChanged, m_pollStatus, [this] {
        m_pollStatus->notePoll();
        m_pollStatus->setUnreachableCount(m_inventoryPage->unreachableCount());
    });
    connect(m_poller, &BackgroundPoller::devicesLoaded, m_pollStatus, &PollStatusLabel::setDeviceCount);
    connect(m_poller, &BackgroundPoller::modeChanged, this, &MainWindow::updatePollingMode);
    connect(m_poller, &BackgroundPoller::cycleFinished, this, &MainWindow::showPassFinished);
    connect(m_poller, &BackgroundPoller::cycleFinished, m_overviewPage, &FleetOverviewPage::refresh);
    connect(m_poller, &BackgroundPoller::storeError, this, &MainWindow::showStoreError);
    connect(m_poller, &BackgroundPoller::failed, this, [this](const QString &message) {
        m_pollStatus->noteFailure(message);
        statusBar()->showMessage(tr("Polling could not start: %1").arg(message));
    });
}

void MainWindow::addSessionsPage(Database &database, const Clock &clock)
{
    // The GUI's own keychain connection: the poller's lives on its thread.
    m_secrets = new KeychainSecretStore(QString(), this);
    m_sessionsPage = new SessionsPage(database, *m_inventoryStore, m_secrets, m_settings.technicianName(), clock, this);
    // Keys the technician already trusts with OpenSSH count (read-only); new ones go to Vigil's own file.
    SshSessionOptions options;
    options.readOnlyKnownHostsPaths = {KnownHosts::userKnownHostsPath()};
    m_sessionsPage->setSessionOptions(options);
    connect(m_sessionsPage, &SessionsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    addPage(QStringLiteral("sessions"), tr("Sessions"), m_sessionsPage);
}

MainWindow::SessionTarget MainWindow::currentSessionTarget() const
{
    const QString page = currentPageId();
    SessionTarget target;
    if (isDeviceShown()) {
        target.deviceId = m_devicePage->deviceId();
    } else if (page == QLatin1String("inventory")) {
        target.deviceId = m_inventoryPage->currentDeviceId();
    } else if (page == QLatin1String("alerts")) {
        target.deviceId = m_alertPage->currentDeviceId();
    } else if (page == QLatin1String("tickets") && m_ticketPage->currentTicketId() > 0) {
        // A session opened from a ticket is booked on it.
        const auto ticket = TicketStore(m_database).ticket(m_ticketPage->currentTicketId(), Clock::system().now());
        if (ticket && ticket->ticket.deviceId) {
            target.deviceId = *ticket->ticket.deviceId;
            target.ticketId = ticket->ticket.id;
        }
    } else if (page == QLatin1String("sessions") && m_sessionsPage->currentSessionTab()) {
        target.deviceId = m_sessionsPage->currentSessionTab()->request().deviceId;
        target.ticketId = m_sessionsPage->currentSessionTab()->request().ticketId;
    }
    if (target.deviceId <= 0) {
        statusBar()->showMessage(tr("Select a device first (in the inventory, on its page, in the alert queue or on a "
                                    "ticket with a device)."),
                                 10000);
    }
    return target;
}

void MainWindow::openSession(SessionKind kind)
{
    const SessionTarget target = currentSessionTarget();
    if (target.deviceId <= 0) {
        return;
    }
    QString title;
    Error error;
    bool ok = true;
    switch (kind) {
    case SessionKind::Ssh: {
        title = tr("Open SSH session");
        const auto tab = m_sessionsPage->openSsh(target.deviceId, target.ticketId);
        ok = tab.ok();
        if (!ok) {
            error = tab.error();
        }
        break;
    }
    case SessionKind::Vnc: {
        title = tr("Open VNC viewer");
        const auto tab = m_sessionsPage->openVnc(target.deviceId, target.ticketId);
        ok = tab.ok();
        if (!ok) {
            error = tab.error();
        }
        break;
    }
    case SessionKind::Rdp: {
        title = tr("Launch RDP client");
        const auto session = m_sessionsPage->launchRdp(target.deviceId, m_settings.rdpClientTemplate());
        if (!session) {
            QMessageBox::warning(this, title,
                                 tr("Vigil cannot start the RDP client.\n\n%1").arg(session.error().toString()));
        } else {
            statusBar()->showMessage(tr("RDP client started; the session is logged until it exits."), 10000);
        }
        return;
    }
    }
    if (!ok) {
        QMessageBox::warning(this, title, tr("Vigil cannot open this session.\n\n%1").arg(error.toString()));
        return;
    }
    showPage(QStringLiteral("sessions"));
}

void MainWindow::updatePollingMode()
{
    using Mode = PollStatusLabel::Mode;
    const bool polling = m_poller && m_poller->isRunning();
    m_pollNowAction->setEnabled(polling && !m_poller->isPassRunning());
    m_pauseAction->setEnabled(polling);
    m_pauseAction->setChecked(m_poller && m_poller->isPaused());
    if (!polling) {
        if (m_poller && m_poller->hasFailed()) {
            return; // the failure handler has said why
        }
        m_pollStatus->setMode(Mode::Off);
        return;
    }
    if (!m_poller->isLoaded()) {
        m_pollStatus->setMode(Mode::Starting);
    } else if (m_poller->isPassRunning()) {
        m_pollStatus->setMode(Mode::PassRunning);
    } else if (m_poller->isPaused()) {
        m_pollStatus->setMode(Mode::Paused);
    } else {
        m_pollStatus->setMode(Mode::Polling);
    }
}

void MainWindow::showPassFinished(const PollSummary &summary)
{
    statusBar()->showMessage(tr("Polled %n device(s) in %1 s: %2 ok, %3 failed.", nullptr, summary.polled)
                                 .arg(QString::number(summary.durationMs / 1000.0, 'f', 1))
                                 .arg(summary.ok)
                                 .arg(summary.failed),
                             10000);
}

// Shown, not asked: the poller reports every failed write (once a second while the disk is full), so a dialog
// would stack up. The status line keeps it visible while it lasts.
void MainWindow::showStoreError(const QString &message)
{
    statusBar()->showMessage(tr("Saving poll results failed: %1").arg(message), 15000);
    m_pollStatus->noteStoreError(message);
}

void MainWindow::reload()
{
    m_inventoryPage->reload();
    if (m_poller) {
        m_poller->reloadDevices();
    }
}

void MainWindow::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import inventory"), QString(),
        tr("Inventory files (*.csv *.json config *.conf);;CSV (*.csv);;Prometheus file_sd (*.json);;"
           "SSH client configuration (config *.conf);;All files (*)"));
    if (!path.isEmpty()) {
        importInventory(path);
    }
}

bool MainWindow::importInventory(const QString &path)
{
    const auto format = detectImportFormat(path);
    if (!format) {
        QMessageBox::warning(this, tr("Import inventory"),
                             tr("Vigil cannot tell the format of %1 from its name. Name it *.csv for CSV, *.json "
                                "for Prometheus file_sd, or config for an SSH client configuration.")
                                 .arg(path));
        return false;
    }
    auto summary = InventoryImporter::importFile(*m_inventoryStore, path, *format);
    if (!summary) {
        QMessageBox::warning(this, tr("Import inventory"),
                             tr("Nothing was imported.\n\n%1").arg(summary.error().toString()));
        return false;
    }
    m_inventoryPage->reload();
    if (m_poller) {
        m_poller->reloadDevices();
    }
    const QString text = tr("%1, %2, %3.", "new, updated, unchanged devices")
                             .arg(tr("%n new device(s)", nullptr, summary->devicesCreated),
                                  tr("%n updated", "devices", summary->devicesUpdated),
                                  tr("%n unchanged", "devices", summary->devicesUnchanged));
    statusBar()->showMessage(tr("Imported %1: %2").arg(QFileInfo(path).fileName(), text), 10000);
    if (!summary->warnings.isEmpty()) {
        QMessageBox::information(this, tr("Import inventory"),
                                 tr("Imported %1 with remarks:\n\n%2")
                                     .arg(QFileInfo(path).fileName(), summary->warnings.join(QLatin1Char('\n'))));
    }
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_database.path(), this);
    dialog.exec();
}

void MainWindow::updateStatus()
{
    m_statusDevices->setText(tr("%n device(s)", nullptr, m_inventoryPage->deviceCount()) + QStringLiteral(" · ")
                             + tr("%n client(s)", nullptr, m_inventoryPage->clientCount()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_poller) {
        m_poller->shutdown();
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLastPage(currentPageId());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace Vigil
