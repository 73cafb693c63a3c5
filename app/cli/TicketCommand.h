// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace Vigil {

class TicketStore;

// vigil-cli ticket new | show | note | log | status | assign | close: one ticket at a time.
class TicketCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::TicketCommand)

public:
    explicit TicketCommand(CliContext &context);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    int create(const QCommandLineParser &parser, const QString &who);
    int createFromAlert(const QCommandLineParser &parser, const QString &who);
    int show(TicketStore &store, qint64 id);
};

} // namespace Vigil
