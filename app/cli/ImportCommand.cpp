// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "Database.h"
#include "InventoryImporter.h"
#include "InventoryStore.h"

namespace Vigil {

namespace {

const QString formatOption = QStringLiteral("format");
const QString clientOption = QStringLiteral("client");
const QString siteOption = QStringLiteral("site");

} // namespace

ImportCommand::ImportCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("import"),
                 tr("Import devices. Re-importing updates devices in place and never duplicates them; "
                    "a file with any bad record imports nothing."))
{
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV, Prometheus file_sd JSON or an ssh_config file."));
    parser.addOption({formatOption, tr("The file's format: csv, file_sd or ssh_config (default: from the name)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({clientOption,
                      tr("Client for devices the file does not assign to one (ssh_config; default: \"%1\").")
                          .arg(InventoryStore::defaultFallbackClient()),
                      QStringLiteral("NAME")});
    parser.addOption({siteOption,
                      tr("Site for new devices the file does not place (default: \"%1\").")
                          .arg(InventoryStore::defaultFallbackSite()),
                      QStringLiteral("NAME")});
}

int ImportCommand::execute(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return usageError(tr("give exactly one file to import"));
    }
    const QString path = files.constFirst();
    std::optional<ImportFormat> format;
    if (parser.isSet(formatOption)) {
        format = importFormatFromId(parser.value(formatOption));
        if (!format) {
            return usageError(
                tr("unknown format '%1' (use csv, file_sd or ssh_config)").arg(parser.value(formatOption)));
        }
    } else {
        format = detectImportFormat(path);
        if (!format) {
            return usageError(
                tr("cannot tell the format of %1 from its name; add --format csv|file_sd|ssh_config").arg(path));
        }
    }

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore store(*database.value());
    auto summary =
        InventoryImporter::importFile(store, path, *format, parser.value(clientOption), parser.value(siteOption));
    if (!summary) {
        Error error = summary.error();
        error.message += QLatin1Char(' ') + tr("(nothing was imported)");
        return runtimeError(error);
    }
    for (const QString &warning : summary->warnings) {
        m_context.err << tr("vigil-cli: import: warning: %1").arg(warning) << Qt::endl;
    }
    // One plural form per count; the numbers stay in the order the sentence reads.
    m_context.out << tr("Imported %1 (%2): %3, %4, %5; %6, %7.")
                         .arg(path, importFormatId(*format), tr("%n created", "devices", summary->devicesCreated),
                              tr("%n updated", "devices", summary->devicesUpdated),
                              tr("%n unchanged", "devices", summary->devicesUnchanged),
                              tr("%n new client(s)", nullptr, summary->clientsCreated),
                              tr("%n new site(s)", nullptr, summary->sitesCreated))
                  << Qt::endl;
    return ExitOk;
}

} // namespace Vigil
