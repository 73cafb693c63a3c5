// SPDX-License-Identifier: GPL-3.0-or-later
// ExternalLauncher with a real program (vigil-print-argv) that records the argv and stdin it was started with.
#include "ExternalLauncher.h"
#include "Clock.h"
#include "Database.h"
#include "Device.h"
#include "SqlSessionLogRecorder.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace Vigil;
using namespace VigilTest;

namespace {

class ExternalLauncherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().toString());
        m_db = std::move(db.value());
        m_recorder = std::make_unique<SqlSessionLogRecorder>(*m_db);
        m_launcher = std::make_unique<ExternalLauncher>(*m_recorder, Clock::system());
        m_printer = builtProgram(QStringLiteral("vigil-print-argv"));
        qputenv("VIGIL_ARGV_OUT", outPath().toUtf8());
    }

    QString outPath() const { return m_dir.filePath(QStringLiteral("argv.json")); }
    QString marker() const { return m_dir.filePath(QStringLiteral("pwned")); }

    // A device whose every field tries something a shell would act on.
    Device hostileDevice() const
    {
        Device device;
        device.id = 0;
        device.name = QStringLiteral("HD WS07; touch %1 $(touch %1) `touch %1` \"q\" 'q' | & > %1").arg(marker());
        device.address = QStringLiteral("10.0.0.5;touch %1").arg(marker());
        device.ssh.user = QStringLiteral("-oProxyCommand=touch %1").arg(marker());
        device.ssh.port = 22;
        device.vnc.port = 5900;
        return device;
    }

    // Runs the request and waits for the program to end; returns what it recorded.
    QJsonObject run(LaunchRequest request)
    {
        request.logEntry.technician = QStringLiteral("dana");
        QSignalSpy finished(m_launcher.get(), &ExternalLauncher::sessionFinished);
        auto session = m_launcher->launch(request);
        EXPECT_TRUE(session.ok()) << qPrintable(session.ok() ? QString() : session.error().toString());
        if (!session) {
            return {};
        }
        EXPECT_TRUE(finished.wait(20000));
        EXPECT_EQ(finished.value(0).value(1).toString(), QStringLiteral("exit 0"));
        QFile file(outPath());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "the program recorded nothing";
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QStringList argv(const QJsonObject &record)
    {
        QStringList list;
        for (const QJsonValue &value : record.value(QStringLiteral("argv")).toArray()) {
            list.append(value.toString());
        }
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlSessionLogRecorder> m_recorder;
    std::unique_ptr<ExternalLauncher> m_launcher;
    QString m_printer;
};

TEST_F(ExternalLauncherTest, HostileDeviceFieldsArriveAsPlainArgumentsAndRunNothing)
{
    const Device device = hostileDevice();
    const QHash<QString, QString> values =
        ExternalLauncher::placeholderValues(device, QStringLiteral("Harbor; Dental"), QStringLiteral("$(Main)"));
    // The program path has a space and is quoted in the template, as a user would write it.
    const QString printer = m_dir.filePath(QStringLiteral("my tools/print argv"));
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("my tools"))));
    ASSERT_TRUE(QFile::copy(m_printer, printer));
    const ExternalTool tool{QStringLiteral("Inventory lookup"),
                            QStringLiteral("\"%1\" --device %device% --at=%host% --user=%user% %client% %site% "
                                           "'literal %host%'")
                                .arg(printer)};
    auto request = ExternalLauncher::toolRequest(tool, values);
    ASSERT_TRUE(request.ok()) << qPrintable(request.error().toString());
    const QJsonObject record = run(request.value());
    const QStringList expected{printer,
                               QStringLiteral("--device"),
                               device.name,
                               QStringLiteral("--at=") + device.address,
                               QStringLiteral("--user=") + device.ssh.user,
                               QStringLiteral("Harbor; Dental"),
                               QStringLiteral("$(Main)"),
                               QStringLiteral("literal %host%")};
    EXPECT_EQ(argv(record), expected);
    EXPECT_FALSE(QFile::exists(marker())) << "something ran a device field";

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT protocol, device_name, detail, result, ended_at IS NOT NULL "
                                      "FROM sessions_log")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("external"));
    EXPECT_EQ(q.value(1).toString(), device.name);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Inventory lookup"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("exit 0"));
    EXPECT_TRUE(q.value(4).toBool());
}

