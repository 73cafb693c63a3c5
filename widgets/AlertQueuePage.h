// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertCategory.h"
#include "AlertQueueRow.h"
#include "AlertSeverity.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
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

class AlertQueueModel;
class AlertStore;
class AppSettings;
class Clock;
class Database;
class ReviewLog;
class TicketStore;

// The morning review: every alert that needs a look, triaged by keyboard (A acknowledge, R resolve, S snooze,
// C categorise, T ticket, N note, Enter opens the device), with the selected alert's history and a "Finish review"
// that records what the technician saw. Owns its stores; the model does the filtering and sorting.
class AlertQueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertQueuePage)

public:
    enum class View { SinceLastReview, AllUnresolved, ResolvedLastWeek, Everything };

    // Asks for an optional note: the text (maybe empty), or nothing when the technician cancelled.
    using NotePrompt = std::function<std::optional<QString>(const QString &title, const QString &label)>;
    // Asks for the end of a custom snooze, starting from a suggestion; nothing when cancelled.
    using SnoozePrompt = std::function<std::optional<QDateTime>(const QDateTime &suggested)>;

    // The clock must outlive the page.
    AlertQueuePage(Database &database, AppSettings &settings, const Clock &clock, QWidget *parent = nullptr);
    ~AlertQueuePage() override;

    // Tests answer the prompts themselves instead of running modal dialogs.
    void setNotePrompt(NotePrompt prompt);
    void setSnoozePrompt(SnoozePrompt prompt);

    void setView(View view);
    View view() const;
    // Every unresolved alert of one client (0: all) and exactly one severity: the list behind a number of the
    // fleet overview. The severity choice reads "Critical only", "Warnings only" or "Info only".
    void showUnresolved(qint64 clientId, AlertSeverity severity);
    void focusFilter();
    int visibleCount() const;

public Q_SLOTS:
    // Reads the queue again (unresolved, plus resolved within 7 days), keeping the selection.
    void refresh();
    // The poller opened or changed these alerts: reloads just those rows.
    void alertsChanged(const QList<qint64> &ids);
    void finishReview();

    // The device of the current alert (for opening a session on it); 0 when no alert is current.
    qint64 currentDeviceId() const;

Q_SIGNALS:
    void openDeviceRequested(qint64 deviceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNameColumns(const QList<AlertQueueRow> &rows);
    bool m_columnsFitted = false;
    void createActions();
    QWidget *createFilterBar();
    QWidget *createDetailPane();
    void applyView();
    void rebuildClientChoices();
    void changeFilters(const std::function<void()> &change);
    void updateStatusLine();
    void updateLastReview();
    void updateActions();
    void showCurrent();
    void moveCursor(int delta);

    QList<qint64> selectedAlertIds() const;
    qint64 currentAlertId() const;
    void selectAlerts(const QList<qint64> &ids, qint64 current);
    QString alertLabel(qint64 id) const;
    QString timeText(const QDateTime &time) const;

    // Runs the action on all selected alerts; when the batch is refused (one alert was resolved meanwhile), runs it
    // alert by alert so the others still get it, names the ones that failed, and moves on to the next alert.
    // failure has %1 for the alert and %2 for the reason. Returns how many alerts the action succeeded on.
    int applyToSelection(const QString &failure, const std::function<Status(const QList<qint64> &)> &action);
    void reloadAlerts(const QList<qint64> &ids);
    void showError(const QString &text);
    void showMessage(const QString &text);

    void acknowledge();
    void resolve();
    void snoozeFor(const QDateTime &until);
    void snoozeCustom();
    void categorise(AlertCategory category);
    void createTicket();
    void addNote();
    void openDevice();
    void popupMenu(QMenu *menu);
    void tick();

    std::unique_ptr<AlertStore> m_store;
    std::unique_ptr<TicketStore> m_tickets;
    std::unique_ptr<ReviewLog> m_reviews;
    AppSettings &m_settings;
    const Clock &m_clock;
    NotePrompt m_notePrompt;
    SnoozePrompt m_snoozePrompt;
    QDateTime m_reviewStartedAt;
    QDateTime m_lastReviewEnd;
    View m_view = View::SinceLastReview;
    QMap<QString, qint64> m_clients; // name → id, for the client filter

    AlertQueueModel *m_model = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_viewChoice = nullptr;
    QComboBox *m_severityChoice = nullptr;
    QComboBox *m_clientChoice = nullptr;
    QCheckBox *m_group = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_lastReview = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailFacts = nullptr;
    QTextBrowser *m_history = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QMenu *m_categoryMenu = nullptr;
    QAction *m_ackAction = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_snoozeAction = nullptr;
    QAction *m_categoryAction = nullptr;
    QAction *m_ticketAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_openAction = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Vigil
