// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollCommand.h"

#include "Clock.h"
#include "Database.h"
#include "DeviceStateStore.h"
#include "InventoryStore.h"
#include "KeychainSecretStore.h"
#include "PollService.h"
#include "TextTable.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Vigil {

namespace {

const QString onceOption = QStringLiteral("once");
const QString timeoutOption = QStringLiteral("timeout");
const QString concurrencyOption = QStringLiteral("concurrency");

// SIGINT/SIGTERM end a continuous poll cleanly: the handler only writes a byte; the event loop does the rest.
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    (void)!::write(signalPipe[1], &byte, 1);
}

QString summaryLine(const PollSummary &summary)
{
    QStringList reasons;
    for (auto it = summary.failuresByReason.cbegin(); it != summary.failuresByReason.cend(); ++it) {
        reasons.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    QString line = QCoreApplication::translate("Vigil::PollCommand", "Polled %n device(s) in %1 s: %2 ok, %3 failed",
                                               nullptr, summary.polled)
                       .arg(QString::number(summary.durationMs / 1000.0, 'f', 1))
                       .arg(summary.ok)
                       .arg(summary.failed);
    if (!reasons.isEmpty()) {
        line += QStringLiteral(" (") + reasons.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    line += QLatin1Char('.');
    if (summary.skippedNoExporter > 0) {
        line += QLatin1Char(' ')
                + QCoreApplication::translate("Vigil::PollCommand", "%n device(s) without an exporter URL skipped.",
                                              nullptr, summary.skippedNoExporter);
    }
    return line;
}

} // namespace

PollCommand::PollCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("poll"),
                 tr("Poll every device's exporter and store its state and health history."))
{
}

void PollCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({onceOption, tr("One pass over every device, then print a summary and exit.")});
    parser.addOption({timeoutOption, tr("Seconds a device may take to answer (default 10)."), QStringLiteral("SECONDS"),
                      QStringLiteral("10")});
    parser.addOption({concurrencyOption, tr("Devices polled at the same time (default 64)."), QStringLiteral("N"),
                      QStringLiteral("64")});
}

int PollCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 300) {
        return usageError(tr("--timeout needs a number of seconds between 0 and 300"));
    }
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 4096) {
        return usageError(tr("--concurrency needs a number from 1 to 4096"));
    }

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    PollService::Settings settings;
    settings.timeout = std::chrono::milliseconds(static_cast<qint64>(timeout * 1000));
    settings.maxConcurrent = concurrency;
    PollService service(*database.value(), Clock::system(), settings);
    // Exporter credentials come from the OS keychain by key id; without one, such devices fail as no_credentials.
    KeychainSecretStore secrets;
    service.setSecretStore(&secrets);
    if (Status loaded = service.reloadDevices(); !loaded) {
        return runtimeError(loaded.error());
    }
    QString storeError;
    QObject::connect(&service, &PollService::storeError, &service,
                     [&storeError](const QString &message) { storeError = message; });

    if (parser.isSet(onceOption)) {
        PollSummary summary;
        QEventLoop loop;
        QObject::connect(&service, &PollService::cycleFinished, &loop, [&](const PollSummary &done) {
            summary = done;
            loop.quit();
        });
        QTimer::singleShot(0, &service, &PollService::pollOnce);
        loop.exec();
        if (!storeError.isEmpty()) {
            return runtimeError(Error{ErrorCode::Database, storeError, m_context.databasePath});
        }
        m_context.out << summaryLine(summary) << '\n';
        if (summary.failed > 0) {
            InventoryStore inventory(*database.value());
            DeviceStateStore states(*database.value());
            auto loaded = inventory.load();
            auto polled = states.load();
            if (loaded && polled) {
                TextTable table({tr("CLIENT"), tr("DEVICE"), tr("REASON"), tr("DETAIL")});
                table.setMaximumWidth(3, 80);
                for (const Device &device : loaded->devices) {
                    const DeviceState state = polled->value(device.id);
                    if (state.deviceId != 0 && !state.reachable) {
                        const Client *client = loaded->client(device.clientId);
                        table.addRow(
                            {client ? client->name : QString(), device.name, state.failureReason, state.failureDetail});
                    }
                }
                m_context.out << '\n';
                table.write(m_context.out);
            }
        }
        return ExitOk;
    }

    // Continuous: poll on schedule and print what happened every minute until interrupted.
    if (::pipe(signalPipe) != 0) {
        return runtimeError(Error{ErrorCode::Io, tr("cannot set up signal handling"), {}});
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QEventLoop loop;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    PollSummary minute;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&service, &PollService::devicePolled, &loop, [&minute](qint64, const DeviceSnapshot &snapshot) {
        ++minute.polled;
        if (snapshot.reachable) {
            ++minute.ok;
        } else {
            ++minute.failed;
            ++minute.failuresByReason[snapshot.failure ? snapshot.failure->reason : QString()];
        }
    });
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, &loop, [&] {
        minute.durationMs = clock.restart();
        m_context.out << summaryLine(minute) << Qt::endl;
        minute = PollSummary{};
    });
    report.start(60'000);
    m_context.out << tr("Polling %n device(s); Ctrl+C stops.", nullptr, service.deviceCount()) << Qt::endl;
    service.start();
    loop.exec();
    service.stop();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    if (!storeError.isEmpty()) {
        return runtimeError(Error{ErrorCode::Database, storeError, m_context.databasePath});
    }
    return ExitOk;
}

} // namespace Vigil
