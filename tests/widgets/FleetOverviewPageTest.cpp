// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetOverviewPage.h"
#include "AlertQueuePage.h"
#include "AlertScenario.h"
#include "AlertStore.h"
#include "AppSettings.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "FleetOverview.h"
#include "FleetOverviewModel.h"
#include "InventoryEditDialog.h"
#include "InventoryPage.h"
#include "InventoryRoles.h"
#include "InventoryStore.h"
#include "InventoryTreeModel.h"
#include "MainWindow.h"
#include "QuickOpenDialog.h"
#include "StatusTone.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vigil;

namespace {

// The main window fills its overview and inventory once it has painted itself.
void waitUntilFilled(QWidget &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    for (int i = 0; i < 200 && tree && tree->model()->rowCount() == 0; ++i) {
        QTest::qWait(10);
    }
}

// The console opens at 07:30 on a Monday; the fleet was polled a minute ago.
const QDateTime kMorning(QDate(2026, 11, 23), QTime(7, 30));

class FleetOverviewPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("vigil.ini")));
        m_inventory = std::make_unique<InventoryStore>(*m_db);
        // Real alerts of six clients after a night, through the rule engine.
        AlertScenario scenario(*m_db, m_clock);
        scenario.fillMorning(QStringLiteral("sam"));
        m_clock.set(kMorning);
        // Monitored devices with state: two of Harbor Dental's down, one waiting for a reboot.
        m_fs = monitored(QStringLiteral("Harbor Dental"), QStringLiteral("Main Street"), QStringLiteral("HD-NAS01"));
        m_ws = monitored(QStringLiteral("Harbor Dental"), QStringLiteral("Main Street"), QStringLiteral("HD-WS09"));
        m_down1 = monitored(QStringLiteral("Harbor Dental"), QStringLiteral("Branch"), QStringLiteral("HD-WS10"));
        m_down2 = monitored(QStringLiteral("Harbor Dental"), QStringLiteral("Branch"), QStringLiteral("HD-WS11"));
        DeviceStateStore states(*m_db);
        DeviceSnapshot up;
        up.polledAt = kMorning.addSecs(-60).toUTC();
        up.reachable = true;
        DeviceSnapshot reboot = up;
        reboot.rebootRequired = true;
        DeviceSnapshot down;
        down.polledAt = up.polledAt;
        down.failure = PollFailure{QStringLiteral("timeout"), QStringLiteral("no answer")};
        ASSERT_TRUE(states.save({{m_fs, reboot, {}}, {m_ws, up, {}}, {m_down1, down, {}}, {m_down2, down, {}}}).ok());
    }

    qint64 monitored(const QString &client, const QString &site, const QString &name)
    {
        const qint64 id = VigilTest::addDevice(*m_inventory, client, site, name).deviceId;
        Device device = m_inventory->device(id).value();
        device.exporterUrl = QStringLiteral("http://127.0.0.1:9/metrics");
        EXPECT_TRUE(m_inventory->updateDevice(device).ok());
        return id;
    }

    static void activate(QWidget *window)
    {
        // Shortcuts (Ctrl+1, Ctrl+K) go to the active window only.
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }

    static void clickCell(QTableView *table, const QModelIndex &index)
    {
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<InventoryStore> m_inventory;
    ManualClock m_clock{kMorning.addSecs(-8 * 3600)};
    qint64 m_fs = 0;
    qint64 m_ws = 0;
    qint64 m_down1 = 0;
    qint64 m_down2 = 0;
};

