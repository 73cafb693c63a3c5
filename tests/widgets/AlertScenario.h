// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertEvaluator.h"
#include "Clock.h"
#include "DeviceSnapshot.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Vigil {

class Database;

// Real alerts for widget tests and screenshots: devices added to the inventory and polled through AlertEvaluator
// at the scenario's clock, so every alert has the history and shape the poller would give it.
class AlertScenario final
{
    Q_DISABLE_COPY_MOVE(AlertScenario)

public:
    AlertScenario(Database &database, ManualClock &clock);
    ~AlertScenario();

    // Creates the client and site on first use.
    qint64 device(const QString &client, const QString &site, const QString &name, const QString &address = {});
    // One poll of the device at the clock's time; the ids of alerts it opened or reopened.
    QList<qint64> poll(qint64 deviceId, const DeviceSnapshot &snapshot);
    // Three failed polls a minute apart: the unreachable rule's threshold.
    QList<qint64> goDown(qint64 deviceId, const QString &detail);

    DeviceSnapshot up() const;
    DeviceSnapshot disk(double usedPercent, const QString &mount = QStringLiteral("/srv")) const;
    DeviceSnapshot backup(const QString &job, qint64 hoursSinceSuccess, bool lastRunOk,
                          bool restoreTested = true) const;

    // A fleet of six clients after a night: about thirty alerts of every rule and severity, some handled.
    // Call with the clock set to when the technician opens the console.
    void fillMorning(const QString &technician);

private:
    Database &m_db;
    ManualClock &m_clock;
    std::unique_ptr<AlertEvaluator> m_evaluator;
    QHash<QString, qint64> m_clients;
    QHash<QString, qint64> m_sites; // "client/site" → id
};

} // namespace Vigil
