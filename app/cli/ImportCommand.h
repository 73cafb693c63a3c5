// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli import FILE [--format csv|file_sd|ssh_config] [--client NAME] [--site NAME]
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ImportCommand)

public:
    explicit ImportCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
