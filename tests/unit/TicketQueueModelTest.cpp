// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketQueueModel.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QPersistentModelIndex>
#include <QSignalSpy>
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

// Tickets made by the real store, read at the manual clock's time: the SLA states the model shows are the store's
// business-hours arithmetic, not hand-made readings.
class TicketQueueModelTest : public ::testing::Test
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
        m_harbor = inventory.addClient(client).value();
        client.name = QStringLiteral("Kessler Logistics");
        m_kessler = inventory.addClient(client).value();
        m_store = std::make_unique<TicketStore>(*m_db);
        ASSERT_TRUE(m_store->setCalendar(m_harbor, BusinessCalendar::standard(berlin)).ok());
        ASSERT_TRUE(m_store->setCalendar(m_kessler, BusinessCalendar::standard(berlin)).ok());
        m_model = std::make_unique<TicketQueueModel>(m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    qint64 open(const QString &title, Priority priority, qint64 client, const QDateTime &when)
    {
        NewTicket t;
        t.clientId = client;
        t.title = title;
        t.priority = priority;
        const Result<qint64> id = m_store->create(t, sam, when);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error().toString());
        return id.ok() ? id.value() : 0;
    }

    void load()
    {
        TicketFilter all;
        all.statuses = {allTicketStatuses.begin(), allTicketStatuses.end()};
        const Result<QList<Ticket>> tickets = m_store->list(all, m_clock.now());
        ASSERT_TRUE(tickets.ok());
        m_model->setRows(tickets.value());
    }

    QList<qint64> shown() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            ids.append(m_model->index(row, 0).data(TicketQueueModel::TicketIdRole).toLongLong());
        }
        return ids;
    }

    QVariant cell(qint64 ticket, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(m_model->rowForTicket(ticket), column).data(role);
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{at(23, 9)}; // Monday 09:00 in Berlin
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_harbor = 0;
    qint64 m_kessler = 0;
};

} // namespace

TEST_F(TicketQueueModelTest, DefaultOrderIsSlaUrgencyWithStatesInRoles)
{
    // Normal: 8 business hours to respond. Opened at 09:00 → due 17:00.
    const qint64 normal = open(QStringLiteral("Printer offline"), Priority::Normal, m_harbor, at(23, 9));
    // Critical: 1 h to respond. Opened 09:00 → due 10:00; at 12:00 breached by 2 h.
    const qint64 critical = open(QStringLiteral("Server down"), Priority::Critical, m_kessler, at(23, 9));
    // High: 4 h to respond. Opened 09:00 → due 13:00; at 12:00 one hour (25 %) left: at risk.
    const qint64 high = open(QStringLiteral("VPN slow"), Priority::High, m_harbor, at(23, 9));
    // Waiting on the client: paused, after everything running.
    const qint64 waiting = open(QStringLiteral("New laptop"), Priority::Critical, m_harbor, at(23, 9));
    ASSERT_TRUE(m_store->setStatus(waiting, TicketStatus::Waiting, sam, {}, at(23, 9, 10)).ok());
    m_clock.set(at(23, 12));
    load();

    EXPECT_EQ(shown(), (QList<qint64>{critical, high, normal, waiting}));
    EXPECT_EQ(cell(critical, TicketQueueModel::SlaColumn, TicketQueueModel::SlaStateRole).toInt(),
              static_cast<int>(SlaState::Breached));
    EXPECT_EQ(cell(high, TicketQueueModel::SlaColumn, TicketQueueModel::SlaStateRole).toInt(),
              static_cast<int>(SlaState::AtRisk));
    EXPECT_EQ(cell(normal, TicketQueueModel::SlaColumn, TicketQueueModel::SlaStateRole).toInt(),
              static_cast<int>(SlaState::OnTrack));
    EXPECT_TRUE(cell(waiting, TicketQueueModel::SlaColumn, TicketQueueModel::SlaPausedRole).toBool());

    EXPECT_EQ(cell(critical, TicketQueueModel::SlaColumn).toString(), QStringLiteral("breached 2 h"));
    EXPECT_EQ(cell(high, TicketQueueModel::SlaColumn).toString(), QStringLiteral("at risk, 1 h left"));
    EXPECT_EQ(cell(normal, TicketQueueModel::SlaColumn).toString(), QStringLiteral("5 h left"));
    EXPECT_TRUE(cell(waiting, TicketQueueModel::SlaColumn).toString().startsWith(QStringLiteral("paused")));

    // Breached red, at risk amber, on track and paused uncoloured.
    EXPECT_EQ(cell(critical, TicketQueueModel::SlaColumn, Qt::ForegroundRole).value<QColor>(),
              QColor(0xd3, 0x2f, 0x2f));
    EXPECT_EQ(cell(high, TicketQueueModel::SlaColumn, Qt::ForegroundRole).value<QColor>(), QColor(0xc2, 0x7c, 0x0e));
    EXPECT_FALSE(cell(normal, TicketQueueModel::SlaColumn, Qt::ForegroundRole).isValid());
    EXPECT_FALSE(cell(waiting, TicketQueueModel::SlaColumn, Qt::BackgroundRole).isValid());
    EXPECT_TRUE(cell(critical, TicketQueueModel::SlaColumn, Qt::BackgroundRole).isValid());
    EXPECT_EQ(m_model->visibleBreachedCount(), 1);
    EXPECT_EQ(m_model->visibleAtRiskCount(), 1);

    EXPECT_EQ(cell(critical, TicketQueueModel::IdColumn).toString(), QStringLiteral("#%1").arg(critical));
    EXPECT_EQ(cell(critical, TicketQueueModel::AssigneeColumn).toString(), QStringLiteral("unassigned"));
    EXPECT_EQ(cell(critical, TicketQueueModel::AgeColumn).toString(), QStringLiteral("3 h"));
    // The due time is in the tooltip.
    EXPECT_TRUE(cell(high, TicketQueueModel::SlaColumn, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("First response due")));
}

