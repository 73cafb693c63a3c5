// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

struct SshResult;

// vigil-cli exec DEVICE [--accept-new] [--timeout S] -- COMMAND…: one command over SSH with the console's
// settings, credentials, jump hosts and known hosts. Remote stdout and stderr are passed through unchanged.
// Exit status: the command's own (0–255); 128+N when it was killed by signal N; 124 when --timeout ran out;
// 3 when the host key changed (or is revoked); 255 when the connection or login failed or an unknown host key was
// refused; 1 and 2 as for every command (runtime error before connecting, usage error).
class ExecCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ExecCommand)

public:
    explicit ExecCommand(CliContext &context);

    static int exitCodeFor(const SshResult &result);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
