// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace Vigil {

// Exit codes, as documented in ARCHITECTURE.md.
enum ExitCode { ExitOk = 0, ExitRuntimeError = 1, ExitUsageError = 2, ExitHostKeyChanged = 3 };

// What every command gets: where to write, and the database the user chose.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString databasePath;
};

} // namespace Vigil