TEST_F(TicketQueueModelTest, ColumnSortsAndBackToUrgency)
{
    const qint64 a = open(QStringLiteral("Bravo"), Priority::Low, m_kessler, at(23, 9));
    const qint64 b = open(QStringLiteral("alpha"), Priority::Critical, m_harbor, at(23, 10));
    const qint64 c = open(QStringLiteral("Charlie 10"), Priority::Normal, m_harbor, at(23, 8));
    m_clock.set(at(23, 10, 30));
    load();
    EXPECT_EQ(shown(), (QList<qint64>{b, c, a})); // critical due 11:00, normal due 16:00, low due tomorrow

    m_model->sort(TicketQueueModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(), (QList<qint64>{b, a, c}));
    m_model->sort(TicketQueueModel::ClientColumn, Qt::DescendingOrder);
    EXPECT_EQ(shown(), (QList<qint64>{a, b, c})); // Kessler, then Harbor by urgency
    m_model->sort(TicketQueueModel::AgeColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(), (QList<qint64>{b, a, c})); // newest first
    m_model->sort(TicketQueueModel::SlaColumn, Qt::DescendingOrder);
    EXPECT_EQ(shown(), (QList<qint64>{a, c, b}));
    m_model->sort(-1);
    EXPECT_EQ(shown(), (QList<qint64>{b, c, a}));
}

