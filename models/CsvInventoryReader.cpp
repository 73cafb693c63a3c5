// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvInventoryReader.h"

#include "ImportText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace Vigil {

namespace {

enum class Column { Client, Site, Device, Address, Os, ExporterUrl, Ssh, Vnc, Tags, Kind, Notes };

struct ColumnName
{
    Column column;
    QLatin1String name;
    bool required;
};

constexpr std::array<ColumnName, 11> columnNames{{
    {Column::Client, QLatin1String("client"), true},
    {Column::Site, QLatin1String("site"), true},
    {Column::Device, QLatin1String("device"), true},
    {Column::Address, QLatin1String("address"), true},
    {Column::Os, QLatin1String("os"), true},
    {Column::ExporterUrl, QLatin1String("exporter_url"), true},
    {Column::Ssh, QLatin1String("ssh"), true},
    {Column::Vnc, QLatin1String("vnc"), true},
    {Column::Tags, QLatin1String("tags"), true},
    {Column::Kind, QLatin1String("kind"), false},
    {Column::Notes, QLatin1String("notes"), false},
}};

QString columnName(Column column)
{
    for (const ColumnName &entry : columnNames) {
        if (entry.column == column) {
            return entry.name;
        }
    }
    return {};
}

struct Field
{
    QString text;
    qsizetype offset = 0; // of its first byte (the opening quote when quoted)
    bool quoted = false;
};

struct Record
{
    QList<Field> fields;
    int line = 1;
};

// RFC 4180 records. Quoted fields keep their content byte for byte (including CR LF); comment lines ('#' in
// the first column) are only recognised before the first record, i.e. before the header.
class Tokenizer final
{
public:
    Tokenizer(QByteArrayView data, const QString &sourceName)
        : m_data(data)
        , m_source(sourceName)
    {
    }

    Result<QList<Record>> run()
    {
        QList<Record> records;
        while (m_pos < m_data.size()) {
            if (records.isEmpty() && m_data[m_pos] == '#') {
                skipLine();
                continue;
            }
            Record record;
            record.line = m_line;
            while (true) {
                auto field = readField();
                if (!field) {
                    return *m_error;
                }
                record.fields.append(std::move(*field));
                if (m_pos < m_data.size() && m_data[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_data.size() && m_data[m_pos] == '\r') {
                    ++m_pos;
                }
                if (m_pos < m_data.size() && m_data[m_pos] == '\n') {
                    ++m_pos;
                    ++m_line;
                }
                break;
            }
            const bool blank = record.fields.size() == 1 && !record.fields.first().quoted
                               && record.fields.first().text.trimmed().isEmpty();
            if (!blank) {
                records.append(std::move(record));
            }
        }
        return records;
    }

private:
    bool atRecordEnd(qsizetype i) const
    {
        if (i >= m_data.size() || m_data[i] == '\n') {
            return true;
        }
        return m_data[i] == '\r' && (i + 1 >= m_data.size() || m_data[i + 1] == '\n');
    }

    void skipLine()
    {
        while (m_pos < m_data.size() && m_data[m_pos] != '\n') {
            ++m_pos;
        }
        if (m_pos < m_data.size()) {
            ++m_pos;
            ++m_line;
        }
    }

    void fail(qsizetype offset, const QString &message)
    {
        m_error = Error{ErrorCode::Parse, message, ImportText::where(m_source, ImportText::position(m_data, offset))};
    }

    std::optional<Field> readField()
    {
        Field field;
        field.offset = m_pos;
        if (m_pos < m_data.size() && m_data[m_pos] == '"') {
            field.quoted = true;
            QByteArray bytes;
            qsizetype i = m_pos + 1;
            while (true) {
                if (i >= m_data.size()) {
                    fail(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                   "this quoted field is never closed (a closing "
                                                                   "\" is missing)"));
                    return std::nullopt;
                }
                const char c = m_data[i];
                if (c == '"') {
                    if (i + 1 < m_data.size() && m_data[i + 1] == '"') {
                        bytes.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == '\n') {
                    ++m_line;
                }
                bytes.append(c);
                ++i;
            }
            if (!atRecordEnd(i) && m_data[i] != ',') {
                fail(i, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                    "unexpected text after the closing quote of a field; a quote "
                                                    "inside a quoted field must be doubled (\"\")"));
                return std::nullopt;
            }
            m_pos = i;
            field.text = QString::fromUtf8(bytes);
            return field;
        }
        qsizetype i = m_pos;
        while (!atRecordEnd(i) && m_data[i] != ',') {
            if (m_data[i] == '"') {
                fail(i, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                    "a quote inside a field that does not start with one; put the "
                                                    "whole field in quotes and double the quote (\"\")"));
                return std::nullopt;
            }
            ++i;
        }
        field.text = QString::fromUtf8(m_data.sliced(m_pos, i - m_pos));
        m_pos = i;
        return field;
    }

