// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TestInventory.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Vigil;
using VigilTest::CommandResult;

namespace {

// vigil-cli report, run as a process, for January 2025 of a client created the month before (a month that is over
// whenever the test runs).
class ReportCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        ManualClock created(QDateTime(QDate(2024, 12, 1), QTime(9, 0), QTimeZone::utc()));
        InventoryStore inventory(*db.value(), created);
        const VigilTest::AddedDevice added = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"),
                                                                  QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
        QSqlQuery q(db.value()->connection());
        // Opened on 15 January, acknowledged 20 minutes later, resolved after an hour.
        const qint64 opened = QDateTime(QDate(2025, 1, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO alerts (device_id, rule, severity, state, category, summary, "
                                          "first_seen, last_seen, acknowledged_by, acknowledged_at, resolved_at, "
                                          "resolved_by) VALUES (%1, 'disk_used', 'critical', 'resolved', 'disk', "
                                          "'Disk /srv <b>95 %</b> used', %2, %2, 'sam', %3, %4, 'sam')")
                               .arg(added.deviceId)
                               .arg(opened)
                               .arg(opened + 1200)
                               .arg(opened + 3600)));
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("vigil.db")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    CommandResult report(const QStringList &extra) const
    {
        return VigilTest::runVigilCli(dbPath(), QStringList{QStringLiteral("report")} + extra);
    }

    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

const QString client = QStringLiteral("--client");
const QString month = QStringLiteral("--month");
const QString out = QStringLiteral("--out");
const QString harbor = QStringLiteral("Harbor Dental");
const QString january = QStringLiteral("2025-01");

} // namespace

TEST_F(ReportCliTest, WritesEachFormatFromTheExtension)
{
    const CommandResult pdf = report({client, harbor, month, january, out, path(QStringLiteral("r.pdf"))});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    EXPECT_TRUE(pdf.out.contains("Wrote the 2025-01 report for Harbor Dental")) << pdf.out.toStdString();
    const QByteArray pdfBytes = contents(path(QStringLiteral("r.pdf")));
    EXPECT_TRUE(pdfBytes.startsWith("%PDF-"));
    EXPECT_GT(pdfBytes.size(), 5000) << "text and charts";

    ASSERT_EQ(report({client, harbor, month, january, out, path(QStringLiteral("r.html"))}).exitCode, 0);
    const QByteArray html = contents(path(QStringLiteral("r.html")));
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(html.contains("data:image/png;base64,")) << "self-contained: the chart is inline";
    EXPECT_FALSE(html.contains("<b>95 %</b>")) << "stored text is escaped";

    ASSERT_EQ(report({client, harbor, month, january, out, path(QStringLiteral("r.csv"))}).exitCode, 0);
    const QByteArray csv = contents(path(QStringLiteral("r.csv")));
    EXPECT_TRUE(csv.startsWith("section,figure,subject,value,unit\n"));
    EXPECT_TRUE(csv.contains("\nalerts,opened,severity:critical,1,count\n")) << csv.toStdString();
    EXPECT_TRUE(csv.contains("\nalerts,mean_time_to_acknowledge,,1200,seconds\n"));
    EXPECT_TRUE(csv.contains("\nalerts,mean_time_to_resolve,,3600,seconds\n"));
    EXPECT_TRUE(csv.contains("\nuptime,fleet_average,,,percent\n")) << "no availability history: empty, not 0";

    const CommandResult forced = report({client, harbor, month, january, out, path(QStringLiteral("figures.txt")),
                                         QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    // The same figures; only the time the report was made differs.
    const auto withoutTime = [](const QByteArray &text) {
        QList<QByteArray> lines = text.split('\n');
        lines.removeIf([](const QByteArray &line) { return line.startsWith("report,generated_at,"); });
        return lines;
    };
    EXPECT_EQ(withoutTime(contents(path(QStringLiteral("figures.txt")))), withoutTime(csv));
}

TEST_F(ReportCliTest, HelpNamesTheCommandOnceInTheUsageLine)
{
    const CommandResult help = report({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("vigil-cli [--db PATH] report [options]")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("Write a client's monthly report as PDF")) << help.out.toStdString();
}

TEST_F(ReportCliTest, BadInputIsAClearErrorAndWritesNothing)
{
    const QString target = path(QStringLiteral("r.pdf"));
    CommandResult r = report({client, harbor, month, QStringLiteral("2025-13"), out, target});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("bad month '2025-13'")) << r.err.toStdString();
    r = report({client, harbor, out, target});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--month is required")) << r.err.toStdString();
    r = report({client, harbor, month, january, out, path(QStringLiteral("r.docx"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("cannot tell the format")) << r.err.toStdString();
    r = report({client, harbor, month, january, out, target, QStringLiteral("--format"), QStringLiteral("xls")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(target));

    // An existing report stays as it was when the next one fails.
    QFile existing(target);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("previous report");
    existing.close();
    r = report({client, QStringLiteral("Nobody"), month, january, out, target});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Nobody")) << r.err.toStdString();
    EXPECT_EQ(contents(target), QByteArray("previous report"));
    r = report({client, harbor, month, QStringLiteral("2999-01"), out, target});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("has not begun")) << r.err.toStdString();
    EXPECT_EQ(contents(target), QByteArray("previous report"));

    const QString unwritable = path(QStringLiteral("no-such-dir/r.pdf"));
    r = report({client, harbor, month, january, out, unwritable});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("cannot write the report")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(unwritable));
}
