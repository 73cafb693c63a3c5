// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientReport.h"
#include "ReportBranding.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

namespace Vigil {

// The report as HTML that both a browser and QTextDocument (the PDF and the console's preview) lay out well:
// tables, headings and a small style sheet, every stored string escaped.
class ReportHtml final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReportHtml)

public:
    // The images the report shows, by name: "logo", "alerts", "uptime". Null images are left out.
    static QHash<QString, QImage> images(const ClientReport &report, const ReportBranding &branding);
    // With image sources by name (resource URLs for a QTextDocument); a name without a source is left out.
    static QString document(const ClientReport &report, const ReportBranding &branding,
                            const QHash<QString, QString> &imageSources);
    // A self-contained file: the images inline as data: URLs.
    static QString standalone(const ClientReport &report, const ReportBranding &branding);
};

} // namespace Vigil
