// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportScenario.h"

#include "Clock.h"
#include "Database.h"
#include "HistoryStore.h"
#include "InventoryStore.h"
#include "SqlValues.h"
#include "TestInventory.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Vigil;

namespace VigilTest {

namespace {

QDateTime at(const char *localBerlin)
{
    return QDateTime(QDateTime::fromString(QString::fromLatin1(localBerlin), Qt::ISODate).date(),
                     QDateTime::fromString(QString::fromLatin1(localBerlin), Qt::ISODate).time(),
                     QTimeZone("Europe/Berlin"))
        .toUTC();
}

// A small deterministic jitter, so the figures are the same on every run.
double jitter(qint64 seed)
{
    quint64 x = static_cast<quint64>(seed) * 6364136223846793005ULL + 1442695040888963407ULL;
    x ^= x >> 33;
    return static_cast<double>(x % 1000) / 1000.0;
}

class Filler
{
public:
    explicit Filler(Database &db)
        : m_db(db)
    {
    }

    void exec(QSqlQuery &q)
    {
        EXPECT_TRUE(q.exec()) << q.lastQuery().toStdString() << ": " << q.lastError().text().toStdString();
    }

    qint64 alert(qint64 device, const QString &rule, const QString &subject, const QString &severity,
                 const QString &category, const QString &summary, const QDateTime &opened,
                 const QDateTime &acknowledged, const QDateTime &resolved, const QString &resolvedBy)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO alerts (device_id, rule, subject, severity, state, category, summary, "
                                 "first_seen, last_seen, acknowledged_by, acknowledged_at, resolved_at, resolved_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(device);
        q.addBindValue(rule);
        q.addBindValue(toText(subject));
        q.addBindValue(severity);
        q.addBindValue(resolved.isValid()
                           ? QStringLiteral("resolved")
                           : (acknowledged.isValid() ? QStringLiteral("acknowledged") : QStringLiteral("open")));
        q.addBindValue(category);
        q.addBindValue(summary);
        q.addBindValue(toEpoch(opened));
        q.addBindValue(toEpoch(resolved.isValid() ? resolved : opened));
        q.addBindValue(acknowledged.isValid() ? QVariant(QStringLiteral("sam")) : QVariant());
        q.addBindValue(toEpoch(acknowledged));
        q.addBindValue(toEpoch(resolved));
        q.addBindValue(resolved.isValid() ? QVariant(resolvedBy) : QVariant());
        exec(q);
        const qint64 id = q.lastInsertId().toLongLong();
        event(id, opened, QStringLiteral("system"), QStringLiteral("opened"));
        if (acknowledged.isValid()) {
            event(id, acknowledged, QStringLiteral("sam"), QStringLiteral("acknowledged"));
        }
        return id;
    }

    void event(qint64 alert, const QDateTime &time, const QString &actor, const QString &kind)
    {
        QSqlQuery e(m_db.connection());
        e.prepare(QStringLiteral("INSERT INTO alert_events (alert_id, at, actor, kind) VALUES (?, ?, ?, ?)"));
        e.addBindValue(alert);
        e.addBindValue(toEpoch(time));
        e.addBindValue(actor);
        e.addBindValue(kind);
        exec(e);
    }

    void backup(qint64 device, const QString &job, const QDateTime &lastSuccess, bool lastRunOk,
                const QDateTime &restoreTest, const QString &testedBy)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO backups (device_id, job, last_success_at, last_run_at, last_run_ok, "
                                 "size_bytes, last_restore_test_at, restore_tested_by, updated_at, first_seen_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(device);
        q.addBindValue(job);
        q.addBindValue(toEpoch(lastSuccess));
        q.addBindValue(toEpoch(lastRunOk ? lastSuccess : at("2026-11-02T02:00:00")));
        q.addBindValue(lastRunOk ? 1 : 0);
        q.addBindValue(qint64{48} * 1024 * 1024 * 1024);
        q.addBindValue(toEpoch(restoreTest));
        q.addBindValue(toText(testedBy));
        q.addBindValue(toEpoch(at("2026-11-02T08:00:00")));
        q.addBindValue(toEpoch(at("2026-08-01T00:00:00")));
        exec(q);
    }

