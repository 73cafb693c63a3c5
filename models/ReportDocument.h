// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientReport.h"
#include "ReportBranding.h"

#include <QByteArray>

#include <memory>

class QTextDocument;

namespace Vigil {

// The report as a QTextDocument (the console's preview) and as an A4 PDF printed from it (QPdfWriter). Needs a
// QGuiApplication: layout and charts need fonts.
class ReportDocument final
{
public:
    // The HTML with the charts and the logo added as the document's image resources.
    static std::unique_ptr<QTextDocument> create(const ClientReport &report, const ReportBranding &branding);
    static QByteArray pdf(const ClientReport &report, const ReportBranding &branding);
    static void addImages(QTextDocument &document, const ClientReport &report, const ReportBranding &branding);
    static QString html(const ClientReport &report, const ReportBranding &branding);
};

} // namespace Vigil
