// SPDX-License-Identifier: GPL-3.0-or-later
#include "Inventory.h"

#include <algorithm>

namespace Vigil {

const Client *Inventory::client(qint64 id) const
{
    const auto it = std::find_if(clients.cbegin(), clients.cend(), [id](const Client &c) { return c.id == id; });
    return it == clients.cend() ? nullptr : &*it;
}

const Site *Inventory::site(qint64 id) const
{
    const auto it = std::find_if(sites.cbegin(), sites.cend(), [id](const Site &s) { return s.id == id; });
    return it == sites.cend() ? nullptr : &*it;
}

} // namespace Vigil
