// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketQueuePage.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DurationText.h"
#include "InventoryStore.h"
#include "NewTicketDialog.h"
#include "TicketNoteDialog.h"
#include "TicketQueueModel.h"
#include "TicketStore.h"
#include "TimeEntryDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace Vigil {

namespace {

// SLA readings move with the clock; a minute keeps "5 min left" honest without rereading all the time.
constexpr int refreshIntervalMs = 60 * 1000;

const QString red = QStringLiteral("#d32f2f");
const QString amber = QStringLiteral("#c27c0e");

QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:14px; color:palette(placeholder-text)\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString workedText(int minutes)
{
    if (minutes < 60) {
        return TicketQueuePage::tr("%1 min", "time worked").arg(minutes);
    }
    if (minutes % 60 == 0) {
        return TicketQueuePage::tr("%1 h", "time worked").arg(minutes / 60);
    }
    return TicketQueuePage::tr("%1 h %2 min", "time worked").arg(minutes / 60).arg(minutes % 60);
}

QString coloured(const QString &html, const QString &colour)
{
    return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(colour, html);
}

} // namespace

TicketQueuePage::TicketQueuePage(Database &database, AppSettings &settings, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(std::make_unique<TicketStore>(database))
    , m_inventory(std::make_unique<InventoryStore>(database))
    , m_settings(settings)
    , m_clock(clock)
    , m_model(new TicketQueueModel(clock, this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketQueuePage"));
    m_notePrompt = [this](const QString &label, bool clientVisible) -> std::optional<NoteInput> {
        TicketNoteDialog dialog(label, clientVisible, this);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return NoteInput{dialog.text(), dialog.clientVisible()};
    };
    m_timePrompt = [this](const QString &label) -> std::optional<TimeInput> {
        TimeEntryDialog dialog(label, this);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return TimeInput{dialog.minutes(), dialog.note()};
    };
    m_closingNotesPrompt = [this](const QString &label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Resolve"), tr("Resolve %1. Closing notes (required): what was done?").arg(label), QString(), &ok);
        return ok ? std::optional<QString>(text.trimmed()) : std::nullopt;
    };
    m_newTicketPrompt = [this](qint64 suggestedClient) -> std::optional<NewTicket> {
        auto inventory = m_inventory->load();
        if (!inventory) {
            showError(tr("Could not read the clients: %1").arg(inventory.error().toString()));
            return std::nullopt;
        }
        NewTicketDialog dialog(std::move(inventory).value(), this);
        dialog.setClient(suggestedClient);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.ticket();
    };

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TicketQueueModel::TitleColumn, QHeaderView::Stretch);
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int pad = metrics.horizontalAdvance(QLatin1Char('M'));
    const auto width = [&metrics, pad](const QString &sample) { return metrics.horizontalAdvance(sample) + pad; };
    int priorityWidth = 0;
    for (const Priority priority : allPriorities) {
        priorityWidth = std::max(priorityWidth, width(priorityDisplayName(priority)));
    }
    m_table->setColumnWidth(TicketQueueModel::PriorityColumn, priorityWidth + 2 * metrics.height());
    m_table->setColumnWidth(TicketQueueModel::IdColumn, width(QStringLiteral("#0000")));
    m_table->setColumnWidth(TicketQueueModel::ClientColumn, width(QStringLiteral("Northgate Veterinary")));
    int statusWidth = 0;
    for (const TicketStatus status : allTicketStatuses) {
        statusWidth = std::max(statusWidth, width(ticketStatusDisplayName(status)));
    }
    m_table->setColumnWidth(TicketQueueModel::StatusColumn, statusWidth);
    m_table->setColumnWidth(TicketQueueModel::AssigneeColumn, width(QStringLiteral("unassigned")));
    m_table->setColumnWidth(TicketQueueModel::SlaColumn, width(QStringLiteral("at risk, 45 min left")));
    m_table->setColumnWidth(TicketQueueModel::AgeColumn, width(QStringLiteral("14 days")));
    // No column is the sort key at first: the model keeps its urgency order until a header is clicked.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TicketQueuePage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TicketQueuePage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketQueuePage::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TicketQueuePage::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TicketQueuePage::updateStatusLine);

    createActions();

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(QStringLiteral("ticketErrorBar"));
    m_errorBar->setStyleSheet(QStringLiteral("#ticketErrorBar { background: #fdecea; border: 1px solid #f5c2c0;"
                                             " border-radius: 4px; } QLabel { color: #611a15; }"));
    m_error = new QLabel(m_errorBar);
    m_error->setObjectName(QStringLiteral("ticketError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_errorBar);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, m_errorBar, &QWidget::hide);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(8, 4, 4, 4);
    errorLayout->addWidget(m_error, 1);
    errorLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_errorBar->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ticketSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(createDetailPane());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 380});

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("ticketCounts"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ticketMessage"));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto *help =
        new QLabel(tr("A assign to me · S status · P priority · N note · Shift+N note to the client · L log time · "
                      "R resolve · "
                      "Ctrl+N new ticket · J/K move · / filter"),
                   this);
    help->setObjectName(QStringLiteral("ticketHelp"));
    help->setForegroundRole(QPalette::PlaceholderText);
    // Its own row, wrapping: the keys must never make the window wider than a laptop screen.
    help->setWordWrap(true);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_counts);
    statusLine->addSpacing(16);
    statusLine->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_errorBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusLine);
    layout->addWidget(help);

    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TicketQueuePage::refresh);
    m_timer->start();

    applyStatusView();
    refresh();
    if (m_model->rowCount() > 0) {
        selectTicket(m_model->ticketAt(0).id);
    }
    updateActions();
}

