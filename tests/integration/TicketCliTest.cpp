// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Vigil;
using VigilTest::CommandResult;

namespace {

// vigil-cli tickets and ticket …, run as a process. Harbor Dental works around the clock in UTC so that the SLA
// states do not depend on when the test runs.
class TicketCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        InventoryStore inventory(*db.value());
        const auto addDevice = [&](const QString &clientName, const QString &deviceName) {
            Client c;
            c.name = clientName;
            const qint64 clientId = inventory.addClient(c).value();
            Site site;
            site.clientId = clientId;
            site.name = QStringLiteral("HQ");
            Device device;
            device.siteId = inventory.addSite(site).value();
            device.name = deviceName;
            inventory.addDevice(device).value();
            return clientId;
        };
        const qint64 harbor = addDevice(QStringLiteral("Harbor Dental"), QStringLiteral("HD-FS01"));
        addDevice(QStringLiteral("Kessler Logistics"), QStringLiteral("KL-DC01"));
        TicketStore tickets(*db.value());
        BusinessCalendar always = BusinessCalendar::standard(QTimeZone::utc());
        always.setWorkingDays({1, 2, 3, 4, 5, 6, 7});
        ASSERT_TRUE(always.setWorkingHours(0, 24 * 60));
        ASSERT_TRUE(tickets.setCalendar(harbor, always).ok());
        // Critical, opened three hours ago and never answered: first response breached two hours ago.
        NewTicket late;
        late.clientId = harbor;
        late.title = QStringLiteral("Server down");
        late.priority = Priority::Critical;
        m_late =
            tickets.create(late, QStringLiteral("sam"), QDateTime::currentDateTimeUtc().addSecs(-3 * 3600)).value();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("vigil.db")); }

    CommandResult cli(const QStringList &arguments) const { return VigilTest::runVigilCli(dbPath(), arguments); }

    QJsonArray ticketsJson(const QStringList &extra = {}) const
    {
        const CommandResult r =
            cli(QStringList{QStringLiteral("tickets"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).array();
    }

    QTemporaryDir m_dir;
    qint64 m_late = 0;
};

} // namespace

