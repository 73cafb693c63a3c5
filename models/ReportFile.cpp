// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFile.h"

#include "ReportCsv.h"
#include "ReportDocument.h"
#include "ReportHtml.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Vigil {

std::optional<ReportFile::Format> ReportFile::formatFromId(QStringView id)
{
    if (id.compare(u"pdf", Qt::CaseInsensitive) == 0) {
        return Format::Pdf;
    }
    if (id.compare(u"html", Qt::CaseInsensitive) == 0 || id.compare(u"htm", Qt::CaseInsensitive) == 0) {
        return Format::Html;
    }
    if (id.compare(u"csv", Qt::CaseInsensitive) == 0) {
        return Format::Csv;
    }
    return std::nullopt;
}

std::optional<ReportFile::Format> ReportFile::formatForPath(const QString &path)
{
    return formatFromId(QFileInfo(path).suffix());
}

QString ReportFile::extension(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QByteArray ReportFile::render(const ClientReport &report, const ReportBranding &branding, Format format)
{
    switch (format) {
    case Format::Pdf:
        return ReportDocument::pdf(report, branding);
    case Format::Html:
        return ReportHtml::standalone(report, branding).toUtf8();
    case Format::Csv:
        return ReportCsv::text(report).toUtf8();
    }
    return {};
}

Status ReportFile::write(const ClientReport &report, const ReportBranding &branding, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Io, tr("cannot write the report: %1").arg(file.errorString()), path};
    }
    const QByteArray bytes = render(report, branding, format);
    if (bytes.isEmpty()) {
        file.cancelWriting();
        return Error{ErrorCode::Io, tr("the report came out empty"), path};
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{ErrorCode::Io, tr("cannot write the report: %1").arg(file.errorString()), path};
    }
    return {};
}

} // namespace Vigil