TicketQueuePage::~TicketQueuePage() = default;

void TicketQueuePage::setNotePrompt(NotePrompt prompt)
{
    m_notePrompt = std::move(prompt);
}

void TicketQueuePage::setTimePrompt(TimePrompt prompt)
{
    m_timePrompt = std::move(prompt);
}

void TicketQueuePage::setClosingNotesPrompt(ClosingNotesPrompt prompt)
{
    m_closingNotesPrompt = std::move(prompt);
}

void TicketQueuePage::setNewTicketPrompt(NewTicketPrompt prompt)
{
    m_newTicketPrompt = std::move(prompt);
}

void TicketQueuePage::createActions()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("ticketToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Single-letter keys are handled on the table (eventFilter), so they stay typeable in the filter box; the
    // tooltips and the help line teach them.
    const auto add = [this](const QString &name, const QString &text, const QString &key, const QString &tip,
                            const std::function<void()> &slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tr("%1 (%2)", "action tooltip: what it does, then its key").arg(tip, key));
        if (slot) {
            connect(action, &QAction::triggered, this, slot);
        }
        m_toolBar->addAction(action);
        return action;
    };
    const auto withMenu = [this](QAction *action, QMenu *menu) {
        action->setMenu(menu);
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action))) {
            button->setPopupMode(QToolButton::InstantPopup);
        }
    };

    m_ticketActions.append(add(QStringLiteral("assignToMeAction"), tr("Assign to me"), tr("A"),
                               tr("Make the ticket yours"), [this] { assignToMe(); }));

    m_statusMenu = new QMenu(this);
    m_statusMenu->setObjectName(QStringLiteral("ticketStatusMenu"));
    QAction *open =
        m_statusMenu->addAction(tr("&Open: working on it"), this, [this] { setStatus(TicketStatus::Open); });
    open->setObjectName(QStringLiteral("status_open"));
    QAction *waiting = m_statusMenu->addAction(tr("&Waiting on the client (SLA clocks pause)"), this,
                                               [this] { setStatus(TicketStatus::Waiting); });
    waiting->setObjectName(QStringLiteral("status_waiting"));
    QAction *resolved = m_statusMenu->addAction(tr("&Resolved… (closing notes)"), this, [this] { resolve(); });
    resolved->setObjectName(QStringLiteral("status_resolved"));
    QAction *closed = m_statusMenu->addAction(tr("&Closed"), this, [this] { setStatus(TicketStatus::Closed); });
    closed->setObjectName(QStringLiteral("status_closed"));
    QAction *status =
        add(QStringLiteral("statusAction"), tr("Status"), tr("S"), tr("Change the ticket's status"), nullptr);
    withMenu(status, m_statusMenu);
    m_ticketActions.append(status);

    m_priorityMenu = new QMenu(this);
    m_priorityMenu->setObjectName(QStringLiteral("ticketPriorityMenu"));
    for (const Priority priority : allPriorities) {
        // The menu's accelerators are the names' first letters: C, H, N, L.
        QAction *action = m_priorityMenu->addAction(QStringLiteral("&") + priorityDisplayName(priority), this,
                                                    [this, priority] { setPriority(priority); });
        action->setObjectName(QStringLiteral("priority_") + priorityId(priority));
    }
    QAction *priority = add(QStringLiteral("priorityAction"), tr("Priority"), tr("P"),
                            tr("Change the ticket's priority (its SLA targets follow)"), nullptr);
    withMenu(priority, m_priorityMenu);
    m_ticketActions.append(priority);

    m_ticketActions.append(add(QStringLiteral("ticketNoteAction"), tr("Add note"), tr("N"),
                               tr("Add a note, internal or for the client (Shift+N)"), [this] { addNote(); }));
    m_ticketActions.append(add(QStringLiteral("logTimeAction"), tr("Log time"), tr("L"),
                               tr("Log minutes worked on the ticket"), [this] { logTime(); }));
    m_ticketActions.append(add(QStringLiteral("resolveTicketAction"), tr("Resolve"), tr("R"),
                               tr("Resolve the ticket with closing notes (required)"), [this] { resolve(); }));

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    QAction *create = add(QStringLiteral("newTicketAction"), tr("New ticket"), tr("Ctrl+N"),
                          tr("Open a ticket by hand"), [this] { newTicket(); });
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(create);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &TicketQueuePage::focusFilter);
    addAction(find);
}

