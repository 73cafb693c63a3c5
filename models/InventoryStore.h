// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ImportSummary.h"
#include "Inventory.h"
#include "InventoryImport.h"
#include "Result.h"

#include <QCoreApplication>

namespace Vigil {

class Database;

// Clients, sites and devices in the SQLite store. Every write is one transaction; validation errors name the
// field and the record.
class InventoryStore final
{
    Q_DISABLE_COPY_MOVE(InventoryStore)
    Q_DECLARE_TR_FUNCTIONS(Vigil::InventoryStore)

public:
    explicit InventoryStore(Database &database, const Clock &clock = Clock::system());

    Result<Inventory> load() const;

    Result<Client> client(qint64 id) const;
    Result<Client> clientByName(const QString &name) const;
    Result<qint64> addClient(const Client &client);
    Status updateClient(const Client &client);
    // Removes the client with its sites and devices (their alerts, history and state go with them).
    Status removeClient(qint64 id);

    Result<qint64> addSite(const Site &site);
    Status updateSite(const Site &site);
    // Refused while devices are still at the site.
    Status removeSite(qint64 id);

    Result<Device> device(qint64 id) const;
    Result<Device> deviceByName(qint64 clientId, const QString &name) const;
    Result<qint64> addDevice(const Device &device);
    Status updateDevice(const Device &device);
    Status removeDevice(qint64 id);
    // Moves a device to another site of the same or another client.
    Status moveDevice(qint64 deviceId, qint64 siteId);

    // Applies one import source in a single transaction: all of it, or nothing if any record is rejected.
    // New devices without a client go to fallbackClient; new devices without a site go to fallbackSite.
    Result<ImportSummary> applyImport(const InventoryImport &import, const QString &fallbackClient,
                                      const QString &fallbackSite);

    static QString defaultFallbackClient();
    static QString defaultFallbackSite();

private:
    Result<QList<Client>> loadClients(const QString &where, const QVariantList &bindings) const;
    Result<QList<Device>> loadDevices(const QString &where, const QVariantList &bindings) const;
    Status validate(const Device &device) const;
    Status writeClient(Client &client);
    Status writeSite(Site &site);
    Status writeDevice(Device &device);
    Status writeTags(qint64 deviceId, const QStringList &tags);
    Status writeSla(const Client &client);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Vigil
