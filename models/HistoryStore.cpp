// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"

#include "Database.h"
#include "Logging.h"
#include "SqlValues.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>

#include <array>

#include <sqlite3.h>

namespace Vigil {

HistoryStore::HistoryStore(Database &database)
    : m_db(database)
{
}

Status HistoryStore::append(const QList<HealthSample> &samples)
{
    if (samples.isEmpty()) {
        return {};
    }
    // Qt's QSqlQuery costs a few microseconds per row in QVariant handling; the poller writes every device's
    // samples every minute, so this one statement talks to SQLite directly on the same connection.
    const QVariant handle = m_db.connection().driver()->handle();
    sqlite3 *db = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!db) {
        return Error{ErrorCode::Database, tr("the database connection is not SQLite"), m_db.path()};
    }
    return m_db.transaction(
        [&]() -> Status {
            sqlite3_stmt *stmt = nullptr;
            static constexpr char sql[] =
                "INSERT INTO health_samples (device_id, metric, subject, resolution, ts, value, min_value, max_value, "
                "sample_count) VALUES (?1, ?2, ?3, 0, ?4, ?5, NULL, NULL, 1) "
                "ON CONFLICT (device_id, metric, subject, resolution, ts) DO UPDATE SET value = excluded.value";
            if (sqlite3_prepare_v2(db, sql, sizeof(sql), &stmt, nullptr) != SQLITE_OK) {
                return Error{ErrorCode::Database,
                             tr("saving health samples failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))),
                             m_db.path()};
            }
            const auto finalize = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
            QByteArray metric;
            QByteArray subject;
            for (const HealthSample &sample : samples) {
                metric = sample.metric.toUtf8();
                subject = sample.subject.toUtf8();
                sqlite3_bind_int64(stmt, 1, sample.deviceId);
                sqlite3_bind_text(stmt, 2, metric.constData(), static_cast<int>(metric.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(stmt, 3, subject.constData(), static_cast<int>(subject.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(stmt, 4, sample.timestamp);
                sqlite3_bind_double(stmt, 5, sample.value);
                if (sqlite3_step(stmt) != SQLITE_DONE) {
                    return Error{ErrorCode::Database,
                                 tr("saving health samples failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))),
                                 m_db.path()};
                }
                sqlite3_reset(stmt);
            }
            return {};
        },
        // Measurements are taken again every minute: a power cut may cost the last few seconds of them (never a
        // technician's change, never consistency), in exchange for no fsync per batch.
        Database::Durability::Relaxed);
}

Result<qint64> HistoryStore::rolledUntil(int resolution) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT rolled_until FROM history_rollups WHERE resolution = ?"));
    q.addBindValue(resolution);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading rollup progress"));
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> HistoryStore::rollUp(int fromResolution, int toResolution, qint64 until)
{
    auto done = rolledUntil(toResolution);
    if (!done) {
        return done.error();
    }
    // The last finished bucket is computed again, so samples that arrived a little late still count.
    const qint64 since = std::max<qint64>(0, done.value() - toResolution);
    if (until <= since) {
        return 0;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO health_samples (device_id, metric, subject, resolution, ts, value, min_value, max_value, "
        "sample_count) "
        "SELECT device_id, metric, subject, :to, (ts / :to) * :to AS bucket, "
        "sum(value * sample_count) / sum(sample_count), min(coalesce(min_value, value)), "
        "max(coalesce(max_value, value)), sum(sample_count) "
        "FROM health_samples WHERE resolution = :from AND ts >= :since AND ts < :until "
        "GROUP BY device_id, metric, subject, bucket "
        "ON CONFLICT (device_id, metric, subject, resolution, ts) DO UPDATE SET value = excluded.value, "
        "min_value = excluded.min_value, max_value = excluded.max_value, sample_count = excluded.sample_count"));
    q.bindValue(QStringLiteral(":to"), toResolution);
    q.bindValue(QStringLiteral(":from"), fromResolution);
    q.bindValue(QStringLiteral(":since"), since);
    q.bindValue(QStringLiteral(":until"), until);
    if (!q.exec()) {
        return m_db.queryError(q, tr("rolling up health history"));
    }
    const qint64 buckets = q.numRowsAffected();
    q.prepare(QStringLiteral("INSERT INTO history_rollups (resolution, rolled_until) VALUES (?, ?) "
                             "ON CONFLICT (resolution) DO UPDATE SET rolled_until = excluded.rolled_until"));
    q.addBindValue(toResolution);
    q.addBindValue(until);
    if (!q.exec()) {
        return m_db.queryError(q, tr("saving rollup progress"));
    }
    return buckets;
}

Result<HistoryStore::MaintenanceStats> HistoryStore::maintain(const QDateTime &now)
{
    MaintenanceStats stats;
    const qint64 t = now.toSecsSinceEpoch();
    const Status status = m_db.transaction([&]() -> Status {
        auto five = rollUp(Raw, FiveMinutes, t / FiveMinutes * FiveMinutes);
        if (!five) {
            return five.error();
        }
        stats.fiveMinuteBuckets = five.value();
        auto hourly = rollUp(FiveMinutes, Hourly, t / Hourly * Hourly);
        if (!hourly) {
            return hourly.error();
        }
        stats.hourlyBuckets = hourly.value();

        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM health_samples WHERE resolution = ? AND ts < ?"));
        const std::array<std::pair<int, qint64>, 3> retention{
            {{Raw, rawRetentionSeconds}, {FiveMinutes, fiveMinuteRetentionSeconds}, {Hourly, hourlyRetentionSeconds}}};
        for (const auto &[resolution, keep] : retention) {
            q.addBindValue(resolution);
            q.addBindValue(t - keep);
            if (!q.exec()) {
                return m_db.queryError(q, tr("pruning health history"));
            }
            stats.pruned += q.numRowsAffected();
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    qCDebug(lcDb) << "history maintenance:" << stats.fiveMinuteBuckets << "5-minute and" << stats.hourlyBuckets
                  << "hourly buckets," << stats.pruned << "rows pruned";
    return stats;
}

HistoryStore::Resolution HistoryStore::resolutionFor(const QDateTime &from, const QDateTime &now)
{
    const qint64 age = from.secsTo(now);
    if (age <= rawRetentionSeconds) {
        return Raw;
    }
    if (age <= fiveMinuteRetentionSeconds) {
        return FiveMinutes;
    }
    return Hourly;
}

Result<QList<HistoryPoint>> HistoryStore::series(qint64 deviceId, const QString &metric, const QString &subject,
                                                 const QDateTime &from, const QDateTime &to, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ts, value, coalesce(min_value, value), coalesce(max_value, value), sample_count "
                             "FROM health_samples WHERE device_id = ? AND metric = ? AND subject = ? "
                             "AND resolution = ? AND ts >= ? AND ts <= ? ORDER BY ts"));
    q.addBindValue(deviceId);
    q.addBindValue(toText(metric));
    q.addBindValue(toText(subject));
    q.addBindValue(static_cast<int>(resolutionFor(from, now)));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading health history"));
    }
    QList<HistoryPoint> points;
    while (q.next()) {
        points.append({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble(),
                       q.value(4).toInt()});
    }
    return points;
}

} // namespace Vigil
