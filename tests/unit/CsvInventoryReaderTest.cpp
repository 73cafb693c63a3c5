// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvInventoryReader.h"
#include "CsvInventoryWriter.h"
#include "ImportTestPrinters.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <ostream>

using namespace Vigil;

namespace {

using ImportTestPrinters::q;

const QByteArray header = "client,site,device,address,os,exporter_url,ssh,vnc,tags\n";

class CsvInventoryReaderTest : public ::testing::Test
{
protected:
    QString write(const QByteArray &content, const QString &name = QStringLiteral("inventory.csv"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    InventoryImport read(const QByteArray &content)
    {
        m_path = write(content);
        auto result = CsvInventoryReader::readFile(m_path);
        EXPECT_TRUE(result.ok()) << result.error().toString().toStdString();
        return result.ok() ? result.value() : InventoryImport{};
    }

    // The one device of a file made of the standard header and one row.
    ImportedDevice readRow(const QByteArray &row)
    {
        const InventoryImport import = read(header + row + '\n');
        EXPECT_EQ(import.devices.size(), 1);
        return import.devices.value(0);
    }

    Error readError(const QByteArray &content)
    {
        m_path = write(content);
        auto result = CsvInventoryReader::readFile(m_path);
        EXPECT_FALSE(result.ok());
        return result.ok() ? Error{} : result.error();
    }

    QString at(const QString &position) const { return m_path + QLatin1Char(':') + position; }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(CsvInventoryReaderTest, ReadsEveryColumnOfAFullFile)
{
    // Columns in another order, optional ones included, a BOM, CRLF, comments before the header, blank lines, quoted
    // fields with separators and line breaks, and no newline at the end.
    const QByteArray content = "\xEF\xBB\xBF# exported from the old RMM\r\n"
                               "\r\n"
                               "  # indented comment\r\n"
                               "device,client,site,address,os,exporter_url,ssh,vnc,tags,kind,notes\r\n"
                               "\r\n"
                               "fs01,Acme,HQ,10.0.0.5,Debian 12,http://10.0.0.5:9100/metrics,admin@10.0.0.5:2222,"
                               "ssh+5901,linux;backup,server,\"Rack 2, \"\"top\"\" shelf\r\nsecond line\"\r\n"
                               "   \r\n"
                               "\"Büro-PC, 3\",\"Müller & Söhne\",  Zweigstelle  ,pc3.local,Windows 11,,,,,,";
    // Only '#' in the first column starts a comment: with the indented line in, that line is the header.
    QByteArray happy = content;
    happy.replace("  # indented comment\r\n", "");
    const InventoryImport import = read(happy);
    EXPECT_EQ(import.format, ImportFormat::Csv);
    EXPECT_Q(import.source, m_path);
    EXPECT_TRUE(import.warnings.isEmpty());
    ASSERT_EQ(import.devices.size(), 2);

    const ImportedDevice &fs = import.devices.at(0);
    EXPECT_Q(fs.source, at(QStringLiteral("5")));
    EXPECT_Q(fs.client, QStringLiteral("Acme"));
    EXPECT_Q(fs.site, QStringLiteral("HQ"));
    EXPECT_Q(fs.name, QStringLiteral("fs01"));
    EXPECT_Q(fs.address, QStringLiteral("10.0.0.5"));
    EXPECT_Q(fs.os, QStringLiteral("Debian 12"));
    EXPECT_Q(fs.exporterUrl, QStringLiteral("http://10.0.0.5:9100/metrics"));
    ASSERT_TRUE(fs.ssh.has_value());
    EXPECT_Q(*fs.ssh, (SshSettings{true, QStringLiteral("10.0.0.5"), 2222, QStringLiteral("admin"), {}, {}, {}}));
    ASSERT_TRUE(fs.vnc.has_value());
    EXPECT_Q(*fs.vnc, (VncSettings{true, {}, 5901, true, {}}));
    EXPECT_Q(fs.tags, (QStringList{QStringLiteral("linux"), QStringLiteral("backup")}));
    EXPECT_EQ(fs.kind, DeviceKind::Server);
    // Quoted content is kept byte for byte, including the CR LF inside it.
    EXPECT_Q(fs.notes, QStringLiteral("Rack 2, \"top\" shelf\r\nsecond line"));

    const ImportedDevice &pc = import.devices.at(1);
    EXPECT_Q(pc.source, at(QStringLiteral("8")));
    EXPECT_Q(pc.name, QStringLiteral("Büro-PC, 3"));
    EXPECT_Q(pc.client, QStringLiteral("Müller & Söhne"));
    EXPECT_Q(pc.site, QStringLiteral("Zweigstelle"));
    EXPECT_Q(pc.address, QStringLiteral("pc3.local"));
    // Every CSV column is authoritative: empty values are set, not left alone.
    EXPECT_Q(pc.exporterUrl, QString());
    EXPECT_TRUE(pc.exporterUrl.has_value());
    ASSERT_TRUE(pc.ssh.has_value());
    EXPECT_FALSE(pc.ssh->enabled);
    ASSERT_TRUE(pc.vnc.has_value());
    EXPECT_FALSE(pc.vnc->enabled);
    ASSERT_TRUE(pc.tags.has_value());
    EXPECT_TRUE(pc.tags->isEmpty());
    EXPECT_FALSE(pc.kind.has_value());
    EXPECT_Q(pc.notes, QString());
    EXPECT_TRUE(pc.notes.has_value());

    const Error error = readError(content);
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_TRUE(error.message.contains(QStringLiteral("unknown column '# indented comment'")))
        << error.message.toStdString();
    EXPECT_Q(error.where, at(QStringLiteral("3:1")));
}

TEST_F(CsvInventoryReaderTest, OptionalColumnsAbsentStayUnset)
{
    const ImportedDevice device = readRow("Acme,HQ,pc1,,,,,,");
    EXPECT_FALSE(device.kind.has_value());
    EXPECT_FALSE(device.notes.has_value());
    EXPECT_Q(device.address, QString());
    EXPECT_TRUE(device.address.has_value());
    EXPECT_Q(device.os, QString());
    EXPECT_TRUE(device.os.has_value());
}

TEST_F(CsvInventoryReaderTest, HeaderOnlyIsAnEmptyImport)
{
    EXPECT_TRUE(read(header).devices.isEmpty());
    EXPECT_TRUE(read("CLIENT, Site ,device,address,os,exporter_url,ssh,vnc,tags").devices.isEmpty());
}

TEST_F(CsvInventoryReaderTest, TrimsFieldsAndStripsIpv6Brackets)
{
    const ImportedDevice device = readRow("  Acme , HQ ,\t pc1 , [fe80::1] , Debian 12 ,,,,");
    EXPECT_Q(device.client, QStringLiteral("Acme"));
    EXPECT_Q(device.site, QStringLiteral("HQ"));
    EXPECT_Q(device.name, QStringLiteral("pc1"));
    EXPECT_Q(device.address, QStringLiteral("fe80::1"));
    EXPECT_Q(device.os, QStringLiteral("Debian 12"));
}

TEST_F(CsvInventoryReaderTest, ExporterUrlForms)
{
    const QList<std::pair<QByteArray, QString>> cases{
        {"10.0.0.5:9100", QStringLiteral("http://10.0.0.5:9100/metrics")},
        {"fs01.acme.lan:9182", QStringLiteral("http://fs01.acme.lan:9182/metrics")},
        {"[fe80::1]:9100", QStringLiteral("http://[fe80::1]:9100/metrics")},
        {"http://10.0.0.5:9100", QStringLiteral("http://10.0.0.5:9100/metrics")},
        {"https://fs01.acme.lan", QStringLiteral("https://fs01.acme.lan/metrics")},
        {"HTTPS://FS01.acme.lan:8443/node/metrics", QStringLiteral("https://fs01.acme.lan:8443/node/metrics")},
        {"http://10.0.0.5:9100/", QStringLiteral("http://10.0.0.5:9100/")},
        {"http://10.0.0.5:9100/probe?target=x", QStringLiteral("http://10.0.0.5:9100/probe?target=x")},
    };
    for (const auto &[input, expected] : cases) {
        const ImportedDevice device = readRow("Acme,HQ,pc1,,," + input + ",,,");
        EXPECT_Q(device.exporterUrl, expected) << input.constData();
    }
}

TEST_F(CsvInventoryReaderTest, RejectsBadExporterUrls)
{
    const QList<QByteArray> notUrls{
        "ftp://x", "10.0.0.5", "http://", "http:///metrics", "fs01 :9100", "a:b:c:", "http://exa mple.com/"};
    for (const QByteArray &input : notUrls) {
        const Error error = readError(header + "Acme,HQ,pc1,,," + input + ",,,\n");
        EXPECT_Q(error.message, QStringLiteral("column 'exporter_url': '%1' is not an http or https URL (or host:port)")
                                    .arg(QString::fromUtf8(input)))
            << input.constData();
        EXPECT_Q(error.where, at(QStringLiteral("2:15"))) << input.constData();
    }
    Error error = readError(header + "Acme,HQ,pc1,,,host:70000,,,\n");
    EXPECT_Q(error.message, QStringLiteral("column 'exporter_url': port '70000' is not a number between 1 and 65535"));
    error = readError(header + "Acme,HQ,pc1,,,https://scrape:s3cret@host:9100/metrics,,,\n");
    EXPECT_TRUE(error.message.contains(QStringLiteral("contains a password")));
    EXPECT_FALSE(error.message.contains(QStringLiteral("s3cret")));
}

TEST_F(CsvInventoryReaderTest, SshForms)
{
    struct Case
    {
        QByteArray input;
        QString user;
        QString host;
        int port;
    };
    const QList<Case> cases{
        {"admin@", QStringLiteral("admin"), {}, 22},
        {"admin@10.0.0.5:2222", QStringLiteral("admin"), QStringLiteral("10.0.0.5"), 2222},
        {":2222", {}, {}, 2222},
        {"root", QStringLiteral("root"), {}, 22},
        {"@jump.acme.lan", {}, QStringLiteral("jump.acme.lan"), 22},
        {"fs01.acme.lan:22", {}, QStringLiteral("fs01.acme.lan"), 22},
        {"admin@[fe80::1]:2200", QStringLiteral("admin"), QStringLiteral("fe80::1"), 2200},
        {"fe80::1", {}, QStringLiteral("fe80::1"), 22},
        {"j.doe@acme.local@10.0.0.9", QStringLiteral("j.doe@acme.local"), QStringLiteral("10.0.0.9"), 22},
        {":65535", {}, {}, 65535},
    };
    for (const Case &c : cases) {
        const ImportedDevice device = readRow("Acme,HQ,pc1,,,," + c.input + ",,");
        ASSERT_TRUE(device.ssh.has_value()) << c.input.constData();
        EXPECT_Q(*device.ssh, (SshSettings{true, c.host, c.port, c.user, {}, {}, {}})) << c.input.constData();
    }
}

TEST_F(CsvInventoryReaderTest, RejectsBadSsh)
{
    for (const QByteArray &port : {QByteArray("0"), QByteArray("65536"), QByteArray("22a"), QByteArray("")}) {
        const Error error = readError(header + "Acme,HQ,pc1,,,,admin@host:" + port + ",,\n");
        EXPECT_Q(
            error.message,
            QStringLiteral("column 'ssh': port '%1' is not a number between 1 and 65535").arg(QString::fromUtf8(port)));
        EXPECT_Q(error.where, at(QStringLiteral("2:16")));
    }
    const Error ip = readError(header + "Acme,HQ,pc1,,,,10.0.0.5,,\n");
    EXPECT_Q(ip.message, QStringLiteral("column 'ssh': '10.0.0.5' would be a user name; write '@10.0.0.5' for the host "
                                        "or 'user@10.0.0.5'"));
    EXPECT_Q(ip.where, at(QStringLiteral("2:16")));
    for (const QByteArray &input :
         {QByteArray("john smith@host"), QByteArray("admin@[fe80::1"), QByteArray("admin@a/b")}) {
        const Error error = readError(header + "Acme,HQ,pc1,,,,\"" + input + "\",,\n");
        EXPECT_Q(error.message,
                 QStringLiteral("column 'ssh': '%1' is not [user@][host][:port]").arg(QString::fromUtf8(input)));
        EXPECT_Q(error.where, at(QStringLiteral("2:16")));
    }
}

TEST_F(CsvInventoryReaderTest, VncForms)
{
    struct Case
    {
        QByteArray input;
        QString host;
        int port;
        bool tunnel;
    };
    const QList<Case> cases{
        {"5901", {}, 5901, false},
        {"ssh+", {}, 5900, true},
        {"SSH+5901", {}, 5901, true},
        {"vnc.acme.lan", QStringLiteral("vnc.acme.lan"), 5900, false},
        {"10.0.0.5:5902", QStringLiteral("10.0.0.5"), 5902, false},
        {"ssh+localhost:5902", QStringLiteral("localhost"), 5902, true},
        {":5903", {}, 5903, false},
        {"[::1]:5904", QStringLiteral("::1"), 5904, false},
    };
    for (const Case &c : cases) {
        const ImportedDevice device = readRow("Acme,HQ,pc1,,,,," + c.input + ",");
        ASSERT_TRUE(device.vnc.has_value()) << c.input.constData();
        EXPECT_Q(*device.vnc, (VncSettings{true, c.host, c.port, c.tunnel, {}})) << c.input.constData();
    }
    Error error = readError(header + "Acme,HQ,pc1,,,,,host:0,\n");
    EXPECT_Q(error.message, QStringLiteral("column 'vnc': port '0' is not a number between 1 and 65535"));
    EXPECT_Q(error.where, at(QStringLiteral("2:17")));
    error = readError(header + "Acme,HQ,pc1,,,,,99999,\n");
    EXPECT_Q(error.message, QStringLiteral("column 'vnc': port '99999' is not a number between 1 and 65535"));
    error = readError(header + "Acme,HQ,pc1,,,,,ssh+[::1,\n");
    EXPECT_Q(error.message, QStringLiteral("column 'vnc': 'ssh+[::1' is not [ssh+][host][:port] or a port number"));
}

TEST_F(CsvInventoryReaderTest, TagsAreSplitTrimmedAndDeduplicated)
{
    const ImportedDevice device = readRow("Acme,HQ,pc1,,,,,,\" Backup; linux;;LINUX ; backup;Büro ;büro\"");
    EXPECT_Q(device.tags, (QStringList{QStringLiteral("Backup"), QStringLiteral("linux"), QStringLiteral("Büro")}));
}

TEST_F(CsvInventoryReaderTest, KindColumn)
{
    const QByteArray withKind = "client,site,device,address,os,exporter_url,ssh,vnc,tags,kind\n";
    EXPECT_EQ(read(withKind + "Acme,HQ,pc1,,,,,,,Printer\n").devices.value(0).kind, DeviceKind::Printer);
    EXPECT_EQ(read(withKind + "Acme,HQ,pc1,,,,,,,network\n").devices.value(0).kind, DeviceKind::Network);
    EXPECT_FALSE(read(withKind + "Acme,HQ,pc1,,,,,,, \n").devices.value(0).kind.has_value());
    const Error error = readError(withKind + "Acme,HQ,pc1,,,,,,,laptop\n");
    EXPECT_Q(error.message,
             QStringLiteral("column 'kind': 'laptop' is not one of workstation, server, network, printer"));
    EXPECT_Q(error.where, at(QStringLiteral("2:19")));
}

TEST_F(CsvInventoryReaderTest, RejectsUnknownDuplicateAndMissingColumns)
{
    Error error = readError("client,site,device,adress,os,exporter_url,ssh,vnc,tags\n");
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("unknown column 'adress'; the columns are "
                                                        "client,site,device,address,os,exporter_url,ssh,vnc,tags")))
        << error.message.toStdString();
    EXPECT_Q(error.where, at(QStringLiteral("1:20")));

    error = readError("client,site,device,address,os,exporter_url,ssh,vnc,tags,Client\n");
    EXPECT_Q(error.message, QStringLiteral("column 'client' appears twice in the header"));
    EXPECT_Q(error.where, at(QStringLiteral("1:57")));

    error = readError("# comment\nclient,site,device,address,os,exporter_url,tags\n");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("the header lacks the required column(s) ssh, vnc;")))
        << error.message.toStdString();
    EXPECT_Q(error.where, at(QStringLiteral("2")));

