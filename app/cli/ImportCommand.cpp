// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CsvInventoryReader.h"
#include "Database.h"
#include "FileSdInventoryReader.h"
#include "InventoryStore.h"
#include "SshConfigReader.h"

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
            return usageError(tr("unknown format '%1' (use csv, file_sd or ssh_config)").arg(parser.value(formatOption)));
        }
    } else {
        format = detectImportFormat(path);
        if (!format) {
            return usageError(tr("cannot tell the format of %1 from its name; add --format csv|file_sd|ssh_config")
                                  .arg(path));
        }
    }

    Result<InventoryImport> read = [&]() -> Result<InventoryImport> {
        switch (*format) {
        case ImportFormat::Csv:
            return CsvInventoryReader::readFile(path);
        case ImportFormat::FileSd:
            return FileSdInventoryReader::readFile(path);
        case ImportFormat::SshConfig:
            return SshConfigReader::readFile(path);
        }
        return Error{ErrorCode::Unsupported, tr("unsupported format"), path};
    }();
    if (!read) {
        Error error = read.error();
        error.message += QLatin1Char(' ') + tr("(nothing was imported)");
        return runtimeError(error);
    }
    InventoryImport import = std::move(read).value();
    const QString client = parser.value(clientOption).trimmed();
    const QString site = parser.value(siteOption).trimmed();
    if (!client.isEmpty() && *format == ImportFormat::SshConfig) {
        for (ImportedDevice &device : import.devices) {
            if (device.client.isEmpty()) {
                device.client = client;
            }
        }
    }

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore store(*database.value());
    auto summary = store.applyImport(import, client.isEmpty() ? InventoryStore::defaultFallbackClient() : client,
                                     site.isEmpty() ? InventoryStore::defaultFallbackSite() : site);
    if (!summary) {
        Error error = summary.error();
        error.message += QLatin1Char(' ') + tr("(nothing was imported)");
        return runtimeError(error);
    }
    for (const QString &warning : summary->warnings) {
        m_context.err << tr("vigil-cli: import: warning: %1").arg(warning) << Qt::endl;
    }
    m_context.out << tr("Imported %1 (%2): %3 created, %4 updated, %5 unchanged; %6 new clients, %7 new sites.")
                         .arg(path, importFormatId(*format))
                         .arg(summary->devicesCreated)
                         .arg(summary->devicesUpdated)
                         .arg(summary->devicesUnchanged)
                         .arg(summary->clientsCreated)
                         .arg(summary->sitesCreated)
                  << Qt::endl;
    return ExitOk;
}

} // namespace Vigil
