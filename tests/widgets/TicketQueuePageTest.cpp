// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketQueuePage.h"
#include "AlertScenario.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "InventoryStore.h"
#include "MainWindow.h"
#include "NewTicketDialog.h"
#include "TestInventory.h"
#include "TicketQueueModel.h"
#include "TicketStore.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Vigil;

namespace {

const QTimeZone berlin("Europe/Berlin");

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute), berlin); // a Monday
}

// The page against a real store; every test presses keys on the queue and checks what the store holds afterwards.
class TicketQueuePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vigil.db")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("vigil.ini")));
        m_settings->setTechnicianName(QStringLiteral("sam"));
        InventoryStore inventory(*m_db);
        const VigilTest::AddedDevice fileServer = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"),
                                                                       QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
        m_harbor = fileServer.clientId;
        m_fileServer = fileServer.deviceId;
        m_kessler = VigilTest::addDevice(inventory, QStringLiteral("Kessler Logistics"), QStringLiteral("Depot"),
                                         QStringLiteral("KL-DC01"))
                        .clientId;
        m_store = std::make_unique<TicketStore>(*m_db);
        ASSERT_TRUE(m_store->setCalendar(m_harbor, BusinessCalendar::standard(berlin)).ok());
        ASSERT_TRUE(m_store->setCalendar(m_kessler, BusinessCalendar::standard(berlin)).ok());

        // At 12:00 the server ticket (critical, 1 h) is breached, the backup one (high, 4 h) at risk.
        m_server = open(QStringLiteral("Server down"), Priority::Critical, m_kessler, at(9));
        m_backup = open(QStringLiteral("Backup failed"), Priority::High, m_harbor, at(9), m_fileServer);
        m_printer = open(QStringLiteral("Printer offline"), Priority::Normal, m_harbor, at(9));
        ASSERT_TRUE(m_store->assign(m_backup, QStringLiteral("sam"), QStringLiteral("sam"), at(9, 1)).ok());
        ASSERT_TRUE(m_store->assign(m_server, QStringLiteral("alex"), QStringLiteral("sam"), at(9, 1)).ok());
        m_clock.set(at(12));
    }

    qint64 open(const QString &title, Priority priority, qint64 client, const QDateTime &when,
                std::optional<qint64> device = std::nullopt)
    {
        NewTicket t;
        t.clientId = client;
        t.title = title;
        t.priority = priority;
        t.deviceId = device;
        const Result<qint64> id = m_store->create(t, QStringLiteral("sam"), when);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error().toString());
        return id.ok() ? id.value() : 0;
    }

    std::unique_ptr<TicketQueuePage> makePage()
    {
        auto page = std::make_unique<TicketQueuePage>(*m_db, *m_settings, m_clock);
        page->setNotePrompt([this](const QString &, bool clientVisible) -> std::optional<TicketQueuePage::NoteInput> {
            ++m_prompts;
            m_suggestedClientVisible = clientVisible;
            return m_note;
        });
        page->setTimePrompt([this](const QString &) -> std::optional<TicketQueuePage::TimeInput> {
            ++m_prompts;
            return m_time;
        });
        page->setClosingNotesPrompt([this](const QString &) -> std::optional<QString> {
            ++m_prompts;
            return m_closingNotes;
        });
        page->setNewTicketPrompt([this](qint64) -> std::optional<NewTicket> {
            ++m_prompts;
            return m_newTicket;
        });
        page->resize(1200, 760);
        page->show();
        // Shortcuts (Ctrl+N) only fire in the active window.
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        m_table = page->findChild<QTableView *>(QStringLiteral("ticketTable"));
        EXPECT_NE(m_table, nullptr);
        m_table->setFocus();
        return page;
    }

    QList<qint64> shown() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            ids.append(m_table->model()->index(row, 0).data(TicketQueueModel::TicketIdRole).toLongLong());
        }
        return ids;
    }

    Ticket stored(qint64 id) const { return m_store->ticket(id, m_clock.now()).value().ticket; }

    template<typename T>
    T *child(const TicketQueuePage &page, const QString &name) const
    {
        auto *found = page.findChild<T *>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }

    QString text(const TicketQueuePage &page, const QString &labelName) const
    {
        auto *label = child<QLabel>(page, labelName);
        return label ? label->text() : QString();
    }

    QString timeline(const TicketQueuePage &page) const
    {
        auto *browser = child<QTextBrowser>(page, QStringLiteral("ticketTimeline"));
        return browser ? browser->toPlainText() : QString();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{at(9)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<TicketStore> m_store;
    qint64 m_harbor = 0;
    qint64 m_kessler = 0;
    qint64 m_fileServer = 0;
    qint64 m_server = 0;
    qint64 m_backup = 0;
    qint64 m_printer = 0;
    QTableView *m_table = nullptr;
    int m_prompts = 0;
    bool m_suggestedClientVisible = false;
    std::optional<TicketQueuePage::NoteInput> m_note;
    std::optional<TicketQueuePage::TimeInput> m_time;
    std::optional<QString> m_closingNotes;
    std::optional<NewTicket> m_newTicket;
};

} // namespace

