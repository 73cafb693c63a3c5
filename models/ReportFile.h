// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientReport.h"
#include "ReportBranding.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace Vigil {

// Writing a report to a file in one of its formats. The file appears whole or not at all (QSaveFile), so a failed
// write never leaves half a report behind.
class ReportFile final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReportFile)

public:
    enum class Format { Pdf, Html, Csv };

    // "pdf", "html" (or "htm"), "csv".
    static std::optional<Format> formatFromId(QStringView id);
    // From the file name's extension.
    static std::optional<Format> formatForPath(const QString &path);
    static QString extension(Format format);

    static QByteArray render(const ClientReport &report, const ReportBranding &branding, Format format);
    static Status write(const ClientReport &report, const ReportBranding &branding, Format format, const QString &path);
};

} // namespace Vigil
