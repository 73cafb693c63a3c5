// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {
class InventoryStore;
}

namespace VigilTest {

struct AddedDevice
{
    qint64 clientId = 0;
    qint64 siteId = 0;
    qint64 deviceId = 0;
};

// Adds a device to the store, creating its client and site first when they do not exist yet. Fails the test (and
// returns zeros) when the store refuses.
AddedDevice addDevice(Vigil::InventoryStore &store, const QString &client, const QString &site, const QString &device);

} // namespace VigilTest
