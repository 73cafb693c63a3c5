// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

enum class ErrorCode {
    InvalidInput,
    NotFound,
    Conflict,
    Io,
    Database,
    SchemaTooNew,
    MigrationFailed,
    Parse,
    Unsupported,
};

// An error as a value: what went wrong (translated, shown to the technician) and where (a file:line, a device,
// a table), kept apart so callers can present them differently.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString where;

    QString toString() const;
};

} // namespace Vigil
