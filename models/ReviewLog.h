// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Alert.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Vigil {

class Database;

// Who reviewed which alerts, and when: "Finish review" writes one entry with every alert it covered and the state
// each was in, and the next review starts from the last one's end.
class ReviewLog final
{
    Q_DISABLE_COPY_MOVE(ReviewLog)
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReviewLog)

public:
    struct Review
    {
        qint64 id = 0;
        QString reviewer;
        QDateTime startedAt;
        QDateTime finishedAt;
        int alertCount = 0;
    };

    explicit ReviewLog(Database &database);

    // The reviewer's last finished review; with an empty reviewer, anybody's. Empty when there was none.
    Result<std::optional<Review>> lastReview(const QString &reviewer = {}) const;
    // Records a finished review of these alerts (their current states are copied).
    Result<qint64> record(const QString &reviewer, const QDateTime &startedAt, const QList<qint64> &alertIds,
                          const QDateTime &finishedAt);
    // The alerts a review covered, with the state each had then.
    Result<QList<std::pair<qint64, AlertState>>> items(qint64 reviewId) const;

private:
    Database &m_db;
};

} // namespace Vigil
