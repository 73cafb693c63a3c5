// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSdInventoryReader.h"

#include "ImportText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Vigil {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// QJsonDocument keeps no positions, so messages about a target group find where the N-th element of the top-level
// array starts with this scan. It runs only on text QJsonDocument accepted, but stays in bounds on any input.
QList<qsizetype> topLevelElementOffsets(QByteArrayView json)
{
    QList<qsizetype> offsets;
    qsizetype i = 0;
    const qsizetype n = json.size();
    while (i < n && isJsonSpace(json[i])) {
        ++i;
    }
    if (i >= n || json[i] != '[') {
        return offsets;
    }
    ++i;
    int depth = 1;
    bool atElementStart = true;
    while (i < n && depth > 0) {
        const char c = json[i];
        if (isJsonSpace(c)) {
            ++i;
            continue;
        }
        if (depth == 1 && atElementStart && c != ']') {
            offsets.append(i);
            atElementStart = false;
        }
        switch (c) {
        case '"':
            ++i;
            while (i < n && json[i] != '"') {
                i += json[i] == '\\' ? 2 : 1;
            }
            ++i;
            break;
        case '[':
        case '{':
            ++depth;
            ++i;
            break;
        case ']':
        case '}':
            --depth;
            ++i;
            break;
        case ',':
            atElementStart = depth == 1;
            ++i;
            break;
        default:
            ++i;
            break;
        }
    }
    return offsets;
}

struct Target
{
    QString text; // as written, "host:port"
    QString host; // without []
};

struct Group
{
    int number = 0; // 1-based, for messages
    int line = 1;
    QList<Target> targets;
    QHash<QString, QString> labels;
};

} // namespace

Result<InventoryImport> FileSdInventoryReader::readFile(const QString &path)
{
    auto data = ImportText::readFile(path);
    if (!data) {
        return data.error();
    }
    return parse(*data, path);
}