TEST_F(TicketCliTest, NewTicketsJoinTheQueueSortedByUrgency)
{
    CommandResult r = cli({QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--client"),
                           QStringLiteral("Harbor Dental"), QStringLiteral("--title"), QStringLiteral("Printer jam"),
                           QStringLiteral("--priority"), QStringLiteral("low"), QStringLiteral("--device"),
                           QStringLiteral("HD-FS01"), QStringLiteral("--as"), QStringLiteral("sam")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Opened ticket #2")) << r.out.toStdString();

    const QJsonArray all = ticketsJson();
    ASSERT_EQ(all.size(), 2);
    const QJsonObject first = all.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toInteger(), m_late) << "breached first";
    EXPECT_EQ(first.value(QStringLiteral("response")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("breached"));
    EXPECT_EQ(first.value(QStringLiteral("sla")).toString(), QStringLiteral("breached 2 h"));
    EXPECT_EQ(all.at(1).toObject().value(QStringLiteral("device")).toString(), QStringLiteral("HD-FS01"));
    EXPECT_EQ(ticketsJson({QStringLiteral("--breached")}).size(), 1);
    EXPECT_EQ(ticketsJson({QStringLiteral("--client"), QStringLiteral("Kessler Logistics")}).size(), 0);

    const CommandResult table = cli({QStringLiteral("tickets")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("breached 2 h")) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains("2 ticket")) << table.out.toStdString();
    const CommandResult csv = cli({QStringLiteral("tickets"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(csv.out.count('\n'), 3) << csv.out.toStdString();
}

TEST_F(TicketCliTest, WorkingATicketToResolution)
{
    const QString id = QString::number(m_late);
    const QString as = QStringLiteral("--as");
    const QString sam = QStringLiteral("sam");
    ASSERT_EQ(cli({QStringLiteral("ticket"), QStringLiteral("assign"), id, sam}).exitCode, 0);
    EXPECT_EQ(ticketsJson({QStringLiteral("--mine"), as, sam}).size(), 1);
    EXPECT_EQ(ticketsJson({QStringLiteral("--unassigned")}).size(), 0);
    ASSERT_EQ(cli({QStringLiteral("ticket"), QStringLiteral("note"), id, QStringLiteral("Rebooting the host"),
                   QStringLiteral("--client-visible"), as, sam})
                  .exitCode,
              0);
    ASSERT_EQ(cli({QStringLiteral("ticket"), QStringLiteral("log"), id, QStringLiteral("40"), QStringLiteral("--note"),
                   QStringLiteral("on site"), as, sam})
                  .exitCode,
              0);
    ASSERT_EQ(
        cli({QStringLiteral("ticket"), QStringLiteral("status"), id, QStringLiteral("waiting"), as, sam}).exitCode, 0);

    CommandResult show = cli({QStringLiteral("ticket"), QStringLiteral("show"), id});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_TRUE(show.out.contains("Server down")) << show.out.toStdString();
    EXPECT_TRUE(show.out.contains("Waiting on client")) << show.out.toStdString();
    EXPECT_TRUE(show.out.contains("note (client-visible): Rebooting the host")) << show.out.toStdString();
    EXPECT_TRUE(show.out.contains("Time worked:       40 min")) << show.out.toStdString();
    EXPECT_TRUE(show.out.contains("when the client replies")) << show.out.toStdString();

    CommandResult r = cli({QStringLiteral("ticket"), QStringLiteral("close"), id});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("closing notes")) << r.err.toStdString();
    r = cli({QStringLiteral("ticket"), QStringLiteral("close"), id, QStringLiteral("--notes"),
             QStringLiteral("Replaced the PSU"), as, sam});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(ticketsJson().isEmpty());
    const QJsonArray resolved = ticketsJson({QStringLiteral("--status"), QStringLiteral("resolved,closed")});
    ASSERT_EQ(resolved.size(), 1);
    EXPECT_EQ(resolved.at(0).toObject().value(QStringLiteral("closing_notes")).toString(),
              QStringLiteral("Replaced the PSU"));
    show = cli({QStringLiteral("ticket"), QStringLiteral("show"), id});
    EXPECT_TRUE(show.out.contains("closing notes: Replaced the PSU")) << show.out.toStdString();
}

TEST_F(TicketCliTest, InvalidInputIsRefusedWithTheRightExitCode)
{
    const auto code = [this](const QStringList &args) {
        const CommandResult r = cli(args);
        EXPECT_FALSE(r.err.isEmpty()) << "an error says what went wrong";
        return r.exitCode;
    };
    const QString ticket = QStringLiteral("ticket");
    const QString id = QString::number(m_late);
    EXPECT_EQ(code({ticket, QStringLiteral("new"), QStringLiteral("--client"), QStringLiteral("Nobody"),
                    QStringLiteral("--title"), QStringLiteral("x")}),
              1);
    EXPECT_EQ(
        code({ticket, QStringLiteral("new"), QStringLiteral("--client"), QStringLiteral("Harbor Dental"),
              QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--priority"), QStringLiteral("urgent")}),
        2);
    EXPECT_EQ(code({ticket, QStringLiteral("new"), QStringLiteral("--client"), QStringLiteral("Harbor Dental")}), 2);
    EXPECT_EQ(
        code({ticket, QStringLiteral("new"), QStringLiteral("--client"), QStringLiteral("Harbor Dental"),
              QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--device"), QStringLiteral("KL-DC01")}),
        1)
        << "another client's device";
    EXPECT_EQ(code({ticket, QStringLiteral("status"), id, QStringLiteral("resolved")}), 2);
    EXPECT_EQ(code({ticket, QStringLiteral("status"), id, QStringLiteral("sleeping")}), 2);
    EXPECT_EQ(code({ticket, QStringLiteral("status"), id, QStringLiteral("new")}), 1);
    EXPECT_EQ(code({ticket, QStringLiteral("log"), id, QStringLiteral("0")}), 2);
    EXPECT_EQ(code({ticket, QStringLiteral("log"), id, QStringLiteral("ten")}), 2);
    EXPECT_EQ(code({ticket, QStringLiteral("note"), id, QStringLiteral("  ")}), 2);
    EXPECT_EQ(code({ticket, QStringLiteral("show"), QStringLiteral("999")}), 1);
    EXPECT_EQ(code({ticket, QStringLiteral("show"), QStringLiteral("abc")}), 2);
    EXPECT_EQ(code({ticket, QStringLiteral("frobnicate"), id}), 2);
    EXPECT_EQ(code({ticket, QStringLiteral("show"), id, QStringLiteral("--notes"), QStringLiteral("x")}), 2);
    EXPECT_EQ(code({QStringLiteral("tickets"), QStringLiteral("--status"), QStringLiteral("sleeping")}), 2);
    EXPECT_EQ(code({QStringLiteral("tickets"), QStringLiteral("--mine"), QStringLiteral("--unassigned")}), 2);
    EXPECT_EQ(code({QStringLiteral("tickets"), QStringLiteral("--format"), QStringLiteral("xml")}), 2);
    EXPECT_EQ(code({QStringLiteral("tickets"), QStringLiteral("--client"), QStringLiteral("Nobody")}), 1);
}

TEST_F(TicketCliTest, CalendarShowsAndChangesBusinessHoursAndHolidays)
{
    const QString kessler = QStringLiteral("Kessler Logistics");
    const QString calendar = QStringLiteral("calendar");
    CommandResult r = cli({calendar, kessler});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("the standard calendar")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Mon\u2013Fri")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("08:00\u201318:00")) << r.out.toStdString();

    r = cli({calendar, kessler, QStringLiteral("--days"), QStringLiteral("mon-sat"), QStringLiteral("--hours"),
             QStringLiteral("07:30-17:00"), QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({calendar, kessler, QStringLiteral("--add-holiday"), QStringLiteral("2026-12-24"), QStringLiteral("--name"),
             QStringLiteral("Christmas Eve")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({calendar, kessler, QStringLiteral("--add-holiday"), QStringLiteral("2026-12-31")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Changing the hours afterwards keeps the holidays and their names.
    r = cli({calendar, kessler, QStringLiteral("--hours"), QStringLiteral("08:00-17:00")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    {
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        InventoryStore inventory(*db.value());
        const qint64 client = inventory.clientByName(kessler).value().id;
        TicketStore store(*db.value());
        const BusinessCalendar stored = store.calendar(client).value();
        EXPECT_EQ(stored.workingDays(), (QSet<int>{1, 2, 3, 4, 5, 6}));
        EXPECT_EQ(stored.startMinute(), 8 * 60);
        EXPECT_EQ(stored.endMinute(), 17 * 60);
        EXPECT_EQ(stored.timeZone().id(), QByteArray("Europe/Berlin"));
        EXPECT_EQ(stored.holidays(), (QSet<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 31)}));
        EXPECT_EQ(store.holidayNames(client).value().value(QDate(2026, 12, 24)), QStringLiteral("Christmas Eve"));
    }
    r = cli({calendar, kessler});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.out.contains("standard")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Mon\u2013Sat")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Europe/Berlin")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("2026-12-24  Christmas Eve")) << r.out.toStdString();

    r = cli({calendar, kessler, QStringLiteral("--remove-holiday"), QStringLiteral("2026-12-31")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({calendar, kessler, QStringLiteral("--remove-holiday"), QStringLiteral("2026-12-31")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not one of the client's holidays")) << r.err.toStdString();
    EXPECT_FALSE(cli({calendar, kessler}).out.contains("2026-12-31"));
}

TEST_F(TicketCliTest, CalendarRefusesBadInputAndChangesNothing)
{
    const QString kessler = QStringLiteral("Kessler Logistics");
    const QString calendar = QStringLiteral("calendar");
    const auto refused = [&](const QStringList &arguments, int code, const char *message) {
        const CommandResult r = cli(QStringList{calendar} + arguments);
        EXPECT_EQ(r.exitCode, code) << qPrintable(arguments.join(u' ')) << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
    };
    refused({}, 2, "usage");
    refused({kessler, QStringLiteral("--days"), QStringLiteral("mon-funday")}, 2, "not working days");
    refused({kessler, QStringLiteral("--days"), QStringLiteral("fri-mon")}, 2, "not working days");
    refused({kessler, QStringLiteral("--hours"), QStringLiteral("18:00-08:00")}, 2, "not working hours");
    refused({kessler, QStringLiteral("--hours"), QStringLiteral("8-18")}, 2, "not working hours");
    refused({kessler, QStringLiteral("--zone"), QStringLiteral("Mars/Olympus_Mons")}, 2, "unknown time zone");
    refused({kessler, QStringLiteral("--add-holiday"), QStringLiteral("2026-13-01")}, 2, "not a date");
    refused({kessler, QStringLiteral("--name"), QStringLiteral("Party")}, 2, "--name goes with --add-holiday");
    // A valid change together with a bad one: nothing is written.
    refused({kessler, QStringLiteral("--hours"), QStringLiteral("07:00-19:00"), QStringLiteral("--zone"),
             QStringLiteral("Nowhere/Else")},
            2, "unknown time zone");
    refused({QStringLiteral("Nobody Inc"), QStringLiteral("--hours"), QStringLiteral("07:00-19:00")}, 1, "Nobody Inc");
    const CommandResult r = cli({calendar, kessler});
    EXPECT_TRUE(r.out.contains("the standard calendar")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("08:00\u201318:00")) << r.out.toStdString();
}

TEST_F(TicketCliTest, NewTicketReportedEarlierAndFromAnAlert)
{
    // Reported by phone three hours ago, written up now: the clocks start at the call, so it is breached already.
    CommandResult r = cli({QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--client"),
                           QStringLiteral("Harbor Dental"), QStringLiteral("--title"), QStringLiteral("Phones dead"),
                           QStringLiteral("--priority"), QStringLiteral("critical"), QStringLiteral("--reported"),
                           QStringLiteral("3h")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(ticketsJson({QStringLiteral("--breached")}).size(), 2);
    r = cli({QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--client"),
             QStringLiteral("Harbor Dental"), QStringLiteral("--title"), QStringLiteral("Later"),
             QStringLiteral("--reported"), QStringLiteral("2030-01-01T08:00")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("in the future")) << r.err.toStdString();

    r = cli({QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--from-alert"), QStringLiteral("999")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("999")) << r.err.toStdString();
    r = cli({QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--from-alert"), QStringLiteral("1"),
             QStringLiteral("--title"), QStringLiteral("Mine")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("does not go with --from-alert")) << r.err.toStdString();
    EXPECT_EQ(ticketsJson().size(), 2);
}
