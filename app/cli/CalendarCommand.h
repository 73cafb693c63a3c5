// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QSet>

#include <optional>
#include <utility>

namespace Vigil {

// vigil-cli calendar CLIENT: shows or changes a client's business hours (working days, hours, time zone) and
// holidays, which the SLA clocks count in.
class CalendarCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::CalendarCommand)

public:
    explicit CalendarCommand(CliContext &context);

    // "mon-fri", "mon,wed,fri", "sat-sun", "mon-sun", or ISO numbers ("1-5"); nothing when not understood.
    static std::optional<QSet<int>> parseDays(const QString &text);
    // "08:00-18:00" as minutes after midnight; the end may be 24:00.
    static std::optional<std::pair<int, int>> parseHours(const QString &text);
    // "Mon–Fri", "Mon, Wed, Fri".
    static QString daysText(const QSet<int> &days);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Vigil
