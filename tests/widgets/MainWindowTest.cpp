// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AboutDialog.h"
#include "AlertQueuePage.h"
#include "AppSettings.h"
#include "Database.h"
#include "DevicePage.h"
#include "InventoryRoles.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vigil;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("vigil.ini")));
    }

    QString writeCsv(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("fleet.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
};

TEST_F(MainWindowTest, OpensOnTheOverviewWithMenusAndStatus)
{
    MainWindow window(*m_db, *m_settings);
    window.show();
    EXPECT_EQ(window.currentPageId(), QStringLiteral("overview"));
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("importAction")), nullptr);
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("aboutAction")), nullptr);
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusDevices"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("0 device(s) · 0 client(s)"));
}

TEST_F(MainWindowTest, ImportUpdatesTheTreeAndStatusAndBadFileChangesNothing)
{
    MainWindow window(*m_db, *m_settings);
    const QString good = writeCsv("client,site,device,address,os,exporter_url,ssh,vnc,tags\n"
                                  "Harbor Dental,HQ,HD-WS01,10.0.0.1,Windows 11,,,,\n"
                                  "Kessler,Depot,KL-DC01,10.1.0.2,Debian 12,,,,\n");
    ASSERT_TRUE(window.importInventory(good));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    ASSERT_NE(tree, nullptr);
    EXPECT_EQ(tree->model()->rowCount(), 2);
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("statusDevices"))->text(),
              QStringLiteral("2 device(s) · 2 client(s)"));
}

TEST_F(MainWindowTest, GeometryAndPageAreRestored)
{
    {
        MainWindow window(*m_db, *m_settings);
        window.resize(900, 700);
        window.show();
        window.close();
    }
    EXPECT_FALSE(m_settings->windowGeometry().isEmpty());
    EXPECT_EQ(m_settings->lastPage(), QStringLiteral("overview"));
    MainWindow again(*m_db, *m_settings);
    EXPECT_EQ(again.size(), QSize(900, 700));
}

TEST_F(MainWindowTest, OpeningAnAlertsDeviceShowsItsPageAndBackReturns)
{
    MainWindow window(*m_db, *m_settings);
    ASSERT_TRUE(window.importInventory(writeCsv("client,site,device,address,os,exporter_url,ssh,vnc,tags\n"
                                                "Harbor Dental,HQ,HD-WS01,10.0.0.1,Windows 11,,,,\n"
                                                "Kessler,Depot,KL-DC01,10.1.0.2,Debian 12,,,,\n")));
    window.show();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    auto *page = window.findChild<AlertQueuePage *>();
    ASSERT_TRUE(tree && page);
    const QModelIndex kessler = tree->model()->index(1, 0);
    const qint64 dc = tree->model()->index(0, 0, tree->model()->index(0, 0, kessler)).data(DeviceIdRole).toLongLong();
    ASSERT_NE(dc, 0);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(QStringLiteral("alerts"));
    Q_EMIT page->openDeviceRequested(dc);
    ASSERT_TRUE(window.isDeviceShown());
    auto *devicePage = window.findChild<DevicePage *>();
    ASSERT_TRUE(devicePage && devicePage->isVisible());
    EXPECT_EQ(devicePage->deviceId(), dc);
    EXPECT_EQ(devicePage->findChild<QLabel *>(QStringLiteral("deviceTitle"))->text(), QStringLiteral("KL-DC01"));
    QTest::keyClick(devicePage, Qt::Key_Left, Qt::AltModifier);
    // A button's shortcut clicks it a moment later (animateClick).
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isDeviceShown(); }, 2000));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("alerts"));
    EXPECT_TRUE(page->isVisible());
}

TEST_F(MainWindowTest, AboutDialogShowsIconVersionsAndDatabase)
{
    AboutDialog dialog(m_db->path());
    auto labels = dialog.findChildren<QLabel *>();
    bool sawIcon = false;
    for (QLabel *label : labels) {
        sawIcon = sawIcon || !label->pixmap().isNull();
    }
    EXPECT_TRUE(sawIcon) << "the SVG icon did not render (is the Qt SVG plugin installed?)";
    auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("libssh")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("GNU General Public License")));
    EXPECT_TRUE(text->text().contains(m_db->path()));
}

} // namespace