TEST_F(FleetOverviewPageTest, OpensOnTheOverviewWhoseNumbersAreTheStores)
{
    MainWindow window(*m_db, *m_settings, nullptr, &m_clock);
    window.show();
    waitUntilFilled(window); // the pages fill right after the window has painted itself
    EXPECT_EQ(window.currentPageId(), QStringLiteral("overview"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("overviewTable"));
    ASSERT_NE(table, nullptr);
    const QAbstractItemModel *model = table->model();

    FleetOverview overview(*m_db, m_clock);
    const FleetHealth fleet = overview.compute().value();
    ASSERT_EQ(model->rowCount(), fleet.clients.size() + 1);
    AlertStore alerts(*m_db);
    int totalCritical = 0;
    for (int row = 1; row < model->rowCount(); ++row) {
        const ClientHealth &client = fleet.clients.at(row - 1);
        EXPECT_EQ(model->index(row, FleetOverviewModel::ClientColumn).data().toString(), client.clientName);
        AlertStore::Query query;
        query.states = {AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};
        query.clientId = client.clientId;
        int critical = 0;
        int warning = 0;
        const auto rows = alerts.queue(query);
        ASSERT_TRUE(rows.ok());
        for (const AlertQueueRow &r : rows.value()) {
            critical += r.alert.severity == AlertSeverity::Critical ? 1 : 0;
            warning += r.alert.severity == AlertSeverity::Warning ? 1 : 0;
        }
        EXPECT_EQ(model->index(row, FleetOverviewModel::CriticalColumn).data(FleetOverviewModel::CountRole).toInt(),
                  critical)
            << client.clientName.toStdString();
        EXPECT_EQ(model->index(row, FleetOverviewModel::WarningColumn).data(FleetOverviewModel::CountRole).toInt(),
                  warning)
            << client.clientName.toStdString();
        totalCritical += critical;
    }
    EXPECT_GT(totalCritical, 0) << "the morning has critical alerts";
    EXPECT_EQ(model->index(0, FleetOverviewModel::CriticalColumn).data(FleetOverviewModel::CountRole).toInt(),
              totalCritical);
    const int harbor = static_cast<int>(std::find_if(fleet.clients.cbegin(), fleet.clients.cend(),
                                                     [](const ClientHealth &c) {
                                                         return c.clientName == QLatin1String("Harbor Dental");
                                                     })
                                        - fleet.clients.cbegin())
                       + 1;
    EXPECT_EQ(model->index(harbor, FleetOverviewModel::OfflineColumn).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model->index(harbor, FleetOverviewModel::OnlineColumn).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model->index(harbor, FleetOverviewModel::RebootColumn).data().toString(), QStringLiteral("1"));

    // Ctrl+2: the alert queue, one keystroke away.
    activate(&window);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("alerts"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("overview"));
}

TEST_F(FleetOverviewPageTest, ANumberOpensTheFilteredListBehindIt)
{
    MainWindow window(*m_db, *m_settings, nullptr, &m_clock);
    window.show();
    waitUntilFilled(window); // the pages fill right after the window has painted itself
    auto *table = window.findChild<QTableView *>(QStringLiteral("overviewTable"));
    auto *alertPage = window.findChild<AlertQueuePage *>();
    auto *inventoryPage = window.findChild<InventoryPage *>();
    ASSERT_TRUE(table && alertPage && inventoryPage);
    const QAbstractItemModel *model = table->model();

    // The first client with critical alerts: clicking its number lists exactly those.
    int row = 1;
    while (row < model->rowCount()
           && model->index(row, FleetOverviewModel::CriticalColumn).data(FleetOverviewModel::CountRole).toInt() == 0) {
        ++row;
    }
    ASSERT_LT(row, model->rowCount());
    const int critical =
        model->index(row, FleetOverviewModel::CriticalColumn).data(FleetOverviewModel::CountRole).toInt();
    const QString client = model->index(row, FleetOverviewModel::ClientColumn).data().toString();
    clickCell(table, model->index(row, FleetOverviewModel::CriticalColumn));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("alerts"));
    EXPECT_EQ(alertPage->visibleCount(), critical);
    EXPECT_EQ(alertPage->findChild<QComboBox *>(QStringLiteral("alertClient"))->currentText(), client);
    EXPECT_EQ(alertPage->findChild<QComboBox *>(QStringLiteral("alertMinimumSeverity"))->currentText(),
              QStringLiteral("Critical only"));
    EXPECT_EQ(alertPage->findChild<QComboBox *>(QStringLiteral("alertView"))->currentText(),
              QStringLiteral("All unresolved"));

    // The fleet's warnings, from the keyboard: arrow keys to the number, Enter.
    window.showPage(QStringLiteral("overview"));
    table->setFocus();
    table->setCurrentIndex(model->index(0, FleetOverviewModel::CriticalColumn));
    QTest::keyClick(table, Qt::Key_Right);
    EXPECT_EQ(table->currentIndex().column(), FleetOverviewModel::WarningColumn);
    const int warnings = table->currentIndex().data(FleetOverviewModel::CountRole).toInt();
    ASSERT_GT(warnings, 0);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("alerts"));
    EXPECT_EQ(alertPage->visibleCount(), warnings);
    EXPECT_EQ(alertPage->findChild<QComboBox *>(QStringLiteral("alertClient"))->currentText(),
              QStringLiteral("All clients"));

    // Harbor Dental's offline devices: the inventory with just those two.
    window.showPage(QStringLiteral("overview"));
    int harbor = 1;
    while (model->index(harbor, FleetOverviewModel::ClientColumn).data().toString() != QLatin1String("Harbor Dental")) {
        ++harbor;
    }
    clickCell(table, model->index(harbor, FleetOverviewModel::OfflineColumn));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("inventory"));
    EXPECT_EQ(inventoryPage->visibleDeviceCount(), 2);
    EXPECT_TRUE(inventoryPage->deviceFilterText().contains(QStringLiteral("Offline devices")));
    EXPECT_TRUE(inventoryPage->deviceFilterText().contains(QStringLiteral("Harbor Dental")));
    auto *tree = inventoryPage->findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    EXPECT_EQ(tree->currentIndex().siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(),
              QStringLiteral("Offline"));
    activate(&window);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Escape);
    EXPECT_TRUE(inventoryPage->deviceFilterText().isEmpty());
    EXPECT_EQ(inventoryPage->visibleDeviceCount(), inventoryPage->deviceCount());

    // Reboot: the one device.
    window.showPage(QStringLiteral("overview"));
    clickCell(table, model->index(harbor, FleetOverviewModel::RebootColumn));
    EXPECT_EQ(inventoryPage->visibleDeviceCount(), 1);
    EXPECT_EQ(tree->currentIndex().data(DeviceIdRole).toLongLong(), m_fs);

    // A zero goes nowhere.
    window.showPage(QStringLiteral("overview"));
    clickCell(table, model->index(harbor, FleetOverviewModel::SlaBreachedColumn));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("overview"));
}

