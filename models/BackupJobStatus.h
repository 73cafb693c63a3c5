// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupSource.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// One backup job as the endpoint reports it. Empty timestamps mean "never" or "not reported".
struct BackupJobStatus
{
    QString job; // the job label; for restic, the repository
    BackupSource source = BackupSource::Vigil;
    QDateTime lastSuccess; // UTC
    QDateTime lastRun;     // UTC, when the last run finished, successful or not
    std::optional<bool> lastRunOk;
    std::optional<qint64> sizeBytes;
    QDateTime lastRestoreTest;             // UTC; empty when a restore was never tested
    std::optional<bool> repositoryCheckOk; // restic: the last `restic check`

    friend bool operator==(const BackupJobStatus &, const BackupJobStatus &) = default;
};

} // namespace Vigil
