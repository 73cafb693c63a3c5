// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace Vigil {

class Database;

// What the commands share: option parsing with usage errors (exit 2), opening the database and reporting errors
// (exit 1) in one consistent "vigil-cli: COMMAND: where: message" form.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::CliCommand)

public:
    CliCommand(CliContext &context, QString name, QString description);
    virtual ~CliCommand();
    CliCommand(const CliCommand &) = delete;
    CliCommand &operator=(const CliCommand &) = delete;

    int run(const QStringList &arguments);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Called after parsing succeeded; returns the exit code.
    virtual int execute(const QCommandLineParser &parser) = 0;

    int usageError(const QString &message);
    // table, json or csv: what every listing command offers with --format.
    static bool isListingFormat(const QString &format);
    int unknownFormatError(const QString &format);
    int runtimeError(const Error &error);
    Result<std::unique_ptr<Database>> openDatabase();

    CliContext &m_context;

private:
    QString m_name;
    QString m_description;
    QCommandLineParser *m_parser = nullptr;
};

} // namespace Vigil
