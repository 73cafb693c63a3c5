// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSdInventoryReader.h"
#include "ImportTestPrinters.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

using ImportTestPrinters::q;

class FileSdInventoryReaderTest : public ::testing::Test
{
protected:
    void write(const QByteArray &content)
    {
        m_path = m_dir.filePath(QStringLiteral("targets.json"));
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    InventoryImport read(const QByteArray &content)
    {
        write(content);
        auto result = FileSdInventoryReader::readFile(m_path);
        EXPECT_TRUE(result.ok()) << result.error().toString().toStdString();
        return result.ok() ? result.value() : InventoryImport{};
    }

    Error readError(const QByteArray &content)
    {
        write(content);
        auto result = FileSdInventoryReader::readFile(m_path);
        EXPECT_FALSE(result.ok());
        if (result.ok()) {
            return {};
        }
        EXPECT_EQ(result.error().code, ErrorCode::Parse);
        return result.error();
    }

    QString at(const QString &position) const { return m_path + QLatin1Char(':') + position; }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(FileSdInventoryReaderTest, ReadsGroupsLabelsAndTargets)
{
    const QByteArray json =
        "\xEF\xBB\xBF[\r\n"
        "  {\r\n"
        "    \"targets\": [\"10.0.0.5:9100\", \"10.0.0.5:9182\", \"pc7.acme.lan:9182\"],\r\n"
        "    \"labels\": {\"client\": \" Acme \", \"site\": \"HQ\", \"job\": \"node\",\r\n"
        "               \"__meta_filepath\": \"x\", \"os\": \"Windows 11\", \"tags\": \"a; b;A\"}\r\n"
        "  },\r\n"
        "  {\"targets\": [\"[fe80::1]:9100\"],\r\n"
        "   \"labels\": {\"client\": \"Acme\", \"device\": \"fs01\", \"kind\": \"Server\",\r\n"
        "              \"__scheme__\": \"https\", \"__metrics_path__\": \"/node/metrics\",\r\n"
        "              \"notes\": \"Rack 2\\nshelf \\\"3\\\"\"}},\r\n"
        "  {\"targets\": [], \"labels\": {\"client\": \"Acme\"}}\r\n"
        "]";
    const InventoryImport import = read(json);
    EXPECT_EQ(import.format, ImportFormat::FileSd);
    EXPECT_Q(import.source, m_path);
    ASSERT_EQ(import.devices.size(), 4);

    // Two exporters on one host: the port tells them apart. A host seen once is the device name alone.
    const ImportedDevice &node = import.devices.at(0);
    EXPECT_Q(node.source, at(QStringLiteral("2")));
    EXPECT_Q(node.client, QStringLiteral("Acme"));
    EXPECT_Q(node.site, QStringLiteral("HQ"));
    EXPECT_Q(node.name, QStringLiteral("10.0.0.5:9100"));
    EXPECT_Q(node.address, QStringLiteral("10.0.0.5"));
    EXPECT_Q(node.exporterUrl, QStringLiteral("http://10.0.0.5:9100/metrics"));
    EXPECT_Q(node.os, QStringLiteral("Windows 11"));
    EXPECT_Q(node.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_FALSE(node.kind.has_value());
    EXPECT_Q(node.notes, std::optional<QString>());
    // file_sd says nothing about remote access: a re-import must not wipe SSH or VNC settings made elsewhere.
    EXPECT_FALSE(node.ssh.has_value());
    EXPECT_FALSE(node.vnc.has_value());
    EXPECT_Q(import.devices.at(1).name, QStringLiteral("10.0.0.5:9182"));
    EXPECT_Q(import.devices.at(2).name, QStringLiteral("pc7.acme.lan"));
    EXPECT_Q(import.devices.at(2).exporterUrl, QStringLiteral("http://pc7.acme.lan:9182/metrics"));

    const ImportedDevice &fs = import.devices.at(3);
    EXPECT_Q(fs.source, at(QStringLiteral("7")));
    EXPECT_Q(fs.name, QStringLiteral("fs01"));
    EXPECT_Q(fs.site, QString()); // absent: the store's fallback site applies
    EXPECT_Q(fs.address, QStringLiteral("fe80::1"));
    EXPECT_Q(fs.exporterUrl, QStringLiteral("https://[fe80::1]:9100/node/metrics"));
    EXPECT_EQ(fs.kind, DeviceKind::Server);
    EXPECT_Q(fs.notes, QStringLiteral("Rack 2\nshelf \"3\""));
    EXPECT_Q(fs.os, std::optional<QString>());
    EXPECT_Q(fs.tags, std::optional<QStringList>());

    ASSERT_EQ(import.warnings.size(), 1);
    EXPECT_Q(import.warnings.first(),
             QStringLiteral("target group 3 has no targets (%1)").arg(at(QStringLiteral("11"))));
}

TEST_F(FileSdInventoryReaderTest, BrokenJsonNamesLineAndColumn)
{
    Error error = readError("[\n  {\"targets\": [\"a:1\"], \"labels\": {\"client\": \"Acme\"},}\n]\n");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("not valid JSON: "))) << q(error.message);
    EXPECT_Q(error.where, at(QStringLiteral("2:53")));

    error = readError("[\n  {\"targets\": [\"a:1\"]\n  {\"targets\": [\"b:1\"]}\n]");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("not valid JSON: ")));
    EXPECT_Q(error.where, at(QStringLiteral("3:3")));

    // Truncated: the error is at the very end.
    error = readError("[\n  {\"targets\": [\"a:1\"],\n   \"labels\": {\"client\": \"Acme");
    EXPECT_Q(error.where, at(QStringLiteral("3:30")));

    // Columns count characters, not bytes.
    error = readError("[{\"labels\": {\"client\": \"Müller\"} x}]");
    EXPECT_Q(error.where, at(QStringLiteral("1:34")));
}