TEST_F(TicketQueuePageTest, ShowsTheQueueByUrgencyWithSlaColoursAndTheCurrentTicket)
{
    auto page = makePage();
    EXPECT_EQ(shown(), (QList<qint64>{m_server, m_backup, m_printer}));
    EXPECT_EQ(page->currentTicketId(), m_server);
    const QString counts = text(*page, QStringLiteral("ticketCounts"));
    EXPECT_TRUE(counts.contains(QStringLiteral("3 ticket(s)"))) << qPrintable(counts);
    EXPECT_TRUE(counts.contains(QStringLiteral("1 breached"))) << qPrintable(counts);
    EXPECT_TRUE(counts.contains(QStringLiteral("1 at risk"))) << qPrintable(counts);

    const QString facts = text(*page, QStringLiteral("ticketDetailFacts"));
    EXPECT_TRUE(facts.contains(QStringLiteral("Kessler Logistics"))) << qPrintable(facts);
    EXPECT_TRUE(facts.contains(QStringLiteral("alex")));
    EXPECT_TRUE(facts.contains(QStringLiteral("breached 2 h"))) << qPrintable(facts);
    EXPECT_TRUE(timeline(*page).contains(QStringLiteral("opened")));

    // J moves down; the detail follows, with the device and the clock's due time.
    QTest::keyClick(m_table, Qt::Key_J);
    EXPECT_EQ(page->currentTicketId(), m_backup);
    const QString backup = text(*page, QStringLiteral("ticketDetailFacts"));
    EXPECT_TRUE(backup.contains(QStringLiteral("HD-FS01"))) << qPrintable(backup);
    EXPECT_TRUE(backup.contains(QStringLiteral("at risk, 1 h left"))) << qPrintable(backup);
    const QString due = QLocale().toString(at(13).toLocalTime().time(), QStringLiteral("HH:mm"));
    EXPECT_TRUE(backup.contains(QStringLiteral("due ")) && backup.contains(due)) << qPrintable(backup);

    // Every action's tooltip names its key, and the help line lists them.
    for (const QString &name :
         {QStringLiteral("assignToMeAction"), QStringLiteral("statusAction"), QStringLiteral("priorityAction"),
          QStringLiteral("ticketNoteAction"), QStringLiteral("logTimeAction"), QStringLiteral("resolveTicketAction"),
          QStringLiteral("newTicketAction")}) {
        auto *action = child<QAction>(*page, name);
        ASSERT_NE(action, nullptr);
        EXPECT_TRUE(action->toolTip().contains(QLatin1Char('('))) << qPrintable(action->toolTip());
    }
    EXPECT_TRUE(text(*page, QStringLiteral("ticketHelp")).contains(QStringLiteral("A assign to me")));
    // The page fits the console's smallest window.
    EXPECT_LE(page->minimumSizeHint().width(), 900);
}

