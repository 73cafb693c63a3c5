// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli alerts: the alert queue as a table, JSON or CSV, filtered by state, time and client.
class AlertsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::AlertsCommand)

public:
    explicit AlertsCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