TEST_F(FleetOverviewPageTest, QuickOpenFindsAndJumps)
{
    MainWindow window(*m_db, *m_settings, nullptr, &m_clock);
    activate(&window);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    auto *dialog = window.findChild<QuickOpenDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("quickOpenQuery"));
    auto *results = dialog->findChild<QListWidget *>(QStringLiteral("quickOpenResults"));
    QTest::keyClicks(query, QStringLiteral("hd-ws1"));
    ASSERT_GE(results->count(), 2);
    EXPECT_TRUE(results->item(0)->text().startsWith(QStringLiteral("HD-WS10")));
    QTest::keyClick(query, Qt::Key_Down);
    EXPECT_TRUE(results->currentItem()->text().startsWith(QStringLiteral("HD-WS11")));
    QTest::keyClick(query, Qt::Key_Return);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(window.isDeviceShown()) << "a device opens on its page";
    QApplication::processEvents(); // the closed dialog deletes itself

    // A client opens in the overview; Esc closes without jumping.
    window.showQuickOpen();
    dialog = window.findChild<QuickOpenDialog *>();
    ASSERT_NE(dialog, nullptr);
    query = dialog->findChild<QLineEdit *>(QStringLiteral("quickOpenQuery"));
    QTest::keyClicks(query, QStringLiteral("harbor"));
    QTest::keyClick(query, Qt::Key_Return);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("overview"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("overviewTable"));
    EXPECT_EQ(table->currentIndex().data().toString(), QStringLiteral("Harbor Dental"));
    QApplication::processEvents();
    window.showQuickOpen();
    dialog = window.findChild<QuickOpenDialog *>();
    query = dialog->findChild<QLineEdit *>(QStringLiteral("quickOpenQuery"));
    QTest::keyClicks(query, QStringLiteral("ws10"));
    QTest::keyClick(query, Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(window.currentPageId(), QStringLiteral("overview"));
}

