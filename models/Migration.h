// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil {

// One step of the schema: SQL statements that take the database from version-1 to version. Statements run one by
// one (Qt's SQLite driver executes only the first statement of a string).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace Vigil
