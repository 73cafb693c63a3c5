// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigil {

struct TextPosition
{
    int line = 1;   // 1-based
    int column = 1; // 1-based, in Unicode code points
};

// Small text helpers shared by the inventory import readers: reading a file with a clear error, the BOM,
// UTF-8 validation and byte offset → line:column for messages.
class ImportText final
{
public:
    // Larger inventories than this are certainly a wrong file (a disk image, a log).
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    // The whole file, or Error{Io, "cannot read PATH: reason", PATH}.
    static Result<QByteArray> readFile(const QString &path);
    static QByteArrayView withoutBom(QByteArrayView data);
    // Error{Parse, "…not valid UTF-8…", "source:line:column"} at the first bad byte, or nothing.
    static std::optional<Error> checkUtf8(QByteArrayView data, const QString &sourceName);
    static TextPosition position(QByteArrayView data, qsizetype offset);
    static QString where(const QString &sourceName, int line);
    static QString where(const QString &sourceName, TextPosition position);
    // "a; b;;A" → ["a", "b"]: split on ';', trimmed, empties dropped, case-insensitive duplicates dropped.
    static QStringList splitTags(QStringView text);

    struct HostPort
    {
        QString host; // without the [] around an IPv6 address
        QString port; // as written; empty when there was no ":port"
        bool hasPort = false;
    };
    // "host", "host:port", ":port", "[v6]", "[v6]:port", or a bare IPv6 address (two or more colons, no port).
    // Nothing when the brackets are unbalanced or text follows "]".
    static std::optional<HostPort> splitHostPort(QStringView text);
    // 1–65535 written in ASCII digits, or nothing.
    static std::optional<int> parsePort(QStringView text);
    // Letters, digits and . - _ : % only (names, IPv4, IPv6 with a zone); not empty.
    static bool isPlausibleHost(QStringView host);
    static bool containsSpaceOrControl(QStringView text);
};

} // namespace Vigil