QWidget *TicketQueuePage::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("ticketFilter"));
    m_filter->setPlaceholderText(tr("Filter by number, title, client, device or assignee (/ or Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { changeFilters([this, &text] { m_model->setFilterText(text); }); });

    m_mine = new QCheckBox(tr("&Mine"), bar);
    m_mine->setObjectName(QStringLiteral("ticketMine"));
    m_mine->setToolTip(tr("Only tickets assigned to you (Alt+M)"));
    m_unassigned = new QCheckBox(tr("&Unassigned"), bar);
    m_unassigned->setObjectName(QStringLiteral("ticketUnassigned"));
    m_unassigned->setToolTip(tr("Only tickets nobody has taken yet (Alt+U)"));
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            const QSignalBlocker blocker(m_unassigned);
            m_unassigned->setChecked(false);
        }
        applyAssigneeFilter();
    });
    connect(m_unassigned, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            const QSignalBlocker blocker(m_mine);
            m_mine->setChecked(false);
        }
        applyAssigneeFilter();
    });
    m_breached = new QCheckBox(tr("&Breached"), bar);
    m_breached->setObjectName(QStringLiteral("ticketBreached"));
    m_breached->setToolTip(tr("Only tickets whose current SLA clock is breached (Alt+B)"));
    connect(m_breached, &QCheckBox::toggled, this,
            [this](bool on) { changeFilters([this, on] { m_model->setBreachedOnly(on); }); });

    m_statusChoice = new QComboBox(bar);
    m_statusChoice->setObjectName(QStringLiteral("ticketStatusView"));
    m_statusChoice->setToolTip(tr("Which tickets by status (Alt+S)"));
    m_statusChoice->addItem(tr("Active (new, open, waiting)"), static_cast<int>(StatusView::Active));
    m_statusChoice->addItem(ticketStatusDisplayName(TicketStatus::New), static_cast<int>(StatusView::New));
    m_statusChoice->addItem(ticketStatusDisplayName(TicketStatus::Open), static_cast<int>(StatusView::Open));
    m_statusChoice->addItem(ticketStatusDisplayName(TicketStatus::Waiting), static_cast<int>(StatusView::Waiting));
    m_statusChoice->addItem(ticketStatusDisplayName(TicketStatus::Resolved), static_cast<int>(StatusView::Resolved));
    m_statusChoice->addItem(ticketStatusDisplayName(TicketStatus::Closed), static_cast<int>(StatusView::Closed));
    m_statusChoice->addItem(tr("All statuses"), static_cast<int>(StatusView::All));
    connect(m_statusChoice, &QComboBox::currentIndexChanged, this,
            [this](int index) { setStatusView(static_cast<StatusView>(m_statusChoice->itemData(index).toInt())); });
    auto *statusLabel = new QLabel(tr("&Status:"), bar);
    statusLabel->setBuddy(m_statusChoice);

    m_clientChoice = new QComboBox(bar);
    m_clientChoice->setObjectName(QStringLiteral("ticketClient"));
    m_clientChoice->setToolTip(tr("One client's tickets (Alt+C)"));
    // Long client names are elided in the closed box rather than widening the page; the list shows them whole.
    m_clientChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clientChoice->setMinimumContentsLength(18);
    m_clientChoice->addItem(tr("All clients"), qint64(0));
    connect(m_clientChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 client = index < 0 ? 0 : m_clientChoice->itemData(index).toLongLong();
        changeFilters([this, client] { m_model->setClientFilter(client); });
    });
    auto *clientLabel = new QLabel(tr("&Client:"), bar);
    clientLabel->setBuddy(m_clientChoice);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_mine);
    layout->addWidget(m_unassigned);
    layout->addWidget(m_breached);
    layout->addSpacing(8);
    layout->addWidget(statusLabel);
    layout->addWidget(m_statusChoice);
    layout->addWidget(clientLabel);
    layout->addWidget(m_clientChoice);
    return bar;
}

