// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfigReader.h"
#include "ImportTestPrinters.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

using ImportTestPrinters::q;

SshSettings ssh(const QString &host, int port, const QString &user, const QString &proxyJump = {},
                const QString &identityFile = {})
{
    return SshSettings{true, host, port, user, proxyJump, identityFile, {}};
}

class SshConfigReaderTest : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    InventoryImport read(const QByteArray &content)
    {
        m_path = write(QStringLiteral("config"), content);
        auto result = SshConfigReader::readFile(m_path);
        EXPECT_TRUE(result.ok()) << result.error().toString().toStdString();
        return result.ok() ? result.value() : InventoryImport{};
    }

    Error readError(const QByteArray &content)
    {
        m_path = write(QStringLiteral("config"), content);
        auto result = SshConfigReader::readFile(m_path);
        EXPECT_FALSE(result.ok());
        if (result.ok()) {
            return {};
        }
        return result.error();
    }

    // path:line for a file in the temporary directory
    QString at(const QString &name, int line) const
    {
        return m_dir.filePath(name) + QLatin1Char(':') + QString::number(line);
    }

    static const ImportedDevice *find(const InventoryImport &import, const QString &name)
    {
        for (const ImportedDevice &device : import.devices) {
            if (device.name == name) {
                return &device;
            }
        }
        ADD_FAILURE() << "no device " << name.toStdString();
        return nullptr;
    }

    QString home(const QString &relative) const { return QDir::homePath() + QLatin1Char('/') + relative; }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(SshConfigReaderTest, HostDefaultsIncludeAndNegationResolveLikeSsh)
{
    write(QStringLiteral("conf.d/10-branch.conf"), "Host fw1\n"
                                                   "    HostName 192.168.1.1\n"
                                                   "Host web2\n"
                                                   "    Port 2022\n");
    write(QStringLiteral("conf.d/20-more.conf"), "Host app.internal\n");
    write(QStringLiteral("conf.d/notes.txt"), "this is not config and must not be included\n");
    const InventoryImport import = read("# Technician's config\n"
                                        "Include conf.d/*.conf\n"
                                        "ServerAliveInterval 30\n"
                                        "\n"
                                        "Host web1 web2\n"
                                        "    HostName %h.acme.lan\n"
                                        "    User deploy\n"
                                        "\n"
                                        "Host db1\n"
                                        "    HostName=10.0.0.7\n"
                                        "    Port 2222\n"
                                        "    IdentityFile ~/.ssh/id_db\n"
                                        "    ProxyJump bastion\n"
                                        "\n"
                                        "Host *.internal !legacy.internal\n"
                                        "    ProxyJump jump@bastion.acme.lan:2222\n"
                                        "\n"
                                        "Host legacy.internal\n"
                                        "    User root\n"
                                        "    IdentityFile keys/legacy\n"
                                        "\n"
                                        "Host *\n"
                                        "    User admin\n"
                                        "    Port 2200\n"
                                        "    IdentityFile ~/.ssh/id_ed25519\n"
                                        "    ProxyJump none\n"
                                        "    ForwardAgent no\n");
    EXPECT_EQ(import.format, ImportFormat::SshConfig);
    EXPECT_TRUE(import.warnings.isEmpty());
    QStringList names;
    for (const ImportedDevice &device : import.devices) {
        names.append(device.name);
        EXPECT_Q(device.client, QString());
        EXPECT_Q(device.site, QString());
        EXPECT_FALSE(device.exporterUrl.has_value());
        EXPECT_FALSE(device.vnc.has_value());
        EXPECT_FALSE(device.tags.has_value());
    }
    // In order of first appearance; the included files come where the Include line is.
    EXPECT_Q(names.join(QLatin1Char(' ')), QStringLiteral("fw1 web2 app.internal web1 db1 legacy.internal"));

    const QString key = home(QStringLiteral(".ssh/id_ed25519"));
    const ImportedDevice *fw1 = find(import, QStringLiteral("fw1"));
    ASSERT_TRUE(fw1);
    EXPECT_Q(fw1->source, at(QStringLiteral("conf.d/10-branch.conf"), 1));
    EXPECT_Q(fw1->address, QStringLiteral("192.168.1.1"));
    EXPECT_Q(fw1->ssh, ssh(QStringLiteral("192.168.1.1"), 2200, QStringLiteral("admin"), {}, key));

    const ImportedDevice *web2 = find(import, QStringLiteral("web2"));
    ASSERT_TRUE(web2);
    EXPECT_Q(web2->source, at(QStringLiteral("conf.d/10-branch.conf"), 3));
    EXPECT_Q(web2->address, QStringLiteral("web2.acme.lan"));
    EXPECT_Q(web2->ssh, ssh(QStringLiteral("web2.acme.lan"), 2022, QStringLiteral("deploy"), {}, key));

    const ImportedDevice *web1 = find(import, QStringLiteral("web1"));
    ASSERT_TRUE(web1);
    EXPECT_Q(web1->source, at(QStringLiteral("config"), 5));
    EXPECT_Q(web1->ssh, ssh(QStringLiteral("web1.acme.lan"), 2200, QStringLiteral("deploy"), {}, key));

    const ImportedDevice *db1 = find(import, QStringLiteral("db1"));
    ASSERT_TRUE(db1);
    EXPECT_Q(db1->address, QStringLiteral("10.0.0.7"));
    EXPECT_Q(db1->ssh, ssh(QStringLiteral("10.0.0.7"), 2222, QStringLiteral("admin"), QStringLiteral("bastion"),
                           home(QStringLiteral(".ssh/id_db"))));

    // Matched by *.internal: the jump host applies. No HostName: ssh connects to the alias, the address stays.
    const ImportedDevice *app = find(import, QStringLiteral("app.internal"));
    ASSERT_TRUE(app);
    EXPECT_Q(app->address, std::optional<QString>());
    EXPECT_Q(app->ssh, ssh(QStringLiteral("app.internal"), 2200, QStringLiteral("admin"),
                           QStringLiteral("jump@bastion.acme.lan:2222"), key));

    // Excluded from *.internal by the negation, so Host *'s "ProxyJump none" is the first value it gets.
    const ImportedDevice *legacy = find(import, QStringLiteral("legacy.internal"));
    ASSERT_TRUE(legacy);
    EXPECT_Q(legacy->ssh, ssh(QStringLiteral("legacy.internal"), 2200, QStringLiteral("root"), {},
                              m_dir.filePath(QStringLiteral("keys/legacy"))));
}