Result<InventoryImport> FileSdInventoryReader::parse(QByteArrayView data, const QString &sourceName)
{
    const QByteArrayView text = ImportText::withoutBom(data);
    if (auto error = ImportText::checkUtf8(text, sourceName)) {
        return *error;
    }
    if (QByteArrayView(text).trimmed().isEmpty()) {
        return Error{ErrorCode::Parse,
                     QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                 "the file is empty; expected a JSON array of target groups"),
                     ImportText::where(sourceName, 1)};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just after the character it stumbled on, or the end for a truncated document.
        const qsizetype offset =
            parseError.offset >= text.size() ? text.size() : std::max<qsizetype>(parseError.offset - 1, 0);
        return Error{ErrorCode::Parse,
                     QCoreApplication::translate("Vigil::FileSdInventoryReader", "not valid JSON: %1")
                         .arg(parseError.errorString()),
                     ImportText::where(sourceName, ImportText::position(text, offset))};
    }
    if (!document.isArray()) {
        return Error{ErrorCode::Parse,
                     QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                 "the top level must be a JSON array of target groups "
                                                 "([{\"targets\": [\"host:port\"], \"labels\": {…}}])"),
                     ImportText::where(sourceName, 1)};
    }
    const QJsonArray array = document.array();
    const QList<qsizetype> offsets = topLevelElementOffsets(text);

    QList<Group> groups;
    QHash<QString, int> targetsPerHost;
    for (qsizetype index = 0; index < array.size(); ++index) {
        Group group;
        group.number = static_cast<int>(index + 1);
        group.line = index < offsets.size() ? ImportText::position(text, offsets.at(index)).line : 1;
        const QString where = ImportText::where(sourceName, group.line);
        const auto fail = [&](const QString &message) { return Error{ErrorCode::Parse, message, where}; };
        const QJsonValue value = array.at(index);
        if (!value.isObject()) {
            return fail(
                QCoreApplication::translate("Vigil::FileSdInventoryReader", "target group %1 is not a JSON object")
                    .arg(group.number));
        }
        const QJsonObject object = value.toObject();
        const QJsonValue targets = object.value(QLatin1String("targets"));
        if (!targets.isArray()) {
            return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                    "target group %1 has no \"targets\" list of \"host:port\" "
                                                    "strings")
                            .arg(group.number));
        }
        for (const QJsonValue target : targets.toArray()) {
            const QString targetText = target.toString();
            const auto hostPort = ImportText::splitHostPort(targetText);
            if (!target.isString() || !hostPort || !hostPort->hasPort || !ImportText::isPlausibleHost(hostPort->host)
                || !ImportText::parsePort(hostPort->port)) {
                // A non-string target is shown as the JSON it is (e.g. [9100]), a string in quotes.
                const QString shown =
                    target.isString()
                        ? QString(QLatin1Char('\'') + targetText + QLatin1Char('\''))
                        : QString::fromUtf8(QJsonDocument(QJsonArray{target}).toJson(QJsonDocument::Compact));
                return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                        "target group %1: %2 is not a \"host:port\" target "
                                                        "(port 1–65535)")
                                .arg(group.number)
                                .arg(shown));
            }
            group.targets.append(Target{targetText, hostPort->host});
            targetsPerHost[hostPort->host.toCaseFolded()] += 1;
        }
        const QJsonValue labels = object.value(QLatin1String("labels"));
        if (!labels.isUndefined() && !labels.isNull() && !labels.isObject()) {
            return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                    "target group %1: \"labels\" must be an object of strings")
                            .arg(group.number));
        }
        const QJsonObject labelObject = labels.toObject();
        for (auto it = labelObject.constBegin(); it != labelObject.constEnd(); ++it) {
            if (!it.value().isString()) {
                return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                        "target group %1: label '%2' must be a string")
                                .arg(group.number)
                                .arg(it.key()));
            }
            group.labels.insert(it.key(), it.value().toString());
        }
        groups.append(std::move(group));
    }

    InventoryImport result;
    result.source = sourceName;
    result.format = ImportFormat::FileSd;
    struct Seen
    {
        int group;
        int line;
    };
    QHash<QString, Seen> seen;
    for (const Group &group : std::as_const(groups)) {
        const QString where = ImportText::where(sourceName, group.line);
        const auto fail = [&](const QString &message) { return Error{ErrorCode::Parse, message, where}; };
        const auto label = [&](QLatin1String name) { return group.labels.value(QString(name)); };
        const auto has = [&](QLatin1String name) { return group.labels.contains(QString(name)); };

        const QString client = label(QLatin1String("client")).trimmed();
        if (client.isEmpty()) {
            return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                    "target group %1 has no 'client' label; every device needs a "
                                                    "client")
                            .arg(group.number));
        }
        const QString deviceLabel = label(QLatin1String("device")).trimmed();
        if (!deviceLabel.isEmpty() && group.targets.size() != 1) {
            return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                    "target group %1 has a 'device' label but %2 targets; a "
                                                    "'device' label names exactly one target")
                            .arg(group.number)
                            .arg(group.targets.size()));
        }
        std::optional<DeviceKind> kind;
        if (const QString kindText = label(QLatin1String("kind")).trimmed(); !kindText.isEmpty()) {
            kind = deviceKindFromId(kindText);
            if (!kind) {
                return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                        "target group %1: label 'kind': '%2' is not one of "
                                                        "workstation, server, network, printer")
                                .arg(group.number)
                                .arg(kindText));
            }
        }
        QString scheme = QStringLiteral("http");
        if (has(QLatin1String("__scheme__"))) {
            scheme = label(QLatin1String("__scheme__")).trimmed().toLower();
            if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
                return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                        "target group %1: label '__scheme__' must be http or "
                                                        "https, not '%2'")
                                .arg(group.number)
                                .arg(label(QLatin1String("__scheme__"))));
            }
        }
        QString metricsPath = QStringLiteral("/metrics");
        if (has(QLatin1String("__metrics_path__"))) {
            metricsPath = label(QLatin1String("__metrics_path__")).trimmed();
            if (!metricsPath.startsWith(QLatin1Char('/')) || ImportText::containsSpaceOrControl(metricsPath)) {
                return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                        "target group %1: label '__metrics_path__' must be a path "
                                                        "starting with '/', not '%2'")
                                .arg(group.number)
                                .arg(metricsPath));
            }
        }
        if (group.targets.isEmpty()) {
            result.warnings.append(
                QCoreApplication::translate("Vigil::FileSdInventoryReader", "target group %1 has no targets (%2)")
                    .arg(group.number)
                    .arg(where));
        }
        for (const Target &target : group.targets) {
            ImportedDevice device;
            device.source = where;
            device.client = client;
            device.site = label(QLatin1String("site")).trimmed();
            if (!deviceLabel.isEmpty()) {
                device.name = deviceLabel;
            } else {
                // Two exporters on one machine (node and windows, or two instances) need distinct names.
                device.name = targetsPerHost.value(target.host.toCaseFolded()) > 1 ? target.text : target.host;
            }
            device.address = target.host;
            device.exporterUrl = scheme + QStringLiteral("://") + target.text + metricsPath;
            if (has(QLatin1String("os"))) {
                device.os = label(QLatin1String("os")).trimmed();
            }
            device.kind = kind;
            if (has(QLatin1String("tags"))) {
                device.tags = ImportText::splitTags(label(QLatin1String("tags")));
            }
            if (has(QLatin1String("notes"))) {
                device.notes = label(QLatin1String("notes"));
            }
            const QString key = device.client.toCaseFolded() + QChar(u'\n') + device.name.toCaseFolded();
            if (const auto it = seen.constFind(key); it != seen.cend()) {
                return fail(QCoreApplication::translate("Vigil::FileSdInventoryReader",
                                                        "device '%1' of client '%2' appears twice (target groups "
                                                        "%3 and %4, lines %5 and %6)")
                                .arg(device.name, device.client)
                                .arg(it->group)
                                .arg(group.number)
                                .arg(it->line)
                                .arg(group.line));
            }
            seen.insert(key, Seen{group.number, group.line});
            result.devices.append(std::move(device));
        }
    }
    return result;
}

} // namespace Vigil
