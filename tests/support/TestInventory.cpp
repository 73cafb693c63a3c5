// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestInventory.h"

#include "InventoryStore.h"

#include <gtest/gtest.h>

namespace VigilTest {

AddedDevice addDevice(Vigil::InventoryStore &store, const QString &client, const QString &site, const QString &device)
{
    AddedDevice added;
    const Vigil::Result<Vigil::Inventory> inventory = store.load();
    if (!inventory) {
        ADD_FAILURE() << qPrintable(inventory.error().toString());
        return {};
    }
    for (const Vigil::Client &c : inventory->clients) {
        if (c.name == client) {
            added.clientId = c.id;
        }
    }
    if (added.clientId == 0) {
        Vigil::Client c;
        c.name = client;
        const Vigil::Result<qint64> id = store.addClient(c);
        if (!id) {
            ADD_FAILURE() << qPrintable(id.error().toString());
            return {};
        }
        added.clientId = id.value();
    }
    for (const Vigil::Site &s : inventory->sites) {
        if (s.clientId == added.clientId && s.name == site) {
            added.siteId = s.id;
        }
    }
    if (added.siteId == 0) {
        Vigil::Site s;
        s.clientId = added.clientId;
        s.name = site;
        const Vigil::Result<qint64> id = store.addSite(s);
        if (!id) {
            ADD_FAILURE() << qPrintable(id.error().toString());
            return {};
        }
        added.siteId = id.value();
    }
    Vigil::Device d;
    d.siteId = added.siteId;
    d.name = device;
    const Vigil::Result<qint64> id = store.addDevice(d);
    if (!id) {
        ADD_FAILURE() << qPrintable(id.error().toString());
        return {};
    }
    added.deviceId = id.value();
    return added;
}

} // namespace VigilTest
