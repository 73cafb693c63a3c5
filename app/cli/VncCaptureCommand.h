// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vnc-capture DEVICE --out FILE.png [--client NAME] [--timeout S] [--password-stdin] [--as NAME]: connects with
// the console's VNC client, waits for the first complete frame and saves it as PNG (atomically). The password
// comes from stdin when asked, else from the keychain under the device's VNC key id, else none.
class VncCaptureCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::VncCaptureCommand)

public:
    explicit VncCaptureCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