TEST_F(FleetOverviewPageTest, EditDialogsValidateAndSaveThroughTheStore)
{
    Inventory inventory = m_inventory->load().value();
    const Device ws = m_inventory->device(m_ws).value();

    // A device: name unique within the client, an address without spaces, an http(s) exporter URL.
    Device copy = ws;
    InventoryEditDialog dialog(inventory, copy, [this](Device &d) { return m_inventory->updateDevice(d); });
    dialog.findChild<QLineEdit *>(QStringLiteral("editName"))->setText(QStringLiteral("  "));
    EXPECT_FALSE(dialog.trySave());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("A device needs a name."));
    dialog.findChild<QLineEdit *>(QStringLiteral("editName"))->setText(QStringLiteral("hd-nas01"));
    EXPECT_FALSE(dialog.trySave());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("This client already has a device named HD-NAS01."));
    dialog.findChild<QLineEdit *>(QStringLiteral("editName"))->setText(QStringLiteral("HD-WS09b"));
    dialog.findChild<QLineEdit *>(QStringLiteral("editAddress"))->setText(QStringLiteral("10.0.0 9"));
    EXPECT_FALSE(dialog.trySave());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("contains spaces")));
    dialog.findChild<QLineEdit *>(QStringLiteral("editAddress"))->setText(QStringLiteral("10.0.0.9"));
    dialog.findChild<QLineEdit *>(QStringLiteral("editExporterUrl"))->setText(QStringLiteral("ftp://10.0.0.9"));
    EXPECT_FALSE(dialog.trySave());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("not an http or https URL")));
    EXPECT_EQ(m_inventory->device(m_ws)->name, QStringLiteral("HD-WS09")) << "nothing saved while invalid";
    dialog.findChild<QLineEdit *>(QStringLiteral("editExporterUrl"))
        ->setText(QStringLiteral("http://10.0.0.9:9100/metrics"));
    auto *site = dialog.findChild<QComboBox *>(QStringLiteral("editSite"));
    site->setCurrentIndex(site->findText(QStringLiteral("Branch")));
    dialog.findChild<QSpinBox *>(QStringLiteral("editSshPort"))->setValue(2222);
    EXPECT_EQ(dialog.findChild<QSpinBox *>(QStringLiteral("editVncPort"))->maximum(), 65535);
    ASSERT_TRUE(dialog.trySave()) << dialog.errorText().toStdString();
    const Device saved = m_inventory->device(m_ws).value();
    EXPECT_EQ(saved.name, QStringLiteral("HD-WS09b"));
    EXPECT_EQ(saved.address, QStringLiteral("10.0.0.9"));
    EXPECT_EQ(saved.exporterUrl, QStringLiteral("http://10.0.0.9:9100/metrics"));
    EXPECT_EQ(saved.ssh.port, 2222);
    EXPECT_EQ(inventory.site(saved.siteId)->name, QStringLiteral("Branch"));

    // An error from the store is shown and the dialog keeps what was typed.
    InventoryEditDialog failing(inventory, ws, [](Device &) -> Status {
        return Error{ErrorCode::Database, QStringLiteral("disk I/O error"), QStringLiteral("devices")};
    });
    failing.findChild<QLineEdit *>(QStringLiteral("editName"))->setText(QStringLiteral("HD-WS99"));
    EXPECT_FALSE(failing.trySave());
    EXPECT_TRUE(failing.errorText().contains(QStringLiteral("disk I/O error")));
    EXPECT_EQ(failing.findChild<QLineEdit *>(QStringLiteral("editName"))->text(), QStringLiteral("HD-WS99"));

    // A client: a unique name and SLA targets that make sense.
    InventoryEditDialog client(inventory, Client{}, [this](Client &c) -> Status {
        auto id = m_inventory->addClient(c);
        if (!id) {
            return id.error();
        }
        c.id = *id;
        return {};
    });
    client.findChild<QLineEdit *>(QStringLiteral("editName"))->setText(QStringLiteral("harbor dental"));
    EXPECT_FALSE(client.trySave());
    EXPECT_EQ(client.errorText(), QStringLiteral("There is already a client named Harbor Dental."));
    client.findChild<QLineEdit *>(QStringLiteral("editName"))->setText(QStringLiteral("Northwind Clinic"));
    client.findChild<QSpinBox *>(QStringLiteral("editResolution_critical"))->setValue(30);
    EXPECT_FALSE(client.trySave());
    EXPECT_TRUE(client.errorText().contains(QStringLiteral("sooner than its first response")));
    client.findChild<QSpinBox *>(QStringLiteral("editResolution_critical"))->setValue(240);
    ASSERT_TRUE(client.trySave()) << client.errorText().toStdString();
    const Client stored = m_inventory->clientByName(QStringLiteral("Northwind Clinic")).value();
    EXPECT_EQ(stored.sla.target(Priority::Critical).resolutionMinutes, 240);

    // A site: unique within its client only.
    Site branch;
    branch.clientId = stored.id;
    InventoryEditDialog siteDialog(inventory, branch, [this](Site &s) -> Status {
        auto id = m_inventory->addSite(s);
        return id ? Status() : Status(id.error());
    });
    siteDialog.findChild<QLineEdit *>(QStringLiteral("editName"))->setText(QStringLiteral("Branch"));
    EXPECT_TRUE(siteDialog.trySave()) << "Harbor Dental's Branch is another client's";
}

