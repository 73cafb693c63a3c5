// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertQueuePage.h"
#include "AlertQueueModel.h"
#include "AlertScenario.h"
#include "AlertStore.h"
#include "AppSettings.h"
#include "Database.h"
#include "ReviewLog.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigil;

namespace {

// The page against a real store filled through AlertEvaluator; every test checks what the store holds afterwards.
class AlertQueuePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("vigil.ini")));
        m_settings->setTechnicianName(QStringLiteral("sam"));
        m_scenario = std::make_unique<AlertScenario>(*m_db, m_clock);
        m_store = std::make_unique<AlertStore>(*m_db);

        m_fileServer = m_scenario->device(QStringLiteral("Harbor Dental"), QStringLiteral("HQ"),
                                          QStringLiteral("HD-FS01"), QStringLiteral("10.0.0.5"));
        m_workstation =
            m_scenario->device(QStringLiteral("Harbor Dental"), QStringLiteral("HQ"), QStringLiteral("HD-WS02"));
        m_controller =
            m_scenario->device(QStringLiteral("Kessler Logistics"), QStringLiteral("Depot"), QStringLiteral("KL-DC01"));
        m_scenario->poll(m_fileServer, m_scenario->disk(93));
        m_scenario->poll(m_workstation, m_scenario->disk(84, QStringLiteral("C:")));
        m_scenario->poll(m_controller, m_scenario->backup(QStringLiteral("nightly"), 30, false));
        m_scenario->goDown(m_workstation, QStringLiteral("connection refused"));
        ASSERT_EQ(m_store->queue({}).value().size(), 5); // disk ×2, backup stale + failed, unreachable
    }

    std::unique_ptr<AlertQueuePage> makePage()
    {
        auto page = std::make_unique<AlertQueuePage>(*m_db, *m_settings, m_clock);
        page->setNotePrompt([this](const QString &, const QString &) -> std::optional<QString> {
            ++m_prompts;
            return m_note;
        });
        page->resize(1200, 700);
        page->show();
        m_table = page->findChild<QTableView *>(QStringLiteral("alertTable"));
        EXPECT_NE(m_table, nullptr);
        return page;
    }

    qint64 alertOn(qint64 deviceId, const QString &rule)
    {
        const QList<AlertQueueRow> rows = m_store->queue({}).value();
        for (const AlertQueueRow &row : rows) {
            if (row.alert.deviceId == deviceId && row.alert.rule == rule) {
                return row.alert.id;
            }
        }
        ADD_FAILURE() << "no " << qPrintable(rule) << " alert on device " << deviceId;
        return 0;
    }

    void selectOnly(qint64 alertId)
    {
        auto *model = static_cast<AlertQueueModel *>(m_table->model());
        const int row = model->rowForAlert(alertId);
        ASSERT_GE(row, 0);
        m_table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    qint64 currentAlert() const { return m_table->currentIndex().data(AlertQueueModel::AlertIdRole).toLongLong(); }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(6, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AlertScenario> m_scenario;
    std::unique_ptr<AlertStore> m_store;
    qint64 m_fileServer = 0;
    qint64 m_workstation = 0;
    qint64 m_controller = 0;
    QTableView *m_table = nullptr;
    std::optional<QString> m_note = QString();
    int m_prompts = 0;
};

TEST_F(AlertQueuePageTest, ShowsTheQueueWithCountsAndTheCurrentAlertsHistory)
{
    auto page = makePage();
    EXPECT_EQ(m_table->model()->rowCount(), 5);
    auto *counts = page->findChild<QLabel *>(QStringLiteral("alertCounts"));
    ASSERT_NE(counts, nullptr);
    EXPECT_TRUE(counts->text().contains(QStringLiteral("5 alert(s)"))) << qPrintable(counts->text());
    EXPECT_TRUE(counts->text().contains(QStringLiteral("3 critical"))) << qPrintable(counts->text());
    EXPECT_TRUE(counts->text().contains(QStringLiteral("2 warning(s)"))) << qPrintable(counts->text());

    const qint64 disk = alertOn(m_fileServer, QStringLiteral("disk_used"));
    selectOnly(disk);
    auto *facts = page->findChild<QLabel *>(QStringLiteral("alertDetailFacts"));
    ASSERT_NE(facts, nullptr);
    EXPECT_TRUE(facts->text().contains(QStringLiteral("HD-FS01"))) << qPrintable(facts->text());
    EXPECT_TRUE(facts->text().contains(QStringLiteral("10.0.0.5")));
    auto *history = page->findChild<QWidget *>(QStringLiteral("alertHistory"));
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->property("plainText").toString().contains(QStringLiteral("opened")));
}

