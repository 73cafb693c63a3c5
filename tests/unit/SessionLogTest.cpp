// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLog.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TestInventory.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

class SessionLogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = std::move(db).value();
        InventoryStore inventory(*m_db);
        m_added = VigilTest::addDevice(inventory, QStringLiteral("Acme"), QStringLiteral("HQ"), QStringLiteral("fs01"));
        TicketStore tickets(*m_db);
        NewTicket ticket;
        ticket.clientId = m_added.clientId;
        ticket.deviceId = m_added.deviceId;
        ticket.title = QStringLiteral("Disk full");
        m_ticket = tickets.create(ticket, QStringLiteral("sam"), m_start).value();
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    VigilTest::AddedDevice m_added;
    qint64 m_ticket = 0;
    const QDateTime m_start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
};

TEST_F(SessionLogTest, MinutesAreRoundedUpAndAtLeastOne)
{
    EXPECT_EQ(SessionLog::billableMinutes(m_start, m_start), 1);
    EXPECT_EQ(SessionLog::billableMinutes(m_start, m_start.addSecs(5)), 1);
    EXPECT_EQ(SessionLog::billableMinutes(m_start, m_start.addSecs(60)), 1);
    EXPECT_EQ(SessionLog::billableMinutes(m_start, m_start.addSecs(61)), 2);
    EXPECT_EQ(SessionLog::billableMinutes(m_start, m_start.addSecs(-30)), 1);
    EXPECT_EQ(SessionLog::billableMinutes(m_start, m_start.addDays(3)), TicketStore::maxMinutesPerEntry());
}

TEST_F(SessionLogTest, RecordsASessionFromStartToEnd)
{
    SessionLog log(*m_db);
    const Result<qint64> id =
        log.start(m_added.deviceId, QStringLiteral("fs01"), QStringLiteral("ssh"), QStringLiteral("sam"), m_start);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    Result<SessionRecord> running = log.session(id.value());
    ASSERT_TRUE(running.ok());
    EXPECT_EQ(running->result, SessionLog::runningResult);
    EXPECT_FALSE(running->endedAt.isValid());

    ASSERT_TRUE(
        log.finish(id.value(), m_start.addSecs(125), QStringLiteral("ok"), QStringLiteral("closed"), true).ok());
    const Result<SessionRecord> done = log.session(id.value());
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->deviceId, m_added.deviceId);
    EXPECT_EQ(done->deviceName, QStringLiteral("fs01"));
    EXPECT_EQ(done->protocol, QStringLiteral("ssh"));
    EXPECT_EQ(done->technician, QStringLiteral("sam"));
    EXPECT_EQ(done->startedAt, m_start);
    EXPECT_EQ(done->endedAt, m_start.addSecs(125));
    EXPECT_EQ(done->result, QStringLiteral("ok"));
    EXPECT_EQ(done->detail, QStringLiteral("closed"));
    EXPECT_FALSE(done->ticketId.has_value());
    // No ticket: no time booked anywhere.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM ticket_time_entries")), 0);
    // Ending twice is refused and changes nothing.
    EXPECT_EQ(log.finish(id.value(), m_start.addSecs(999), QStringLiteral("x"), {}, true).error().code,
              ErrorCode::Conflict);
    EXPECT_EQ(log.session(id.value())->endedAt, m_start.addSecs(125));
}

TEST_F(SessionLogTest, SessionFromATicketBooksItsTimeThere)
{
    SessionLog log(*m_db);
    const qint64 id = log.start(m_added.deviceId, QStringLiteral("fs01"), QStringLiteral("ssh"), QStringLiteral("kim"),
                                m_start, m_ticket)
                          .value();
    ASSERT_TRUE(log.finish(id, m_start.addSecs(10 * 60 + 1), QStringLiteral("ok"), {}, true).ok());

    TicketStore tickets(*m_db);
    const Result<TicketDetail> detail = tickets.ticket(m_ticket, m_start.addSecs(3600));
    ASSERT_TRUE(detail.ok());
    ASSERT_EQ(detail->timeEntries.size(), 1);
    const TicketTimeEntry &entry = detail->timeEntries.constFirst();
    EXPECT_EQ(entry.minutes, 11);
    EXPECT_EQ(entry.technician, QStringLiteral("kim"));
    EXPECT_EQ(entry.sessionId, id);
    EXPECT_TRUE(entry.note.contains(QStringLiteral("fs01")));
    bool timelineHasIt = false;
    for (const TicketEvent &event : detail->events) {
        timelineHasIt =
            timelineHasIt || (event.kind == QStringLiteral("time") && event.body.startsWith(QStringLiteral("11 min")));
    }
    EXPECT_TRUE(timelineHasIt);
}

TEST_F(SessionLogTest, AFailedLoginBooksNoTime)
{
    SessionLog log(*m_db);
    const qint64 id = log.start(m_added.deviceId, QStringLiteral("fs01"), QStringLiteral("ssh"), QStringLiteral("kim"),
                                m_start, m_ticket)
                          .value();
    ASSERT_TRUE(
        log.finish(id, m_start.addSecs(3), QStringLiteral("auth-failed"), QStringLiteral("tried: password"), false)
            .ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM ticket_time_entries")), 0);
    EXPECT_EQ(log.session(id)->result, QStringLiteral("auth-failed"));
    EXPECT_EQ(log.session(id)->ticketId, m_ticket);
}

TEST_F(SessionLogTest, BadInputIsRefused)
{
    SessionLog log(*m_db);
    EXPECT_EQ(
        log.start(m_added.deviceId, QStringLiteral("fs01"), QStringLiteral("telnet"), QStringLiteral("sam"), m_start)
            .error()
            .code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(log.start(m_added.deviceId, QStringLiteral("fs01"), QStringLiteral("ssh"), QStringLiteral(" "), m_start)
                  .error()
                  .code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(log.finish(4711, m_start, QStringLiteral("ok"), {}, true).error().code, ErrorCode::NotFound);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sessions_log")), 0);
}

TEST_F(SessionLogTest, TheLogOutlivesTheDeviceAndListsNewestFirst)
{
    SessionLog log(*m_db);
    const qint64 first =
        log.start(m_added.deviceId, QStringLiteral("fs01"), QStringLiteral("ssh"), QStringLiteral("sam"), m_start)
            .value();
    const qint64 second = log.start(m_added.deviceId, QStringLiteral("fs01"), QStringLiteral("vnc"),
                                    QStringLiteral("sam"), m_start.addSecs(60))
                              .value();
    InventoryStore inventory(*m_db);
    ASSERT_TRUE(inventory.removeDevice(m_added.deviceId).ok());
    const Result<QList<SessionRecord>> all = log.recent(std::nullopt, 10);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).id, second);
    EXPECT_EQ(all->at(1).id, first);
    EXPECT_FALSE(all->at(0).deviceId.has_value());
    EXPECT_EQ(all->at(0).deviceName, QStringLiteral("fs01"));
}

} // namespace
