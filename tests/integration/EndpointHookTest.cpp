// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace std::chrono_literals;

namespace {

double metricValue(const QByteArray &body, const QString &series)
{
    const QRegularExpression re(QStringLiteral("^") + QRegularExpression::escape(series) + QStringLiteral(" (\\S+)$"),
                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = re.match(QString::fromUtf8(body));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

// The hook a backup job runs on a managed machine, read back through a real prometheus-node-exporter.
TEST(EndpointHookTest, BackupMetricsReachNodeExporterAndKeepHistory)
{
    const QString hook = VigilTest::sourcePath(QStringLiteral("packaging/endpoint/vigil-backup-metrics"));
    const QString exporter = QStringLiteral("/usr/bin/prometheus-node-exporter");
    ASSERT_TRUE(QFile::exists(exporter)) << "prometheus-node-exporter is not installed; ./test.sh installs it";
    QTemporaryDir dir;
    const QString textfiles = dir.filePath(QStringLiteral("textfile"));
    ASSERT_TRUE(QDir().mkpath(textfiles));

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto ok = VigilTest::runCommand(hook, {QStringLiteral("--job"), QStringLiteral("nightly"),
                                           QStringLiteral("--status"), QStringLiteral("0"), QStringLiteral("--size"),
                                           QStringLiteral("1048576"), QStringLiteral("--dir"), textfiles});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    auto restore =
        VigilTest::runCommand(hook, {QStringLiteral("--job"), QStringLiteral("nightly"),
                                     QStringLiteral("--restore-tested"), QStringLiteral("--dir"), textfiles});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    auto failed =
        VigilTest::runCommand(hook, {QStringLiteral("--job"), QStringLiteral("nightly"), QStringLiteral("--status"),
                                     QStringLiteral("1"), QStringLiteral("--dir"), textfiles});
    ASSERT_EQ(failed.exitCode, 0) << failed.err.toStdString();
    auto bad = VigilTest::runCommand(hook, {QStringLiteral("--job"), QStringLiteral("a b"), QStringLiteral("--status"),
                                            QStringLiteral("0"), QStringLiteral("--dir"), textfiles});
    EXPECT_EQ(bad.exitCode, 2) << "a job name that would break the label is refused";
    EXPECT_EQ(QDir(textfiles).entryList(QDir::Files | QDir::Hidden).size(), 1) << "no temp file is left behind";

    const quint16 port = VigilTest::freeLoopbackPort();
    VigilTest::ChildProcess server(exporter, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                                              QStringLiteral("--collector.textfile.directory=") + textfiles});
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(server.waitForPort(port, 15s)) << server.describe().toStdString();
    auto scrape = VigilTest::runCommand(
        QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)});
    ASSERT_EQ(scrape.exitCode, 0) << scrape.err.toStdString();
    const QByteArray &body = scrape.out;

    EXPECT_EQ(metricValue(body, QStringLiteral("node_textfile_scrape_error")), 0) << "the exporter rejected the file";
    EXPECT_EQ(metricValue(body, QStringLiteral("backup_last_run_success{job=\"nightly\"}")), 0);
    EXPECT_EQ(metricValue(body, QStringLiteral("backup_last_size_bytes{job=\"nightly\"}")), 1048576);
    const double success = metricValue(body, QStringLiteral("backup_last_success_timestamp_seconds{job=\"nightly\"}"));
    const double lastRun = metricValue(body, QStringLiteral("backup_last_run_timestamp_seconds{job=\"nightly\"}"));
    const double tested =
        metricValue(body, QStringLiteral("backup_last_restore_test_timestamp_seconds{job=\"nightly\"}"));
    EXPECT_GE(success, static_cast<double>(before)) << "the failed run kept the last success";
    EXPECT_GE(lastRun, success);
    EXPECT_GE(tested, static_cast<double>(before));
}

} // namespace