    error = readError("");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("the file has no header line")));
    EXPECT_Q(error.where, at(QStringLiteral("1")));
    error = readError("\xEF\xBB\xBF# only a comment\r\n\r\n");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("the file has no header line")));
}

TEST_F(CsvInventoryReaderTest, RejectsWrongColumnCount)
{
    Error error = readError(header + "Acme,HQ,pc1,,,,,,\nAcme,HQ,pc2,10.0.0.2,,,\n");
    EXPECT_Q(
        error.message,
        QStringLiteral("expected 9 columns (client,site,device,address,os,exporter_url,ssh,vnc,tags) but found 7"));
    EXPECT_Q(error.where, at(QStringLiteral("3")));
    error = readError(header + "Acme,HQ,pc1,,,,,,,extra\n");
    EXPECT_TRUE(error.message.endsWith(QStringLiteral("but found 10")));
    // '#' is only a comment before the header; afterwards it is data.
    error = readError(header + "# a note\n");
    EXPECT_TRUE(error.message.endsWith(QStringLiteral("but found 1")));
    EXPECT_Q(error.where, at(QStringLiteral("2")));
}

TEST_F(CsvInventoryReaderTest, RejectsUnterminatedQuoteAtItsPosition)
{
    const Error error = readError(header + "Acme,HQ,pc1,,,,,,\nAcme,HQ,\"pc2,,,,,,\nAcme,HQ,pc3,,,,,,\n");
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_Q(error.message, QStringLiteral("this quoted field is never closed (a closing \" is missing)"));
    EXPECT_Q(error.where, at(QStringLiteral("3:9")));
}

