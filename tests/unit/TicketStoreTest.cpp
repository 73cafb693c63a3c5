// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketStore.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace Vigil;

namespace {

const QTimeZone berlin("Europe/Berlin");

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), berlin);
}

const QString sam = QStringLiteral("sam");

class TicketStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        InventoryStore inventory(*m_db);
        Client client;
        client.name = QStringLiteral("Harbor Dental");
        m_client = inventory.addClient(client).value();
        client.name = QStringLiteral("Kessler Logistics");
        m_other = inventory.addClient(client).value();
        Site site;
        site.clientId = m_client;
        site.name = QStringLiteral("HQ");
        m_site = inventory.addSite(site).value();
        Device device;
        device.siteId = m_site;
        device.name = QStringLiteral("HD-FS01");
        m_device = inventory.addDevice(device).value();
        m_store = std::make_unique<TicketStore>(*m_db);
        ASSERT_TRUE(m_store->setCalendar(m_client, BusinessCalendar::standard(berlin)).ok());
        ASSERT_TRUE(m_store->setCalendar(m_other, BusinessCalendar::standard(berlin)).ok());
    }

    qint64 open(const QString &title, Priority priority = Priority::Normal, qint64 client = 0)
    {
        NewTicket t;
        t.clientId = client ? client : m_client;
        t.title = title;
        t.priority = priority;
        const Result<qint64> id = m_store->create(t, sam, m_clock.now());
        EXPECT_TRUE(id.ok()) << qPrintable(id.error().toString());
        return id.ok() ? id.value() : 0;
    }
    Ticket get(qint64 id) { return m_store->ticket(id, m_clock.now()).value().ticket; }
    QList<qint64> ids(const TicketFilter &filter = {})
    {
        QList<qint64> out;
        const Result<QList<Ticket>> list = m_store->list(filter, m_clock.now());
        EXPECT_TRUE(list.ok());
        for (const Ticket &t : list.value()) {
            out.append(t.id);
        }
        return out;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{at(23, 9)}; // Monday 09:00 in Berlin
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TicketStore> m_store;
    qint64 m_client = 0;
    qint64 m_other = 0;
    qint64 m_site = 0;
    qint64 m_device = 0;
};

} // namespace

TEST_F(TicketStoreTest, CreateRecordsTheTicketAndItsClocks)
{
    NewTicket t;
    t.clientId = m_client;
    t.deviceId = m_device;
    t.title = QStringLiteral("  Printer offline  ");
    t.description = QStringLiteral("front desk");
    t.priority = Priority::Critical;
    const Result<qint64> id = m_store->create(t, sam, m_clock.now());
    ASSERT_TRUE(id.ok());
    const Result<TicketDetail> detail = m_store->ticket(id.value(), m_clock.now());
    ASSERT_TRUE(detail.ok());
    const Ticket &ticket = detail->ticket;
    EXPECT_EQ(ticket.title, QStringLiteral("Printer offline"));
    EXPECT_EQ(ticket.clientName, QStringLiteral("Harbor Dental"));
    EXPECT_EQ(ticket.siteId, m_site) << "the device's site";
    EXPECT_EQ(ticket.deviceName, QStringLiteral("HD-FS01"));
    EXPECT_EQ(ticket.status, TicketStatus::New);
    // Standard critical: answered within 1 h, resolved within 8 business hours.
    EXPECT_EQ(ticket.response.dueAt, at(23, 10));
    EXPECT_EQ(ticket.resolution.dueAt, at(23, 17));
    EXPECT_EQ(detail->events.size(), 1);
    EXPECT_EQ(detail->events.first().kind, QStringLiteral("created"));
}

TEST_F(TicketStoreTest, InvalidInputIsRefusedWithAClearMessage)
{
    NewTicket t;
    t.clientId = 999;
    t.title = QStringLiteral("x");
    Result<qint64> id = m_store->create(t, sam, m_clock.now());
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, ErrorCode::NotFound);
    EXPECT_EQ(id.error().message, QStringLiteral("unknown client"));

    t.clientId = m_client;
    t.title = QStringLiteral("   ");
    EXPECT_EQ(m_store->create(t, sam, m_clock.now()).error().code, ErrorCode::InvalidInput);

    t.title = QStringLiteral("x");
    t.clientId = m_other;
    t.deviceId = m_device;
    EXPECT_EQ(m_store->create(t, sam, m_clock.now()).error().code, ErrorCode::InvalidInput)
        << "a device of another client";

    const qint64 ticket = open(QStringLiteral("VPN down"));
    const Status resolve = m_store->setStatus(ticket, TicketStatus::Resolved, sam, QStringLiteral("  "), m_clock.now());
    ASSERT_FALSE(resolve.ok());
    EXPECT_TRUE(resolve.error().message.contains(QStringLiteral("closing notes")));
    EXPECT_EQ(m_store->setStatus(ticket, TicketStatus::Closed, sam, {}, m_clock.now()).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->logTime(ticket, sam, 0, {}, m_clock.now()).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->logTime(ticket, sam, -5, {}, m_clock.now()).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->addNote(ticket, sam, QStringLiteral(" "), false, m_clock.now()).error().code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->addNote(4242, sam, QStringLiteral("hi"), false, m_clock.now()).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(m_store->setStatus(ticket, TicketStatus::New, sam, {}, m_clock.now()).error().code, ErrorCode::Conflict)
        << "already new";
    EXPECT_EQ(get(ticket).status, TicketStatus::New);
}

