// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Vigil {

// One backup job of a device as the console keeps it: what the endpoint last reported, with the restore test a
// technician recorded. Empty timestamps mean "never" or "not reported".
struct BackupJobRecord
{
    qint64 deviceId = 0;
    QString job;
    QDateTime lastSuccess;
    QDateTime lastRun;
    std::optional<bool> lastRunOk;
    std::optional<qint64> sizeBytes;
    // The size at the start of the trend window (from the health history), for "+4 % in 7 days".
    std::optional<qint64> sizeBefore;
    QDateTime sizeBeforeAt;
    QDateTime lastRestoreTest;
    QString restoreTestedBy; // empty when the endpoint reported the test, or none was recorded
    QString restoreTestNote;
    QDateTime firstSeen;
    QDateTime updatedAt;

    // Seconds since the last success; empty when it never succeeded.
    std::optional<qint64> ageSeconds(const QDateTime &now) const;
    // The size change over the trend window in percent; empty without two sizes.
    std::optional<double> sizeChangePercent() const;

    friend bool operator==(const BackupJobRecord &, const BackupJobRecord &) = default;
};

} // namespace Vigil
