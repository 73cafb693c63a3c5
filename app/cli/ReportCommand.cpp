// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "ReportBuilder.h"
#include "ReportFile.h"

#include <QDir>
#include <QFileInfo>

namespace Vigil {

namespace {

const QString clientOption = QStringLiteral("client");
const QString monthOption = QStringLiteral("month");
const QString outOption = QStringLiteral("out");
const QString formatOption = QStringLiteral("format");

} // namespace

ReportCommand::ReportCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("report"), tr("Write a client's monthly report as PDF, HTML or CSV."))
{
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({clientOption, tr("The client the report is for."), QStringLiteral("NAME")});
    parser.addOption({monthOption, tr("The month, as YYYY-MM, in the client's time zone."), QStringLiteral("YYYY-MM")});
    parser.addOption({outOption, tr("The file to write; its extension (.pdf, .html, .csv) gives the format."),
                      QStringLiteral("FILE")});
    parser.addOption({formatOption, tr("pdf, html or csv, whatever the file's extension."), QStringLiteral("FORMAT")});
}

int ReportCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    for (const QString &required : {clientOption, monthOption, outOption}) {
        if (!parser.isSet(required) || parser.value(required).trimmed().isEmpty()) {
            return usageError(tr("--%1 is required").arg(required));
        }
    }
    const std::optional<QDate> month = ReportBuilder::parseMonth(parser.value(monthOption));
    if (!month) {
        return usageError(tr("bad month '%1' (use YYYY-MM, for example 2026-10)").arg(parser.value(monthOption)));
    }
    const QString path = parser.value(outOption);
    std::optional<ReportFile::Format> format;
    if (parser.isSet(formatOption)) {
        format = ReportFile::formatFromId(parser.value(formatOption));
        if (!format) {
            return usageError(tr("unknown format '%1' (use pdf, html or csv)").arg(parser.value(formatOption)));
        }
    } else {
        format = ReportFile::formatForPath(path);
        if (!format) {
            return usageError(
                tr("cannot tell the format from '%1': name the file .pdf, .html or .csv, or give --format")
                    .arg(QFileInfo(path).fileName()));
        }
    }

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    const Result<ClientReport> report =
        ReportBuilder(*database.value(), Clock::system()).build(parser.value(clientOption), *month);
    if (!report) {
        return runtimeError(report.error());
    }
    const Status written = ReportFile::write(report.value(), AppSettings().reportBranding(), *format, path);
    if (!written) {
        return runtimeError(written.error());
    }
    m_context.out << tr("Wrote the %1 report for %2 to %3")
                         .arg(report->month.toString(QStringLiteral("yyyy-MM")), report->clientName,
                              QDir::toNativeSeparators(path))
                  << '\n';
    return ExitOk;
}

} // namespace Vigil
