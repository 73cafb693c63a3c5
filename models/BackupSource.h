// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Vigil {

// Where a backup job's metrics came from: Vigil's own textfile convention (backup_*{job}, written by
// packaging/endpoint/vigil-backup-metrics) or a restic exporter (restic_*{repository}).
enum class BackupSource { Vigil, Restic };

} // namespace Vigil
