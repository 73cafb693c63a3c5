// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

// vigil-cli ack | resolve | snooze: a technician's action on one or more alerts, all or nothing.
class AlertActionCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::AlertActionCommand)

public:
    enum class Action { Acknowledge, Resolve, Snooze };
    AlertActionCommand(CliContext &context, Action action);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    Action m_action;
};

} // namespace Vigil