    QByteArrayView m_data;
    QString m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::optional<Error> m_error;
};

class RecordReader final
{
public:
    RecordReader(QByteArrayView data, const QString &sourceName)
        : m_data(data)
        , m_source(sourceName)
    {
    }

    std::optional<Error> readHeader(const Record &header)
    {
        std::array<bool, columnNames.size()> seen{};
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            const Field &field = header.fields.at(i);
            const QString name = field.text.trimmed();
            const auto entry = std::find_if(columnNames.cbegin(), columnNames.cend(), [&](const ColumnName &c) {
                return name.compare(c.name, Qt::CaseInsensitive) == 0;
            });
            if (entry == columnNames.cend()) {
                return errorAt(field.offset,
                               QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                           "unknown column '%1'; the columns are %2 and optionally "
                                                           "kind, notes")
                                   .arg(name, requiredColumnList()));
            }
            const auto index = static_cast<std::size_t>(entry - columnNames.cbegin());
            if (seen.at(index)) {
                return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                         "column '%1' appears twice in the header")
                                                 .arg(QString(entry->name)));
            }
            seen.at(index) = true;
            m_columns.append(entry->column);
            m_headerNames.append(QString(entry->name));
        }
        QStringList missing;
        for (std::size_t index = 0; index < columnNames.size(); ++index) {
            if (columnNames.at(index).required && !seen.at(index)) {
                missing.append(QString(columnNames.at(index).name));
            }
        }
        if (!missing.isEmpty()) {
            return Error{ErrorCode::Parse,
                         QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                     "the header lacks the required column(s) %1; expected %2")
                             .arg(missing.join(QStringLiteral(", ")), requiredColumnList()),
                         ImportText::where(m_source, header.line)};
        }
        return std::nullopt;
    }

    Result<ImportedDevice> readRecord(const Record &record)
    {
        if (record.fields.size() != m_columns.size()) {
            return Error{
                ErrorCode::Parse,
                QCoreApplication::translate("Vigil::CsvInventoryReader", "expected %1 columns (%2) but found %3")
                    .arg(m_columns.size())
                    .arg(m_headerNames.join(QLatin1Char(',')))
                    .arg(record.fields.size()),
                ImportText::where(m_source, record.line)};
        }
        ImportedDevice device;
        device.source = ImportText::where(m_source, record.line);
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (auto error = readField(m_columns.at(i), record.fields.at(i), device)) {
                return *error;
            }
        }
        return device;
    }

