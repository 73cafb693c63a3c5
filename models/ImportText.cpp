// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Vigil {

namespace {

// Length of the UTF-8 sequence starting at data[i], or 0 if it is not well-formed (overlong forms, surrogates
// and code points above U+10FFFF are rejected, as RFC 3629 requires).
qsizetype utf8SequenceLength(QByteArrayView data, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(data[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        return 1;
    }
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0) {
            low = 0xA0;
        } else if (b0 == 0xED) {
            high = 0x9F;
        }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0) {
            low = 0x90;
        } else if (b0 == 0xF4) {
            high = 0x8F;
        }
    } else {
        return 0;
    }
    if (i + length > data.size()) {
        return 0;
    }
    const unsigned char b1 = byte(i + 1);
    if (b1 < low || b1 > high) {
        return 0;
    }
    for (qsizetype k = 2; k < length; ++k) {
        const unsigned char b = byte(i + k);
        if (b < 0x80 || b > 0xBF) {
            return 0;
        }
    }
    return length;
}

} // namespace

Result<QByteArray> ImportText::readFile(const QString &path)
{
    const auto failure = [&](const QString &reason) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("Vigil::ImportText", "cannot read %1: %2").arg(path, reason), path};
    };
    if (QFileInfo(path).isDir()) {
        return failure(QCoreApplication::translate("Vigil::ImportText", "it is a folder, not a file"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(file.errorString());
    }
    if (file.size() > maxFileSize) {
        return failure(QCoreApplication::translate("Vigil::ImportText", "the file is larger than %1 MiB")
                           .arg(maxFileSize / (1024 * 1024)));
    }
    // Read one byte past the limit so a file that grows (or a pipe) is still caught.
    QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return failure(file.errorString());
    }
    if (data.size() > maxFileSize) {
        return failure(QCoreApplication::translate("Vigil::ImportText", "the file is larger than %1 MiB")
                           .arg(maxFileSize / (1024 * 1024)));
    }
    return data;
}

QByteArrayView ImportText::withoutBom(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        return data.sliced(3);
    }
    return data;
}

std::optional<Error> ImportText::checkUtf8(QByteArrayView data, const QString &sourceName)
{
    qsizetype i = 0;
    while (i < data.size()) {
        const qsizetype length = utf8SequenceLength(data, i);
        if (length == 0) {
            return Error{
                ErrorCode::Parse,
                QCoreApplication::translate("Vigil::ImportText", "the file is not valid UTF-8 text (save it as UTF-8)"),
                where(sourceName, position(data, i))};
        }
        i += length;
    }
    return std::nullopt;
}

TextPosition ImportText::position(QByteArrayView data, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = std::min(std::max<qsizetype>(offset, 0), data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            // Count code points, not bytes: continuation bytes do not start a new column.
            ++pos.column;
        }
    }
    return pos;
}

QString ImportText::where(const QString &sourceName, int line)
{
    return sourceName + QLatin1Char(':') + QString::number(line);
}

QString ImportText::where(const QString &sourceName, TextPosition pos)
{
    return sourceName + QLatin1Char(':') + QString::number(pos.line) + QLatin1Char(':') + QString::number(pos.column);
}

QStringList ImportText::splitTags(QStringView text)
{
    QStringList tags;
    QSet<QString> seen;
    for (const QStringView part : text.split(QLatin1Char(';'))) {
        const QString tag = part.trimmed().toString();
        if (tag.isEmpty()) {
            continue;
        }
        const QString key = tag.toCaseFolded();
        if (seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        tags.append(tag);
    }
    return tags;
}

std::optional<ImportText::HostPort> ImportText::splitHostPort(QStringView text)
{
    HostPort result;
    QStringView rest;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return std::nullopt;
        }
        result.host = text.sliced(1, close - 1).toString();
        rest = text.sliced(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':'))) {
            return std::nullopt;
        }
    } else {
        const qsizetype colons = text.count(QLatin1Char(':'));
        if (colons >= 2) {
            result.host = text.toString();
            return result;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        result.host = (colon < 0 ? text : text.first(colon)).toString();
        rest = colon < 0 ? QStringView() : text.sliced(colon);
    }
    if (!rest.isEmpty()) {
        result.hasPort = true;
        result.port = rest.sliced(1).toString();
    }
    if (result.host.contains(QLatin1Char('[')) || result.host.contains(QLatin1Char(']'))) {
        return std::nullopt;
    }
    return result;
}

std::optional<int> ImportText::parsePort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5) {
        return std::nullopt;
    }
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value < 1 || value > 65535) {
        return std::nullopt;
    }
    return value;
}

bool ImportText::isPlausibleHost(QStringView host)
{
    if (host.isEmpty()) {
        return false;
    }
    for (const QChar c : host) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_')
            && c != QLatin1Char(':') && c != QLatin1Char('%')) {
            return false;
        }
    }
    return true;
}

bool ImportText::containsSpaceOrControl(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}

} // namespace Vigil
