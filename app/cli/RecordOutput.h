// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QTextStream;

namespace Vigil {

// The machine-readable forms of a listing: the records as one indented JSON array, or CSV with a header of the
// given keys and one row per record (numbers as whole numbers, everything else as text, quoted per RFC 4180).
// A time in machine output: ISO 8601 in UTC, empty for "never".
QString recordTime(const QDateTime &time);

void writeJsonRecords(QTextStream &out, const QList<QJsonObject> &records);
void writeCsvRecords(QTextStream &out, const QStringList &columns, const QList<QJsonObject> &records);

} // namespace Vigil
