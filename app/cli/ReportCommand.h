// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli report: a client's monthly report as PDF, HTML or CSV.
class ReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReportCommand)

public:
    explicit ReportCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
