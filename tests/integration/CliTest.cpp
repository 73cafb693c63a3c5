// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"
#include "Database.h"
#include "SchemaMigrations.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;
using VigilTest::CommandResult;

namespace {

class CliTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    CommandResult cli(const QStringList &arguments, const QString &db = {}) const
    {
        return VigilTest::runVigilCli(db.isEmpty() ? path(QStringLiteral("vigil.db")) : db, arguments);
    }

    // The assertions read English output whatever the machine's language.
    const QStringList englishEnvironment{QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=en")};

    QJsonArray devicesJson(const QString &db = {}) const
    {
        const CommandResult r =
            cli({QStringLiteral("devices"), QStringLiteral("--format"), QStringLiteral("json")}, db);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).array();
    }

    QTemporaryDir m_dir;
    QString m_cli = VigilTest::builtProgram(QStringLiteral("vigil-cli"));
};

const QByteArray fleetCsv = "client,site,device,address,os,exporter_url,ssh,vnc,tags\r\n"
                            "Harbor Dental,Main Street,HD-FS01,10.0.0.5,Windows Server 2022,10.0.0.5:9182,"
                            "admin@:2222,,backup;fileserver\r\n"
                            "Harbor Dental,Main Street,HD-WS01,10.0.0.21,Windows 11 Pro,,,5900,front desk\r\n"
                            "\"Kessler & Sons, Logistics\",Depot,KL-DC01,10.1.0.2,Debian GNU/Linux 12,"
                            "http://10.1.0.2:9100/metrics,root@,,\"dc;\"\"core\"\"\"\r\n";

TEST_F(CliTest, CsvImportIsIdempotentAndDevicesListsThem)
{
    writeFile(QStringLiteral("fleet.csv"), fleetCsv);
    CommandResult first = cli({QStringLiteral("import"), path(QStringLiteral("fleet.csv"))});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains("3 created")) << first.out.toStdString();
    EXPECT_TRUE(first.err.isEmpty()) << "no log noise without --verbose: " << first.err.toStdString();

    CommandResult second = cli({QStringLiteral("import"), path(QStringLiteral("fleet.csv"))});
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_TRUE(second.out.contains("0 created, 0 updated, 3 unchanged")) << second.out.toStdString();

    const QJsonArray devices = devicesJson();
    ASSERT_EQ(devices.size(), 3);
    const QJsonObject fs01 = devices.at(0).toObject();
    EXPECT_EQ(fs01.value(QStringLiteral("device")).toString(), QStringLiteral("HD-FS01"));
    EXPECT_EQ(fs01.value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
    EXPECT_EQ(fs01.value(QStringLiteral("exporter_url")).toString(), QStringLiteral("http://10.0.0.5:9182/metrics"));
    EXPECT_EQ(fs01.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("port")).toInt(), 2222);
    EXPECT_EQ(fs01.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("user")).toString(),
              QStringLiteral("admin"));
    EXPECT_EQ(devices.at(2).toObject().value(QStringLiteral("client")).toString(),
              QStringLiteral("Kessler & Sons, Logistics"));
    EXPECT_EQ(devices.at(2).toObject().value(QStringLiteral("tags")).toArray().at(1).toString(),
              QStringLiteral("\"core\""));

    CommandResult table = cli({QStringLiteral("devices"), QStringLiteral("--client"), QStringLiteral("harbor dental")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.startsWith("CLIENT")) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains("HD-WS01"));
    EXPECT_FALSE(table.out.contains("KL-DC01"));
    EXPECT_TRUE(table.out.contains("2 devices")) << table.out.toStdString();

    CommandResult unknownClient =
        cli({QStringLiteral("devices"), QStringLiteral("--client"), QStringLiteral("Nobody")});
    EXPECT_EQ(unknownClient.exitCode, 1);
    EXPECT_TRUE(unknownClient.err.contains("Nobody"));
}

