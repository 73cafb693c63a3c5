// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli maintenance [add|remove]: the windows in which a device or site raises no new alerts.
class MaintenanceCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::MaintenanceCommand)

public:
    explicit MaintenanceCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
