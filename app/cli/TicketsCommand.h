// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli tickets: the ticket queue, most urgent SLA first.
class TicketsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::TicketsCommand)

public:
    explicit TicketsCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