TEST_F(ExternalLauncherTest, AFieldThatWouldBeAnOptionIsRefusedBeforeAnythingStarts)
{
    const QHash<QString, QString> values =
        ExternalLauncher::placeholderValues(hostileDevice(), QStringLiteral("c"), QStringLiteral("s"));
    const ExternalTool tool{QStringLiteral("SSH"), QStringLiteral("\"%1\" -l %user% -p %ssh_port%").arg(m_printer)};
    auto request = ExternalLauncher::toolRequest(tool, values);
    ASSERT_FALSE(request.ok());
    EXPECT_EQ(request.error().where, QStringLiteral("SSH"));
    EXPECT_TRUE(request.error().message.contains(QLatin1String("%user% begins with '-'")))
        << qPrintable(request.error().message);
    EXPECT_FALSE(QFile::exists(outPath()));
}

TEST_F(ExternalLauncherTest, RdpUsesTheConfiguredClientAndASecretOnlyOnStdin)
{
    Device device;
    device.name = QStringLiteral("KL-TS01");
    device.address = QStringLiteral("127.0.0.1");
    device.ssh.user = QStringLiteral("administrator");
    const auto values = ExternalLauncher::placeholderValues(device, QStringLiteral("Kessler"), QStringLiteral("HQ"));
    auto request = ExternalLauncher::rdpRequest(
        values, QStringLiteral("\"%1\" /v:%host%:%port% /u:%user% /from-stdin").arg(m_printer));
    ASSERT_TRUE(request.ok()) << qPrintable(request.error().toString());
    LaunchRequest launch = request.value();
    launch.standardInput = QByteArrayLiteral("s3cret-Pw\n");
    const QJsonObject record = run(launch);
    EXPECT_EQ(argv(record), (QStringList{m_printer, QStringLiteral("/v:127.0.0.1:3389"),
                                         QStringLiteral("/u:administrator"), QStringLiteral("/from-stdin")}));
    EXPECT_EQ(record.value(QStringLiteral("stdin")).toString(), QStringLiteral("s3cret-Pw\n"));
    EXPECT_FALSE(argv(record).join(QLatin1Char(' ')).contains(QLatin1String("s3cret")));

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT protocol, detail FROM sessions_log")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("rdp"));
    EXPECT_FALSE(q.value(1).toString().contains(QLatin1String("s3cret")));
}

TEST_F(ExternalLauncherTest, TheDefaultRdpClientIsXfreerdpWithoutASecret)
{
    Device device;
    device.name = QStringLiteral("KL-TS01");
    device.address = QStringLiteral("10.1.2.3");
    auto request = ExternalLauncher::rdpRequest(
        ExternalLauncher::placeholderValues(device, QStringLiteral("Kessler"), QStringLiteral("HQ")), QString());
    ASSERT_TRUE(request.ok()) << qPrintable(request.error().toString());
    EXPECT_EQ(request->program, QStringLiteral("xfreerdp"));
    EXPECT_EQ(request->arguments.value(0), QStringLiteral("/v:10.1.2.3:3389"));
    EXPECT_TRUE(request->standardInput.isEmpty());
}

TEST_F(ExternalLauncherTest, AMissingProgramIsNamedAndLogged)
{
    LaunchRequest request;
    request.program = QStringLiteral("vigil-no-such-rdp-client");
    request.logEntry.protocol = QStringLiteral("rdp");
    request.logEntry.deviceName = QStringLiteral("KL-TS01");
    request.logEntry.technician = QStringLiteral("dana");
    auto session = m_launcher->launch(request);
    ASSERT_FALSE(session.ok());
    EXPECT_TRUE(session.error().message.contains(QLatin1String("vigil-no-such-rdp-client is not installed")));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT result FROM sessions_log")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("failed_to_start"));
}

} // namespace
