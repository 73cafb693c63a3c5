// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Alert.h"
#include "AlertEvent.h"
#include "AlertQueueRow.h"
#include "ConditionState.h"
#include "Result.h"
#include "RuleEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace Vigil {

class Database;

// Alerts in SQLite: what the rule engine decided (applied in the poller's transaction) and what technicians do
// with them. Every change is an event in alert_events; nothing is deleted.
class AlertStore final
{
    Q_DISABLE_COPY_MOVE(AlertStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::AlertStore)

public:
    static inline const QString systemActor = QStringLiteral("system");

    explicit AlertStore(Database &database);

    // --- the rule engine's side
    struct DeviceContext
    {
        qint64 deviceId = 0;
        qint64 clientId = 0;
        qint64 siteId = 0;
        bool inMaintenance = false;
        QList<ConditionState> conditions;
        QList<Alert> alerts; // unresolved, plus those the system resolved within RuleEngine::recurWithinSeconds
        QHash<QString, QDateTime> restoreTests;    // job → the last restore test a technician recorded
        QHash<QString, QDateTime> backupFirstSeen; // job → when Vigil first saw it
    };
    // Everything the engine needs for these devices, in a few queries. Unknown ids are left out.
    Result<QHash<qint64, DeviceContext>> contexts(const QList<qint64> &deviceIds, const QDateTime &now) const;
    // Writes the outcomes (conditions, alert changes with their events). Runs inside the caller's transaction when
    // there is one. Returns the ids of alerts that were opened or reopened.
    Result<QList<qint64>> apply(const QHash<qint64, RuleEngine::Outcome> &outcomes, const QDateTime &now);

    // --- technicians' actions; each takes alert ids and refuses (changing nothing) if one is unknown or resolved
    Status acknowledge(const QList<qint64> &ids, const QString &who, const QString &note, const QDateTime &now);
    Status resolve(const QList<qint64> &ids, const QString &who, const QString &note, const QDateTime &now);
    Status snooze(const QList<qint64> &ids, const QString &who, const QDateTime &until, const QString &note,
                  const QDateTime &now);
    Status categorise(const QList<qint64> &ids, AlertCategory category, const QString &who, const QDateTime &now);
    Status addNote(qint64 id, const QString &who, const QString &note, const QDateTime &now);
    // Links an alert to the ticket it was escalated to.
    Status linkTicket(qint64 id, qint64 ticketId, const QString &who, const QDateTime &now);
    // Snoozes that have ended reopen (open again, visibly, with an event). Returns the ids reopened.
    Result<QList<qint64>> expireSnoozes(const QDateTime &now);

    // --- reading
    Result<Alert> alert(qint64 id) const;
    Result<QList<AlertEvent>> events(qint64 alertId) const;

    struct Query
    {
        QSet<AlertState> states; // empty: every state
        QDateTime since;         // lastSeen ≥ since, or still open and unacknowledged; empty: no limit
        qint64 clientId = 0;     // 0: every client
        QList<qint64> ids;       // empty: every alert
    };
    Result<QList<AlertQueueRow>> queue(const Query &query) const;

private:
    Status change(const QList<qint64> &ids, const QString &what, const std::function<Status(const Alert &)> &each);
    Status addEvent(qint64 alertId, const QDateTime &at, const QString &actor, const QString &kind,
                    const QString &note);

    Database &m_db;
};

} // namespace Vigil
