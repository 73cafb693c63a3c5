// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"

#include "Database.h"
#include "Logging.h"
#include "SqlValues.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>
#include <vector>

#include <sqlite3.h>

namespace Vigil {

HistoryStore::HistoryStore(Database &database)
    : m_db(database)
    , m_rollbacksSeen(database.rollbackCount())
{
}

HistoryStore::~HistoryStore()
{
    for (sqlite3_stmt *stmt : {m_insertSample, m_findSeries, m_addSeries, m_addBucket}) {
        sqlite3_finalize(stmt);
    }
}

qint64 HistoryStore::bucketSpan(int resolution)
{
    // Also spelt out in SQL by schema migration 5.
    switch (resolution) {
    case Raw:
        return 300;
    case FiveMinutes:
        return 3600;
    default:
        return 86400;
    }
}

Error HistoryStore::sqliteError(sqlite3 *db) const
{
    return Error{ErrorCode::Database, tr("saving health samples failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))),
                 m_db.path()};
}

Status HistoryStore::prepare(sqlite3 *db, sqlite3_stmt *&stmt, const char *sql, int size)
{
    if (stmt) {
        return {};
    }
    if (sqlite3_prepare_v3(db, sql, size, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        return sqliteError(db);
    }
    return {};
}

Result<qint64> HistoryStore::seriesId(sqlite3 *db, const HealthSample &sample)
{
    QList<CachedSeries> &known = m_series[sample.deviceId];
    for (const CachedSeries &series : std::as_const(known)) {
        if (series.metric == sample.metric && series.subject == sample.subject) {
            return series.id;
        }
    }
    static constexpr char findSql[] =
        "SELECT id FROM health_series WHERE device_id = ?1 AND metric = ?2 AND subject = ?3";
    static constexpr char addSql[] = "INSERT INTO health_series (device_id, metric, subject) VALUES (?1, ?2, ?3)";
    if (Status ready = prepare(db, m_findSeries, findSql, sizeof(findSql)); !ready) {
        return ready.error();
    }
    if (Status ready = prepare(db, m_addSeries, addSql, sizeof(addSql)); !ready) {
        return ready.error();
    }
    const QByteArray metric = sample.metric.toUtf8();
    const QByteArray subject = sample.subject.toUtf8();
    const auto bind = [&](sqlite3_stmt *stmt) {
        sqlite3_bind_int64(stmt, 1, sample.deviceId);
        sqlite3_bind_text(stmt, 2, metric.constData(), static_cast<int>(metric.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, subject.constData(), static_cast<int>(subject.size()), SQLITE_STATIC);
    };
    bind(m_findSeries);
    const int found = sqlite3_step(m_findSeries);
    const qint64 existing = found == SQLITE_ROW ? sqlite3_column_int64(m_findSeries, 0) : 0;
    sqlite3_reset(m_findSeries);
    if (found != SQLITE_ROW && found != SQLITE_DONE) {
        return sqliteError(db);
    }
    qint64 id = existing;
    if (found == SQLITE_DONE) {
        bind(m_addSeries);
        const int added = sqlite3_step(m_addSeries);
        sqlite3_reset(m_addSeries);
        if (added != SQLITE_DONE) {
            return sqliteError(db);
        }
        id = sqlite3_last_insert_rowid(db);
    }
    known.append({sample.metric, sample.subject, id});
    return id;
}

Status HistoryStore::appendRows(sqlite3 *db, const QList<HealthSample> &samples)
{
    struct Row
    {
        qint64 bucket;
        qint64 series;
        qint64 ts;
        double value;
    };
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(samples.size()));
    const qint64 span = bucketSpan(Raw);
    for (const HealthSample &sample : samples) {
        const Result<qint64> series = seriesId(db, sample);
        if (!series) {
            return series.error();
        }
        rows.push_back({sample.timestamp - sample.timestamp % span, series.value(), sample.timestamp, sample.value});
    }
    // In key order the B-tree is walked once, left to right. Stable: of two samples for the same key the later wins.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.bucket, a.series, a.ts) < std::tie(b.bucket, b.series, b.ts);
    });

    static constexpr char bucketSql[] = "INSERT INTO health_buckets (resolution, bucket) VALUES (0, ?1) "
                                        "ON CONFLICT (resolution, bucket) DO NOTHING";
    static constexpr char insertSql[] =
        "INSERT INTO health_samples (resolution, bucket, series_id, ts, value, min_value, max_value, sample_count) "
        "VALUES (0, ?1, ?2, ?3, ?4, NULL, NULL, 1) "
        "ON CONFLICT (resolution, bucket, series_id, ts) DO UPDATE SET value = excluded.value";
    if (Status ready = prepare(db, m_addBucket, bucketSql, sizeof(bucketSql)); !ready) {
        return ready;
    }
    if (Status ready = prepare(db, m_insertSample, insertSql, sizeof(insertSql)); !ready) {
        return ready;
    }
    std::optional<qint64> lastBucket;
    for (const Row &row : rows) {
        if (row.bucket != lastBucket) {
            lastBucket = row.bucket;
            sqlite3_bind_int64(m_addBucket, 1, row.bucket);
            const int added = sqlite3_step(m_addBucket);
            sqlite3_reset(m_addBucket);
            if (added != SQLITE_DONE) {
                return sqliteError(db);
            }
        }
        sqlite3_bind_int64(m_insertSample, 1, row.bucket);
        sqlite3_bind_int64(m_insertSample, 2, row.series);
        sqlite3_bind_int64(m_insertSample, 3, row.ts);
        sqlite3_bind_double(m_insertSample, 4, row.value);
        const int inserted = sqlite3_step(m_insertSample);
        sqlite3_reset(m_insertSample);
        if (inserted != SQLITE_DONE) {
            return sqliteError(db);
        }
    }
    return {};
}

Status HistoryStore::append(const QList<HealthSample> &samples)
{
    if (samples.isEmpty()) {
        return {};
    }
    // Qt's QSqlQuery costs a few microseconds per row in QVariant handling; the poller writes every device's
    // samples every minute, so these statements talk to SQLite directly on the same connection.
    const QVariant handle = m_db.connection().driver()->handle();
    sqlite3 *db = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!db) {
        return Error{ErrorCode::Database, tr("the database connection is not SQLite"), m_db.path()};
    }
    // A rolled-back transaction may have taken series rows this cache learnt with it.
    if (m_db.rollbackCount() != m_rollbacksSeen) {
        m_series.clear();
        m_rollbacksSeen = m_db.rollbackCount();
    }
    const Status status = m_db.transaction([&] { return appendRows(db, samples); },
                                           // Measurements are taken again every minute: a power cut may cost the
                                           // last few seconds of them (never a technician's change, never
                                           // consistency), in exchange for no fsync per batch.
                                           Database::Durability::Relaxed);
    if (!status) {
        m_series.clear();
    }
    return status;
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
    // Samples of a series removed by another connection since this store cached its id are left out; the raw ones
    // age out with the rest.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO health_samples (resolution, bucket, series_id, ts, value, min_value, max_value, sample_count) "
        "SELECT :to, (min(ts) / :toSpan) * :toSpan, series_id, (ts / :to) * :to AS rolled, "
        "sum(value * sample_count) / sum(sample_count), min(coalesce(min_value, value)), "
        "max(coalesce(max_value, value)), sum(sample_count) "
        "FROM health_samples WHERE resolution = :from AND bucket > :since - :fromSpan AND bucket < :until "
        "AND ts >= :since AND ts < :until AND series_id IN (SELECT id FROM health_series) "
        "GROUP BY series_id, rolled "
        "ON CONFLICT (resolution, bucket, series_id, ts) DO UPDATE SET value = excluded.value, "
        "min_value = excluded.min_value, max_value = excluded.max_value, sample_count = excluded.sample_count"));
    q.bindValue(QStringLiteral(":to"), toResolution);
    q.bindValue(QStringLiteral(":toSpan"), bucketSpan(toResolution));
    q.bindValue(QStringLiteral(":from"), fromResolution);
    q.bindValue(QStringLiteral(":fromSpan"), bucketSpan(fromResolution));
    q.bindValue(QStringLiteral(":since"), since);
    q.bindValue(QStringLiteral(":until"), until);
    if (!q.exec()) {
        return m_db.queryError(q, tr("rolling up health history"));
    }
    const qint64 buckets = q.numRowsAffected();
    q.prepare(QStringLiteral("INSERT INTO health_buckets (resolution, bucket) "
                             "SELECT DISTINCT resolution, bucket FROM health_samples "
                             "WHERE resolution = :to AND bucket >= (:since / :toSpan) * :toSpan AND bucket < :until "
                             "ON CONFLICT (resolution, bucket) DO NOTHING"));
    q.bindValue(QStringLiteral(":to"), toResolution);
    q.bindValue(QStringLiteral(":toSpan"), bucketSpan(toResolution));
    q.bindValue(QStringLiteral(":since"), since);
    q.bindValue(QStringLiteral(":until"), until);
    if (!q.exec()) {
        return m_db.queryError(q, tr("rolling up health history"));
    }
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
        QSqlQuery buckets(m_db.connection());
        // ts < cutoff implies bucket < cutoff; saying so lets SQLite delete a range of the key.
        q.prepare(QStringLiteral("DELETE FROM health_samples WHERE resolution = ? AND bucket < ? AND ts < ?"));
        buckets.prepare(QStringLiteral("DELETE FROM health_buckets WHERE resolution = ? AND bucket + ? <= ?"));
        const std::array<std::pair<int, qint64>, 3> retention{
            {{Raw, rawRetentionSeconds}, {FiveMinutes, fiveMinuteRetentionSeconds}, {Hourly, hourlyRetentionSeconds}}};
        for (const auto &[resolution, keep] : retention) {
            const qint64 cutoff = t - keep;
            q.addBindValue(resolution);
            q.addBindValue(cutoff);
            q.addBindValue(cutoff);
            if (!q.exec()) {
                return m_db.queryError(q, tr("pruning health history"));
            }
            stats.pruned += q.numRowsAffected();
            buckets.addBindValue(resolution);
            buckets.addBindValue(bucketSpan(resolution));
            buckets.addBindValue(cutoff);
            if (!buckets.exec()) {
                return m_db.queryError(buckets, tr("pruning health history"));
            }
        }
        return {};
    });
    // Bounds how long a series removed by another connection stays in the cache.
    m_series.clear();
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
    return seriesAt(deviceId, metric, subject, from, to, resolutionFor(from, now));
}