private:
    static QString requiredColumnList()
    {
        QStringList names;
        for (const ColumnName &entry : columnNames) {
            if (entry.required) {
                names.append(QString(entry.name));
            }
        }
        return names.join(QLatin1Char(','));
    }

    Error errorAt(qsizetype offset, const QString &message) const
    {
        return Error{ErrorCode::Parse, message, ImportText::where(m_source, ImportText::position(m_data, offset))};
    }

    std::optional<Error> readField(Column column, const Field &field, ImportedDevice &device) const
    {
        const QString text = field.text.trimmed();
        const auto invalid = [&](const QString &reason) { return errorAt(field.offset, reason); };
        switch (column) {
        case Column::Client:
        case Column::Site:
        case Column::Device:
            if (text.isEmpty()) {
                return invalid(QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                           "column '%1' is empty; every device needs a client, a "
                                                           "site and a device name")
                                   .arg(columnName(column)));
            }
            if (column == Column::Client) {
                device.client = text;
            } else if (column == Column::Site) {
                device.site = text;
            } else {
                device.name = text;
            }
            return std::nullopt;
        case Column::Address:
            return readAddress(text, field, device);
        case Column::Os:
            device.os = text;
            return std::nullopt;
        case Column::ExporterUrl:
            return readExporterUrl(text, field, device);
        case Column::Ssh:
            return readSsh(text, field, device);
        case Column::Vnc:
            return readVnc(text, field, device);
        case Column::Tags:
            device.tags = ImportText::splitTags(text);
            return std::nullopt;
        case Column::Kind:
            if (!text.isEmpty()) {
                const auto kind = deviceKindFromId(text);
                if (!kind) {
                    return invalid(QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                               "column 'kind': '%1' is not one of workstation, "
                                                               "server, network, printer")
                                       .arg(text));
                }
                device.kind = *kind;
            }
            return std::nullopt;
        case Column::Notes:
            device.notes = field.text; // verbatim: notes may be indented or end in a newline on purpose
            return std::nullopt;
        }
        return std::nullopt;
    }

    std::optional<Error> readAddress(const QString &text, const Field &field, ImportedDevice &device) const
    {
        QString address = text;
        if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']'))) {
            address = address.sliced(1, address.size() - 2);
        }
        // One colon is host:port, which belongs in the ssh/vnc/exporter_url columns; IPv6 has at least two.
        if (!address.isEmpty() && (!ImportText::isPlausibleHost(address) || address.count(QLatin1Char(':')) == 1)) {
            return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                     "column 'address': '%1' is not a host name or "
                                                                     "IP address")
                                             .arg(text));
        }
        device.address = address;
        return std::nullopt;
    }

    std::optional<Error> readExporterUrl(const QString &text, const Field &field, ImportedDevice &device) const
    {
        const auto notUrl = [&] {
            return errorAt(field.offset,
                           QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                       "column 'exporter_url': '%1' is not an http or https URL "
                                                       "(or host:port)")
                               .arg(text));
        };
        if (text.isEmpty()) {
            device.exporterUrl = QString();
            return std::nullopt;
        }
        if (!text.contains(QLatin1String("://"))) {
            const auto hostPort = ImportText::splitHostPort(text);
            if (!hostPort || !hostPort->hasPort || !ImportText::isPlausibleHost(hostPort->host)) {
                return notUrl();
            }
            if (!ImportText::parsePort(hostPort->port)) {
                return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                         "column 'exporter_url': port '%1' is not a "
                                                                         "number between 1 and 65535")
                                                 .arg(hostPort->port));
            }
            const QString host = hostPort->host.contains(QLatin1Char(':'))
                                     ? QLatin1Char('[') + hostPort->host + QLatin1Char(']')
                                     : hostPort->host;
            device.exporterUrl =
                QStringLiteral("http://") + host + QLatin1Char(':') + hostPort->port + QStringLiteral("/metrics");
            return std::nullopt;
        }
        QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty() || url.port() == 0) {
            return notUrl();
        }
        if (!url.password().isEmpty()) {
            // The value is not repeated: it holds a secret.
            return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                     "column 'exporter_url' contains a password; "
                                                                     "remove it and store the credential in Vigil"));
        }
        if (url.path().isEmpty()) {
            url.setPath(QStringLiteral("/metrics"));
        }
        device.exporterUrl = url.toString();
        return std::nullopt;
    }

    Error badPort(const Field &field, const QString &column, const QString &port) const
    {
        return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                 "column '%1': port '%2' is not a number between 1 "
                                                                 "and 65535")
                                         .arg(column, port));
    }

    std::optional<Error> readSsh(const QString &text, const Field &field, ImportedDevice &device) const
    {
        SshSettings ssh;
        if (text.isEmpty()) {
            device.ssh = ssh;
            return std::nullopt;
        }
        const auto malformed = [&] {
            return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                     "column 'ssh': '%1' is not [user@][host][:port]")
                                             .arg(text));
        };
        ssh.enabled = true;
        QString rest;
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            ssh.user = text.first(at);
            rest = text.sliced(at + 1);
        } else if (text.contains(QLatin1Char(':')) || text.startsWith(QLatin1Char('['))) {
            rest = text;
        } else {
            // A bare word is the user name, like "ssh -l root". An IPv4 address there is a slip, not a user.
            static const QRegularExpression ipv4(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
            if (ipv4.match(text).hasMatch()) {
                return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                         "column 'ssh': '%1' would be a user name; "
                                                                         "write '@%1' for the host or 'user@%1'")
                                                 .arg(text));
            }
            ssh.user = text;
        }
        if (ImportText::containsSpaceOrControl(ssh.user)) {
            return malformed();
        }
        if (!rest.isEmpty()) {
            const auto hostPort = ImportText::splitHostPort(rest);
            if (!hostPort || (!hostPort->host.isEmpty() && !ImportText::isPlausibleHost(hostPort->host))) {
                return malformed();
            }
            ssh.host = hostPort->host;
            if (hostPort->hasPort) {
                const auto port = ImportText::parsePort(hostPort->port);
                if (!port) {
                    return badPort(field, QStringLiteral("ssh"), hostPort->port);
                }
                ssh.port = *port;
            }
        }
        device.ssh = ssh;
        return std::nullopt;
    }

    std::optional<Error> readVnc(const QString &text, const Field &field, ImportedDevice &device) const
    {
        VncSettings vnc;
        if (text.isEmpty()) {
            device.vnc = vnc;
            return std::nullopt;
        }
        vnc.enabled = true;
        QString rest = text;
        if (rest.startsWith(QLatin1String("ssh+"), Qt::CaseInsensitive)) {
            vnc.viaSshTunnel = true;
            rest = rest.sliced(4);
        }
        if (!rest.isEmpty() && std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isDigit(); })) {
            const auto port = ImportText::parsePort(rest);
            if (!port) {
                return badPort(field, QStringLiteral("vnc"), rest);
            }
            vnc.port = *port;
            device.vnc = vnc;
            return std::nullopt;
        }
        if (!rest.isEmpty()) {
            const auto hostPort = ImportText::splitHostPort(rest);
            if (!hostPort || (!hostPort->host.isEmpty() && !ImportText::isPlausibleHost(hostPort->host))) {
                return errorAt(field.offset, QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                                         "column 'vnc': '%1' is not "
                                                                         "[ssh+][host][:port] or a port number")
                                                 .arg(text));
            }
            vnc.host = hostPort->host;
            if (hostPort->hasPort) {
                const auto port = ImportText::parsePort(hostPort->port);
                if (!port) {
                    return badPort(field, QStringLiteral("vnc"), hostPort->port);
                }
                vnc.port = *port;
            }
        }
        device.vnc = vnc;
        return std::nullopt;
    }

    QByteArrayView m_data;
    QString m_source;
    QList<Column> m_columns;
    QStringList m_headerNames;
};

} // namespace

