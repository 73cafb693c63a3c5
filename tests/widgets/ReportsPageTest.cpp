// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "ReportScenario.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Vigil;

namespace {

class ReportsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db.value());
        m_scenario = VigilTest::fillReportScenario(*m_db);
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("vigil.ini")));
        m_settings->setReportCompanyName(QStringLiteral("Northwind IT"));
        m_clock = std::make_unique<ManualClock>(m_scenario.now);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    VigilTest::ReportScenarioInfo m_scenario;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ManualClock> m_clock;
};

} // namespace

TEST_F(ReportsPageTest, PickingClientAndMonthShowsTheFiguresAndExports)
{
    ReportsPage page(*m_db, *m_settings, *m_clock);
    auto *client = page.findChild<QComboBox *>(QStringLiteral("reportClient"));
    auto *month = page.findChild<QComboBox *>(QStringLiteral("reportMonth"));
    auto *preview = page.findChild<QTextBrowser *>(QStringLiteral("reportPreview"));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("reportExport"));
    ASSERT_TRUE(client && month && preview && exportButton);
    EXPECT_EQ(client->count(), 2);
    EXPECT_EQ(month->currentData().toDate(), QDate(2026, 10, 1)) << "the month that just ended is the default";
    EXPECT_FALSE(exportButton->toolTip().isEmpty());

    ASSERT_TRUE(page.selectClient(QStringLiteral("Kessler Logistik")));
    EXPECT_TRUE(preview->toPlainText().contains(QStringLiteral("recorded nothing")))
        << preview->toPlainText().toStdString();

    ASSERT_TRUE(page.selectClient(QStringLiteral("Harbor Dental")));
    ASSERT_TRUE(page.report().has_value());
    const QString text = preview->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Harbor Dental"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Northwind IT")));
    EXPECT_TRUE(text.contains(QStringLiteral("October 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("HD-FS01")));
    EXPECT_TRUE(text.contains(QStringLiteral("anna"))) << "who tested the restore";
    ASSERT_TRUE(page.report()->alerts);
    EXPECT_EQ(page.report()->alerts->total.opened, 14);
    EXPECT_TRUE(text.contains(QStringLiteral("We detected 14 problem"))) << text.toStdString();
    ASSERT_TRUE(page.report()->tickets);
    EXPECT_EQ(page.report()->tickets->total.opened, 8);
    EXPECT_EQ(page.report()->tickets->total.closed, 5);

    for (const QString &name : {QStringLiteral("r.pdf"), QStringLiteral("r.html"), QStringLiteral("r.csv")}) {
        const QString path = m_dir.filePath(name);
        ASSERT_TRUE(page.exportTo(path).ok()) << name.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(16);
        if (name.endsWith(QLatin1String(".pdf"))) {
            EXPECT_TRUE(head.startsWith("%PDF-"));
        } else if (name.endsWith(QLatin1String(".html"))) {
            EXPECT_TRUE(head.startsWith("<!DOCTYPE html>"));
        } else {
            EXPECT_TRUE(head.startsWith("section,figure,"));
        }
    }
    EXPECT_FALSE(page.exportTo(m_dir.filePath(QStringLiteral("r.txt"))).ok());
}
