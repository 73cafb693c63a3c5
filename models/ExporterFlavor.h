// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Vigil {

// Which agent answered a poll, recognised from the metric names it exposes.
enum class ExporterFlavor { Unknown, NodeExporter, WindowsExporter };

// "node_exporter", "windows_exporter" or "unknown": stable ids for the snapshot JSON.
QString exporterFlavorId(ExporterFlavor flavor);
// Unrecognised ids read as Unknown, so snapshots written by a newer Vigil still load.
ExporterFlavor exporterFlavorFromId(QStringView id);

} // namespace Vigil