Result<InventoryImport> CsvInventoryReader::readFile(const QString &path)
{
    auto data = ImportText::readFile(path);
    if (!data) {
        return data.error();
    }
    return parse(*data, path);
}

Result<InventoryImport> CsvInventoryReader::parse(QByteArrayView data, const QString &sourceName)
{
    const QByteArrayView text = ImportText::withoutBom(data);
    if (auto error = ImportText::checkUtf8(text, sourceName)) {
        return *error;
    }
    auto records = Tokenizer(text, sourceName).run();
    if (!records) {
        return records.error();
    }
    if (records->isEmpty()) {
        return Error{ErrorCode::Parse,
                     QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                 "the file has no header line; the first line must name the "
                                                 "columns client,site,device,address,os,exporter_url,ssh,vnc,tags"),
                     ImportText::where(sourceName, 1)};
    }
    RecordReader reader(text, sourceName);
    if (auto error = reader.readHeader(records->first())) {
        return *error;
    }
    InventoryImport result;
    result.source = sourceName;
    result.format = ImportFormat::Csv;
    QHash<QString, int> lineOfDevice;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const Record &record = records->at(i);
        auto device = reader.readRecord(record);
        if (!device) {
            return device.error();
        }
        const QString key = device->client.toCaseFolded() + QChar(u'\n') + device->name.toCaseFolded();
        if (const auto it = lineOfDevice.constFind(key); it != lineOfDevice.cend()) {
            return Error{ErrorCode::Parse,
                         QCoreApplication::translate("Vigil::CsvInventoryReader",
                                                     "device '%1' of client '%2' appears twice (lines %3 and %4)")
                             .arg(device->name, device->client)
                             .arg(*it)
                             .arg(record.line),
                         ImportText::where(sourceName, record.line)};
        }
        lineOfDevice.insert(key, record.line);
        result.devices.append(std::move(device).value());
    }
    return result;
}

} // namespace Vigil
