// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSnapshot.h"
#include "DeviceState.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Vigil {

class Database;

// The latest state per device (device_state) and the backup jobs it reports (backups). A failed poll records
// why and when but keeps the last good snapshot; a good poll replaces it.
class DeviceStateStore final
{
    Q_DISABLE_COPY_MOVE(DeviceStateStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::DeviceStateStore)

public:
    struct Update
    {
        qint64 deviceId = 0;
        DeviceSnapshot snapshot; // reachable == false: a failed poll; snapshot.failure says why
        QByteArray counters;     // rate state to keep with a good poll
    };

    explicit DeviceStateStore(Database &database);

    // All updates in one transaction (the poller batches a cycle's results).
    Status save(const QList<Update> &updates);
    Result<QHash<qint64, DeviceState>> load() const;
    Result<DeviceState> state(qint64 deviceId) const;

private:
    Result<QHash<qint64, DeviceState>> query(const QString &where, const QVariantList &bindings) const;

    Database &m_db;
};

} // namespace Vigil
