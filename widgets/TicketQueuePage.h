// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NewTicket.h"
#include "Priority.h"
#include "Result.h"
#include "Ticket.h"
#include "TicketStatus.h"

#include <QDateTime>
#include <QMap>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace Vigil {

class AppSettings;
class Clock;
class Database;
class InventoryStore;
class TicketQueueModel;
class TicketStore;
struct TicketDetail;

// The helpdesk queue: tickets most urgent first by their SLA clocks, filtered (mine, unassigned, client, status,
// breached, free text) and worked from the keyboard (A assign to me, S status, P priority, N note (Shift+N for the
// client), L log time,
// R resolve, Ctrl+N new ticket), with the current ticket's header, SLA clocks, timeline and time worked below.
// Owns its stores; the model does the filtering and sorting. Every change goes to the store first and the queue is
// read again; a refusal is shown and changes nothing.
class TicketQueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueuePage)

public:
    struct NoteInput
    {
        QString text;
        bool clientVisible = false;
    };
    struct TimeInput
    {
        int minutes = 0;
        QString note;
    };
    // Each prompt returns nothing when the technician cancelled. Tests answer them instead of running dialogs.
    // clientVisible: what the dialog suggests (Shift+N: a note for the client).
    using NotePrompt = std::function<std::optional<NoteInput>(const QString &ticketLabel, bool clientVisible)>;
    using TimePrompt = std::function<std::optional<TimeInput>(const QString &ticketLabel)>;
    using ClosingNotesPrompt = std::function<std::optional<QString>(const QString &ticketLabel)>;
    using NewTicketPrompt = std::function<std::optional<NewTicket>(qint64 suggestedClientId)>;

    // Which tickets by status the queue shows.
    enum class StatusView { Active, New, Open, Waiting, Resolved, Closed, All };

    // The clock must outlive the page.
    TicketQueuePage(Database &database, AppSettings &settings, const Clock &clock, QWidget *parent = nullptr);
    ~TicketQueuePage() override;

    void setNotePrompt(NotePrompt prompt);
    void setTimePrompt(TimePrompt prompt);
    void setClosingNotesPrompt(ClosingNotesPrompt prompt);
    void setNewTicketPrompt(NewTicketPrompt prompt);

    void setStatusView(StatusView view);
    void focusFilter();
    int visibleCount() const;
    qint64 currentTicketId() const;
    void selectTicket(qint64 ticketId);

public Q_SLOTS:
    // Reads the tickets again, keeping the selection.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void fitClientColumn(const QList<Ticket> &tickets);
    QWidget *createFilterBar();
    QWidget *createDetailPane();
    void applyAssigneeFilter();
    void applyStatusView();
    void rebuildClientChoices();
    void changeFilters(const std::function<void()> &change);
    void updateStatusLine();
    void updateActions();
    void showCurrent();
    void showDetail(const TicketDetail &detail);
    void moveCursor(int delta);
    QString ticketLabel(qint64 id) const;
    QString timeText(const QDateTime &time) const;

    // Runs a change on a ticket; on success reads the queue again and says `done`, otherwise shows `failure` (%1 the
    // ticket's label, %2 the store's reason).
    void change(qint64 id, const QString &label, const QString &failure, const std::function<Status()> &action,
                const QString &done);
    void showError(const QString &text);
    void showMessage(const QString &text);

    void assignToMe();
    void setStatus(TicketStatus status);
    void setPriority(Priority priority);
    void addNote(bool forClient = false);
    void logTime();
    void resolve();
    void newTicket();
    void popupMenu(QMenu *menu);

    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<InventoryStore> m_inventory;
    AppSettings &m_settings;
    const Clock &m_clock;
    NotePrompt m_notePrompt;
    TimePrompt m_timePrompt;
    ClosingNotesPrompt m_closingNotesPrompt;
    NewTicketPrompt m_newTicketPrompt;
    StatusView m_statusView = StatusView::Active;
    bool m_loadedFinished = false; // whether resolved and closed tickets were read
    bool m_columnsFitted = false;
    QMap<QString, qint64> m_clients; // name → id, for the client filter

    TicketQueueModel *m_model = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_unassigned = nullptr;
    QCheckBox *m_breached = nullptr;
    QComboBox *m_statusChoice = nullptr;
    QComboBox *m_clientChoice = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailFacts = nullptr;
    QTextBrowser *m_timeline = nullptr;
    QMenu *m_statusMenu = nullptr;
    QMenu *m_priorityMenu = nullptr;
    QList<QAction *> m_ticketActions;
    QTimer *m_timer = nullptr;
};

} // namespace Vigil