TEST_F(TicketQueuePageTest, FiltersMineUnassignedClientBreachedStatusAndText)
{
    auto page = makePage();
    auto *mine = child<QCheckBox>(*page, QStringLiteral("ticketMine"));
    auto *unassigned = child<QCheckBox>(*page, QStringLiteral("ticketUnassigned"));
    auto *breached = child<QCheckBox>(*page, QStringLiteral("ticketBreached"));
    auto *client = child<QComboBox>(*page, QStringLiteral("ticketClient"));
    auto *status = child<QComboBox>(*page, QStringLiteral("ticketStatusView"));
    auto *filter = child<QLineEdit>(*page, QStringLiteral("ticketFilter"));
    ASSERT_TRUE(mine && unassigned && breached && client && status && filter);

    QTest::keyClick(mine, Qt::Key_Space);
    EXPECT_EQ(shown(), (QList<qint64>{m_backup}));
    QTest::keyClick(unassigned, Qt::Key_Space); // unchecks Mine
    EXPECT_FALSE(mine->isChecked());
    EXPECT_EQ(shown(), (QList<qint64>{m_printer}));
    QTest::keyClick(unassigned, Qt::Key_Space);
    EXPECT_EQ(shown().size(), 3);

    QTest::keyClick(breached, Qt::Key_Space);
    EXPECT_EQ(shown(), (QList<qint64>{m_server}));
    QTest::keyClick(breached, Qt::Key_Space);

    client->setCurrentIndex(client->findText(QStringLiteral("Harbor Dental")));
    EXPECT_EQ(shown(), (QList<qint64>{m_backup, m_printer}));
    client->setCurrentIndex(0);

    // The free text, typed after "/" on the queue.
    QTest::keyClick(m_table, Qt::Key_Slash);
    EXPECT_TRUE(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("hd-fs01"));
    EXPECT_EQ(shown(), (QList<qint64>{m_backup}));
    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_EQ(shown().size(), 3);

    // Resolved tickets only under their status or "All statuses".
    ASSERT_TRUE(m_store
                    ->setStatus(m_printer, TicketStatus::Resolved, QStringLiteral("sam"),
                                QStringLiteral("Replaced the toner"), m_clock.now())
                    .ok());
    page->refresh();
    EXPECT_EQ(shown(), (QList<qint64>{m_server, m_backup}));
    status->setCurrentIndex(status->findText(ticketStatusDisplayName(TicketStatus::Resolved)));
    EXPECT_EQ(shown(), (QList<qint64>{m_printer}));
    status->setCurrentIndex(status->findText(QStringLiteral("All statuses")));
    EXPECT_EQ(shown(), (QList<qint64>{m_server, m_backup, m_printer}));
}

