// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <QTextStream>

#include <algorithm>

namespace Vigil {

namespace {

QString fit(const QString &cell, int limit)
{
    QString flat = cell;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (limit > 1 && flat.size() > limit) {
        return flat.left(limit - 1) + QChar(0x2026);
    }
    return flat;
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
    m_maxWidths.fill(0, m_headers.size());
}

void TextTable::setMaximumWidth(int column, int width)
{
    if (column >= 0 && column < m_maxWidths.size()) {
        m_maxWidths[column] = width;
    }
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size()) {
        cells.append(QString());
    }
    m_rows.append(std::move(cells));
}

qsizetype TextTable::rowCount() const
{
    return m_rows.size();
}

void TextTable::write(QTextStream &stream) const
{
    const qsizetype columns = m_headers.size();
    QList<qsizetype> widths(columns, 0);
    const auto measure = [&](const QStringList &cells) {
        for (qsizetype c = 0; c < columns; ++c) {
            widths[c] = std::max(widths[c], fit(cells.at(c), m_maxWidths.at(c)).size());
        }
    };
    measure(m_headers);
    for (const QStringList &row : m_rows) {
        measure(row);
    }
    const auto writeRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString text = fit(cells.at(c), m_maxWidths.at(c));
            line += c + 1 < columns ? text.leftJustified(widths[c] + 2) : text;
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        stream << line << '\n';
    };
    writeRow(m_headers);
    for (const QStringList &row : m_rows) {
        writeRow(row);
    }
}

} // namespace Vigil