TEST_F(CsvInventoryReaderTest, RejectsStrayQuotes)
{
    Error error = readError(header + "Acme,HQ,\"pc1\"x,,,,,,\n");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("unexpected text after the closing quote of a field")));
    EXPECT_Q(error.where, at(QStringLiteral("2:14")));
    error = readError(header + "Acme,HQ,15\" screen,,,,,,\n");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("a quote inside a field that does not start with one")));
    EXPECT_Q(error.where, at(QStringLiteral("2:11")));
}

TEST_F(CsvInventoryReaderTest, RejectsEmptyRequiredFields)
{
    for (const auto &[row, column, position] :
         {std::tuple{QByteArray(" ,HQ,pc1,,,,,,"), QStringLiteral("client"), QStringLiteral("2:1")},
          std::tuple{QByteArray("Acme,,pc1,,,,,,"), QStringLiteral("site"), QStringLiteral("2:6")},
          std::tuple{QByteArray("Acme,HQ,\"\",,,,,,"), QStringLiteral("device"), QStringLiteral("2:9")}}) {
        const Error error = readError(header + row + '\n');
        EXPECT_Q(error.message, QStringLiteral("column '%1' is empty; every device needs a client, a site and a "
                                               "device name")
                                    .arg(column));
        EXPECT_Q(error.where, at(position));
    }
}

