// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExporterFlavor.h"

namespace Vigil {

QString exporterFlavorId(ExporterFlavor flavor)
{
    switch (flavor) {
    case ExporterFlavor::NodeExporter:
        return QStringLiteral("node_exporter");
    case ExporterFlavor::WindowsExporter:
        return QStringLiteral("windows_exporter");
    case ExporterFlavor::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ExporterFlavor exporterFlavorFromId(QStringView id)
{
    for (const ExporterFlavor flavor : {ExporterFlavor::NodeExporter, ExporterFlavor::WindowsExporter}) {
        if (id == exporterFlavorId(flavor)) {
            return flavor;
        }
    }
    return ExporterFlavor::Unknown;
}

} // namespace Vigil
