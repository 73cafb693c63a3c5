// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli rules [set RULE | reset RULE]: the alert rules in force, for the team or one client, and their edits.
class RulesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::RulesCommand)

public:
    explicit RulesCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
