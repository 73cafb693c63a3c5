// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AlertQueuePage.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "InventoryImporter.h"
#include "InventoryPage.h"
#include "InventoryStore.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Vigil {

MainWindow::MainWindow(Database &database, AppSettings &settings, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_inventoryStore(std::make_unique<InventoryStore>(database))
    , m_stateStore(std::make_unique<DeviceStateStore>(database))
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

    m_alertPage = new AlertQueuePage(database, settings, clock ? *clock : Clock::system(), this);
    addPage(QStringLiteral("alerts"), tr("Alerts"), m_alertPage);
    m_inventoryPage = new InventoryPage(*m_inventoryStore, *m_stateStore, this);
    connect(m_inventoryPage, &InventoryPage::inventoryChanged, this, &MainWindow::updateStatus);
    addPage(QStringLiteral("inventory"), tr("Inventory"), m_inventoryPage);
    connect(m_alertPage, &AlertQueuePage::openDeviceRequested, this, [this](qint64 deviceId) {
        showPage(QStringLiteral("inventory"));
        m_inventoryPage->selectDevice(deviceId);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    m_statusDevices = new QLabel(this);
    m_statusDevices->setObjectName(QStringLiteral("statusDevices"));
    statusBar()->addWidget(m_statusDevices, 1);
    auto *databaseLabel = new QLabel(QFileInfo(m_database.path()).fileName(), this);
    databaseLabel->setToolTip(tr("Database: %1").arg(m_database.path()));
    statusBar()->addPermanentWidget(databaseLabel);
    updateStatus();

    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(1280, 800);
    }
    restoreState(m_settings.windowState());
    showPage(m_settings.lastPage());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &id, const QString &title, QWidget *page)
{
    m_pageIds.append(id);
    m_pages->addWidget(page);
    m_navigation->addItem(title);
}

void MainWindow::showPage(const QString &pageId)
{
    const qsizetype index = m_pageIds.indexOf(pageId);
    m_navigation->setCurrentRow(index < 0 ? 0 : static_cast<int>(index));
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pageIds.size() ? m_pageIds.at(row) : QString();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import inventory…"), this, &MainWindow::chooseAndImport);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *reload = file->addAction(tr("&Reload"), m_inventoryPage, &InventoryPage::reload);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Vigil"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
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
    QString text = tr("%1 new, %2 updated, %3 unchanged devices.")
                       .arg(summary->devicesCreated)
                       .arg(summary->devicesUpdated)
                       .arg(summary->devicesUnchanged);
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
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLastPage(currentPageId());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace Vigil