TEST_F(AlertQueuePageTest, AcknowledgeWithANoteAndTheCursorMovesOn)
{
    auto page = makePage();
    const qint64 disk = alertOn(m_fileServer, QStringLiteral("disk_used"));
    selectOnly(disk);
    m_note = QStringLiteral("Moving old scans to the archive");
    QTest::keyClick(m_table, Qt::Key_A);
    EXPECT_EQ(m_prompts, 1);
    const Alert stored = m_store->alert(disk).value();
    EXPECT_EQ(stored.state, AlertState::Acknowledged);
    EXPECT_EQ(stored.acknowledgedBy, QStringLiteral("sam"));
    EXPECT_EQ(stored.ackNote, QStringLiteral("Moving old scans to the archive"));
    EXPECT_EQ(stored.acknowledgedAt, m_clock.now());
    EXPECT_NE(currentAlert(), disk) << "the cursor moves to the next alert";
    EXPECT_NE(currentAlert(), 0);
    const QModelIndex row = m_table->model()->index(static_cast<AlertQueueModel *>(m_table->model())->rowForAlert(disk),
                                                    AlertQueueModel::StateColumn);
    EXPECT_EQ(row.data().toString(), alertStateDisplayName(AlertState::Acknowledged)) << "the row was reloaded";

    // Cancelling the prompt changes nothing.
    const qint64 next = currentAlert();
    m_note.reset();
    QTest::keyClick(m_table, Qt::Key_A);
    EXPECT_EQ(m_store->alert(next)->state, AlertState::Open);
}

TEST_F(AlertQueuePageTest, ResolveWithR)
{
    auto page = makePage();
    const qint64 unreachable = alertOn(m_workstation, QStringLiteral("unreachable"));
    selectOnly(unreachable);
    m_note = QStringLiteral("Replaced the switch port");
    QTest::keyClick(m_table, Qt::Key_R);
    const Alert stored = m_store->alert(unreachable).value();
    EXPECT_EQ(stored.state, AlertState::Resolved);
    EXPECT_EQ(stored.resolvedBy, QStringLiteral("sam"));
    EXPECT_EQ(static_cast<AlertQueueModel *>(m_table->model())->rowForAlert(unreachable), -1)
        << "resolved alerts leave the review view";
    EXPECT_EQ(page->visibleCount(), 4);
}

TEST_F(AlertQueuePageTest, SnoozeForAnHourFromTheMenu)
{
    auto page = makePage();
    const qint64 disk = alertOn(m_workstation, QStringLiteral("disk_used"));
    selectOnly(disk);
    QTest::keyClick(m_table, Qt::Key_S);
    auto *menu = page->findChild<QMenu *>(QStringLiteral("snoozeMenu"));
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isVisible());
    auto *hour = page->findChild<QAction *>(QStringLiteral("snoozeHourAction"));
    ASSERT_NE(hour, nullptr);
    hour->trigger();
    menu->hide();
    const Alert stored = m_store->alert(disk).value();
    EXPECT_EQ(stored.state, AlertState::Snoozed);
    EXPECT_EQ(stored.snoozedUntil, m_clock.now().addSecs(3600));
}

