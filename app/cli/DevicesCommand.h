// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli devices [--client NAME] [--format table|json|csv]
class DevicesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::DevicesCommand)

public:
    explicit DevicesCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