TEST_F(SshConfigReaderTest, SettingsBeforeAnyHostApplyToAllAndFirstValueWins)
{
    const InventoryImport import = read("User early\n"
                                        "Host a\n"
                                        "  User late\n"
                                        "  Port 2201\n"
                                        "Host a\n"
                                        "  Port 2202\n"
                                        "  HostName first\n"
                                        "Host A\n"
                                        "  HostName second\n");
    // "a" and "A" are one device: device names are case-insensitive.
    ASSERT_EQ(import.devices.size(), 1);
    EXPECT_Q(import.devices.first().ssh, ssh(QStringLiteral("first"), 2201, QStringLiteral("early")));
    EXPECT_Q(import.devices.first().source, at(QStringLiteral("config"), 2));
}

TEST_F(SshConfigReaderTest, LineSyntaxFollowsOpenSsh)
{
    const InventoryImport import = read("\xEF\xBB\xBF# comment\r\n"
                                        "  \t# indented comment\r\n"
                                        "HOST=\"pc one\" pc2   # two aliases\r\n"
                                        "\thostname = 10.0.0.9\r\n"
                                        "  uSeR\t\"j doe\"\r\n"
                                        "  IdentityFile \"/keys/my key\" # trailing comment\r\n"
                                        "  PORT=2222\r\n"
                                        "  ProxyJump 'ad\\'min@jump'\r\n"
                                        "  SendEnv LANG LC_*\r\n"
                                        "  LocalForward 8080 localhost:80\r\n"
                                        "  StrictHostKeyChecking accept-new\r\n"
                                        "  UserKnownHostsFile /dev/null\r\n"
                                        "  ControlMaster auto\r\n"
                                        "  EnableEscapeCommandline yes\r\n"
                                        "  GSSAPIAuthentication no\r\n"
                                        "  Protocol 2\r\n"
                                        "  PubkeyAcceptedKeyTypes +ssh-rsa");
    ASSERT_EQ(import.devices.size(), 2);
    EXPECT_Q(import.devices.at(0).name, QStringLiteral("pc one"));
    EXPECT_Q(import.devices.at(1).name, QStringLiteral("pc2"));
    EXPECT_Q(import.devices.at(1).ssh, ssh(QStringLiteral("10.0.0.9"), 2222, QStringLiteral("j doe"),
                                           QStringLiteral("ad'min@jump"), QStringLiteral("/keys/my key")));
}

TEST_F(SshConfigReaderTest, UnknownDirectiveIsAnError)
{
    Error error = readError("Host a\n  HostName 10.0.0.1\n\n  Foo bar\n");
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_Q(error.message, QStringLiteral("unknown directive 'Foo'"));
    EXPECT_Q(error.where, at(QStringLiteral("config"), 4));

    // In an included file the error names that file.
    write(QStringLiteral("extra.conf"), "Host b\n  ServerAliveInterval 10\n  UseKeychain yes\n");
    error = readError("Include extra.conf\n");
    EXPECT_Q(error.message, QStringLiteral("unknown directive 'UseKeychain'"));
    EXPECT_Q(error.where, at(QStringLiteral("extra.conf"), 3));

    // Unless IgnoreUnknown says so, as in ssh(1).
    EXPECT_EQ(read("IgnoreUnknown UseKeychain,AddKeysTo*\nHost b\n  UseKeychain yes\n").devices.size(), 1);
}