TEST_F(FileSdInventoryReaderTest, TopLevelMustBeAnArrayOfObjects)
{
    Error error = readError("{\"targets\": [\"a:1\"], \"labels\": {\"client\": \"Acme\"}}");
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("the top level must be a JSON array of target groups")));
    EXPECT_Q(error.where, at(QStringLiteral("1")));

    error = readError("[{\"targets\": [\"a:1\"], \"labels\": {\"client\": \"Acme\"}}, \"b:1\"]");
    EXPECT_Q(error.message, QStringLiteral("target group 2 is not a JSON object"));
    EXPECT_Q(error.where, at(QStringLiteral("1")));

    error = readError("   \n\t\n");
    EXPECT_Q(error.message, QStringLiteral("the file is empty; expected a JSON array of target groups"));
    EXPECT_Q(error.where, at(QStringLiteral("1")));

    EXPECT_TRUE(read("[]").devices.isEmpty());
}

TEST_F(FileSdInventoryReaderTest, MissingClientLabelNamesTheGroupsLine)
{
    // Strings with brackets, braces, commas and escaped quotes must not confuse the group scanner.
    const Error error = readError(
        "[\n"
        "  {\"targets\": [\"a:1\"], \"labels\": {\"client\": \"Acme\", \"notes\": \"}], [{\\\"x\\\": 1,\"}},\n"
        "\n"
        "  {\"labels\": {\"site\": \"HQ\"},\n"
        "   \"targets\": [\"b:1\"]}\n"
        "]\n");
    EXPECT_Q(error.message, QStringLiteral("target group 2 has no 'client' label; every device needs a client"));
    EXPECT_Q(error.where, at(QStringLiteral("4")));

    const Error blank = readError("[{\"targets\": [\"a:1\"], \"labels\": {\"client\": \"  \"}}]");
    EXPECT_TRUE(blank.message.startsWith(QStringLiteral("target group 1 has no 'client' label")));
    const Error none = readError("[\n{\"targets\": [\"a:1\"]}]");
    EXPECT_TRUE(none.message.startsWith(QStringLiteral("target group 1 has no 'client' label")));
    EXPECT_Q(none.where, at(QStringLiteral("2")));
}

TEST_F(FileSdInventoryReaderTest, DeviceLabelNeedsExactlyOneTarget)
{
    const Error error =
        readError("[{\"targets\": [\"a:1\", \"b:1\"], \"labels\": {\"client\": \"Acme\", \"device\": \"pc\"}}]");
    EXPECT_Q(error.message, QStringLiteral("target group 1 has a 'device' label but 2 targets; a 'device' label names "
                                           "exactly one target"));
    const Error empty = readError("[{\"targets\": [], \"labels\": {\"client\": \"Acme\", \"device\": \"pc\"}}]");
    EXPECT_TRUE(empty.message.contains(QStringLiteral("but 0 targets")));
}

TEST_F(FileSdInventoryReaderTest, RejectsBadTargets)
{
    const QList<std::pair<QByteArray, QString>> cases{
        {"\"fs01\"", QStringLiteral("'fs01'")},
        {"\"\"", QStringLiteral("''")},
        {"\"fs01:0\"", QStringLiteral("'fs01:0'")},
        {"\"fs01:99999\"", QStringLiteral("'fs01:99999'")},
        {"\"http://fs01:9100\"", QStringLiteral("'http://fs01:9100'")},
        {"\"fs 01:9100\"", QStringLiteral("'fs 01:9100'")},
        {"9100", QStringLiteral("[9100]")},
        {"null", QStringLiteral("[null]")},
    };
    for (const auto &[target, shown] : cases) {
        const Error error =
            readError("[\n{\"targets\": [\"ok:1\", " + target + "], \"labels\": {\"client\": \"Acme\"}}]");
        EXPECT_Q(error.message,
                 QStringLiteral("target group 1: %1 is not a \"host:port\" target (port 1–65535)").arg(shown));
        EXPECT_Q(error.where, at(QStringLiteral("2")));
    }
    const Error error = readError("[{\"targets\": \"a:1\", \"labels\": {\"client\": \"Acme\"}}]");
    EXPECT_Q(error.message, QStringLiteral("target group 1 has no \"targets\" list of \"host:port\" strings"));
}