TEST_F(TicketStoreTest, FirstTechnicianNoteIsTheFirstResponse)
{
    const qint64 ticket = open(QStringLiteral("VPN down"));
    m_clock.set(at(23, 9, 30));
    ASSERT_TRUE(m_store->assign(ticket, sam, sam, m_clock.now()).ok());
    EXPECT_FALSE(get(ticket).firstResponseAt.isValid()) << "assigning is not answering";
    ASSERT_TRUE(m_store->noteAlertResolved(4242, QStringLiteral("x"), m_clock.now()).ok());
    m_clock.set(at(23, 10));
    ASSERT_TRUE(m_store->addNote(ticket, sam, QStringLiteral("Called, looking"), true, m_clock.now()).ok());
    m_clock.set(at(23, 11));
    ASSERT_TRUE(m_store->addNote(ticket, sam, QStringLiteral("Second"), false, m_clock.now()).ok());
    const Ticket t = get(ticket);
    EXPECT_EQ(t.firstResponseAt, at(23, 10));
    EXPECT_EQ(t.response.state, SlaState::Met);
    EXPECT_EQ(&t.currentSla(), &t.resolution);
    const TicketDetail detail = m_store->ticket(ticket, m_clock.now()).value();
    EXPECT_TRUE(detail.events.at(2).clientVisible);
    EXPECT_FALSE(detail.events.at(3).clientVisible);
}

TEST_F(TicketStoreTest, OpeningTheTicketIsTheFirstResponse)
{
    const qint64 ticket = open(QStringLiteral("VPN down"));
    m_clock.set(at(23, 9, 15));
    ASSERT_TRUE(m_store->setStatus(ticket, TicketStatus::Open, sam, {}, m_clock.now()).ok());
    EXPECT_EQ(get(ticket).firstResponseAt, at(23, 9, 15));
}

TEST_F(TicketStoreTest, WaitingOnTheClientPausesBothClocks)
{
    const qint64 ticket = open(QStringLiteral("Need the admin password"), Priority::High); // 4 h / 16 h
    m_clock.set(at(23, 10));
    ASSERT_TRUE(m_store->setStatus(ticket, TicketStatus::Waiting, sam, {}, m_clock.now()).ok());
    m_clock.set(at(25, 10)); // two days later
    Ticket t = get(ticket);
    EXPECT_TRUE(t.resolution.paused);
    EXPECT_EQ(t.resolution.elapsedSeconds, 3600);
    EXPECT_FALSE(t.resolution.dueAt.isValid());
    ASSERT_TRUE(m_store->setStatus(ticket, TicketStatus::Open, sam, {}, m_clock.now()).ok());
    t = get(ticket);
    EXPECT_FALSE(t.resolution.paused);
    EXPECT_EQ(t.resolution.dueAt, at(26, 15)) << "15 h left from Wednesday 10:00: 8 h, then 7 h on Thursday";
}

TEST_F(TicketStoreTest, ResolveNeedsNotesAndCloseKeepsThem)
{
    const qint64 ticket = open(QStringLiteral("Disk full"));
    m_clock.set(at(23, 12));
    ASSERT_TRUE(
        m_store->setStatus(ticket, TicketStatus::Resolved, sam, QStringLiteral("Cleared logs"), m_clock.now()).ok());
    Ticket t = get(ticket);
    EXPECT_EQ(t.resolvedAt, at(23, 12));
    EXPECT_EQ(t.firstResponseAt, at(23, 12));
    EXPECT_EQ(t.closingNotes, QStringLiteral("Cleared logs"));
    EXPECT_EQ(t.resolution.state, SlaState::Met);
    EXPECT_TRUE(ids().isEmpty()) << "resolved tickets leave the active queue";
    ASSERT_TRUE(m_store->setStatus(ticket, TicketStatus::Closed, sam, {}, m_clock.now()).ok());
    t = get(ticket);
    EXPECT_EQ(t.closingNotes, QStringLiteral("Cleared logs"));
    EXPECT_EQ(t.resolvedAt, at(23, 12));
    // Reopening clears the resolution.
    ASSERT_TRUE(m_store->setStatus(ticket, TicketStatus::Open, sam, {}, m_clock.now()).ok());
    EXPECT_FALSE(get(ticket).resolvedAt.isValid());
    // Closing straight from open with notes sets both instants.
    m_clock.set(at(23, 13));
    ASSERT_TRUE(m_store->setStatus(ticket, TicketStatus::Closed, sam, QStringLiteral("done"), m_clock.now()).ok());
    EXPECT_EQ(get(ticket).resolvedAt, at(23, 13));
    EXPECT_EQ(get(ticket).closingNotes, QStringLiteral("done"));
}