TEST_F(FleetOverviewPageTest, DraggingADeviceOntoAnotherSiteMovesItAndRemovalAsksFirst)
{
    MainWindow window(*m_db, *m_settings, nullptr, &m_clock);
    window.show();
    waitUntilFilled(window); // the pages fill right after the window has painted itself
    window.showPage(QStringLiteral("inventory"));
    auto *page = window.findChild<InventoryPage *>();
    auto *tree = page->findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    ASSERT_TRUE(page->selectDevice(m_ws));
    const QModelIndex ws = tree->currentIndex();
    const Device before = m_inventory->device(m_ws).value();
    std::unique_ptr<QMimeData> data(tree->model()->mimeData({ws}));
    ASSERT_NE(data, nullptr);
    ASSERT_TRUE(page->selectDevice(m_down1));
    const QModelIndex branch = tree->currentIndex().parent();
    EXPECT_TRUE(tree->model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, branch));
    tree->model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, branch);
    QApplication::processEvents();
    const Device after = m_inventory->device(m_ws).value();
    EXPECT_NE(after.siteId, before.siteId);
    EXPECT_EQ(m_inventory->load()->site(after.siteId)->name, QStringLiteral("Branch"));
    EXPECT_EQ(tree->currentIndex().data(DeviceIdRole).toLongLong(), m_ws) << "the moved device stays selected";
    EXPECT_EQ(tree->currentIndex().parent().data().toString(), QStringLiteral("Branch"));

    // Removing asks, says what goes with it, and a "no" keeps everything.
    QString asked;
    bool answer = false;
    page->setConfirm([&](const QString &, const QString &text) {
        asked = text;
        return answer;
    });
    ASSERT_TRUE(page->selectDevice(m_ws));
    EXPECT_FALSE(page->removeCurrent());
    EXPECT_TRUE(asked.contains(QStringLiteral("alerts, health history")));
    EXPECT_TRUE(m_inventory->device(m_ws).ok());
    answer = true;
    EXPECT_TRUE(page->removeCurrent());
    EXPECT_FALSE(m_inventory->device(m_ws).ok());

    // A site with devices is not removed; the page says why.
    ASSERT_TRUE(page->selectSite(after.siteId));
    EXPECT_FALSE(page->removeCurrent());
    EXPECT_TRUE(
        page->findChild<QLabel *>(QStringLiteral("inventoryError"))->text().contains(QStringLiteral("still has")));
    // A client: its sites and devices are counted in the question.
    const VigilTest::AddedDevice solo = VigilTest::addDevice(*m_inventory, QStringLiteral("Solo Studio"),
                                                             QStringLiteral("Loft"), QStringLiteral("SS-MAC01"));
    page->reload();
    ASSERT_TRUE(page->selectClient(solo.clientId));
    EXPECT_TRUE(page->removeCurrent());
    EXPECT_TRUE(asked.contains(QStringLiteral("1 site(s) and 1 device(s)"))) << asked.toStdString();
    EXPECT_FALSE(m_inventory->clientByName(QStringLiteral("Solo Studio")).ok());
    EXPECT_FALSE(m_inventory->device(solo.deviceId).ok());
}

TEST_F(FleetOverviewPageTest, GeometryAndTheLastPageAreRestored)
{
    {
        MainWindow window(*m_db, *m_settings, nullptr, &m_clock);
        window.resize(1000, 720);
        window.show();
        waitUntilFilled(window); // the pages fill right after the window has painted itself
        window.showPage(QStringLiteral("inventory"));
        window.close();
    }
    EXPECT_EQ(m_settings->lastPage(), QStringLiteral("inventory"));
    MainWindow again(*m_db, *m_settings, nullptr, &m_clock);
    EXPECT_EQ(again.size(), QSize(1000, 720));
    EXPECT_EQ(again.currentPageId(), QStringLiteral("inventory"));
}

} // namespace

namespace {

TEST_F(FleetOverviewPageTest, TonesFollowADarkPalette)
{
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    QApplication::setPalette(dark);
    // Every tone stands clear of the dark base, where the light palette's dark red and green would not.
    for (StatusTone tone : {StatusTone::Good, StatusTone::Warning, StatusTone::Bad}) {
        EXPECT_GT(statusToneColor(tone).lightness() - dark.color(QPalette::Base).lightness(), 90);
    }
    FleetOverviewPage page(*m_db, m_clock);
    page.resize(1300, 420);
    const QString shot = qEnvironmentVariable("VIGIL_DARK_SHOT");
    if (!shot.isEmpty()) {
        page.grab().save(shot);
    }
    QApplication::setPalette(light);
    for (StatusTone tone : {StatusTone::Good, StatusTone::Warning, StatusTone::Bad}) {
        EXPECT_GT(light.color(QPalette::Base).lightness() - statusToneColor(tone).lightness(), 90);
    }
}

} // namespace