TEST_F(TicketQueueModelTest, FiltersCombine)
{
    const qint64 mine = open(QStringLiteral("Backup failed on HD-FS01"), Priority::High, m_harbor, at(23, 9));
    const qint64 free = open(QStringLiteral("Printer offline"), Priority::Normal, m_harbor, at(23, 9));
    const qint64 theirs = open(QStringLiteral("Server down"), Priority::Critical, m_kessler, at(23, 9));
    const qint64 done = open(QStringLiteral("Password reset"), Priority::Low, m_kessler, at(23, 9));
    ASSERT_TRUE(m_store->assign(mine, sam, sam, at(23, 9, 5)).ok());
    ASSERT_TRUE(m_store->assign(theirs, QStringLiteral("alex"), sam, at(23, 9, 5)).ok());
    ASSERT_TRUE(m_store->setStatus(done, TicketStatus::Resolved, sam, QStringLiteral("Reset it"), at(23, 9, 6)).ok());
    m_clock.set(at(23, 11));
    load();
    EXPECT_EQ(m_model->totalCount(), 4);
    EXPECT_EQ(m_model->visibleCount(), 4);

    m_model->setStatuses({TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting});
    EXPECT_EQ(shown(), (QList<qint64>{theirs, mine, free}));
    m_model->setAssigneeFilter(QStringLiteral("Sam")); // names match case-insensitively
    EXPECT_EQ(shown(), (QList<qint64>{mine}));
    m_model->setAssigneeFilter(QString());
    EXPECT_EQ(shown(), (QList<qint64>{free}));
    m_model->setAssigneeFilter(std::nullopt);
    m_model->setClientFilter(m_kessler);
    EXPECT_EQ(shown(), (QList<qint64>{theirs}));
    m_model->setClientFilter(0);
    m_model->setBreachedOnly(true);
    EXPECT_EQ(shown(), (QList<qint64>{theirs}));
    m_model->setBreachedOnly(false);
    m_model->setFilterText(QStringLiteral("  hd-fs01   BACKUP "));
    EXPECT_EQ(shown(), (QList<qint64>{mine}));
    m_model->setFilterText(QStringLiteral("#%1").arg(free));
    EXPECT_EQ(shown(), (QList<qint64>{free}));
    m_model->setFilterText(QStringLiteral("critical"));
    EXPECT_EQ(shown(), (QList<qint64>{theirs}));
    m_model->setFilterText({});
    m_model->setStatuses({});
    EXPECT_EQ(m_model->visibleCount(), 4);
    // A finished ticket shows its resolution clock and is greyed.
    EXPECT_EQ(cell(done, TicketQueueModel::SlaColumn).toString(), QStringLiteral("met"));
    EXPECT_TRUE(cell(done, TicketQueueModel::TitleColumn, Qt::ForegroundRole).isValid());
}

TEST_F(TicketQueueModelTest, ReloadKeepsPersistentIndexesAndMovesRows)
{
    const qint64 first = open(QStringLiteral("One"), Priority::Normal, m_harbor, at(23, 9));
    const qint64 second = open(QStringLiteral("Two"), Priority::Normal, m_harbor, at(23, 9, 30));
    const qint64 third = open(QStringLiteral("Three"), Priority::Normal, m_harbor, at(23, 10));
    m_clock.set(at(23, 10, 30));
    m_model->setStatuses({TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting});
    load();
    ASSERT_EQ(shown(), (QList<qint64>{first, second, third}));
    const QPersistentModelIndex onSecond = m_model->index(1, TicketQueueModel::TitleColumn);
    const QPersistentModelIndex onThird = m_model->index(2, TicketQueueModel::TitleColumn);

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    // The third becomes critical (most urgent), the first is resolved (leaves the active view), a fourth arrives.
    ASSERT_TRUE(m_store->setPriority(third, Priority::Critical, sam, at(23, 10, 31)).ok());
    ASSERT_TRUE(m_store->setStatus(first, TicketStatus::Resolved, sam, QStringLiteral("Done"), at(23, 10, 32)).ok());
    const qint64 fourth = open(QStringLiteral("Four"), Priority::Low, m_kessler, at(23, 10, 33));
    m_clock.set(at(23, 10, 35));
    load();

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changes.count(), 1); // one coalesced dataChanged for the rows that stayed
    EXPECT_EQ(shown(), (QList<qint64>{third, second, fourth}));
    ASSERT_TRUE(onSecond.isValid());
    EXPECT_EQ(onSecond.data(TicketQueueModel::TicketIdRole).toLongLong(), second);
    EXPECT_EQ(onSecond.column(), TicketQueueModel::TitleColumn);
    EXPECT_EQ(onThird.data(TicketQueueModel::TicketIdRole).toLongLong(), third);
    EXPECT_EQ(onThird.data(Qt::DisplayRole).toString(), QStringLiteral("Three"));
    EXPECT_EQ(cell(third, TicketQueueModel::PriorityColumn).toString(), priorityDisplayName(Priority::Critical));
    EXPECT_EQ(m_model->rowForTicket(first), -1);

    // An empty store empties the model without a reset either.
    m_model->setRows({});
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_FALSE(onSecond.isValid());
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(TicketQueueModelTest, RefreshNowMovesTheAge)
{
    const qint64 id = open(QStringLiteral("One"), Priority::Normal, m_harbor, at(23, 9));
    m_clock.set(at(23, 9, 45));
    load();
    EXPECT_EQ(cell(id, TicketQueueModel::AgeColumn).toString(), QStringLiteral("45 min"));
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock.set(at(23, 12));
    m_model->refreshNow();
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(cell(id, TicketQueueModel::AgeColumn).toString(), QStringLiteral("3 h"));
}
