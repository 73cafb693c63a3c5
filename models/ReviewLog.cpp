// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewLog.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace Vigil {

ReviewLog::ReviewLog(Database &database)
    : m_db(database)
{
}

Result<std::optional<ReviewLog::Review>> ReviewLog::lastReview(const QString &reviewer) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.reviewer, r.started_at, r.finished_at, "
                             "(SELECT count(*) FROM review_items i WHERE i.review_id = r.id) FROM reviews r "
                             "WHERE r.finished_at IS NOT NULL AND (? = '' OR r.reviewer = ?) "
                             "ORDER BY r.finished_at DESC, r.id DESC LIMIT 1"));
    q.addBindValue(toText(reviewer));
    q.addBindValue(toText(reviewer));
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the review log"));
    }
    if (!q.next()) {
        return std::optional<Review>();
    }
    return std::optional<Review>(Review{q.value(0).toLongLong(), q.value(1).toString(), fromEpoch(q.value(2)),
                                        fromEpoch(q.value(3)), q.value(4).toInt()});
}

Result<qint64> ReviewLog::record(const QString &reviewer, const QDateTime &startedAt, const QList<qint64> &alertIds,
                                 const QDateTime &finishedAt)
{
    if (reviewer.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("a review needs the reviewer's name"), {}};
    }
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO reviews (reviewer, started_at, finished_at) VALUES (?, ?, ?)"));
        q.addBindValue(reviewer);
        q.addBindValue(toEpoch(startedAt.isValid() ? startedAt : finishedAt));
        q.addBindValue(toEpoch(finishedAt));
        if (!q.exec()) {
            return m_db.queryError(q, tr("recording a review"));
        }
        id = q.lastInsertId().toLongLong();
        QSqlQuery item(m_db.connection());
        item.prepare(QStringLiteral("INSERT OR IGNORE INTO review_items (review_id, alert_id, state_at_review) "
                                    "SELECT ?, id, state FROM alerts WHERE id = ?"));
        for (const qint64 alertId : alertIds) {
            item.addBindValue(id);
            item.addBindValue(alertId);
            if (!item.exec()) {
                return m_db.queryError(item, tr("recording a review"));
            }
            if (item.numRowsAffected() != 1) {
                return Error{ErrorCode::NotFound, tr("there is no alert %1").arg(alertId), tr("recording a review")};
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return id;
}

Result<QList<std::pair<qint64, AlertState>>> ReviewLog::items(qint64 reviewId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT alert_id, state_at_review FROM review_items WHERE review_id = ? ORDER BY alert_id"));
    q.addBindValue(reviewId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("reading the review log"));
    }
    QList<std::pair<qint64, AlertState>> items;
    while (q.next()) {
        items.append({q.value(0).toLongLong(), alertStateFromId(q.value(1).toString()).value_or(AlertState::Open)});
    }
    return items;
}

} // namespace Vigil