TEST_F(CsvInventoryReaderTest, RejectsBadAddress)
{
    for (const QByteArray &address : {QByteArray("10.0.0.5:22"), QByteArray("http://x"), QByteArray("a b")}) {
        const Error error = readError(header + "Acme,HQ,pc1," + address + ",,,,,\n");
        EXPECT_Q(
            error.message,
            QStringLiteral("column 'address': '%1' is not a host name or IP address").arg(QString::fromUtf8(address)));
        EXPECT_Q(error.where, at(QStringLiteral("2:13")));
    }
}

TEST_F(CsvInventoryReaderTest, RejectsDuplicateDevicesNamingBothLines)
{
    const Error error =
        readError(header + "Acme,HQ,PC1,,,,,,\nOther,HQ,pc1,,,,,,\n\"multi\nline\",x,y,,,,,,\nacme,Branch,pc1,,,,,,\n");
    EXPECT_Q(error.message, QStringLiteral("device 'pc1' of client 'acme' appears twice (lines 2 and 6)"));
    EXPECT_Q(error.where, at(QStringLiteral("6")));
}

TEST_F(CsvInventoryReaderTest, RejectsInvalidUtf8)
{
    const Error error = readError(header + "Acme,HQ,B\xFCro,,,,,,\n");
    EXPECT_EQ(error.code, ErrorCode::Parse);
    EXPECT_TRUE(error.message.contains(QStringLiteral("not valid UTF-8")));
    EXPECT_Q(error.where, at(QStringLiteral("2:10")));
}

