// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SshEndpoint.h"

#include <QCoreApplication>

namespace Vigil {

struct Device;
struct Inventory;

// Turns a device's SSH settings into where to connect. ProxyJump is read as ssh(1) writes it: "none", or hops
// "[user@]host[:port]" separated by commas, first hop first. A hop whose host is the name of a device in the
// inventory (the same client's device first, then a device name unique across clients) is that device: its
// SSH host, port, user, identity file and password key, with a user or port written in the hop winning.
class SshTargetResolver final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::SshTargetResolver)

public:
    static Result<SshTarget> resolve(const Device &device, const Inventory &inventory);
    static Result<SshEndpoint> parseHop(const QString &text);
};

} // namespace Vigil
