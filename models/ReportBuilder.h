// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientReport.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace Vigil {

class Clock;
class Database;

// Computes a client's monthly report from the store: inventory, health history, backups, alerts and their events,
// tickets with their SLA clocks, and the session log, for the calendar month in the client's time zone.
class ReportBuilder final
{
    Q_DISABLE_COPY_MOVE(ReportBuilder)
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReportBuilder)

public:
    ReportBuilder(Database &database, const Clock &clock);

    Result<ClientReport> build(const QString &clientName, QDate month) const;
    Result<ClientReport> build(qint64 clientId, QDate month) const;

    // "2026-10" → 2026-10-01; empty for anything else.
    static std::optional<QDate> parseMonth(const QString &text);
    // The plain sentences at the top of the report, from its figures.
    static QStringList summarise(const ClientReport &report);

private:
    struct DeviceRow
    {
        qint64 id = 0;
        QString name;
        QString kind;
        QString os;
    };

    Result<QList<DeviceRow>> devices(qint64 clientId, const ClientReport &report) const;
    Status addHealth(ClientReport &report, const QList<DeviceRow> &devices, const QDateTime &until) const;
    Status addBackups(ClientReport &report, qint64 clientId, const QDateTime &until) const;
    Status addAlerts(ClientReport &report, qint64 clientId, const QDateTime &until, bool monitored) const;
    Status addTickets(ClientReport &report, qint64 clientId, const QDateTime &until) const;
    Status addSessions(ClientReport &report, qint64 clientId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Vigil
