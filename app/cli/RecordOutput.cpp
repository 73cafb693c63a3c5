// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordOutput.h"

#include "CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Vigil {

QString recordTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void writeJsonRecords(QTextStream &out, const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records) {
        array.append(record);
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void writeCsvRecords(QTextStream &out, const QStringList &columns, const QList<QJsonObject> &records)
{
    out << columns.join(u',') << '\n';
    for (const QJsonObject &record : records) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const QString &column : columns) {
            const QJsonValue v = record.value(column);
            cells.append(csvField(v.isDouble() ? QString::number(v.toInteger()) : v.toString()));
        }
        out << cells.join(u',') << '\n';
    }
}

} // namespace Vigil