TEST_F(SshConfigReaderTest, MissingValuesAreErrors)
{
    Error error = readError("Host a\n  User\n");
    EXPECT_Q(error.message, QStringLiteral("'User' needs a value"));
    EXPECT_Q(error.where, at(QStringLiteral("config"), 2));
    error = readError("Host a\n  ForwardAgent=\n");
    EXPECT_Q(error.message, QStringLiteral("'ForwardAgent' needs a value"));
    error = readError("User x\nHost   # nothing\n");
    EXPECT_Q(error.message, QStringLiteral("'Host' needs at least one host name or pattern"));
    EXPECT_Q(error.where, at(QStringLiteral("config"), 2));
    error = readError("Host a\n  User \"\"\n");
    EXPECT_Q(error.message, QStringLiteral("'User' needs a value"));
    error = readError("Host a\n  Port 22 23\n");
    EXPECT_Q(error.message, QStringLiteral("'Port' takes one value, but '23' follows it"));
    error = readError("Host a\n  HostName \"10.0.0.1\n");
    EXPECT_Q(error.message, QStringLiteral("a quoted value is not closed (a closing \" is missing)"));
    EXPECT_Q(error.where, at(QStringLiteral("config"), 2));
}

TEST_F(SshConfigReaderTest, BadPortIsAnError)
{
    for (const QByteArray &port : {QByteArray("0"), QByteArray("65536"), QByteArray("ssh"), QByteArray("-1")}) {
        // Checked even where the block never applies, as ssh(1) does.
        const Error error = readError("Host a\n  Port 22\nHost nothing-matches-this\n  Port " + port + "\n");
        EXPECT_Q(error.message,
                 QStringLiteral("Port '%1' is not a number between 1 and 65535").arg(QString::fromUtf8(port)));
        EXPECT_Q(error.where, at(QStringLiteral("config"), 4));
    }
}

TEST_F(SshConfigReaderTest, IncludeLoopIsAnError)
{
    write(QStringLiteral("a.conf"), "Host a\n  User x\nInclude b.conf\n");
    // b includes a by absolute path; a includes b by a relative one.
    write(QStringLiteral("b.conf"), "# b\nInclude " + m_dir.filePath(QStringLiteral("a.conf")).toUtf8() + "\n");
    const Error error = readError("Include a.conf\n");
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("Include loop: "))) << q(error.message);
    EXPECT_TRUE(
        error.message.endsWith(QStringLiteral("a.conf → %1 → %2")
                                   .arg(QFileInfo(m_dir.filePath(QStringLiteral("b.conf"))).canonicalFilePath(),
                                        QFileInfo(m_dir.filePath(QStringLiteral("a.conf"))).canonicalFilePath())))
        << q(error.message);
    EXPECT_Q(error.where, at(QStringLiteral("b.conf"), 2));

    const Error self = readError("Host x\nInclude config\n");
    EXPECT_TRUE(self.message.startsWith(QStringLiteral("Include loop: "))) << q(self.message);
    EXPECT_Q(self.where, at(QStringLiteral("config"), 2));
}

TEST_F(SshConfigReaderTest, IncludeDepthIsLimited)
{
    // The main file plus 16 levels of Include are fine (as in OpenSSH); a 17th level is not.
    for (int i = 1; i <= 16; ++i) {
        write(QStringLiteral("d%1.conf").arg(i), "Include d" + QByteArray::number(i + 1) + ".conf\n");
    }
    write(QStringLiteral("d16.conf"), "Host deep\n");
    EXPECT_EQ(read("Include d1.conf\n").devices.size(), 1);
    write(QStringLiteral("d16.conf"), "Include d17.conf\n");
    write(QStringLiteral("d17.conf"), "Host deeper\n");
    const Error error = readError("Include d1.conf\n");
    EXPECT_Q(error.message, QStringLiteral("Include is nested more than 16 levels deep"));
    EXPECT_Q(error.where, at(QStringLiteral("d16.conf"), 1));
}

TEST_F(SshConfigReaderTest, IncludeThatMatchesNothingIsFine)
{
    const InventoryImport import = read("Include nothing/*.conf missing.conf /nonexistent/dir/config\nHost a\n");
    EXPECT_EQ(import.devices.size(), 1);
}

