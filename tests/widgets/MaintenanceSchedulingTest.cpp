// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "InventoryPage.h"
#include "InventoryStore.h"
#include "MaintenanceScheduler.h"
#include "MaintenanceStore.h"
#include "MaintenanceWindowDialog.h"

#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Vigil;

namespace {

class MaintenanceSchedulingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("vigil.db"))).value();
        m_store = std::make_unique<InventoryStore>(*m_db);
        m_states = std::make_unique<DeviceStateStore>(*m_db);
        InventoryImport batch;
        for (const char *name : {"HD-FS01", "HD-WS02"}) {
            ImportedDevice d;
            d.client = QStringLiteral("Harbor Dental");
            d.site = QStringLiteral("Main Street");
            d.name = QString::fromUtf8(name);
            batch.devices.append(d);
        }
        ASSERT_TRUE(m_store->applyImport(batch, QStringLiteral("Unassigned"), QStringLiteral("Main")).ok());
        const Inventory inventory = m_store->load().value();
        for (const Device &d : inventory.devices) {
            if (d.name == u"HD-FS01") {
                m_device = d.id;
                m_site = d.siteId;
            }
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<DeviceStateStore> m_states;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)};
    qint64 m_device = 0;
    qint64 m_site = 0;
};

} // namespace

TEST_F(MaintenanceSchedulingTest, DialogRefusesWindowsThatMakeNoSense)
{
    MaintenanceWindowDialog dialog(QStringLiteral("Harbor Dental / HD-FS01"), m_clock.now());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(dialog.problem().isEmpty()) << "the default (the next two hours) is valid";
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.endsAt(), dialog.startsAt().addSecs(2 * 3600));

    dialog.setWindow(m_clock.now().addSecs(3600), m_clock.now());
    EXPECT_FALSE(dialog.problem().isEmpty());
    EXPECT_FALSE(ok->isEnabled());
    dialog.setWindow(m_clock.now().addSecs(-7200), m_clock.now().addSecs(-3600));
    EXPECT_FALSE(dialog.problem().isEmpty()) << "already over";
    dialog.setWindow(m_clock.now(), m_clock.now().addSecs(600));
    EXPECT_TRUE(dialog.problem().isEmpty());
    EXPECT_TRUE(ok->isEnabled());
}

TEST_F(MaintenanceSchedulingTest, ADeviceOrSiteFromTheInventoryGetsAStoredWindow)
{
    InventoryPage page(*m_store, *m_states);
    page.reload();
    MaintenanceScheduler scheduler(*m_db, m_clock, QStringLiteral("sam"));
    std::optional<MaintenanceWindow> answer;
    QString asked;
    scheduler.setPrompt([&](const QString &target, QWidget *) {
        asked = target;
        return answer;
    });
    QObject::connect(
        &page, &InventoryPage::maintenanceRequested, &scheduler,
        [&](qint64 device, qint64 site, const QString &target) { scheduler.schedule(device, site, target, &page); });
    QSignalSpy scheduled(&scheduler, &MaintenanceScheduler::scheduled);
    QSignalSpy failed(&scheduler, &MaintenanceScheduler::failed);

    ASSERT_TRUE(page.selectDevice(m_device));
    // Cancelled: nothing stored.
    ASSERT_TRUE(page.requestMaintenanceForCurrent());
    EXPECT_EQ(asked, QStringLiteral("Harbor Dental / HD-FS01"));
    EXPECT_TRUE(MaintenanceStore(*m_db).current(m_clock.now()).value().isEmpty());

    MaintenanceWindow window;
    window.startsAt = m_clock.now();
    window.endsAt = m_clock.now().addSecs(3 * 3600);
    window.reason = QStringLiteral("firmware");
    answer = window;
    ASSERT_TRUE(page.requestMaintenanceForCurrent());
    ASSERT_EQ(scheduled.size(), 1);
    QList<MaintenanceWindow> stored = MaintenanceStore(*m_db).current(m_clock.now()).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().deviceId, m_device);
    EXPECT_EQ(stored.first().siteId, 0);
    EXPECT_EQ(stored.first().reason, QStringLiteral("firmware"));
    EXPECT_EQ(stored.first().createdBy, QStringLiteral("sam"));
    EXPECT_EQ(stored.first().endsAt, window.endsAt);

    // The site row: the whole site.
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    ASSERT_NE(tree, nullptr);
    tree->setCurrentIndex(tree->currentIndex().parent());
    ASSERT_TRUE(page.requestMaintenanceForCurrent());
    EXPECT_EQ(asked, QStringLiteral("Harbor Dental / Main Street"));
    stored = MaintenanceStore(*m_db).current(m_clock.now()).value();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.last().siteId, m_site);

    // The client row offers nothing; a window the store refuses is reported, not lost silently.
    tree->setCurrentIndex(tree->currentIndex().parent());
    EXPECT_FALSE(page.requestMaintenanceForCurrent());
    ASSERT_TRUE(page.selectDevice(m_device));
    window.endsAt = m_clock.now().addSecs(-60);
    window.startsAt = m_clock.now().addSecs(-120);
    answer = window;
    ASSERT_TRUE(page.requestMaintenanceForCurrent());
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("HD-FS01")));
    EXPECT_EQ(MaintenanceStore(*m_db).current(m_clock.now()).value().size(), 2);
}
