// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Vigil {

// Plain aligned columns for terminal output; long cells are cut with an ellipsis at the column's limit.
class TextTable final
{
public:
    explicit TextTable(QStringList headers);

    void setMaximumWidth(int column, int width);
    void addRow(QStringList cells);
    void write(QTextStream &stream) const;
    qsizetype rowCount() const;

private:
    QStringList m_headers;
    QList<int> m_maxWidths;
    QList<QStringList> m_rows;
};

} // namespace Vigil