TEST_F(SshConfigReaderTest, IncludeInsideAHostBlockAppliesToThatHostOnly)
{
    write(QStringLiteral("inner.conf"), "User inner\nHost *\n  Port 2000\n");
    const InventoryImport import = read("Host a\n  Include inner.conf\nHost b\n");
    ASSERT_EQ(import.devices.size(), 2);
    EXPECT_Q(import.devices.at(0).ssh, ssh(QStringLiteral("a"), 2000, QStringLiteral("inner")));
    EXPECT_Q(import.devices.at(1).ssh, ssh(QStringLiteral("b"), 22, {}));
}

TEST_F(SshConfigReaderTest, MatchBlocksAreSkippedWithAWarning)
{
    const InventoryImport import = read("Host a\n"
                                        "  User x\n"
                                        "Match host a exec \"true\"\n"
                                        "  User from-match\n"
                                        "  Port 2999\n"
                                        "Host a\n"
                                        "  Port 2001\n");
    ASSERT_EQ(import.devices.size(), 1);
    EXPECT_Q(import.devices.first().ssh, ssh(QStringLiteral("a"), 2001, QStringLiteral("x")));
    ASSERT_EQ(import.warnings.size(), 1);
    EXPECT_Q(import.warnings.first(),
             QStringLiteral("Match blocks are not evaluated (%1)").arg(at(QStringLiteral("config"), 3)));
    // Unknown keywords inside a Match block are still refused.
    const Error error = readError("Match all\n  Bogus 1\n");
    EXPECT_Q(error.message, QStringLiteral("unknown directive 'Bogus'"));
}

TEST_F(SshConfigReaderTest, PatternsOnlyGiveNoDevices)
{
    const InventoryImport import = read("Host *\n  User x\nHost 10.0.?.* !10.0.0.1\n  Port 2\n");
    EXPECT_TRUE(import.devices.isEmpty());
}

TEST_F(SshConfigReaderTest, MissingFileIsAnIoError)
{
    const QString missing = m_dir.filePath(QStringLiteral("no-config"));
    const auto result = SshConfigReader::readFile(missing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_Q(result.error().where, missing);
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("cannot read %1: ").arg(missing)));
}

TEST_F(SshConfigReaderTest, ParseResolvesAgainstTheGivenBaseDir)
{
    write(QStringLiteral("inc/x.conf"), "Host fromdir\n");
    const auto result = SshConfigReader::parse("Include x.conf\nHost a\n  IdentityFile id_a\n",
                                               QStringLiteral("memory"), m_dir.filePath(QStringLiteral("inc")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    ASSERT_EQ(result->devices.size(), 2);
    EXPECT_Q(result->devices.at(0).name, QStringLiteral("fromdir"));
    EXPECT_Q(result->devices.at(1).source, QStringLiteral("memory:2"));
    EXPECT_Q(result->devices.at(1).ssh->identityFile, m_dir.filePath(QStringLiteral("inc/id_a")));
}

TEST_F(SshConfigReaderTest, ReadsTheSampleConfig)
{
    const auto result =
        SshConfigReader::readFile(VigilTest::sourcePath(QStringLiteral("tests/data/import/ssh_config")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    ASSERT_EQ(result->devices.size(), 3);
    EXPECT_Q(result->devices.at(0).name, QStringLiteral("gw"));
    EXPECT_Q(result->devices.at(0).ssh->proxyJump, QString());
    EXPECT_Q(result->devices.at(2).ssh->proxyJump, QStringLiteral("gw"));
    EXPECT_EQ(result->warnings.size(), 1);
}

TEST_F(SshConfigReaderTest, SurvivesMangledInput)
{
    const QByteArray valid = "Host a b* !c\n  HostName %h.x\n  Port 22\n  User \"u v\"\nMatch all\nHost *\n"
                             "  ProxyJump none\n  IdentityFile ~/k\n";
    QRandomGenerator random(7);
    const QByteArray alphabet = QByteArrayLiteral("\"'\\ =#\n*?!\xC3\xA9"
                                                  "a1");
    for (int round = 0; round < 3000; ++round) {
        QByteArray data = valid;
        for (int e = 0, edits = 1 + random.bounded(5); e < edits; ++e) {
            const auto pos = random.bounded(static_cast<int>(data.size()) + 1);
            if (random.bounded(2) == 0) {
                data.insert(pos, alphabet.at(random.bounded(static_cast<int>(alphabet.size()))));
            } else {
                data.remove(pos, 1 + random.bounded(3));
            }
        }
        const auto result = SshConfigReader::parse(data, QStringLiteral("fuzz"), m_dir.path());
        if (!result.ok()) {
            EXPECT_TRUE(result.error().where.startsWith(QStringLiteral("fuzz:"))) << data.toStdString();
        }
    }
}

} // namespace