TEST_F(AlertQueuePageTest, MultiSelectAcknowledgesAllSelectedAndAFailureNamesTheAlert)
{
    auto page = makePage();
    const qint64 first = m_table->model()->index(0, 0).data(AlertQueueModel::AlertIdRole).toLongLong();
    selectOnly(first);
    QTest::keyClick(m_table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_table, Qt::Key_Down, Qt::ShiftModifier);
    QList<qint64> chosen;
    for (int row = 0; row < 3; ++row) {
        chosen.append(m_table->model()->index(row, 0).data(AlertQueueModel::AlertIdRole).toLongLong());
    }
    ASSERT_EQ(m_table->selectionModel()->selectedRows().size(), 3);
    // Someone else resolves one of them meanwhile: the other two must still be acknowledged.
    ASSERT_TRUE(m_store->resolve({chosen.at(1)}, QStringLiteral("dana"), {}, m_clock.now()).ok());
    QTest::keyClick(m_table, Qt::Key_A);
    EXPECT_EQ(m_prompts, 1) << "one prompt for the whole selection";
    EXPECT_EQ(m_store->alert(chosen.at(0))->state, AlertState::Acknowledged);
    EXPECT_EQ(m_store->alert(chosen.at(1))->resolvedBy, QStringLiteral("dana"));
    EXPECT_EQ(m_store->alert(chosen.at(2))->state, AlertState::Acknowledged);
    auto *error = page->findChild<QLabel *>(QStringLiteral("alertError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    const Alert resolved = m_store->alert(chosen.at(1)).value();
    EXPECT_TRUE(error->text().contains(resolved.summary)) << qPrintable(error->text());
    EXPECT_TRUE(error->text().contains(QStringLiteral("already resolved"))) << qPrintable(error->text());
}

TEST_F(AlertQueuePageTest, FilterTextNarrowsTheRowsAndEscapeClearsIt)
{
    auto page = makePage();
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("alertFilter"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("kessler backup"));
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_EQ(page->visibleCount(), 2);
    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_EQ(m_table->model()->rowCount(), 5);
}

TEST_F(AlertQueuePageTest, FinishReviewRecordsTheVisibleAlerts)
{
    auto page = makePage();
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("alertFilter"));
    QTest::keyClicks(filter, QStringLiteral("harbor"));
    QList<qint64> visible;
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        visible.append(m_table->model()->index(row, 0).data(AlertQueueModel::AlertIdRole).toLongLong());
    }
    ASSERT_EQ(visible.size(), 3);
    const QDateTime opened = m_clock.now();
    m_clock.advanceSeconds(600);
    page->findChild<QAction *>(QStringLiteral("finishReviewAction"))->trigger();

    ReviewLog log(*m_db);
    const auto last = log.lastReview(QStringLiteral("sam")).value();
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->startedAt, opened);
    EXPECT_EQ(last->finishedAt, m_clock.now());
    EXPECT_EQ(last->alertCount, 3);
    QList<qint64> covered;
    const auto items = log.items(last->id).value();
    for (const auto &[id, state] : items) {
        covered.append(id);
    }
    std::sort(covered.begin(), covered.end());
    std::sort(visible.begin(), visible.end());
    EXPECT_EQ(covered, visible);
    auto *lastReview = page->findChild<QLabel *>(QStringLiteral("lastReview"));
    EXPECT_TRUE(lastReview->text().contains(QStringLiteral("sam"))) << qPrintable(lastReview->text());
}

TEST_F(AlertQueuePageTest, TCreatesALinkedTicket)
{
    auto page = makePage();
    const qint64 failed = alertOn(m_controller, QStringLiteral("backup_failed"));
    selectOnly(failed);
    QTest::keyClick(m_table, Qt::Key_T);
    const Alert stored = m_store->alert(failed).value();
    ASSERT_TRUE(stored.ticketId.has_value());
    auto *message = page->findChild<QLabel *>(QStringLiteral("alertMessage"));
    EXPECT_EQ(message->text(), QStringLiteral("Ticket #%1 created").arg(*stored.ticketId));
    const auto events = m_store->events(failed).value();
    EXPECT_EQ(events.last().kind, QStringLiteral("escalated"));
}

TEST_F(AlertQueuePageTest, EnterAsksToOpenTheDevice)
{
    auto page = makePage();
    QSignalSpy spy(page.get(), &AlertQueuePage::openDeviceRequested);
    selectOnly(alertOn(m_controller, QStringLiteral("backup_stale")));
    QTest::keyClick(m_table, Qt::Key_Return);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), m_controller);
}

TEST_F(AlertQueuePageTest, NewAlertsFromThePollerAreUpsertedKeepingTheSelection)
{
    auto page = makePage();
    const qint64 kept = alertOn(m_controller, QStringLiteral("backup_failed"));
    selectOnly(kept);
    m_clock.advanceSeconds(60);
    const QList<qint64> raised = m_scenario->poll(m_controller, m_scenario->disk(95, QStringLiteral("/var")));
    ASSERT_EQ(raised.size(), 1);
    page->alertsChanged(raised);
    EXPECT_EQ(page->visibleCount(), 6);
    EXPECT_EQ(currentAlert(), kept);
}

} // namespace