    void session(qint64 device, const QString &name, const QString &protocol, const QDateTime &start, int minutes)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO sessions_log (device_id, device_name, protocol, technician, started_at, "
                                 "ended_at, result) VALUES (?, ?, ?, 'sam', ?, ?, 'ok')"));
        q.addBindValue(device);
        q.addBindValue(name);
        q.addBindValue(protocol);
        q.addBindValue(toEpoch(start));
        q.addBindValue(toEpoch(start.addSecs(qint64{minutes} * 60)));
        exec(q);
    }

    Database &m_db;
};

} // namespace

ReportScenarioInfo fillReportScenario(Database &database)
{
    ReportScenarioInfo info;
    info.month = QDate(2026, 10, 1);
    info.now = at("2026-11-02T08:00:00");
    ManualClock created(at("2026-08-01T09:00:00"));
    InventoryStore inventory(database, created);
    struct Spec
    {
        const char *name;
        const char *kind;
        const char *os;
    };
    const QList<Spec> specs{
        {"HD-FS01", "server", "Debian GNU/Linux 12"}, {"HD-DC01", "server", "Windows Server 2022"},
        {"HD-FW01", "network", "OPNsense 24.7"},      {"HD-PRN01", "printer", ""},
        {"HD-PC01", "workstation", "Windows 11 Pro"}, {"HD-PC02", "workstation", "Windows 11 Pro"},
        {"HD-PC03", "workstation", "Windows 11 Pro"}, {"HD-PC04", "workstation", "Windows 11 Pro"},
        {"HD-PC05", "workstation", "Windows 10 Pro"}, {"HD-PC06", "workstation", "Windows 11 Pro"},
        {"HD-PC07", "workstation", "Windows 10 Pro"}, {"HD-RECEPTION", "workstation", "Windows 11 Pro"},
    };
    QHash<QString, qint64> ids;
    for (const Spec &spec : specs) {
        const AddedDevice added = addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("Main practice"),
                                            QString::fromLatin1(spec.name));
        info.clientId = added.clientId;
        ids.insert(QString::fromLatin1(spec.name), added.deviceId);
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("UPDATE devices SET kind = ?, os = ? WHERE id = ?"));
        q.addBindValue(QString::fromLatin1(spec.kind));
        q.addBindValue(QString::fromLatin1(spec.os));
        q.addBindValue(added.deviceId);
        EXPECT_TRUE(q.exec());
    }
    addDevice(inventory, QStringLiteral("Kessler Logistik"), QStringLiteral("Hamburg"), QStringLiteral("KL-DC01"));

    TicketStore tickets(database);
    BusinessCalendar calendar = BusinessCalendar::standard(QTimeZone("Europe/Berlin"));
    EXPECT_TRUE(tickets.setCalendar(info.clientId, calendar).ok());

    // Health history: a poll every ten minutes; the console was closed from Saturday 17th 20:00 to Monday 06:00.
    const QDateTime start = at("2026-10-01T00:00:00");
    const QDateTime end = at("2026-11-01T00:00:00");
    const auto closed = [](const QDateTime &t) {
        return t >= at("2026-10-17T20:00:00") && t < at("2026-10-19T06:00:00");
    };
    struct Outage
    {
        const char *device;
        const char *from;
        const char *to;
    };
    const QList<Outage> outages{{"HD-PC03", "2026-10-07T13:10:00", "2026-10-07T19:20:00"},
                                {"HD-FW01", "2026-10-21T02:10:00", "2026-10-21T02:50:00"},
                                {"HD-PC07", "2026-10-26T08:00:00", "2026-10-28T08:30:00"},
                                {"HD-DC01", "2026-10-13T22:00:00", "2026-10-13T22:20:00"}};
    const auto down = [&](const QString &device, const QDateTime &t) {
        for (const Outage &o : outages) {
            if (device == QLatin1String(o.device) && t >= at(o.from) && t < at(o.to)) {
                return true;
            }
        }
        return false;
    };
    HistoryStore history(database);
    for (const Spec &spec : specs) {
        const QString name = QString::fromLatin1(spec.name);
        const qint64 id = ids.value(name);
        const bool windows = QString::fromLatin1(spec.os).startsWith(QLatin1String("Windows"));
        const bool linux = QString::fromLatin1(spec.os).startsWith(QLatin1String("Debian"));
        QList<HealthSample> samples;
        for (QDateTime t = start; t < end; t = t.addSecs(600)) {
            if (closed(t)) {
                continue;
            }
            const qint64 ts = t.toSecsSinceEpoch();
            const bool reachable = !down(name, t);
            samples.append({id, QStringLiteral("reachable"), QString(), ts, reachable ? 100.0 : 0.0});
            if (!reachable || t.time().minute() != 0) {
                continue;
            }
            // Hourly: patches and disks.
            const double progress = static_cast<double>(start.secsTo(t)) / static_cast<double>(start.secsTo(end));
            if (name == QLatin1String("HD-FS01")) {
                samples.append({id, QStringLiteral("disk"), QStringLiteral("/srv"), ts,
                                74.0 + 13.5 * progress + jitter(ts) * 0.4});
                samples.append({id, QStringLiteral("disk"), QStringLiteral("/"), ts, 31.0 + jitter(ts)});
            } else if (windows) {
                samples.append({id, QStringLiteral("disk"), QStringLiteral("C:"), ts,
                                (name == QLatin1String("HD-PC06") ? 78.0 + 4.0 * progress : 45.0 + 10 * jitter(id))
                                    + jitter(ts) * 0.3});
            }
            if (windows) {
                int pending = 0;
                int security = 0;
                const bool patchTuesday = t >= at("2026-10-14T19:00:00");
                const bool installed = t >= at("2026-10-16T12:00:00");
                if (patchTuesday && (!installed || name == QLatin1String("HD-PC05"))) {
                    pending = 5;
                    security = 3;
                }
                if (t >= at("2026-10-23T10:00:00") && t < at("2026-10-24T03:00:00")) {
                    pending += 2; // a driver and a .NET update, installed overnight
                }
                const bool reboot = name == QLatin1String("HD-DC01") && t >= at("2026-10-28T03:00:00");
                samples.append({id, QStringLiteral("updates_pending"), QString(), ts, static_cast<double>(pending)});
                samples.append({id, QStringLiteral("updates_security"), QString(), ts, static_cast<double>(security)});
                samples.append({id, QStringLiteral("reboot_required"), QString(), ts, reboot ? 100.0 : 0.0});
            } else if (linux) {
                int pending = 0;
                if (t >= at("2026-10-05T06:00:00") && t < at("2026-10-06T22:00:00")) {
                    pending = 4;
                } else if (t >= at("2026-10-20T06:00:00") && t < at("2026-10-22T22:00:00")) {
                    pending = 9;
                }
                samples.append({id, QStringLiteral("updates_pending"), QString(), ts, static_cast<double>(pending)});
                samples.append({id, QStringLiteral("updates_security"), QString(), ts, pending > 0 ? 2.0 : 0.0});
                samples.append({id, QStringLiteral("reboot_required"), QString(), ts, 0.0});
            }
        }
        EXPECT_TRUE(history.append(samples).ok());
    }
    EXPECT_TRUE(history.maintain(info.now).ok());

    Filler f(database);
    const QString system = QStringLiteral("system");
    const QString sam = QStringLiteral("sam");
    const auto minutes = [](const char *t, int m) { return at(t).addSecs(qint64{m} * 60); };
    f.alert(ids.value(QStringLiteral("HD-PC03")), QStringLiteral("unreachable"), QString(), QStringLiteral("critical"),
            QStringLiteral("network"), QStringLiteral("HD-PC03 unreachable for 3 polls"), at("2026-10-07T13:40:00"),
            minutes("2026-10-07T13:40:00", 9), at("2026-10-07T19:20:00"), system);
    f.alert(ids.value(QStringLiteral("HD-FW01")), QStringLiteral("unreachable"), QString(), QStringLiteral("critical"),
            QStringLiteral("network"), QStringLiteral("HD-FW01 unreachable for 3 polls"), at("2026-10-21T02:40:00"),
            QDateTime(), at("2026-10-21T02:50:00"), system);
    f.alert(ids.value(QStringLiteral("HD-PC07")), QStringLiteral("unreachable"), QString(), QStringLiteral("critical"),
            QStringLiteral("network"), QStringLiteral("HD-PC07 unreachable for 3 polls"), at("2026-10-26T08:30:00"),
            minutes("2026-10-26T08:30:00", 14), at("2026-10-26T09:10:00"), sam);
    f.alert(ids.value(QStringLiteral("HD-FS01")), QStringLiteral("backup_failed"), QStringLiteral("nightly"),
            QStringLiteral("critical"), QStringLiteral("backup"), QStringLiteral("Backup nightly: last run failed"),
            at("2026-10-09T02:15:00"), at("2026-10-09T07:12:00"), at("2026-10-09T11:40:00"), sam);
    f.alert(ids.value(QStringLiteral("HD-FS01")), QStringLiteral("disk_used"), QStringLiteral("/srv"),
            QStringLiteral("warning"), QStringLiteral("disk"), QStringLiteral("Disk /srv 80 % used"),
            at("2026-10-16T11:00:00"), at("2026-10-16T11:25:00"), QDateTime(), QString());
    f.alert(ids.value(QStringLiteral("HD-DC01")), QStringLiteral("backup_stale"), QStringLiteral("system-state"),
            QStringLiteral("warning"), QStringLiteral("backup"),
            QStringLiteral("Backup system-state: no success for 26 h"), at("2026-10-31T04:00:00"), QDateTime(),
            QDateTime(), QString());
    f.alert(ids.value(QStringLiteral("HD-DC01")), QStringLiteral("backup_failed"), QStringLiteral("system-state"),
            QStringLiteral("critical"), QStringLiteral("backup"),
            QStringLiteral("Backup system-state: last run failed"), at("2026-10-30T02:05:00"),
            minutes("2026-10-30T07:02:00", 0), QDateTime(), QString());
    f.alert(ids.value(QStringLiteral("HD-PC06")), QStringLiteral("smart_reallocated_growing"),
            QStringLiteral("/dev/sda"), QStringLiteral("warning"), QStringLiteral("hardware"),
            QStringLiteral("Drive /dev/sda: reallocated sectors grew from 8 to 24"), at("2026-10-21T10:05:00"),
            at("2026-10-21T10:31:00"), QDateTime(), QString());
    f.alert(ids.value(QStringLiteral("HD-PC05")), QStringLiteral("security_updates"), QString(),
            QStringLiteral("warning"), QStringLiteral("security"),
            QStringLiteral("3 security updates pending for 7 days"), at("2026-10-21T19:00:00"),
            at("2026-10-22T07:48:00"), QDateTime(), QString());
    for (int i = 0; i < 4; ++i) {
        const QDateTime opened = at("2026-10-03T10:00:00").addDays(i * 7 + 1).addSecs(i * 1800);
        f.alert(ids.value(QStringLiteral("HD-PC02")), QStringLiteral("cpu_high"), QString(), QStringLiteral("warning"),
                QStringLiteral("other"), QStringLiteral("CPU 97 % busy for 15 min"), opened, QDateTime(),
                opened.addSecs(35 * 60 + i * 300), system);
    }
    f.alert(ids.value(QStringLiteral("HD-FS01")), QStringLiteral("restore_test_missing"), QStringLiteral("offsite"),
            QStringLiteral("info"), QStringLiteral("backup"),
            QStringLiteral("Backup offsite: no restore test in 90 days"), at("2026-10-02T06:00:00"),
            at("2026-10-02T08:05:00"), QDateTime(), QString());

    f.backup(ids.value(QStringLiteral("HD-FS01")), QStringLiteral("nightly"), at("2026-11-02T02:40:00"), true,
             at("2026-10-14T16:20:00"), QStringLiteral("anna"));
    f.backup(ids.value(QStringLiteral("HD-FS01")), QStringLiteral("offsite"), at("2026-11-01T23:10:00"), true,
             QDateTime(), QString());
    f.backup(ids.value(QStringLiteral("HD-DC01")), QStringLiteral("system-state"), at("2026-10-29T01:30:00"), false,
             at("2026-09-18T10:00:00"), QStringLiteral("sam"));

    struct TicketSpec
    {
        const char *title;
        Priority priority;
        const char *opened;
        int responseMinutes; // 0: not answered yet
        int resolveMinutes;  // 0: still open
    };
    const QList<TicketSpec> ticketSpecs{
        {"Scanner at reception does not send to e-mail", Priority::Normal, "2026-10-02T08:40:00", 35, 26 * 60},
        {"New starter: account and workstation for Dr. Weber", Priority::Normal, "2026-10-06T09:15:00", 50, 50 * 60},
        {"X-ray viewer slow on HD-PC03", Priority::High, "2026-10-07T13:30:00", 12, 6 * 60 + 10},
        {"Nightly backup failed", Priority::Critical, "2026-10-09T07:15:00", 6, 4 * 60 + 20},
        {"Printer jams on double-sided letters", Priority::Low, "2026-10-13T11:00:00", 22 * 60, 3 * 24 * 60},
        {"File share almost full", Priority::High, "2026-10-16T11:30:00", 20, 0},
        {"Replace failing disk in HD-PC06", Priority::Normal, "2026-10-21T10:40:00", 15, 0},
        {"VPN for the practice owner's home office", Priority::Low, "2026-10-27T16:00:00", 0, 0},
    };
    for (const TicketSpec &spec : ticketSpecs) {
        NewTicket t;
        t.clientId = info.clientId;
        t.title = QString::fromUtf8(spec.title);
        t.priority = spec.priority;
        const QDateTime opened = at(spec.opened);
        const Result<qint64> id = tickets.create(t, QStringLiteral("reception"), opened);
        EXPECT_TRUE(id.ok());
        if (!id) {
            continue;
        }
        if (spec.responseMinutes > 0) {
            EXPECT_TRUE(tickets
                            .addNote(*id, sam, QStringLiteral("Looking into it."), true,
                                     opened.addSecs(qint64{spec.responseMinutes} * 60))
                            .ok());
        }
        if (spec.resolveMinutes > 0) {
            EXPECT_TRUE(tickets
                            .setStatus(*id, TicketStatus::Resolved, sam, QStringLiteral("Fixed and confirmed."),
                                       opened.addSecs(qint64{spec.resolveMinutes} * 60))
                            .ok());
        }
    }

    f.session(ids.value(QStringLiteral("HD-FS01")), QStringLiteral("HD-FS01"), QStringLiteral("ssh"),
              at("2026-10-09T07:20:00"), 48);
    f.session(ids.value(QStringLiteral("HD-FS01")), QStringLiteral("HD-FS01"), QStringLiteral("ssh"),
              at("2026-10-16T11:35:00"), 22);
    f.session(ids.value(QStringLiteral("HD-PC03")), QStringLiteral("HD-PC03"), QStringLiteral("vnc"),
              at("2026-10-07T13:45:00"), 35);
    f.session(ids.value(QStringLiteral("HD-RECEPTION")), QStringLiteral("HD-RECEPTION"), QStringLiteral("vnc"),
              at("2026-10-02T09:20:00"), 18);
    f.session(ids.value(QStringLiteral("HD-PC01")), QStringLiteral("HD-PC01"), QStringLiteral("rdp"),
              at("2026-10-06T14:00:00"), 64);
    f.session(ids.value(QStringLiteral("HD-DC01")), QStringLiteral("HD-DC01"), QStringLiteral("rdp"),
              at("2026-10-30T07:10:00"), 41);
    f.session(ids.value(QStringLiteral("HD-PC06")), QStringLiteral("HD-PC06"), QStringLiteral("vnc"),
              at("2026-10-21T10:45:00"), 12);
    return info;
}

} // namespace VigilTest
