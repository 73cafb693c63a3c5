// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Vigil {

class AlertQueuePage;
class AlertStore;
class CriticalAlertNotifier;
class AppSettings;
class BackgroundPoller;
class Clock;
class Database;
class DeviceStateStore;
class FleetOverview;
class FleetOverviewPage;
class QuickOpenIndex;
struct FleetLink;
class InventoryPage;
class InventoryStore;
class PollStatusLabel;
struct PollSummary;

// Assembles the feature pages and the menus; the pages own their logic. With a BackgroundPoller (not owned, may
// be null for --no-poll) polls show up live, and closing the window shuts the poller down.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The clock (the system's unless a test or screenshot passes its own) must outlive the window.
    MainWindow(Database &database, AppSettings &settings, BackgroundPoller *poller = nullptr,
               const Clock *clock = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(const QString &pageId);
    QString currentPageId() const;
    // Imports one file and reports the outcome; returns false when nothing was imported.
    bool importInventory(const QString &path);
    // Where quick open, the alert queue and the overview send a device (the device page takes it over when it
    // exists): the inventory with the device selected.
    void openDevice(qint64 deviceId);
    // Routes a number of the fleet overview to the page with its list.
    void openFleetLink(const FleetLink &link);
    // Ctrl+K.
    void showQuickOpen();

Q_SIGNALS:
    // Emitted by openDevice(), for pages that show one device.
    void deviceOpened(qint64 deviceId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void createOverviewPage(const Clock &clock);
    void createQuickOpen();
    void scheduleFirstLoad();
    void createMenus();
    void connectPoller();
    void chooseAndImport();
    void reload();
    void showAbout();
    void updateStatus();
    void updatePollingMode();
    void showPassFinished(const PollSummary &summary);
    void showStoreError(const QString &message);

    Database &m_database;
    AppSettings &m_settings;
    std::unique_ptr<InventoryStore> m_inventoryStore;
    std::unique_ptr<DeviceStateStore> m_stateStore;
    std::unique_ptr<AlertStore> m_alertStore;
    std::unique_ptr<FleetOverview> m_fleetOverview;
    std::unique_ptr<QuickOpenIndex> m_quickOpenIndex;
    FleetOverviewPage *m_overviewPage = nullptr;
    CriticalAlertNotifier *m_notifier = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    AlertQueuePage *m_alertPage = nullptr;
    InventoryPage *m_inventoryPage = nullptr;
    QPointer<BackgroundPoller> m_poller;
    QAction *m_pollNowAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QLabel *m_statusDevices = nullptr;
    PollStatusLabel *m_pollStatus = nullptr;
    QStringList m_pageIds;
    bool m_firstLoadPending = false;
};

} // namespace Vigil
