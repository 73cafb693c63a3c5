// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "AlertActionCommand.h"
#include "AlertsCommand.h"
#include "CalendarCommand.h"
#include "CliContext.h"
#include "ComponentVersions.h"
#include "Database.h"
#include "DevicesCommand.h"
#include "ExecCommand.h"
#include "ImportCommand.h"
#include "MaintenanceCommand.h"
#include "PollCommand.h"
#include "ReportCommand.h"
#include "ReviewCommand.h"
#include "RulesCommand.h"
#include "TicketCommand.h"
#include "TicketsCommand.h"
#include "VncCaptureCommand.h"

#include <QLoggingCategory>

#include <cstdio>

namespace Vigil {

CliApplication::CliApplication()
    : m_stdout(stdout)
    , m_stderr(stderr)
    , m_out(m_stdout)
    , m_err(m_stderr)
{
}

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

void CliApplication::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: vigil-cli [--db PATH] COMMAND [OPTIONS]\n"
                 "\n"
                 "Global options:\n"
                 "  --db PATH        the Vigil database (default: $VIGIL_DB, else %1)\n"
                 "  -v, --verbose    log what Vigil does (to stderr)\n"
                 "  -h, --help       show this help; COMMAND --help shows a command's options\n"
                 "  --version        show versions\n"
                 "\n"
                 "Commands:\n"
                 "  import FILE      import devices from CSV, Prometheus file_sd JSON or ~/.ssh/config\n"
                 "  devices          list devices\n"
                 "  poll [--once]    poll every device's exporter, store the results, run the alert rules\n"
                 "  alerts           list alerts [--state S] [--since TIME] [--client NAME] [--format F]\n"
                 "  ack ID...        acknowledge alerts [--note TEXT]\n"
                 "  resolve ID...    resolve alerts [--note TEXT]\n"
                 "  snooze ID...     snooze alerts --until TIME [--note TEXT]\n"
                 "  review           the morning review, per client [--since TIME] [--finish]\n"
                 "  rules            the alert rules [--client NAME]; rules set RULE …; rules reset RULE\n"
                 "  maintenance      maintenance windows; maintenance add …; maintenance remove ID\n"
                 "  tickets          the ticket queue by SLA urgency [--status S,...] [--client NAME]\n"
                 "                   [--mine|--unassigned] [--breached] [--format F]\n"
                 "  ticket ACTION    new --client NAME --title T [--priority P] [--device NAME]\n"
                 "                   [--description D] [--reported TIME]; new --from-alert ID;\n"
                 "                   show ID; note ID TEXT [--client-visible];\n"
                 "                   log ID MINUTES [--note T]; status ID STATUS; priority ID P;\n"
                 "                   assign ID NAME; unassign ID; close ID --notes TEXT\n"
                 "  exec DEVICE -- COMMAND...\n"
                 "                   run one command over SSH [--accept-new] [--timeout S] [--client NAME]\n"
                 "                   [--ticket ID]; exits with the command's status (3: host key changed,\n"
                 "                   124: timeout, 255: connection or login failed)\n"
                 "  calendar CLIENT  a client's business hours for its SLA clocks [--days mon-fri]\n"
                 "                   [--hours 08:00-18:00] [--zone ZONE] [--add-holiday DATE [--name N]]\n"
                 "                   [--remove-holiday DATE]\n"
                 "  report           a client's monthly report --client NAME --month YYYY-MM\n"
                 "                   --out FILE.pdf|.html|.csv [--format pdf|html|csv]\n"
                 "  vnc-capture DEVICE --out FILE.png   save one frame of the device's VNC screen\n"
                 "                   [--client NAME] [--timeout S] [--password-stdin]\n"
                 "\n"
                 "Exit status: 0 ok, 1 runtime error, 2 usage error.\n")
                  .arg(Database::defaultPath());
}

void CliApplication::printVersion() const
{
    m_out << QStringLiteral("vigil-cli %1\n").arg(QStringLiteral(VIGIL_VERSION_STRING));
    for (const ComponentVersion &component : componentVersions()) {
        m_out << QStringLiteral("  %1 %2\n").arg(component.name, component.version);
    }
}

int CliApplication::run(const QStringList &arguments)
{
    // Output is for people and scripts; the log is opt-in.
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false"));
    QString databasePath = Database::defaultPath();
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                m_err << tr("vigil-cli: --db needs a path") << Qt::endl;
                return ExitUsageError;
            }
            databasePath = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            databasePath = arg.mid(5);
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printUsage(m_out);
            m_out.flush();
            return ExitOk;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--verbose")) {
            QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=true"));
        } else if (arg == QLatin1String("--version")) {
            printVersion();
            m_out.flush();
            return ExitOk;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            m_err << tr("vigil-cli: unknown option '%1'").arg(arg) << Qt::endl;
            printUsage(m_err);
            return ExitUsageError;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        m_err << tr("vigil-cli: no command given") << Qt::endl;
        printUsage(m_err);
        return ExitUsageError;
    }

    const QString command = arguments.at(i);
    // Each command parses its own options; argument 0 is the command name, as QCommandLineParser expects.
    const QStringList commandArguments = arguments.mid(i);
    CliContext context{m_out, m_err, databasePath};
    int code = ExitUsageError;
    if (command == QLatin1String("import")) {
        code = ImportCommand(context).run(commandArguments);
    } else if (command == QLatin1String("devices")) {
        code = DevicesCommand(context).run(commandArguments);
    } else if (command == QLatin1String("poll")) {
        code = PollCommand(context).run(commandArguments);
    } else if (command == QLatin1String("alerts")) {
        code = AlertsCommand(context).run(commandArguments);
    } else if (command == QLatin1String("ack")) {
        code = AlertActionCommand(context, AlertActionCommand::Action::Acknowledge).run(commandArguments);
    } else if (command == QLatin1String("resolve")) {
        code = AlertActionCommand(context, AlertActionCommand::Action::Resolve).run(commandArguments);
    } else if (command == QLatin1String("snooze")) {
        code = AlertActionCommand(context, AlertActionCommand::Action::Snooze).run(commandArguments);
    } else if (command == QLatin1String("review")) {
        code = ReviewCommand(context).run(commandArguments);
    } else if (command == QLatin1String("rules")) {
        code = RulesCommand(context).run(commandArguments);
    } else if (command == QLatin1String("maintenance")) {
        code = MaintenanceCommand(context).run(commandArguments);
    } else if (command == QLatin1String("calendar")) {
        code = CalendarCommand(context).run(commandArguments);
    } else if (command == QLatin1String("tickets")) {
        code = TicketsCommand(context).run(commandArguments);
    } else if (command == QLatin1String("ticket")) {
        code = TicketCommand(context).run(commandArguments);
    } else if (command == QLatin1String("exec")) {
        code = ExecCommand(context).run(commandArguments);
    } else if (command == QLatin1String("report")) {
        code = ReportCommand(context).run(commandArguments);
    } else if (command == QLatin1String("vnc-capture")) {
        code = VncCaptureCommand(context).run(commandArguments);
    } else {
        m_err << tr("vigil-cli: unknown command '%1'").arg(command) << Qt::endl;
        printUsage(m_err);
    }
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace Vigil
