// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for the crash test: writes batches of health samples in transactions as fast as it can and prints
// "committed N" (rows committed so far) after each COMMIT returns. The test kills it with SIGKILL at random.
#include "Database.h"
#include "HistoryStore.h"
#include "InventoryStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace Vigil;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: vigil-store-writer DB BATCH\n");
        return 2;
    }
    const int batch = args.at(2).toInt();
    auto opened = Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database &db = *opened.value();
    InventoryStore store(db);

    qint64 deviceId = 0;
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT id FROM devices LIMIT 1")) && q.next()) {
            deviceId = q.value(0).toLongLong();
        }
    }
    if (deviceId == 0) {
        Client client;
        client.name = QStringLiteral("Crash Test Client");
        Site site;
        site.clientId = store.addClient(client).value();
        site.name = QStringLiteral("Lab");
        Device device;
        device.siteId = store.addSite(site).value();
        device.name = QStringLiteral("crash-01");
        deviceId = store.addDevice(device).value();
    }

    qint64 ts = 0;
    qint64 committed = 0;
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT coalesce(max(ts), 0), count(*) FROM health_samples")) && q.next()) {
            ts = q.value(0).toLongLong();
            committed = q.value(1).toLongLong();
        }
    }
    std::printf("ready %lld\n", static_cast<long long>(committed));
    std::fflush(stdout);

    HistoryStore history(db);
    QList<HealthSample> samples;
    while (true) {
        const Status status = db.transaction([&]() -> Status {
            samples.clear();
            for (int i = 0; i < batch; ++i) {
                ++ts;
                samples.append({deviceId, QStringLiteral("cpu"), QString(), ts, static_cast<double>(ts % 100)});
            }
            if (Status saved = history.append(samples); !saved) {
                return saved;
            }
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("UPDATE devices SET notes = ? WHERE id = ?"));
            q.addBindValue(QString::number(ts));
            q.addBindValue(deviceId);
            if (!q.exec()) {
                return db.queryError(q, QStringLiteral("update"));
            }
            return {};
        });
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
            return 1;
        }
        committed += batch;
        std::printf("committed %lld\n", static_cast<long long>(committed));
        std::fflush(stdout);
    }
}
