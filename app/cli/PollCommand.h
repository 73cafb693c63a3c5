// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli poll [--once] [--timeout SECONDS] [--concurrency N]
class PollCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::PollCommand)

public:
    explicit PollCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
