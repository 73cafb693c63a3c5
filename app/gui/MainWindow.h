// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Vigil {

class AlertQueuePage;
class AlertStore;
class CriticalAlertNotifier;
class AppSettings;
class DevicePage;
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
class SecretStore;
class SessionsPage;
class TicketQueuePage;
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
    // Opens the device page (from the inventory, an alert, or a test); false for an unknown device.
    bool showDevice(qint64 deviceId);
    bool isDeviceShown() const;
    QString currentPageId() const;
    // Imports one file and reports the outcome; returns false when nothing was imported.
    bool importInventory(const QString &path);
    // Routes a number of the fleet overview to the page with its list.
    void openFleetLink(const FleetLink &link);
    // Ctrl+K.
    void showQuickOpen();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void createOverviewPage(const Clock &clock);
    void createQuickOpen();
    void scheduleFirstLoad();
    // The device page sits beside the page stack, not in it, so the pages keep their navigation rows.
    QWidget *createDeviceView(const Clock &clock);
    void openDevice(qint64 deviceId);
    void closeDevice();
    void createMenus();
    void connectPoller();
    void chooseAndImport();
    void reload();
    void showAbout();
    void updateStatus();
    void updatePollingMode();
    void showPassFinished(const PollSummary &summary);
    void showStoreError(const QString &message);
    void addSessionsPage(Database &database, const Clock &clock);
    struct SessionTarget
    {
        qint64 deviceId = 0;
        std::optional<qint64> ticketId;
    };
    enum class SessionKind { Ssh, Vnc, Rdp };
    SessionTarget currentSessionTarget() const;
    void openSession(SessionKind kind);

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
    QStackedWidget *m_views = nullptr; // m_pages or the device page
    DevicePage *m_devicePage = nullptr;
    AlertQueuePage *m_alertPage = nullptr;
    InventoryPage *m_inventoryPage = nullptr;
    SecretStore *m_secrets = nullptr;
    SessionsPage *m_sessionsPage = nullptr;
    TicketQueuePage *m_ticketPage = nullptr;
    QPointer<BackgroundPoller> m_poller;
    QAction *m_pollNowAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QLabel *m_statusDevices = nullptr;
    PollStatusLabel *m_pollStatus = nullptr;
    QStringList m_pageIds;
    bool m_firstLoadPending = false;
};

} // namespace Vigil
