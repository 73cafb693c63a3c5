// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MaintenanceWindow.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace Vigil {

class Database;

// Maintenance windows in the store; the rule engine reads them through AlertStore::contexts.
class MaintenanceStore final
{
    Q_DISABLE_COPY_MOVE(MaintenanceStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::MaintenanceStore)

public:
    explicit MaintenanceStore(Database &database);

    // Refused: no target or both, an end not after the start, an end already in the past.
    Result<qint64> add(const MaintenanceWindow &window, const QDateTime &now);
    // Windows that have not ended by `now`, soonest first.
    Result<QList<MaintenanceWindow>> current(const QDateTime &now) const;
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace Vigil
