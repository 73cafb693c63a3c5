// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Vigil {

class AlertQueuePage;
class AppSettings;
class Clock;
class Database;
class DeviceStateStore;
class InventoryPage;
class InventoryStore;

// Assembles the feature pages and the menus; the pages own their logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The clock (the system's unless a test or screenshot passes its own) must outlive the window.
    MainWindow(Database &database, AppSettings &settings, const Clock *clock = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(const QString &pageId);
    QString currentPageId() const;
    // Imports one file and reports the outcome; returns false when nothing was imported.
    bool importInventory(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void createMenus();
    void chooseAndImport();
    void showAbout();
    void updateStatus();

    Database &m_database;
    AppSettings &m_settings;
    std::unique_ptr<InventoryStore> m_inventoryStore;
    std::unique_ptr<DeviceStateStore> m_stateStore;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    AlertQueuePage *m_alertPage = nullptr;
    InventoryPage *m_inventoryPage = nullptr;
    QLabel *m_statusDevices = nullptr;
    QStringList m_pageIds;
};

} // namespace Vigil
