// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientReport.h"

#include <QString>

namespace Vigil {

// The report as CSV, one row per figure: section, figure, subject, value, unit. Identifiers are stable English
// words for scripts; an empty value means "no data recorded", which is not the same as 0.
class ReportCsv final
{
public:
    static QString text(const ClientReport &report);
};

} // namespace Vigil
