// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli review: the morning digest. Per client, counts by severity and every alert that still needs someone,
// one line each, unacknowledged first; --finish records the review so the next one starts from here.
class ReviewCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ReviewCommand)

public:
    explicit ReviewCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
