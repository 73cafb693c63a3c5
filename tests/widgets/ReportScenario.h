// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace Vigil {
class Database;
}

namespace VigilTest {

struct ReportScenarioInfo
{
    qint64 clientId = 0;
    QDate month;   // October 2026
    QDateTime now; // early November, when the report is made
};

// A believable October for a dental practice of twelve devices (Europe/Berlin): a poll every ten minutes with a
// weekend the console was closed, outages, Patch Tuesday, a filling file share, failed and stale backups, restore
// tests, alerts worked by technicians, tickets with their SLA clocks and remote sessions. A second client exists so
// that a picker has a choice. Fails the test on any store error.
ReportScenarioInfo fillReportScenario(Vigil::Database &database);

} // namespace VigilTest
