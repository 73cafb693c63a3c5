// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "Database.h"

namespace Vigil {

CliCommand::CliCommand(CliContext &context, QString name, QString description)
    : m_context(context)
    , m_name(std::move(name))
    , m_description(std::move(description))
{
}

CliCommand::~CliCommand() = default;

int CliCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    m_parser = &parser;
    parser.setApplicationDescription(m_description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this command's help."));
    parser.addOption(help);
    addOptions(parser);
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        // Only the usage line names the program (as its path): every other word stays, even one that is also the
        // command's name ("report").
        QString text = parser.helpText();
        const qsizetype program = text.indexOf(QCoreApplication::arguments().value(0));
        const qsizetype lineEnd = text.indexOf(u'\n');
        if (program >= 0 && program < lineEnd) {
            text.replace(program, QCoreApplication::arguments().value(0).size(),
                         QStringLiteral("vigil-cli [--db PATH] ") + m_name);
        }
        m_context.out << text;
        return ExitOk;
    }
    const int code = execute(parser);
    m_parser = nullptr;
    return code;
}

int CliCommand::usageError(const QString &message)
{
    m_context.err << QStringLiteral("vigil-cli: %1: %2\n").arg(m_name, message);
    m_context.err << tr("Try 'vigil-cli %1 --help'.").arg(m_name) << Qt::endl;
    return ExitUsageError;
}

bool CliCommand::isListingFormat(const QString &format)
{
    return format == QLatin1String("table") || format == QLatin1String("json") || format == QLatin1String("csv");
}

int CliCommand::unknownFormatError(const QString &format)
{
    return usageError(tr("unknown format '%1' (use table, json or csv)").arg(format));
}

int CliCommand::runtimeError(const Error &error)
{
    m_context.err << QStringLiteral("vigil-cli: %1: %2").arg(m_name, error.toString()) << Qt::endl;
    return ExitRuntimeError;
}

Result<std::unique_ptr<Database>> CliCommand::openDatabase()
{
    return Database::open(m_context.databasePath);
}

} // namespace Vigil