QWidget *TicketQueuePage::createDetailPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("ticketDetail"));
    m_detailTitle = new QLabel(pane);
    m_detailTitle->setObjectName(QStringLiteral("ticketDetailTitle"));
    m_detailTitle->setTextFormat(Qt::RichText);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);

    m_detailFacts = new QLabel(pane);
    m_detailFacts->setObjectName(QStringLiteral("ticketDetailFacts"));
    m_detailFacts->setTextFormat(Qt::RichText);
    m_detailFacts->setWordWrap(true);
    m_detailFacts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_timeline = new QTextBrowser(pane);
    m_timeline->setObjectName(QStringLiteral("ticketTimeline"));
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_timeline->setOpenLinks(false);

    auto *timelineTitle = new QLabel(tr("<b>Timeline</b>"), pane);
    auto *timeline = new QVBoxLayout;
    timeline->addWidget(timelineTitle);
    timeline->addWidget(m_timeline, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_detailFacts, 2);
    columns->addSpacing(12);
    columns->addLayout(timeline, 3);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 8, 4, 0);
    layout->addWidget(m_detailTitle);
    layout->addLayout(columns, 1);
    return pane;
}

void TicketQueuePage::applyAssigneeFilter()
{
    std::optional<QString> assignee;
    if (m_mine->isChecked()) {
        assignee = m_settings.technicianName();
    } else if (m_unassigned->isChecked()) {
        assignee = QString();
    }
    changeFilters([this, &assignee] { m_model->setAssigneeFilter(assignee); });
}

void TicketQueuePage::setStatusView(StatusView view)
{
    m_statusView = view;
    const int index = m_statusChoice->findData(static_cast<int>(view));
    if (index != m_statusChoice->currentIndex()) {
        m_statusChoice->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    applyStatusView();
    const bool needsFinished = view == StatusView::Resolved || view == StatusView::Closed || view == StatusView::All;
    if (needsFinished && !m_loadedFinished) {
        refresh();
    }
}

void TicketQueuePage::applyStatusView()
{
    QList<TicketStatus> statuses;
    switch (m_statusView) {
    case StatusView::Active:
        statuses = {TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting};
        break;
    case StatusView::New:
        statuses = {TicketStatus::New};
        break;
    case StatusView::Open:
        statuses = {TicketStatus::Open};
        break;
    case StatusView::Waiting:
        statuses = {TicketStatus::Waiting};
        break;
    case StatusView::Resolved:
        statuses = {TicketStatus::Resolved};
        break;
    case StatusView::Closed:
        statuses = {TicketStatus::Closed};
        break;
    case StatusView::All:
        break;
    }
    changeFilters([this, &statuses] { m_model->setStatuses(statuses); });
}

void TicketQueuePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int TicketQueuePage::visibleCount() const
{
    return m_model->visibleCount();
}

void TicketQueuePage::refresh()
{
    // Finished tickets pile up over the years; they are read only when a view asks for them.
    const bool finished =
        m_statusView == StatusView::Resolved || m_statusView == StatusView::Closed || m_statusView == StatusView::All;
    TicketFilter filter;
    if (finished) {
        filter.statuses = {allTicketStatuses.begin(), allTicketStatuses.end()};
    }
    const Result<QList<Ticket>> tickets = m_store->list(filter, m_clock.now());
    if (!tickets) {
        showError(
            tr("Could not read the tickets: %1. Showing what was loaded before.").arg(tickets.error().toString()));
        return;
    }
    m_loadedFinished = finished;
    // Every client, not just those with tickets: filtering to a client without any shows an empty queue, and the
    // new ticket dialog suggests the client chosen.
    QMap<QString, qint64> clients;
    if (const auto inventory = m_inventory->load()) {
        for (const Client &client : inventory.value().clients) {
            clients.insert(client.name, client.id);
        }
    }
    for (const Ticket &ticket : tickets.value()) {
        clients.insert(ticket.clientName, ticket.clientId);
    }
    if (!m_columnsFitted && !tickets->isEmpty()) {
        fitClientColumn(tickets.value());
        m_columnsFitted = true;
    }
    const qint64 current = currentTicketId();
    m_model->setRows(tickets.value());
    if (current != 0 && m_model->rowForTicket(current) >= 0) {
        selectTicket(current);
    } else if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid()) {
        selectTicket(m_model->ticketAt(0).id);
    }
    if (clients != m_clients) {
        m_clients = clients;
        rebuildClientChoices();
    }
    updateStatusLine();
    showCurrent();
}

void TicketQueuePage::fitClientColumn(const QList<Ticket> &tickets)
{
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int pad = metrics.horizontalAdvance(QLatin1Char('M'));
    int width = m_table->columnWidth(TicketQueueModel::ClientColumn) - pad;
    for (const Ticket &ticket : tickets) {
        width = std::max(width, metrics.horizontalAdvance(ticket.clientName));
    }
    // A very long name is elided (the tooltip has it) rather than squeezing the title.
    m_table->setColumnWidth(TicketQueueModel::ClientColumn, std::min(width + pad, 28 * metrics.averageCharWidth()));
}

void TicketQueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Tickets come from the alert page (T) and from vigil-cli too; whatever happened meanwhile shows up here.
    refresh();
}

void TicketQueuePage::rebuildClientChoices()
{
    const qint64 chosen = m_clientChoice->currentData().toLongLong();
    const QSignalBlocker blocker(m_clientChoice);
    while (m_clientChoice->count() > 1) {
        m_clientChoice->removeItem(1);
    }
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        m_clientChoice->addItem(it.key(), it.value());
    }
    const int index = m_clientChoice->findData(chosen);
    m_clientChoice->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && chosen != 0) {
        changeFilters([this] { m_model->setClientFilter(0); });
    }
}

void TicketQueuePage::changeFilters(const std::function<void()> &change)
{
    // Filter changes reset the model; the current ticket is carried over by id.
    const qint64 current = currentTicketId();
    change();
    if (current != 0 && m_model->rowForTicket(current) >= 0) {
        selectTicket(current);
    } else if (m_model->rowCount() > 0) {
        selectTicket(m_model->ticketAt(0).id);
    }
    updateStatusLine();
    showCurrent();
}

void TicketQueuePage::updateStatusLine()
{
    QStringList parts{tr("%n ticket(s)", nullptr, m_model->visibleCount()).toHtmlEscaped()};
    if (const int breached = m_model->visibleBreachedCount(); breached > 0) {
        parts.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(red, tr("%n breached", "tickets", breached).toHtmlEscaped()));
    }
    if (const int atRisk = m_model->visibleAtRiskCount(); atRisk > 0) {
        parts.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(amber, tr("%n at risk", "tickets", atRisk).toHtmlEscaped()));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    updateActions();
}

void TicketQueuePage::updateActions()
{
    const bool any = m_table->currentIndex().isValid();
    for (QAction *action : std::as_const(m_ticketActions)) {
        action->setEnabled(any);
    }
}

qint64 TicketQueuePage::currentTicketId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(TicketQueueModel::TicketIdRole).toLongLong() : 0;
}

void TicketQueuePage::selectTicket(qint64 ticketId)
{
    const int row = m_model->rowForTicket(ticketId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, TicketQueueModel::TitleColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TicketQueuePage::moveCursor(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    selectTicket(m_model->ticketAt(row).id);
}

QString TicketQueuePage::ticketLabel(qint64 id) const
{
    const int row = m_model->rowForTicket(id);
    if (row < 0) {
        return tr("ticket #%1").arg(id);
    }
    return tr("#%1 “%2”", "ticket number and title").arg(id).arg(m_model->ticketAt(row).title);
}

QString TicketQueuePage::timeText(const QDateTime &time) const
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime local = time.toLocalTime();
    const QDate today = m_clock.now().toLocalTime().date();
    const QString clock = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == today) {
        return tr("today %1").arg(clock);
    }
    if (local.date() == today.addDays(-1)) {
        return tr("yesterday %1").arg(clock);
    }
    if (local.date() == today.addDays(1)) {
        return tr("tomorrow %1").arg(clock);
    }
    if (std::abs(local.date().daysTo(today)) < 7) {
        return QLocale().toString(local.date(), QStringLiteral("ddd ")) + clock;
    }
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock;
}

void TicketQueuePage::showCurrent()
{
    const qint64 id = currentTicketId();
    if (id == 0) {
        m_detailTitle->setText(tr("<span style=\"font-weight:normal\">Select a ticket to see its details.</span>"));
        m_detailFacts->clear();
        m_timeline->clear();
        return;
    }
    const Result<TicketDetail> detail = m_store->ticket(id, m_clock.now());
    if (!detail) {
        m_detailTitle->setText(tr("Ticket #%1").arg(id));
        m_detailFacts->setText(tr("Could not read the ticket: %1").arg(detail.error().toString()).toHtmlEscaped());
        m_timeline->clear();
        return;
    }
    showDetail(detail.value());
}

