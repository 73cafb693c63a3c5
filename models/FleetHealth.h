// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Vigil {

// One client's numbers on the fleet overview (or the fleet's, summed). Device problems count devices; alerts
// count unresolved alerts; tickets count active tickets by the state of their current SLA clock.
struct ClientHealth
{
    qint64 clientId = 0; // 0 for the fleet total
    QString clientName;
    int devices = 0;
    int online = 0;
    int stale = 0;
    int offline = 0;
    int unmonitored = 0;
    int criticalAlerts = 0;
    int warningAlerts = 0;
    int infoAlerts = 0;
    int backupsFailing = 0;
    int backupsStale = 0;
    int rebootRequired = 0;
    int securityUpdates = 0;
    int smartWarnings = 0;
    int slaAtRisk = 0;
    int slaBreached = 0;

    void add(const ClientHealth &other);
    friend bool operator==(const ClientHealth &, const ClientHealth &) = default;
};

struct FleetHealth
{
    QList<ClientHealth> clients; // by name
    ClientHealth total;
    QDateTime computedAt;
};

} // namespace Vigil