TEST_F(CliTest, CsvExportReimportsToTheSameInventory)
{
    writeFile(QStringLiteral("fleet.csv"), fleetCsv);
    ASSERT_EQ(cli({QStringLiteral("import"), path(QStringLiteral("fleet.csv"))}).exitCode, 0);
    CommandResult exported = cli({QStringLiteral("devices"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(exported.exitCode, 0);
    writeFile(QStringLiteral("exported.csv"), exported.out);

    // Into a fresh database: the same devices with the same fields.
    const QString other = path(QStringLiteral("other.db"));
    CommandResult imported = cli({QStringLiteral("import"), path(QStringLiteral("exported.csv"))}, other);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    QJsonArray a = devicesJson();
    QJsonArray b = devicesJson(other);
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonObject x = a.at(i).toObject();
        QJsonObject y = b.at(i).toObject();
        x.remove(QStringLiteral("id"));
        y.remove(QStringLiteral("id"));
        EXPECT_EQ(x, y) << QJsonDocument(x).toJson().toStdString() << QJsonDocument(y).toJson().toStdString();
    }
    // And back into the original: nothing changes.
    CommandResult again = cli({QStringLiteral("import"), path(QStringLiteral("exported.csv"))});
    EXPECT_TRUE(again.out.contains("0 created, 0 updated, 3 unchanged")) << again.out.toStdString();
}

TEST_F(CliTest, FileSdImportCreatesClientsAndSitesAndIsIdempotent)
{
    writeFile(QStringLiteral("targets.json"),
              R"([
  {"targets": ["127.0.0.1:19100"], "labels": {"client": "Harbor Dental", "site": "Main Street",
   "device": "HD-FS01", "os": "Windows Server 2022", "kind": "server"}},
  {"targets": ["127.0.0.1:19101"], "labels": {"client": "Harbor Dental", "site": "Branch", "device": "HD-WS07"}}
])");
    CommandResult r = cli({QStringLiteral("import"), path(QStringLiteral("targets.json"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("2 created")) << r.out.toStdString();
    // Plural forms: "1 new client" once vigil_en.ts has the English forms, "1 new client(s)" before; never "1 new
    // clients".
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(
        QRegularExpression(QStringLiteral(R"(1 new client(\(s\))?, 2 new site(s|\(s\)))"))))
        << r.out.toStdString();
    CommandResult again = cli({QStringLiteral("import"), path(QStringLiteral("targets.json"))});
    EXPECT_TRUE(again.out.contains("0 created, 0 updated, 2 unchanged")) << again.out.toStdString();
    const QJsonArray devices = devicesJson();
    ASSERT_EQ(devices.size(), 2);
    EXPECT_EQ(devices.at(1).toObject().value(QStringLiteral("exporter_url")).toString(),
              QStringLiteral("http://127.0.0.1:19100/metrics"));
}

TEST_F(CliTest, SshConfigImportFillsSshSettingsOfKnownDevices)
{
    writeFile(QStringLiteral("fleet.csv"), fleetCsv);
    ASSERT_EQ(cli({QStringLiteral("import"), path(QStringLiteral("fleet.csv"))}).exitCode, 0);
    writeFile(QStringLiteral("config"), "Host *\n"
                                        "    User tech\n"
                                        "    ServerAliveInterval 30\n"
                                        "\n"
                                        "Host kl-dc01\n"
                                        "    HostName 10.1.0.2\n"
                                        "    Port 2201\n"
                                        "    ProxyJump bastion.kessler\n"
                                        "\n"
                                        "Host lab-router\n"
                                        "    HostName 192.0.2.1\n");
    CommandResult r = cli(
        {QStringLiteral("import"), path(QStringLiteral("config")), QStringLiteral("--site"), QStringLiteral("Lab")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("1 created, 1 updated")) << r.out.toStdString();
    const QJsonArray devices = devicesJson();
    ASSERT_EQ(devices.size(), 4);
    bool sawDc = false;
    bool sawRouter = false;
    for (const QJsonValue &value : devices) {
        const QJsonObject d = value.toObject();
        const QJsonObject ssh = d.value(QStringLiteral("ssh")).toObject();
        if (d.value(QStringLiteral("device")).toString() == QStringLiteral("KL-DC01")) {
            sawDc = true;
            EXPECT_EQ(d.value(QStringLiteral("client")).toString(), QStringLiteral("Kessler & Sons, Logistics"));
            EXPECT_EQ(ssh.value(QStringLiteral("port")).toInt(), 2201);
            EXPECT_EQ(ssh.value(QStringLiteral("user")).toString(), QStringLiteral("tech"));
            EXPECT_EQ(ssh.value(QStringLiteral("proxy_jump")).toString(), QStringLiteral("bastion.kessler"));
        }
        if (d.value(QStringLiteral("device")).toString() == QStringLiteral("lab-router")) {
            sawRouter = true;
            EXPECT_EQ(d.value(QStringLiteral("client")).toString(), QStringLiteral("Unassigned"));
            EXPECT_EQ(d.value(QStringLiteral("site")).toString(), QStringLiteral("Lab"));
            EXPECT_EQ(d.value(QStringLiteral("address")).toString(), QStringLiteral("192.0.2.1"));
        }
    }
    EXPECT_TRUE(sawDc);
    EXPECT_TRUE(sawRouter);
}

TEST_F(CliTest, BadFilesNameFileAndLineAndImportNothing)
{
    writeFile(QStringLiteral("fleet.csv"), fleetCsv);
    ASSERT_EQ(cli({QStringLiteral("import"), path(QStringLiteral("fleet.csv"))}).exitCode, 0);
    const QJsonArray before = devicesJson();

    struct BadFile
    {
        QString name;
        QByteArray content;
        QByteArray where;
    };
    const QList<BadFile> badFiles{
        {QStringLiteral("columns.csv"),
         "client,site,device,address,os,exporter_url,ssh,vnc,tags\nNew Client,HQ,N-1,10.9.0.1,Linux,,,,\n"
         "New Client,HQ,N-2,10.9.0.2\n",
         "columns.csv:3"},
        {QStringLiteral("broken.json"), "[{\"targets\": [\"127.0.0.1:1\"], \"labels\": {\"client\": \"X\"}},\n {",
         "broken.json:2"},
        {QStringLiteral("noclient.json"),
         "[\n {\"targets\": [\"127.0.0.1:1\"], \"labels\": {\"client\": \"X\"}},\n {\"targets\": [\"127.0.0.1:2\"]}\n]",
         "noclient.json:3"},
        {QStringLiteral("config"), "Host good\n  HostName 10.0.0.1\nHost bad\n  Frobnicate yes\n", "config:4"},
    };
    for (const BadFile &bad : badFiles) {
        writeFile(bad.name, bad.content);
        CommandResult r = cli({QStringLiteral("import"), path(bad.name)});
        EXPECT_EQ(r.exitCode, 1) << bad.name.toStdString();
        EXPECT_TRUE(r.err.contains(bad.where)) << bad.name.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("nothing was imported")) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    CommandResult missing = cli({QStringLiteral("import"), path(QStringLiteral("nope.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("nope.csv")) << missing.err.toStdString();
    EXPECT_EQ(devicesJson(), before) << "a bad file changed the inventory";
}

TEST_F(CliTest, MessagesAreTranslated)
{
    CommandResult r = VigilTest::runCommand(
        m_cli,
        {QStringLiteral("--db"), path(QStringLiteral("vigil.db")), QStringLiteral("devices"),
         QStringLiteral("--format"), QStringLiteral("yaml")},
        std::chrono::seconds(60), {QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("unbekanntes Format")) << r.err.toStdString();
}

TEST_F(CliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import")}).exitCode, 2);
    writeFile(QStringLiteral("fleet.txt"), fleetCsv);
    CommandResult unknownFormat = cli({QStringLiteral("import"), path(QStringLiteral("fleet.txt"))});
    EXPECT_EQ(unknownFormat.exitCode, 2);
    EXPECT_TRUE(unknownFormat.err.contains("--format")) << unknownFormat.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("import"), path(QStringLiteral("fleet.txt")), QStringLiteral("--format"),
                   QStringLiteral("csv")})
                  .exitCode,
              0);
    EXPECT_EQ(cli({QStringLiteral("devices"), QStringLiteral("--format"), QStringLiteral("yaml")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("devices"), QStringLiteral("--bogus")}).exitCode, 2);
    CommandResult help = cli({QStringLiteral("devices"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--format"));
    CommandResult version =
        VigilTest::runCommand(m_cli, {QStringLiteral("--version")}, std::chrono::seconds(60), englishEnvironment);
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains("libssh"));
}

TEST_F(CliTest, DatabaseFromNewerVigilIsARuntimeError)
{
    {
        auto db = Database::open(path(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        QSqlQuery(db.value()->connection())
            .exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    }
    CommandResult r = cli({QStringLiteral("devices")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("newer Vigil")) << r.err.toStdString();
}

TEST_F(CliTest, VigilDbEnvironmentSelectsTheDatabase)
{
    writeFile(QStringLiteral("fleet.csv"), fleetCsv);
    const QString envDb = path(QStringLiteral("env.db"));
    CommandResult r = VigilTest::runCommand(m_cli, {QStringLiteral("import"), path(QStringLiteral("fleet.csv"))},
                                            std::chrono::seconds(60),
                                            englishEnvironment + QStringList{QStringLiteral("VIGIL_DB=") + envDb});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(envDb));
    EXPECT_EQ(devicesJson(envDb).size(), 3);
}

} // namespace