void TicketQueuePage::showDetail(const TicketDetail &detail)
{
    const Ticket &t = detail.ticket;
    const QDateTime now = m_clock.now();
    const int row = m_model->rowForTicket(t.id);
    const QColor colour =
        row >= 0 ? m_model->index(row, TicketQueueModel::PriorityColumn).data(Qt::ForegroundRole).value<QColor>()
                 : QColor(Qt::gray);
    m_detailTitle->setText(QStringLiteral("<span style=\"color:%1\">●</span> #%2 %3")
                               .arg(colour.name())
                               .arg(t.id)
                               .arg(t.title.toHtmlEscaped()));

    // One SLA clock: its state in words and colour, with the due time or when it stopped.
    const auto clock = [this, &now](const SlaReading &sla, const QDateTime &stoppedAt) {
        const QString text = TicketQueueModel::slaText(sla, now).toHtmlEscaped();
        if (sla.stopped) {
            const QString state = sla.state == SlaState::Breached ? coloured(text, red) : text;
            return tr("%1 (%2)", "SLA state (when the clock stopped)").arg(state, timeText(stoppedAt).toHtmlEscaped());
        }
        QString state = text;
        if (sla.state == SlaState::Breached) {
            state = coloured(text, red);
        } else if (sla.state == SlaState::AtRisk && !sla.paused) {
            state = coloured(text, amber);
        }
        if (sla.paused) {
            return tr("paused while waiting on the client, %1 left", "SLA clock")
                .arg(durationText(sla.remainingSeconds))
                .toHtmlEscaped();
        }
        return tr("%1, due %2", "SLA state, due time").arg(state, timeText(sla.dueAt).toHtmlEscaped());
    };

    QString where = t.clientName.toHtmlEscaped();
    if (!t.siteName.isEmpty()) {
        where += QStringLiteral(" · ") + t.siteName.toHtmlEscaped();
    }
    QString facts = QStringLiteral("<table cellspacing=\"2\">");
    facts += factRow(tr("Client"), where);
    if (!t.deviceName.isEmpty()) {
        facts += factRow(tr("Device"), t.deviceName.toHtmlEscaped());
    }
    facts += factRow(tr("Priority"), QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                         .arg(colour.name(), priorityDisplayName(t.priority).toHtmlEscaped()));
    facts += factRow(tr("Status"), ticketStatusDisplayName(t.status).toHtmlEscaped());
    facts += factRow(tr("Assignee"), t.assignee.isEmpty() ? coloured(tr("unassigned").toHtmlEscaped(), amber)
                                                          : t.assignee.toHtmlEscaped());
    facts +=
        factRow(tr("Opened"),
                tr("%1 (%2 ago)").arg(timeText(t.createdAt), durationText(t.createdAt.secsTo(now))).toHtmlEscaped());
    facts += factRow(tr("First response"), clock(t.response, t.firstResponseAt));
    facts += factRow(tr("Resolution"), clock(t.resolution, t.resolvedAt.isValid() ? t.resolvedAt : t.closedAt));
    const int worked = detail.minutesWorked();
    const int entries = static_cast<int>(detail.timeEntries.size());
    facts += factRow(tr("Time worked"),
                     worked == 0 ? tr("none yet").toHtmlEscaped()
                                 : tr("%1 in %n entry(ies)", nullptr, entries).arg(workedText(worked)).toHtmlEscaped());
    if (!detail.alertIds.isEmpty()) {
        QStringList alerts;
        for (const qint64 alert : detail.alertIds) {
            alerts.append(QStringLiteral("#") + QString::number(alert));
        }
        facts += factRow(tr("Alerts"), alerts.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (!t.closingNotes.isEmpty()) {
        facts += factRow(tr("Closing notes"), t.closingNotes.toHtmlEscaped());
    }
    facts += QStringLiteral("</table>");
    if (!t.description.isEmpty()) {
        facts += QStringLiteral("<p>%1</p>").arg(t.description.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    m_detailFacts->setText(facts);

    // The timeline: the store's events, and remote sessions from the time entries they left.
    struct Line
    {
        QDateTime at;
        qint64 order = 0;
        QString actor;
        QString what; // HTML
    };
    QList<Line> lines;
    // QTextBrowser's HTML knows no palette() colours; the placeholder grey is taken from the palette in use.
    const QString muted =
        QStringLiteral("<span style=\"color:%1\">").arg(m_timeline->palette().color(QPalette::PlaceholderText).name())
        + QStringLiteral("%1</span>");
    for (const TicketEvent &e : detail.events) {
        const QString body = e.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        QString what;
        if (e.kind == QLatin1String("created")) {
            const std::optional<Priority> p = priorityFromId(e.body);
            what = p ? tr("<b>opened</b> as %1").arg(priorityDisplayName(*p).toHtmlEscaped()) : tr("<b>opened</b>");
        } else if (e.kind == QLatin1String("note")) {
            what = (e.clientVisible ? coloured(tr("note to the client").toHtmlEscaped(), QStringLiteral("#2f7bd9"))
                                    : tr("<b>internal note</b>"))
                   + QStringLiteral("<br>") + body;
        } else if (e.kind == QLatin1String("status")) {
            const std::optional<TicketStatus> s = ticketStatusFromId(e.body);
            what = tr("status → <b>%1</b>").arg((s ? ticketStatusDisplayName(*s) : e.body).toHtmlEscaped());
        } else if (e.kind == QLatin1String("closing-notes")) {
            what = tr("<b>closing notes</b><br>%1").arg(body);
        } else if (e.kind == QLatin1String("priority")) {
            const std::optional<Priority> p = priorityFromId(e.body);
            what = tr("priority → <b>%1</b>").arg((p ? priorityDisplayName(*p) : e.body).toHtmlEscaped());
        } else if (e.kind == QLatin1String("assigned")) {
            what = e.body.isEmpty() ? tr("<b>unassigned</b>") : tr("assigned to <b>%1</b>").arg(body);
        } else if (e.kind == QLatin1String("time")) {
            // The store writes "MINUTES min NOTE".
            static const QRegularExpression minutes(QStringLiteral("^(\\d+) min\\s*(.*)$"),
                                                    QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch match = minutes.match(e.body);
            if (match.hasMatch()) {
                const QString note = match.captured(2).trimmed();
                what = tr("<b>logged %1</b>", "time worked").arg(workedText(match.captured(1).toInt()));
                if (!note.isEmpty()) {
                    what += QStringLiteral(" — ") + note.toHtmlEscaped();
                }
            } else {
                what = tr("<b>time worked</b> %1").arg(body);
            }
        } else if (e.kind == QLatin1String("alert")) {
            what = tr("<b>alert</b> %1").arg(body);
        } else {
            what = QStringLiteral("<b>%1</b> %2").arg(e.kind.toHtmlEscaped(), body);
        }
        lines.append({e.at, e.id, e.actor, what});
    }
    for (const TicketTimeEntry &entry : detail.timeEntries) {
        if (entry.sessionId) {
            lines.append({entry.loggedAt, 0, entry.technician,
                          tr("<b>remote session</b> #%1, %2").arg(*entry.sessionId).arg(workedText(entry.minutes))});
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
    // Newest first: the latest word on a ticket is what a technician picking it up needs.
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        html += QStringLiteral("<tr><td style=\"padding-right:10px; white-space:nowrap\" valign=\"top\">%1</td>"
                               "<td style=\"padding-right:10px\" valign=\"top\">%2</td><td valign=\"top\">%3</td></tr>")
                    .arg(muted.arg(timeText(it->at).toHtmlEscaped()), it->actor.toHtmlEscaped(), it->what);
    }
    html += QStringLiteral("</table>");
    m_timeline->setHtml(html);
}

void TicketQueuePage::change(qint64 id, const QString &label, const QString &failure,
                             const std::function<Status()> &action, const QString &done)
{
    // The ticket below gets the cursor if this one leaves the view (resolved while showing active tickets).
    const int row = m_model->rowForTicket(id);
    qint64 next = 0;
    if (row >= 0 && row + 1 < m_model->rowCount()) {
        next = m_model->ticketAt(row + 1).id;
    } else if (row > 0) {
        next = m_model->ticketAt(row - 1).id;
    }
    const Status status = action();
    if (!status) {
        showError(failure.arg(label, status.error().message));
        return;
    }
    m_errorBar->hide();
    refresh();
    if (m_model->rowForTicket(id) >= 0) {
        selectTicket(id);
    } else if (next != 0) {
        selectTicket(next);
    }
    showCurrent();
    showMessage(done);
}

void TicketQueuePage::showError(const QString &text)
{
    m_error->setText(text);
    m_errorBar->show();
}

void TicketQueuePage::showMessage(const QString &text)
{
    m_message->setText(text);
}

void TicketQueuePage::assignToMe()
{
    const qint64 id = currentTicketId();
    if (id == 0) {
        return;
    }
    const QString label = ticketLabel(id);
    const QString me = m_settings.technicianName();
    change(
        id, label, tr("Could not assign %1: %2"), [&] { return m_store->assign(id, me, me, m_clock.now()); },
        tr("%1 is assigned to you").arg(label));
}

void TicketQueuePage::setStatus(TicketStatus status)
{
    const qint64 id = currentTicketId();
    if (id == 0) {
        return;
    }
    const QString label = ticketLabel(id);
    QString notes;
    const int row = m_model->rowForTicket(id);
    // Closing needs closing notes unless the ticket was resolved with some.
    if (status == TicketStatus::Closed && row >= 0 && m_model->ticketAt(row).closingNotes.trimmed().isEmpty()) {
        const std::optional<QString> answer = m_closingNotesPrompt(label);
        if (!answer) {
            return;
        }
        notes = *answer;
    }
    const QString who = m_settings.technicianName();
    change(
        id, label, tr("Could not change the status of %1: %2"),
        [&] { return m_store->setStatus(id, status, who, notes, m_clock.now()); },
        tr("%1: status %2").arg(label, ticketStatusDisplayName(status)));
}

void TicketQueuePage::setPriority(Priority priority)
{
    const qint64 id = currentTicketId();
    if (id == 0) {
        return;
    }
    const QString label = ticketLabel(id);
    const QString who = m_settings.technicianName();
    change(
        id, label, tr("Could not change the priority of %1: %2"),
        [&] { return m_store->setPriority(id, priority, who, m_clock.now()); },
        tr("%1: priority %2").arg(label, priorityDisplayName(priority)));
}

void TicketQueuePage::addNote(bool forClient)
{
    const qint64 id = currentTicketId();
    if (id == 0) {
        return;
    }
    const QString label = ticketLabel(id);
    const std::optional<NoteInput> note = m_notePrompt(label, forClient);
    if (!note) {
        return;
    }
    const QString who = m_settings.technicianName();
    change(
        id, label, tr("Could not add the note to %1: %2"),
        [&] { return m_store->addNote(id, who, note->text, note->clientVisible, m_clock.now()); },
        (note->clientVisible ? tr("Note for the client added to %1") : tr("Internal note added to %1")).arg(label));
}

void TicketQueuePage::logTime()
{
    const qint64 id = currentTicketId();
    if (id == 0) {
        return;
    }
    const QString label = ticketLabel(id);
    const std::optional<TimeInput> time = m_timePrompt(label);
    if (!time) {
        return;
    }
    const QString who = m_settings.technicianName();
    change(
        id, label, tr("Could not log time on %1: %2"),
        [&] { return m_store->logTime(id, who, time->minutes, time->note, m_clock.now()); },
        tr("Logged %1 on %2").arg(workedText(time->minutes), label));
}

void TicketQueuePage::resolve()
{
    const qint64 id = currentTicketId();
    if (id == 0) {
        return;
    }
    const QString label = ticketLabel(id);
    const std::optional<QString> notes = m_closingNotesPrompt(label);
    if (!notes) {
        return;
    }
    if (notes->trimmed().isEmpty()) {
        // Said here rather than by the store: the technician should learn what is missing and why.
        showError(tr("%1 was not resolved: closing notes are required. Say what was done, so the client and the next "
                     "technician can read it.")
                      .arg(label));
        return;
    }
    const QString who = m_settings.technicianName();
    change(
        id, label, tr("Could not resolve %1: %2"),
        [&] { return m_store->setStatus(id, TicketStatus::Resolved, who, *notes, m_clock.now()); },
        tr("Resolved %1").arg(label));
}

void TicketQueuePage::newTicket()
{
    const std::optional<NewTicket> ticket = m_newTicketPrompt(m_model->clientFilter());
    if (!ticket) {
        return;
    }
    const Result<qint64> id = m_store->create(*ticket, m_settings.technicianName(), m_clock.now());
    if (!id) {
        showError(tr("The ticket was not opened: %1").arg(id.error().message));
        return;
    }
    m_errorBar->hide();
    refresh();
    if (m_model->rowForTicket(id.value()) < 0) {
        // Opened but filtered out: show it anyway, since the technician is about to work on it.
        m_filter->clear();
        m_mine->setChecked(false);
        m_breached->setChecked(false);
        m_clientChoice->setCurrentIndex(0);
        setStatusView(StatusView::Active);
    }
    selectTicket(id.value());
    showCurrent();
    showMessage(tr("Opened ticket #%1").arg(id.value()));
}

void TicketQueuePage::popupMenu(QMenu *menu)
{
    if (currentTicketId() == 0) {
        return;
    }
    const QRect rect = m_table->visualRect(m_table->currentIndex());
    const QPoint at = rect.isValid() ? rect.bottomLeft() : QPoint(0, 0);
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

bool TicketQueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Escape) {
            if (m_filter->text().isEmpty()) {
                m_table->setFocus(Qt::ShortcutFocusReason);
            } else {
                m_filter->clear();
            }
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_table->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_table || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        return QWidget::eventFilter(watched, event);
    }
    switch (key->key()) {
    case Qt::Key_J:
        moveCursor(1);
        return true;
    case Qt::Key_K:
        moveCursor(-1);
        return true;
    case Qt::Key_A:
        assignToMe();
        return true;
    case Qt::Key_S:
        popupMenu(m_statusMenu);
        return true;
    case Qt::Key_P:
        popupMenu(m_priorityMenu);
        return true;
    case Qt::Key_N:
        addNote((key->modifiers() & Qt::ShiftModifier) != 0);
        return true;
    case Qt::Key_L:
        logTime();
        return true;
    case Qt::Key_R:
        resolve();
        return true;
    case Qt::Key_Slash:
        focusFilter();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace Vigil