TEST_F(CsvInventoryReaderTest, MissingOrUnreadableFileIsAnIoError)
{
    const QString missing = m_dir.filePath(QStringLiteral("nope.csv"));
    auto result = CsvInventoryReader::readFile(missing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_Q(result.error().where, missing);
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("cannot read %1: ").arg(missing)))
        << result.error().message.toStdString();

    result = CsvInventoryReader::readFile(m_dir.path());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_Q(result.error().message, QStringLiteral("cannot read %1: it is a folder, not a file").arg(m_dir.path()));
}

TEST_F(CsvInventoryReaderTest, ReadsTheSampleInventory)
{
    auto result =
        CsvInventoryReader::readFile(VigilTest::sourcePath(QStringLiteral("tests/data/import/inventory.csv")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    ASSERT_EQ(result->devices.size(), 4);
    EXPECT_Q(result->devices.at(3).name, QStringLiteral("Empfang, Drucker"));
    EXPECT_EQ(result->devices.at(3).kind, DeviceKind::Printer);
}

// Whatever the bytes, the reader returns a value or an error with a position; it never crashes.
TEST_F(CsvInventoryReaderTest, SurvivesMangledInput)
{
    const QByteArray valid = header
                             + "Acme,HQ,fs01,10.0.0.5,Debian,10.0.0.5:9100,admin@:2222,ssh+5901,\"a;b\"\n"
                               "\"Acme\",\"HQ\",\"pc \"\"2\"\"\",,,,,,\n";
    QRandomGenerator random(4711);
    const QByteArray alphabet = QByteArrayLiteral(",\"\r\n#@:[]+;\xEF\xBB\xBF\xC3\xA9 a0");
    for (int round = 0; round < 3000; ++round) {
        QByteArray data = valid;
        const int edits = 1 + random.bounded(6);
        for (int e = 0; e < edits; ++e) {
            const auto pos = random.bounded(static_cast<int>(data.size()) + 1);
            switch (random.bounded(3)) {
            case 0:
                data.insert(pos, alphabet.at(random.bounded(static_cast<int>(alphabet.size()))));
                break;
            case 1:
                data.remove(pos, 1 + random.bounded(3));
                break;
            default:
                data.truncate(pos);
                break;
            }
        }
        const auto result = CsvInventoryReader::parse(data, QStringLiteral("fuzz.csv"));
        if (!result.ok()) {
            EXPECT_EQ(result.error().code, ErrorCode::Parse);
            EXPECT_TRUE(result.error().where.startsWith(QStringLiteral("fuzz.csv:"))) << data.toStdString();
        }
    }
}

// --- CsvInventoryWriter ---------------------------------------------------------------------------------------

Device makeDevice(qint64 id, qint64 client, qint64 site, const QString &name)
{
    Device device;
    device.id = id;
    device.clientId = client;
    device.siteId = site;
    device.name = name;
    return device;
}

TEST_F(CsvInventoryReaderTest, WriterOutputReadsBackToTheSameFields)
{
    Inventory inventory;
    inventory.clients = {Client{1, QStringLiteral("Acme, Inc."), {}, {}, SlaPolicy::standard(), {}, {}},
                         Client{2, QStringLiteral("Müller \"&\" Söhne"), {}, {}, SlaPolicy::standard(), {}, {}}};
    inventory.sites = {Site{10, 1, QStringLiteral("HQ"), {}, {}, {}, {}},
                       Site{20, 2, QStringLiteral("Zweigstelle\nNord"), {}, {}, {}, {}}};

    QList<Device> devices;
    Device d = makeDevice(1, 1, 10, QStringLiteral("fs01"));
    d.address = QStringLiteral("10.0.0.5");
    d.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    d.kind = DeviceKind::Server;
    d.tags = {QStringLiteral("linux"), QStringLiteral("backup")};
    d.exporterUrl = QStringLiteral("http://10.0.0.5:9100/metrics");
    d.ssh = SshSettings{true, {}, 22, QStringLiteral("admin"), {}, {}, {}};
    d.vnc = VncSettings{true, {}, 5900, true, {}};
    d.notes = QStringLiteral("Rack 2, \"top\" shelf\r\nsecond line\n");
    devices.append(d);

    d = makeDevice(2, 1, 10, QStringLiteral("pc, \"front\" desk"));
    d.address = QStringLiteral("fe80::1");
    d.os = QStringLiteral("Windows 11 Pro");
    d.kind = DeviceKind::Workstation;
    d.exporterUrl = QStringLiteral("https://pc.acme.lan:9182/metrics");
    d.ssh = SshSettings{true, QStringLiteral("fe80::1"), 22, {}, {}, {}, {}};
    d.vnc = VncSettings{true, QStringLiteral("fe80::1"), 5901, false, {}};
    d.notes = QStringLiteral("  indented, with trailing space ");
    devices.append(d);

    d = makeDevice(3, 2, 20, QStringLiteral("Drucker Empfang 🖨"));
    d.kind = DeviceKind::Printer;
    d.tags = {QStringLiteral("Büro"), QStringLiteral("etage 2")};
    d.ssh = SshSettings{true, {}, 22, {}, {}, {}, {}};
    d.vnc = VncSettings{true, QStringLiteral("12345"), 5900, false, {}};
    devices.append(d);

    d = makeDevice(4, 2, 20, QStringLiteral("sw-core"));
    d.kind = DeviceKind::Network;
    d.address = QStringLiteral("sw-core.müller.lan");
    d.ssh = SshSettings{true, QStringLiteral("10.1.0.1"), 2222, QStringLiteral("j.doe@ad.local"), {}, {}, {}};
    d.vnc = VncSettings{true, QStringLiteral("vnc.müller.lan"), 5900, true, {}};
    devices.append(d);

    d = makeDevice(5, 2, 20, QStringLiteral("nas"));
    d.ssh = SshSettings{true, QStringLiteral("nas.lan"), 22, QStringLiteral("root"), {}, {}, {}};
    d.vnc = VncSettings{true, {}, 5999, false, {}};
    devices.append(d);

    const QByteArray csv = CsvInventoryWriter::write(inventory, devices);
    EXPECT_TRUE(csv.startsWith("client,site,device,address,os,exporter_url,ssh,vnc,tags,kind,notes\n"));
    EXPECT_TRUE(csv.contains("\n\"Acme, Inc.\",HQ,fs01,10.0.0.5,Debian GNU/Linux 12 (bookworm),"
                             "http://10.0.0.5:9100/metrics,admin@,ssh+5900,linux;backup,server,"
                             "\"Rack 2, \"\"top\"\" shelf\r\nsecond line\n\"\n"))
        << csv.toStdString();

    const InventoryImport import = read(csv);
    ASSERT_EQ(import.devices.size(), devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const Device &expected = devices.at(i);
        const ImportedDevice &actual = import.devices.at(i);
        SCOPED_TRACE(expected.name.toStdString());
        EXPECT_Q(actual.client, inventory.client(expected.clientId)->name);
        EXPECT_Q(actual.site, inventory.site(expected.siteId)->name);
        EXPECT_Q(actual.name, expected.name);
        EXPECT_Q(actual.address, expected.address);
        EXPECT_Q(actual.os, expected.os);
        EXPECT_EQ(actual.kind, expected.kind);
        EXPECT_Q(actual.tags, expected.tags);
        EXPECT_Q(actual.exporterUrl, expected.exporterUrl);
        EXPECT_Q(actual.ssh, expected.ssh);
        EXPECT_Q(actual.vnc, expected.vnc);
        EXPECT_Q(actual.notes, expected.notes);
    }
    // Writing what was read gives the same bytes again.
    EXPECT_EQ(CsvInventoryWriter::write(inventory, devices).toStdString(), csv.toStdString());
}

TEST_F(CsvInventoryReaderTest, WriterKeepsDisabledSettingsDisabled)
{
    Inventory inventory;
    inventory.clients = {Client{1, QStringLiteral("Acme"), {}, {}, SlaPolicy::standard(), {}, {}}};
    inventory.sites = {Site{10, 1, QStringLiteral("HQ"), {}, {}, {}, {}}};
    Device d = makeDevice(1, 1, 10, QStringLiteral("pc1"));
    const QByteArray csv = CsvInventoryWriter::write(inventory, {d});
    EXPECT_EQ(csv.toStdString(), "client,site,device,address,os,exporter_url,ssh,vnc,tags,kind,notes\n"
                                 "Acme,HQ,pc1,,,,,,,workstation,\n");
    const ImportedDevice device = read(csv).devices.value(0);
    EXPECT_Q(device.ssh, SshSettings{});
    EXPECT_Q(device.vnc, VncSettings{});
    EXPECT_EQ(device.kind, DeviceKind::Workstation);
}

} // namespace
