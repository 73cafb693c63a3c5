// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceCommand.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"
#include "MaintenanceStore.h"
#include "TextTable.h"
#include "TimeSpec.h"

#include <QLocale>

namespace Vigil {

namespace {

const QString clientOption = QStringLiteral("client");
const QString siteOption = QStringLiteral("site");
const QString deviceOption = QStringLiteral("device");
const QString fromOption = QStringLiteral("from");
const QString untilOption = QStringLiteral("until");
const QString reasonOption = QStringLiteral("reason");
const QString asOption = QStringLiteral("as");

QString localTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

MaintenanceCommand::MaintenanceCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("maintenance"),
                 tr("List maintenance windows, add one (add) or remove one (remove ID). Inside a window a device or "
                    "site raises no new alerts."))
{
}

void MaintenanceCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list (default), add or remove ID"),
                                 QStringLiteral("[add|remove ID]"));
    parser.addOption({clientOption, tr("add: the client of the site or device."), QStringLiteral("NAME")});
    parser.addOption({siteOption, tr("add: a whole site of the client."), QStringLiteral("NAME")});
    parser.addOption({deviceOption, tr("add: one device of the client."), QStringLiteral("NAME")});
    parser.addOption(
        {fromOption, tr("add: when it starts (default: now): 2026-11-24T22:00, 22:00, …"), QStringLiteral("TIME")});
    parser.addOption(
        {untilOption, tr("add: when it ends: 2026-11-25T02:00, 4h, tomorrow 6:00, …"), QStringLiteral("TIME")});
    parser.addOption({reasonOption, tr("add: why (shown with the window)."), QStringLiteral("TEXT")});
    parser.addOption({asOption, tr("add: technician name (default: from the settings, else the login name)."),
                      QStringLiteral("NAME")});
}

int MaintenanceCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const QDateTime now = Clock::system().now();
    if (action == QLatin1String("list")) {
        if (args.size() > 1) {
            return usageError(tr("unexpected argument '%1'").arg(args.at(1)));
        }
        auto database = openDatabase();
        if (!database) {
            return runtimeError(database.error());
        }
        auto windows = MaintenanceStore(*database.value()).current(now);
        if (!windows) {
            return runtimeError(windows.error());
        }
        TextTable table({tr("ID"), tr("FOR"), tr("FROM"), tr("UNTIL"), tr("REASON"), tr("BY")});
        for (const MaintenanceWindow &w : windows.value()) {
            table.addRow({QString::number(w.id), w.target + (w.siteId ? tr(" (site)") : QString()),
                          localTime(w.startsAt), localTime(w.endsAt), w.reason, w.createdBy});
        }
        table.write(m_context.out);
        m_context.out << tr("%n maintenance window(s) now or ahead", nullptr, static_cast<int>(windows->size()))
                      << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || !ok) {
            return usageError(tr("remove needs one maintenance window id"));
        }
        auto database = openDatabase();
        if (!database) {
            return runtimeError(database.error());
        }
        if (Status removed = MaintenanceStore(*database.value()).remove(id); !removed) {
            return runtimeError(removed.error());
        }
        m_context.out << tr("Removed maintenance window %1.").arg(id) << '\n';
        return ExitOk;
    }
    if (action != QLatin1String("add") || args.size() > 1) {
        return usageError(tr("unknown action '%1' (use list, add or remove ID)").arg(args.join(u' ')));
    }
    if (!parser.isSet(clientOption) || parser.isSet(siteOption) == parser.isSet(deviceOption)) {
        return usageError(tr("add needs --client and either --site or --device"));
    }
    if (!parser.isSet(untilOption)) {
        return usageError(tr("add needs --until TIME"));
    }
    QDateTime from = now;
    if (parser.isSet(fromOption)) {
        const Result<QDateTime> parsed = parseTimeSpec(parser.value(fromOption), now, TimeDirection::Future);
        if (!parsed) {
            return usageError(tr("--from: %1").arg(parsed.error().toString()));
        }
        from = parsed.value();
    }
    const Result<QDateTime> until = parseTimeSpec(parser.value(untilOption), from, TimeDirection::Future);
    if (!until) {
        return usageError(tr("--until: %1").arg(until.error().toString()));
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore inventoryStore(*database.value());
    auto inventory = inventoryStore.load();
    if (!inventory) {
        return runtimeError(inventory.error());
    }
    auto client = inventoryStore.clientByName(parser.value(clientOption));
    if (!client) {
        return runtimeError(client.error());
    }
    MaintenanceWindow window;
    window.startsAt = from;
    window.endsAt = until.value();
    window.reason = parser.value(reasonOption);
    window.createdBy = parser.isSet(asOption) ? parser.value(asOption) : AppSettings().technicianName();
    const QString wanted = parser.isSet(siteOption) ? parser.value(siteOption) : parser.value(deviceOption);
    if (parser.isSet(siteOption)) {
        for (const Site &site : inventory->sites) {
            if (site.clientId == client->id && site.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                window.siteId = site.id;
            }
        }
    } else {
        for (const Device &device : inventory->devices) {
            if (device.clientId == client->id && device.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                window.deviceId = device.id;
            }
        }
    }
    if (window.siteId == 0 && window.deviceId == 0) {
        return runtimeError(Error{ErrorCode::NotFound,
                                  parser.isSet(siteOption)
                                      ? tr("client %1 has no site \"%2\"").arg(client->name, wanted)
                                      : tr("client %1 has no device \"%2\"").arg(client->name, wanted),
                                  {}});
    }
    auto added = MaintenanceStore(*database.value()).add(window, now);
    if (!added) {
        return runtimeError(added.error());
    }
    m_context.out << tr("Maintenance window %1 for %2 / %3 from %4 until %5.")
                         .arg(QString::number(added.value()), client->name, wanted, localTime(window.startsAt),
                              localTime(window.endsAt))
                  << '\n';
    return ExitOk;
}

} // namespace Vigil