TEST_F(TicketStoreTest, TimeEntriesAddUp)
{
    const qint64 ticket = open(QStringLiteral("Onboarding"));
    ASSERT_TRUE(m_store->logTime(ticket, sam, 30, QStringLiteral("accounts"), m_clock.now()).ok());
    ASSERT_TRUE(m_store->logTime(ticket, QStringLiteral("kim"), 45, {}, m_clock.now()).ok());
    const TicketDetail detail = m_store->ticket(ticket, m_clock.now()).value();
    EXPECT_EQ(detail.minutesWorked(), 75);
    EXPECT_EQ(detail.timeEntries.size(), 2);
    EXPECT_EQ(detail.events.last().kind, QStringLiteral("time"));
    EXPECT_EQ(m_store->logTime(ticket, sam, 24 * 60 + 1, {}, m_clock.now()).error().code, ErrorCode::InvalidInput);
}

TEST_F(TicketStoreTest, PriorityChangeMovesTheTargets)
{
    const qint64 ticket = open(QStringLiteral("Slow PC"), Priority::Low);
    ASSERT_TRUE(m_store->setPriority(ticket, Priority::Critical, sam, m_clock.now()).ok());
    EXPECT_EQ(get(ticket).response.dueAt, at(23, 10));
    EXPECT_EQ(m_store->setPriority(ticket, Priority::Critical, sam, m_clock.now()).error().code, ErrorCode::Conflict);
}

TEST_F(TicketStoreTest, ClientPolicyAndHolidaysApply)
{
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT OR REPLACE INTO client_sla VALUES (%1, 'normal', 30, 120)").arg(m_client)));
    BusinessCalendar calendar = BusinessCalendar::standard(berlin);
    calendar.setHolidays({QDate(2026, 11, 24)});
    ASSERT_TRUE(m_store->setCalendar(m_client, calendar).ok());
    EXPECT_EQ(m_store->calendar(m_client).value(), calendar);
    m_clock.set(at(23, 17));
    const qint64 ticket = open(QStringLiteral("Scanner"));
    const Ticket t = get(ticket);
    EXPECT_EQ(t.response.dueAt, at(23, 17, 30));
    EXPECT_EQ(t.resolution.dueAt, at(25, 9)) << "1 h on Monday, Tuesday is a holiday";
}

TEST_F(TicketStoreTest, QueueIsSortedByUrgencyAndFiltered)
{
    const qint64 low = open(QStringLiteral("low"), Priority::Low);                      // response 16 h
    const qint64 critical = open(QStringLiteral("crit"), Priority::Critical);           // response 1 h
    const qint64 other = open(QStringLiteral("other client"), Priority::High, m_other); // response 4 h
    const qint64 waiting = open(QStringLiteral("waiting"), Priority::Critical);
    ASSERT_TRUE(m_store->setStatus(waiting, TicketStatus::Waiting, sam, {}, m_clock.now()).ok());
    ASSERT_TRUE(m_store->assign(other, sam, sam, m_clock.now()).ok());
    m_clock.set(at(23, 11)); // the critical one is an hour late
    EXPECT_EQ(ids(), (QList<qint64>{critical, other, low, waiting}));

    TicketFilter breached;
    breached.breachedOnly = true;
    EXPECT_EQ(ids(breached), QList<qint64>{critical});
    TicketFilter mine;
    mine.assignee = sam;
    EXPECT_EQ(ids(mine), QList<qint64>{other});
    TicketFilter unassigned;
    unassigned.assignee = QString();
    EXPECT_EQ(ids(unassigned), (QList<qint64>{critical, low, waiting}));
    TicketFilter client;
    client.clientId = m_other;
    EXPECT_EQ(ids(client), QList<qint64>{other});
    TicketFilter waitingOnly;
    waitingOnly.statuses = {TicketStatus::Waiting};
    EXPECT_EQ(ids(waitingOnly), QList<qint64>{waiting});
}
