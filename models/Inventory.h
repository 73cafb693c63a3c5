// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"
#include "Device.h"
#include "Site.h"

#include <QList>

namespace Vigil {

// A value snapshot of the whole inventory, ordered by client name, site name and device name. Item models and
// exporters work on these rather than on pointers into the store.
struct Inventory
{
    QList<Client> clients;
    QList<Site> sites;
    QList<Device> devices;

    const Client *client(qint64 id) const;
    const Site *site(qint64 id) const;
};

} // namespace Vigil