TEST_F(FileSdInventoryReaderTest, RejectsBadLabels)
{
    const auto group = [](const QByteArray &labels) -> QByteArray {
        return "[{\"targets\": [\"a:1\"], \"labels\": " + labels + "}]";
    };
    Error error = readError(group("[\"client\"]"));
    EXPECT_Q(error.message, QStringLiteral("target group 1: \"labels\" must be an object of strings"));
    error = readError(group("{\"client\": \"Acme\", \"port\": 9100}"));
    EXPECT_Q(error.message, QStringLiteral("target group 1: label 'port' must be a string"));
    error = readError(group("{\"client\": \"Acme\", \"kind\": \"laptop\"}"));
    EXPECT_Q(error.message, QStringLiteral("target group 1: label 'kind': 'laptop' is not one of workstation, server, "
                                           "network, printer"));
    error = readError(group("{\"client\": \"Acme\", \"__scheme__\": \"ftp\"}"));
    EXPECT_Q(error.message, QStringLiteral("target group 1: label '__scheme__' must be http or https, not 'ftp'"));
    error = readError(group("{\"client\": \"Acme\", \"__metrics_path__\": \"metrics\"}"));
    EXPECT_Q(
        error.message,
        QStringLiteral("target group 1: label '__metrics_path__' must be a path starting with '/', not 'metrics'"));
}

TEST_F(FileSdInventoryReaderTest, RejectsDuplicateDevicesNamingBothGroups)
{
    Error error =
        readError("[\n"
                  "{\"targets\": [\"10.0.0.5:9100\"], \"labels\": {\"client\": \"Acme\", \"device\": \"FS01\"}},\n"
                  "{\"targets\": [\"10.0.0.5:9100\"], \"labels\": {\"client\": \"Other\", \"device\": \"fs01\"}},\n"
                  "{\"targets\": [\"10.0.0.6:9100\"], \"labels\": {\"client\": \"acme\", \"device\": \"fs01\"}}\n"
                  "]");
    EXPECT_Q(error.message,
             QStringLiteral("device 'fs01' of client 'acme' appears twice (target groups 1 and 3, lines 2 and 4)"));
    EXPECT_Q(error.where, at(QStringLiteral("4")));

    // The same target listed twice: both are named "host:port", and that name repeats.
    error = readError("[{\"targets\": [\"a:1\", \"a:1\"], \"labels\": {\"client\": \"Acme\"}}]");
    EXPECT_Q(error.message,
             QStringLiteral("device 'a:1' of client 'Acme' appears twice (target groups 1 and 1, lines 1 "
                            "and 1)"));
}

TEST_F(FileSdInventoryReaderTest, MissingFileIsAnIoError)
{
    const QString missing = m_dir.filePath(QStringLiteral("gone.json"));
    const auto result = FileSdInventoryReader::readFile(missing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_Q(result.error().where, missing);
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("cannot read %1: ").arg(missing)));
}

TEST_F(FileSdInventoryReaderTest, RejectsInvalidUtf8)
{
    const Error error = readError("[{\"targets\": [\"a:1\"],\n \"labels\": {\"client\": \"B\xFC\"}}]");
    EXPECT_TRUE(error.message.contains(QStringLiteral("not valid UTF-8")));
    EXPECT_Q(error.where, at(QStringLiteral("2:25")));
}

TEST_F(FileSdInventoryReaderTest, ReadsTheSampleFile)
{
    const auto result =
        FileSdInventoryReader::readFile(VigilTest::sourcePath(QStringLiteral("tests/data/import/file_sd.json")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    ASSERT_EQ(result->devices.size(), 3);
    EXPECT_Q(result->devices.at(2).name, QStringLiteral("gw"));
    EXPECT_Q(result->devices.at(2).exporterUrl, QStringLiteral("http://192.168.10.1:9100/metrics"));
}

TEST_F(FileSdInventoryReaderTest, SurvivesMangledInput)
{
    const QByteArray valid =
        "[{\"targets\": [\"10.0.0.5:9100\", \"[::1]:9182\"],\n"
        "  \"labels\": {\"client\": \"Acme\", \"site\": \"HQ\", \"tags\": \"a;b\", \"notes\": \"\\\"x\\\"\"}},\n"
        " {\"targets\": [\"pc:1\"], \"labels\": {\"client\": \"Acme\", \"device\": \"pc\"}}]";
    QRandomGenerator random(99);
    const QByteArray alphabet = QByteArrayLiteral("[]{}\",:\\ \n\xC3\xA9"
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
        const auto result = FileSdInventoryReader::parse(data, QStringLiteral("fuzz.json"));
        if (!result.ok()) {
            EXPECT_TRUE(result.error().where.startsWith(QStringLiteral("fuzz.json:"))) << data.toStdString();
        }
    }
}

} // namespace