Result<QList<HistoryPoint>> HistoryStore::seriesAt(qint64 deviceId, const QString &metric, const QString &subject,
                                                   const QDateTime &from, const QDateTime &to,
                                                   Resolution resolution) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Bucket by bucket: CROSS JOIN keeps health_buckets outside, and +b.bucket stops SQLite from turning the bucket
    // range into a scan of every series' samples.
    q.prepare(QStringLiteral(
        "SELECT h.ts, h.value, coalesce(h.min_value, h.value), coalesce(h.max_value, h.value), h.sample_count "
        "FROM health_buckets b CROSS JOIN health_samples h "
        "ON h.resolution = b.resolution AND h.bucket = +b.bucket AND h.series_id = "
        "(SELECT id FROM health_series WHERE device_id = :device AND metric = :metric AND subject = :subject) "
        "WHERE b.resolution = :resolution AND b.bucket > :from - :span AND b.bucket <= :to "
        "AND h.ts >= :from AND h.ts <= :to ORDER BY b.bucket, h.ts"));
    q.bindValue(QStringLiteral(":device"), deviceId);
    q.bindValue(QStringLiteral(":metric"), toText(metric));
    q.bindValue(QStringLiteral(":subject"), toText(subject));
    q.bindValue(QStringLiteral(":resolution"), static_cast<int>(resolution));
    q.bindValue(QStringLiteral(":span"), bucketSpan(resolution));
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), to.toSecsSinceEpoch());
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