TEST_F(TicketQueuePageTest, AssignToMeWithA)
{
    auto page = makePage();
    page->selectTicket(m_printer);
    QTest::keyClick(m_table, Qt::Key_A);
    EXPECT_EQ(stored(m_printer).assignee, QStringLiteral("sam"));
    EXPECT_EQ(page->currentTicketId(), m_printer);
    EXPECT_TRUE(text(*page, QStringLiteral("ticketDetailFacts")).contains(QStringLiteral("sam")));
    EXPECT_TRUE(timeline(*page).contains(QStringLiteral("assigned to sam")));
    // Again: the store refuses (already assigned), the page says so and nothing changes.
    QTest::keyClick(m_table, Qt::Key_A);
    auto *error = child<QLabel>(*page, QStringLiteral("ticketError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("already assigned"))) << qPrintable(error->text());
}

TEST_F(TicketQueuePageTest, StatusAndPriorityFromTheirMenus)
{
    auto page = makePage();
    page->selectTicket(m_backup);
    QTest::keyClick(m_table, Qt::Key_S);
    auto *statusMenu = child<QMenu>(*page, QStringLiteral("ticketStatusMenu"));
    ASSERT_NE(statusMenu, nullptr);
    EXPECT_TRUE(statusMenu->isVisible());
    QTest::keyClick(statusMenu, Qt::Key_W); // Waiting on the client
    EXPECT_EQ(stored(m_backup).status, TicketStatus::Waiting);
    EXPECT_TRUE(stored(m_backup).currentSla().paused);
    EXPECT_TRUE(text(*page, QStringLiteral("ticketDetailFacts")).contains(QStringLiteral("waiting on the client")));
    EXPECT_TRUE(timeline(*page).contains(QStringLiteral("status → ") + ticketStatusDisplayName(TicketStatus::Waiting)));
    // The paused ticket moves behind the running ones; the cursor stays on it.
    EXPECT_EQ(shown().last(), m_backup);
    EXPECT_EQ(page->currentTicketId(), m_backup);

    page->selectTicket(m_printer);
    QTest::keyClick(m_table, Qt::Key_P);
    auto *priorityMenu = child<QMenu>(*page, QStringLiteral("ticketPriorityMenu"));
    ASSERT_NE(priorityMenu, nullptr);
    EXPECT_TRUE(priorityMenu->isVisible());
    QTest::keyClick(priorityMenu, Qt::Key_C); // Critical
    EXPECT_EQ(stored(m_printer).priority, Priority::Critical);
    // Critical since 09:00 with 1 h to respond: breached now, in red.
    const QModelIndex sla = m_table->model()->index(
        static_cast<TicketQueueModel *>(m_table->model())->rowForTicket(m_printer), TicketQueueModel::SlaColumn);
    EXPECT_EQ(sla.data(TicketQueueModel::SlaStateRole).toInt(), static_cast<int>(SlaState::Breached));
    EXPECT_TRUE(text(*page, QStringLiteral("ticketCounts")).contains(QStringLiteral("2 breached")));
    EXPECT_TRUE(timeline(*page).contains(QStringLiteral("priority → ") + priorityDisplayName(Priority::Critical)));
}

TEST_F(TicketQueuePageTest, ResolveIsRefusedWithoutNotesAndAcceptedWithThem)
{
    auto page = makePage();
    page->selectTicket(m_backup);
    m_closingNotes = QStringLiteral("   ");
    QTest::keyClick(m_table, Qt::Key_R);
    EXPECT_EQ(m_prompts, 1);
    EXPECT_EQ(stored(m_backup).status, TicketStatus::New);
    auto *error = child<QLabel>(*page, QStringLiteral("ticketError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("closing notes are required"))) << qPrintable(error->text());
    EXPECT_EQ(page->currentTicketId(), m_backup);

    m_closingNotes = QStringLiteral("Freed 40 GB on the backup target, ran the job again: OK");
    QTest::keyClick(m_table, Qt::Key_R);
    const Ticket resolved = stored(m_backup);
    EXPECT_EQ(resolved.status, TicketStatus::Resolved);
    EXPECT_EQ(resolved.closingNotes, *m_closingNotes);
    EXPECT_EQ(resolved.resolvedAt, m_clock.now());
    EXPECT_FALSE(error->isVisible());
    // Gone from the active view; the cursor moved on to the next ticket.
    EXPECT_EQ(shown(), (QList<qint64>{m_server, m_printer}));
    EXPECT_EQ(page->currentTicketId(), m_printer);
    EXPECT_TRUE(text(*page, QStringLiteral("ticketMessage")).contains(QStringLiteral("Resolved")));
}

TEST_F(TicketQueuePageTest, NotesInternalAndClientVisible)
{
    auto page = makePage();
    page->selectTicket(m_printer);
    m_note = TicketQueuePage::NoteInput{QStringLiteral("Toner is low, ordered a new one"), false};
    QTest::keyClick(m_table, Qt::Key_N);
    EXPECT_FALSE(m_suggestedClientVisible);
    // Shift+N suggests a note for the client.
    m_note = TicketQueuePage::NoteInput{QStringLiteral("We ordered toner; it arrives tomorrow."), true};
    QTest::keyClick(m_table, Qt::Key_N, Qt::ShiftModifier);
    EXPECT_TRUE(m_suggestedClientVisible);
    const TicketDetail detail = m_store->ticket(m_printer, m_clock.now()).value();
    QList<TicketEvent> notes;
    for (const TicketEvent &e : detail.events) {
        if (e.kind == QLatin1String("note")) {
            notes.append(e);
        }
    }
    ASSERT_EQ(notes.size(), 2);
    EXPECT_FALSE(notes.at(0).clientVisible);
    EXPECT_TRUE(notes.at(1).clientVisible);
    EXPECT_EQ(notes.at(1).actor, QStringLiteral("sam"));
    // The first note answered the ticket: the first-response clock stopped, met.
    EXPECT_EQ(detail.ticket.firstResponseAt, m_clock.now());
    const QString lines = timeline(*page);
    EXPECT_TRUE(lines.contains(QStringLiteral("internal note"))) << qPrintable(lines);
    EXPECT_TRUE(lines.contains(QStringLiteral("note to the client"))) << qPrintable(lines);
    EXPECT_TRUE(lines.contains(QStringLiteral("arrives tomorrow")));
    // Cancelling the prompt changes nothing.
    m_note.reset();
    QTest::keyClick(m_table, Qt::Key_N);
    EXPECT_EQ(m_store->ticket(m_printer, m_clock.now()).value().events.size(), detail.events.size());
}

TEST_F(TicketQueuePageTest, LogTimeAddsUpInTheDetail)
{
    auto page = makePage();
    page->selectTicket(m_backup);
    m_time = TicketQueuePage::TimeInput{45, QStringLiteral("Checked the backup target")};
    QTest::keyClick(m_table, Qt::Key_L);
    m_time = TicketQueuePage::TimeInput{30, QStringLiteral("Ran the job again")};
    QTest::keyClick(m_table, Qt::Key_L);
    EXPECT_EQ(m_store->ticket(m_backup, m_clock.now()).value().minutesWorked(), 75);
    const QString facts = text(*page, QStringLiteral("ticketDetailFacts"));
    EXPECT_TRUE(facts.contains(QStringLiteral("1 h 15 min in 2 entry(ies)"))) << qPrintable(facts);
    EXPECT_TRUE(timeline(*page).contains(QStringLiteral("Ran the job again")));
    EXPECT_TRUE(text(*page, QStringLiteral("ticketMessage")).contains(QStringLiteral("30 min")));
}

TEST_F(TicketQueuePageTest, NewTicketWithCtrlNAndARefusalIsShown)
{
    auto page = makePage();
    NewTicket ticket;
    ticket.clientId = m_harbor;
    ticket.deviceId = m_fileServer;
    ticket.title = QStringLiteral("Scanner share not reachable");
    ticket.priority = Priority::High;
    m_newTicket = ticket;
    QTest::keyClick(m_table, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(m_prompts, 1);
    ASSERT_EQ(shown().size(), 4);
    const qint64 created = page->currentTicketId();
    EXPECT_FALSE(QList<qint64>({m_server, m_backup, m_printer}).contains(created));
    const Ticket stored = this->stored(created);
    EXPECT_EQ(stored.title, ticket.title);
    EXPECT_EQ(stored.deviceName, QStringLiteral("HD-FS01"));
    EXPECT_EQ(stored.siteName, QStringLiteral("HQ"));
    EXPECT_EQ(stored.priority, Priority::High);

    // A device of another client: the store refuses, the page shows why, nothing is opened.
    ticket.clientId = m_kessler;
    m_newTicket = ticket;
    QTest::keyClick(m_table, Qt::Key_N, Qt::ControlModifier);
    auto *error = child<QLabel>(*page, QStringLiteral("ticketError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("another client"))) << qPrintable(error->text());
    EXPECT_EQ(shown().size(), 4);
}

TEST(NewTicketDialogTest, OkOnlyWithAClientAndATitleAndDevicesFollowTheClient)
{
    Inventory inventory;
    Client harbor;
    harbor.id = 1;
    harbor.name = QStringLiteral("Harbor Dental");
    Client kessler;
    kessler.id = 2;
    kessler.name = QStringLiteral("Kessler Logistics");
    inventory.clients = {kessler, harbor};
    Site hq;
    hq.id = 10;
    hq.clientId = 1;
    hq.name = QStringLiteral("HQ");
    inventory.sites = {hq};
    Device fs;
    fs.id = 100;
    fs.clientId = 1;
    fs.siteId = 10;
    fs.name = QStringLiteral("HD-FS01");
    Device dc;
    dc.id = 200;
    dc.clientId = 2;
    dc.siteId = 20;
    dc.name = QStringLiteral("KL-DC01");
    inventory.devices = {fs, dc};

    NewTicketDialog dialog(inventory);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *client = dialog.findChild<QComboBox *>(QStringLiteral("newTicketClient"));
    auto *device = dialog.findChild<QComboBox *>(QStringLiteral("newTicketDevice"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("newTicketTitle"));
    auto *priority = dialog.findChild<QComboBox *>(QStringLiteral("newTicketPriority"));
    ASSERT_TRUE(ok && client && device && title && priority);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("client")));

    dialog.setClient(1);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("title")));
    EXPECT_EQ(device->findText(QStringLiteral("KL-DC01")), -1) << "only the chosen client's devices";
    device->setCurrentIndex(device->findText(QStringLiteral("HD-FS01")));
    QTest::keyClicks(title, QStringLiteral("   "));
    EXPECT_FALSE(ok->isEnabled()) << "blanks are no title";
    QTest::keyClicks(title, QStringLiteral("Scanner share not reachable"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.problem().isEmpty());
    priority->setCurrentIndex(priority->findText(priorityDisplayName(Priority::High)));

    const NewTicket ticket = dialog.ticket();
    EXPECT_EQ(ticket.clientId, 1);
    EXPECT_EQ(ticket.deviceId, 100);
    EXPECT_EQ(ticket.title, QStringLiteral("Scanner share not reachable"));
    EXPECT_EQ(ticket.priority, Priority::High);
    EXPECT_EQ(client->currentText(), QStringLiteral("Harbor Dental"));
}

TEST(TicketsInTheConsoleTest, ATicketEscalatedWithTOnTheAlertsPageIsInTheTicketQueue)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("vigil.db")));
    ASSERT_TRUE(db.ok());
    AppSettings settings(dir.filePath(QStringLiteral("vigil.ini")));
    settings.setTechnicianName(QStringLiteral("sam"));
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC));
    AlertScenario scenario(*db.value(), clock);
    const qint64 server =
        scenario.device(QStringLiteral("Harbor Dental"), QStringLiteral("HQ"), QStringLiteral("HD-FS01"));
    scenario.poll(server, scenario.disk(95));

    MainWindow window(*db.value(), settings, nullptr, &clock);
    window.resize(1200, 800);
    window.showPage(QStringLiteral("alerts"));
    window.show();
    auto *alerts = window.findChild<QTableView *>(QStringLiteral("alertTable"));
    auto *tickets = window.findChild<QTableView *>(QStringLiteral("ticketTable"));
    ASSERT_TRUE(alerts && tickets);
    EXPECT_EQ(tickets->model()->rowCount(), 0);
    ASSERT_GE(alerts->model()->rowCount(), 1);
    alerts->setCurrentIndex(alerts->model()->index(0, 0));
    QTest::keyClick(alerts, Qt::Key_T);

    window.showPage(QStringLiteral("tickets"));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("tickets"));
    ASSERT_EQ(tickets->model()->rowCount(), 1);
    EXPECT_TRUE(tickets->model()
                    ->index(0, TicketQueueModel::TitleColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("HD-FS01: ")));
}
