// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertQueuePage.h"

#include "AlertEvent.h"
#include "AlertQueueModel.h"
#include "AlertStore.h"
#include "AppSettings.h"
#include "Clock.h"
#include "DurationText.h"
#include "ReviewLog.h"
#include "SnoozeUntilDialog.h"
#include "TicketStore.h"

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
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Vigil {

namespace {

constexpr int refreshIntervalMs = 60 * 1000;
constexpr qint64 resolvedKeptSeconds = 7 * 24 * 3600;

const QList<AlertState> unresolvedStates{AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};

QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:14px; color:palette(placeholder-text)\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

// The store's event kinds, in the words the history shows.
QString eventText(const QString &kind)
{
    if (kind == QLatin1String("opened")) {
        return AlertQueuePage::tr("opened");
    }
    if (kind == QLatin1String("recurred")) {
        return AlertQueuePage::tr("recurred");
    }
    if (kind == QLatin1String("severity")) {
        return AlertQueuePage::tr("severity changed");
    }
    if (kind == QLatin1String("resolved")) {
        return AlertQueuePage::tr("resolved");
    }
    if (kind == QLatin1String("acknowledged")) {
        return AlertQueuePage::tr("acknowledged");
    }
    if (kind == QLatin1String("snoozed")) {
        return AlertQueuePage::tr("snoozed");
    }
    if (kind == QLatin1String("snooze_ended")) {
        return AlertQueuePage::tr("snooze ended");
    }
    if (kind == QLatin1String("categorised")) {
        return AlertQueuePage::tr("categorised");
    }
    if (kind == QLatin1String("note")) {
        return AlertQueuePage::tr("note");
    }
    if (kind == QLatin1String("escalated")) {
        return AlertQueuePage::tr("escalated to a ticket");
    }
    if (kind == QLatin1String("reopened")) {
        return AlertQueuePage::tr("reopened");
    }
    return kind;
}

} // namespace

AlertQueuePage::AlertQueuePage(Database &database, AppSettings &settings, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(std::make_unique<AlertStore>(database))
    , m_tickets(std::make_unique<TicketStore>(database))
    , m_reviews(std::make_unique<ReviewLog>(database))
    , m_settings(settings)
    , m_clock(clock)
    , m_reviewStartedAt(clock.now())
    , m_model(new AlertQueueModel(clock, this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("alertQueuePage"));
    m_notePrompt = [this](const QString &title, const QString &label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, title, label, QString(), &ok);
        return ok ? std::optional<QString>(text.trimmed()) : std::nullopt;
    };
    m_snoozePrompt = [this](const QDateTime &suggested) -> std::optional<QDateTime> {
        SnoozeUntilDialog dialog(m_clock.now(), suggested, this);
        return dialog.exec() == QDialog::Accepted ? std::optional<QDateTime>(dialog.until()) : std::nullopt;
    };

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 alerts cheap (no per-row size hints).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AlertQueueModel::SummaryColumn, QHeaderView::Stretch);
    // Open alerts are bold, so widths are measured in bold; the decoration square needs about one line height.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int pad = metrics.horizontalAdvance(QLatin1Char('M'));
    const auto width = [&metrics, pad](const QString &sample) { return metrics.horizontalAdvance(sample) + pad; };
    m_table->setColumnWidth(AlertQueueModel::SeverityColumn,
                            width(alertSeverityDisplayName(AlertSeverity::Critical)) + 2 * metrics.height());
    // Names are fitted to the data on the first load (fitNameColumns); these are the widths before it.
    m_table->setColumnWidth(AlertQueueModel::ClientColumn, width(QStringLiteral("Northgate Veterinary")));
    m_table->setColumnWidth(AlertQueueModel::SiteColumn, width(QStringLiteral("Main Street")));
    m_table->setColumnWidth(AlertQueueModel::DeviceColumn, width(QStringLiteral("HD-BR-WS01")));
    m_table->setColumnWidth(AlertQueueModel::AgeColumn, width(QStringLiteral("59 min")));
    m_table->setColumnWidth(AlertQueueModel::CountColumn, width(tr("Count")));
    m_table->setColumnWidth(AlertQueueModel::StateColumn, width(alertStateDisplayName(AlertState::Acknowledged)));
    int categoryWidth = 0;
    for (const AlertCategory category : allAlertCategories) {
        categoryWidth = std::max(categoryWidth, width(alertCategoryDisplayName(category)));
    }
    m_table->setColumnWidth(AlertQueueModel::CategoryColumn, categoryWidth);
    m_table->setColumnWidth(AlertQueueModel::TicketColumn, width(QStringLiteral("overdue 2 h")));
    // Section -1: no column is the sort key, so the model keeps its triage order until a header is clicked; a
    // third click goes back to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &AlertQueuePage::openDevice);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertQueuePage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertQueuePage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertQueuePage::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertQueuePage::updateStatusLine);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertQueuePage::updateStatusLine);
    // A changed row may be the one the detail pane shows (its state, count or ticket).
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertQueuePage::showCurrent);

    createActions();

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(QStringLiteral("alertErrorBar"));
    m_errorBar->setStyleSheet(QStringLiteral("#alertErrorBar { background: #fdecea; border: 1px solid #f5c2c0;"
                                             " border-radius: 4px; } QLabel { color: #611a15; }"));
    m_error = new QLabel(m_errorBar);
    m_error->setObjectName(QStringLiteral("alertError"));
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
    splitter->setObjectName(QStringLiteral("alertSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(createDetailPane());
    // The queue is what a technician scans; the detail needs a dozen lines.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({600, 240});

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("alertCounts"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("alertMessage"));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_lastReview = new QLabel(this);
    m_lastReview->setObjectName(QStringLiteral("lastReview"));
    m_lastReview->setForegroundRole(QPalette::PlaceholderText);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_counts);
    statusLine->addSpacing(16);
    statusLine->addWidget(m_message, 1);
    statusLine->addWidget(m_lastReview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_errorBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusLine);

    // Ages move on and snoozes end while the page sits open overnight.
    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AlertQueuePage::tick);
    m_timer->start();

    m_model->setGroupByClient(true);
    updateLastReview();
    applyView();
    refresh();
    if (m_model->rowCount() > 0) {
        selectAlerts({m_model->rowAt(0).alert.id}, m_model->rowAt(0).alert.id);
    }
}

AlertQueuePage::~AlertQueuePage() = default;

QString AlertQueuePage::timeText(const QDateTime &time) const
{
    if (!time.isValid()) {
        return {};
    }
    // Reviews look back a day or two: "today 06:12" reads faster than a full date.
    const QDateTime local = time.toLocalTime();
    const QDate today = m_clock.now().toLocalTime().date();
    const QString clock = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == today) {
        return tr("today %1").arg(clock);
    }
    if (local.date() == today.addDays(-1)) {
        return tr("yesterday %1").arg(clock);
    }
    if (local.date().daysTo(today) < 7 && local.date() < today) {
        return QLocale().toString(local.date(), QStringLiteral("ddd ")) + clock;
    }
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock;
}

void AlertQueuePage::setNotePrompt(NotePrompt prompt)
{
    m_notePrompt = std::move(prompt);
}

void AlertQueuePage::setSnoozePrompt(SnoozePrompt prompt)
{
    m_snoozePrompt = std::move(prompt);
}

void AlertQueuePage::createActions()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("alertToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The keys are handled on the table (eventFilter), not as shortcuts: single letters must stay typeable in
    // the filter box. The tooltips teach them.
    const auto add = [this](const QString &name, const QString &text, const QString &key, const QString &tip,
                            void (AlertQueuePage::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tr("%1 (%2)", "action tooltip: what it does, then its key").arg(tip, key));
        if (slot != nullptr) {
            connect(action, &QAction::triggered, this, slot);
        }
        m_toolBar->addAction(action);
        return action;
    };
    m_ackAction = add(QStringLiteral("acknowledgeAction"), tr("Acknowledge"), tr("A"),
                      tr("Acknowledge the selected alerts, with an optional note"), &AlertQueuePage::acknowledge);
    m_resolveAction = add(QStringLiteral("resolveAction"), tr("Resolve"), tr("R"),
                          tr("Resolve the selected alerts, with an optional note"), &AlertQueuePage::resolve);

    m_snoozeMenu = new QMenu(this);
    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    QAction *hour = m_snoozeMenu->addAction(tr("&1 hour"), this, [this] { snoozeFor(m_clock.now().addSecs(3600)); });
    hour->setObjectName(QStringLiteral("snoozeHourAction"));
    QAction *tomorrow = m_snoozeMenu->addAction(tr("Until &tomorrow 8:00"), this, [this] {
        // 8:00 on the technician's wall clock, not UTC: the snooze should end when the next shift starts.
        const QDate day = m_clock.now().toLocalTime().date().addDays(1);
        snoozeFor(QDateTime(day, QTime(8, 0)).toUTC());
    });
    tomorrow->setObjectName(QStringLiteral("snoozeTomorrowAction"));
    QAction *custom = m_snoozeMenu->addAction(tr("&Custom…"), this, &AlertQueuePage::snoozeCustom);
    custom->setObjectName(QStringLiteral("snoozeCustomAction"));
    m_snoozeAction = add(QStringLiteral("snoozeAction"), tr("Snooze"), tr("S"),
                         tr("Hide the selected alerts until a time"), nullptr);
    m_snoozeAction->setMenu(m_snoozeMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_snoozeAction))) {
        button->setPopupMode(QToolButton::InstantPopup);
    }

    m_categoryMenu = new QMenu(this);
    m_categoryMenu->setObjectName(QStringLiteral("categoryMenu"));
    for (const AlertCategory category : allAlertCategories) {
        QAction *action = m_categoryMenu->addAction(alertCategoryDisplayName(category), this,
                                                    [this, category] { categorise(category); });
        action->setObjectName(QStringLiteral("category_") + alertCategoryId(category));
    }
    m_categoryAction = add(QStringLiteral("categoriseAction"), tr("Categorise"), tr("C"),
                           tr("Change what the selected alerts are about"), nullptr);
    m_categoryAction->setMenu(m_categoryMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_categoryAction))) {
        button->setPopupMode(QToolButton::InstantPopup);
    }

    m_ticketAction = add(QStringLiteral("ticketAction"), tr("Create ticket"), tr("T"),
                         tr("Escalate the selected alerts to tickets"), &AlertQueuePage::createTicket);
    m_noteAction = add(QStringLiteral("noteAction"), tr("Add note"), tr("N"), tr("Add a note to the selected alerts"),
                       &AlertQueuePage::addNote);
    m_openAction = add(QStringLiteral("openDeviceAction"), tr("Open device"), tr("Enter"),
                       tr("Show the alert's device in the inventory"), &AlertQueuePage::openDevice);

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    QAction *refreshAction = m_toolBar->addAction(tr("Refresh"), this, &AlertQueuePage::refresh);
    refreshAction->setToolTip(tr("Read the queue again (F5)"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    QAction *finish = m_toolBar->addAction(tr("Finish review"), this, &AlertQueuePage::finishReview);
    finish->setObjectName(QStringLiteral("finishReviewAction"));
    finish->setToolTip(tr("Record that you reviewed every alert shown; \"Since last review\" starts from now"));

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &AlertQueuePage::focusFilter);
    addAction(find);
}

QWidget *AlertQueuePage::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("alertFilter"));
    m_filter->setPlaceholderText(tr("Filter by client, device, summary, rule or state (/ or Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { changeFilters([this, &text] { m_model->setFilterText(text); }); });

    m_viewChoice = new QComboBox(bar);
    m_viewChoice->setObjectName(QStringLiteral("alertView"));
    m_viewChoice->addItem(tr("Since last review"), static_cast<int>(View::SinceLastReview));
    m_viewChoice->addItem(tr("All unresolved"), static_cast<int>(View::AllUnresolved));
    m_viewChoice->addItem(tr("Resolved (7 days)"), static_cast<int>(View::ResolvedLastWeek));
    m_viewChoice->addItem(tr("Everything"), static_cast<int>(View::Everything));
    connect(m_viewChoice, &QComboBox::currentIndexChanged, this,
            [this](int index) { setView(static_cast<View>(m_viewChoice->itemData(index).toInt())); });

    m_severityChoice = new QComboBox(bar);
    m_severityChoice->setObjectName(QStringLiteral("alertMinimumSeverity"));
    // Each choice is a range of severities: minimum * 10 + maximum.
    const auto range = [](AlertSeverity minimum, AlertSeverity maximum) {
        return static_cast<int>(minimum) * 10 + static_cast<int>(maximum);
    };
    m_severityChoice->addItem(tr("All severities"), range(AlertSeverity::Info, AlertSeverity::Critical));
    m_severityChoice->addItem(tr("Warning and up"), range(AlertSeverity::Warning, AlertSeverity::Critical));
    m_severityChoice->addItem(tr("Critical only"), range(AlertSeverity::Critical, AlertSeverity::Critical));
    m_severityChoice->addItem(tr("Warnings only"), range(AlertSeverity::Warning, AlertSeverity::Warning));
    m_severityChoice->addItem(tr("Info only"), range(AlertSeverity::Info, AlertSeverity::Info));
    connect(m_severityChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int value = m_severityChoice->itemData(index).toInt();
        const auto minimum = static_cast<AlertSeverity>(value / 10);
        const auto maximum = static_cast<AlertSeverity>(value % 10);
        changeFilters([this, minimum, maximum] {
            m_model->setMinimumSeverity(minimum);
            m_model->setMaximumSeverity(maximum);
        });
    });

    m_clientChoice = new QComboBox(bar);
    m_clientChoice->setObjectName(QStringLiteral("alertClient"));
    m_clientChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clientChoice->addItem(tr("All clients"), qint64(0));
    connect(m_clientChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 client = index < 0 ? 0 : m_clientChoice->itemData(index).toLongLong();
        changeFilters([this, client] { m_model->setClientFilter(client); });
    });

    m_group = new QCheckBox(tr("Group by client"), bar);
    m_group->setObjectName(QStringLiteral("alertGroupByClient"));
    m_group->setChecked(true);
    connect(m_group, &QCheckBox::toggled, this, [this](bool on) { m_model->setGroupByClient(on); });

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_viewChoice);
    layout->addWidget(m_severityChoice);
    layout->addWidget(m_clientChoice);
    layout->addWidget(m_group);
    return bar;
}

QWidget *AlertQueuePage::createDetailPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("alertDetail"));
    m_detailTitle = new QLabel(pane);
    m_detailTitle->setObjectName(QStringLiteral("alertDetailTitle"));
    m_detailTitle->setTextFormat(Qt::RichText);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);

    m_detailFacts = new QLabel(pane);
    m_detailFacts->setObjectName(QStringLiteral("alertDetailFacts"));
    m_detailFacts->setTextFormat(Qt::RichText);
    m_detailFacts->setWordWrap(true);
    m_detailFacts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_history = new QTextBrowser(pane);
    m_history->setObjectName(QStringLiteral("alertHistory"));
    m_history->setFrameShape(QFrame::NoFrame);
    m_history->setOpenLinks(false);

    auto *historyTitle = new QLabel(tr("<b>History</b>"), pane);
    auto *history = new QVBoxLayout;
    history->addWidget(historyTitle);
    history->addWidget(m_history, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_detailFacts, 1);
    columns->addSpacing(12);
    columns->addLayout(history, 1);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 8, 4, 0);
    layout->addWidget(m_detailTitle);
    layout->addLayout(columns, 1);
    return pane;
}

void AlertQueuePage::setView(View view)
{
    m_view = view;
    const int index = m_viewChoice->findData(static_cast<int>(view));
    if (index != m_viewChoice->currentIndex()) {
        m_viewChoice->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    changeFilters([this] { applyView(); });
}

void AlertQueuePage::showUnresolved(qint64 clientId, AlertSeverity severity)
{
    m_filter->clear();
    setView(View::AllUnresolved);
    const int range = static_cast<int>(severity) * 11;
    m_severityChoice->setCurrentIndex(std::max(0, m_severityChoice->findData(range)));
    const int client = m_clientChoice->findData(clientId);
    m_clientChoice->setCurrentIndex(std::max(0, client));
    m_table->setFocus(Qt::OtherFocusReason);
}

AlertQueuePage::View AlertQueuePage::view() const
{
    return m_view;
}

void AlertQueuePage::applyView()
{
    const QDateTime now = m_clock.now();
    switch (m_view) {
    case View::SinceLastReview:
        m_model->setStates(unresolvedStates);
        // Without a review of their own a technician starts from the last day, as the CLI's review does.
        m_model->setSince(m_lastReviewEnd.isValid() ? m_lastReviewEnd : now.addSecs(-24 * 3600));
        break;
    case View::AllUnresolved:
        m_model->setStates(unresolvedStates);
        m_model->setSince({});
        break;
    case View::ResolvedLastWeek:
        m_model->setStates({AlertState::Resolved});
        m_model->setSince(now.addSecs(-resolvedKeptSeconds));
        break;
    case View::Everything:
        m_model->setStates({allAlertStates.begin(), allAlertStates.end()});
        m_model->setSince({});
        break;
    }
}

void AlertQueuePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int AlertQueuePage::visibleCount() const
{
    return m_model->visibleCount();
}

void AlertQueuePage::refresh()
{
    const QDateTime now = m_clock.now();
    AlertStore::Query unresolved;
    unresolved.states = {unresolvedStates.begin(), unresolvedStates.end()};
    auto rows = m_store->queue(unresolved);
    if (!rows) {
        showError(tr("Could not read the alerts: %1. Showing what was loaded before.").arg(rows.error().toString()));
        return;
    }
    AlertStore::Query resolved;
    resolved.states = {AlertState::Resolved};
    resolved.since = now.addSecs(-resolvedKeptSeconds);
    auto resolvedRows = m_store->queue(resolved);
    if (!resolvedRows) {
        showError(tr("Could not read the resolved alerts: %1. Showing what was loaded before.")
                      .arg(resolvedRows.error().toString()));
        return;
    }
    QList<AlertQueueRow> all = std::move(rows).value();
    all.append(std::move(resolvedRows).value());
    m_clients.clear();
    for (const AlertQueueRow &row : std::as_const(all)) {
        m_clients.insert(row.clientName, row.clientId);
    }
    if (!m_columnsFitted && !all.isEmpty()) {
        fitNameColumns(all);
        m_columnsFitted = true;
    }
    changeFilters([this, &all] { m_model->setRows(std::move(all)); });
    rebuildClientChoices();
}

void AlertQueuePage::fitNameColumns(const QList<AlertQueueRow> &rows)
{
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int pad = metrics.horizontalAdvance(QLatin1Char('M'));
    // Distinct names only: a fleet has thousands of alerts but few clients, sites and devices.
    QSet<QString> clients;
    QSet<QString> sites;
    QSet<QString> devices;
    for (const AlertQueueRow &row : rows) {
        clients.insert(row.clientName);
        sites.insert(row.siteName);
        devices.insert(row.deviceName);
    }
    const auto widest = [&](const QSet<QString> &names, int column, int cap) {
        int w = m_table->columnWidth(column) - pad;
        for (const QString &name : names) {
            w = std::max(w, metrics.horizontalAdvance(name));
        }
        // A very long name is elided (full text in the tooltip) rather than squeezing the summary.
        m_table->setColumnWidth(column, std::min(w + pad, cap * metrics.averageCharWidth()));
    };
    widest(clients, AlertQueueModel::ClientColumn, 26);
    widest(sites, AlertQueueModel::SiteColumn, 20);
    widest(devices, AlertQueueModel::DeviceColumn, 18);
}

void AlertQueuePage::alertsChanged(const QList<qint64> &ids)
{
    if (!ids.isEmpty()) {
        reloadAlerts(ids);
    }
}

void AlertQueuePage::reloadAlerts(const QList<qint64> &ids)
{
    AlertStore::Query query;
    query.ids = ids;
    auto rows = m_store->queue(query);
    if (!rows) {
        showError(tr("Could not read the changed alerts: %1").arg(rows.error().toString()));
        return;
    }
    bool newClient = false;
    for (const AlertQueueRow &row : rows.value()) {
        if (!m_clients.contains(row.clientName)) {
            m_clients.insert(row.clientName, row.clientId);
            newClient = true;
        }
    }
    // upsertRows keeps persistent indexes, so the selection and the current row stay where they are.
    m_model->upsertRows(rows.value());
    if (newClient) {
        rebuildClientChoices();
    }
    updateStatusLine();
    showCurrent();
}

void AlertQueuePage::rebuildClientChoices()
{
    const qint64 chosen = m_clientChoice->currentData().toLongLong();
    const QSignalBlocker blocker(m_clientChoice);
    while (m_clientChoice->count() > 1) {
        m_clientChoice->removeItem(1);
    }
    // QMap iterates by name; clients are few, so plain sorting is enough here.
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        m_clientChoice->addItem(it.key(), it.value());
    }
    const int index = m_clientChoice->findData(chosen);
    m_clientChoice->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && chosen != 0) {
        changeFilters([this] { m_model->setClientFilter(0); });
    }
}

void AlertQueuePage::changeFilters(const std::function<void()> &change)
{
    // Filter changes reset the model; the technician's selection is carried over by alert id.
    const QList<qint64> selected = selectedAlertIds();
    const qint64 current = currentAlertId();
    change();
    selectAlerts(selected, current);
    updateStatusLine();
    showCurrent();
}

void AlertQueuePage::updateStatusLine()
{
    const AlertQueueModel::SeverityCounts counts = m_model->visibleSeverityCounts();
    QStringList parts{tr("%n alert(s)", nullptr, m_model->visibleCount())};
    if (counts.critical > 0) {
        parts.append(QStringLiteral("<span style=\"color:#d32f2f\">%1</span>")
                         .arg(tr("%n critical", nullptr, counts.critical).toHtmlEscaped()));
    }
    if (counts.warning > 0) {
        parts.append(QStringLiteral("<span style=\"color:#c27c0e\">%1</span>")
                         .arg(tr("%n warning(s)", nullptr, counts.warning).toHtmlEscaped()));
    }
    if (counts.info > 0) {
        parts.append(tr("%n info", "informational alerts", counts.info).toHtmlEscaped());
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    updateActions();
}

void AlertQueuePage::updateLastReview()
{
    const QString me = m_settings.technicianName();
    auto mine = m_reviews->lastReview(me);
    if (mine && mine.value()) {
        m_lastReviewEnd = mine.value()->finishedAt;
    }
    auto anyone = m_reviews->lastReview();
    if (!anyone) {
        m_lastReview->setText(tr("Last review unknown: %1").arg(anyone.error().message));
        return;
    }
    if (!anyone.value()) {
        m_lastReview->setText(tr("No review recorded yet"));
        return;
    }
    const ReviewLog::Review &last = *anyone.value();
    m_lastReview->setText(tr("Last review by %1, %2 (%n alert(s))", nullptr, last.alertCount)
                              .arg(last.reviewer, timeText(last.finishedAt)));
}

void AlertQueuePage::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection() || m_table->currentIndex().isValid();
    for (QAction *action :
         {m_ackAction, m_resolveAction, m_snoozeAction, m_categoryAction, m_ticketAction, m_noteAction, m_openAction}) {
        action->setEnabled(any);
    }
}

void AlertQueuePage::showCurrent()
{
    const qint64 id = currentAlertId();
    const int row = id == 0 ? -1 : m_model->rowForAlert(id);
    if (row < 0) {
        m_detailTitle->setText(tr("<span style=\"font-weight:normal\">Select an alert to see its details.</span>"));
        m_detailFacts->clear();
        m_history->clear();
        return;
    }
    const AlertQueueRow &queueRow = m_model->rowAt(row);
    const Alert &alert = queueRow.alert;
    const QColor colour = m_model->index(row, AlertQueueModel::SeverityColumn).data(Qt::ForegroundRole).value<QColor>();
    m_detailTitle->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour.name(), alert.summary.toHtmlEscaped()));

    const QDateTime now = m_clock.now();
    QString device = queueRow.deviceName.toHtmlEscaped();
    if (!queueRow.deviceAddress.isEmpty()) {
        device += QStringLiteral(" <span style=\"color:palette(placeholder-text)\">(%1)</span>")
                      .arg(queueRow.deviceAddress.toHtmlEscaped());
    }
    QString state = alertStateDisplayName(alert.state).toHtmlEscaped();
    switch (alert.state) {
    case AlertState::Acknowledged:
        state = tr("Acknowledged by %1, %2").arg(alert.acknowledgedBy, timeText(alert.acknowledgedAt)).toHtmlEscaped();
        if (!alert.ackNote.isEmpty()) {
            state += QStringLiteral("<br><i>%1</i>").arg(alert.ackNote.toHtmlEscaped());
        }
        break;
    case AlertState::Snoozed:
        state = tr("Snoozed until %1").arg(timeText(alert.snoozedUntil)).toHtmlEscaped();
        break;
    case AlertState::Resolved:
        state = tr("Resolved by %1, %2").arg(alert.resolvedBy, timeText(alert.resolvedAt)).toHtmlEscaped();
        break;
    case AlertState::Open:
        break;
    }
    const QString rule =
        alert.subject.isEmpty() ? alert.rule : tr("%1 (%2)", "rule and subject").arg(alert.rule, alert.subject);
    QString facts = QStringLiteral("<table cellspacing=\"2\">");
    facts += factRow(tr("Severity"), QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                         .arg(colour.name(), alertSeverityDisplayName(alert.severity).toHtmlEscaped()));
    facts += factRow(tr("Client"),
                     tr("%1 · %2", "client · site").arg(queueRow.clientName, queueRow.siteName).toHtmlEscaped());
    facts += factRow(tr("Device"), device);
    facts += factRow(tr("Rule"), rule.toHtmlEscaped());
    facts += factRow(tr("Category"), alertCategoryDisplayName(alert.category).toHtmlEscaped());
    facts += factRow(
        tr("First seen"),
        tr("%1 (%2 ago)").arg(timeText(alert.firstSeen), durationText(alert.firstSeen.secsTo(now))).toHtmlEscaped());
    facts += factRow(tr("Last seen"), timeText(alert.lastSeen).toHtmlEscaped());
    facts += factRow(tr("Occurrences"), QString::number(alert.occurrences));
    facts += factRow(tr("State"), state);
    if (alert.ticketId) {
        QString ticket = tr("#%1").arg(*alert.ticketId);
        if (!queueRow.ticketStatus.isEmpty()) {
            ticket += QStringLiteral(" · ") + queueRow.ticketStatus;
        }
        if (queueRow.ticketDueAt.isValid()) {
            ticket += QStringLiteral(" · ") + tr("due %1").arg(timeText(queueRow.ticketDueAt));
        }
        facts += factRow(tr("Ticket"), ticket.toHtmlEscaped());
    }
    facts += QStringLiteral("</table>");
    m_detailFacts->setText(facts);

    auto events = m_store->events(alert.id);
    if (!events) {
        m_history->setPlainText(tr("Could not read the history: %1").arg(events.error().toString()));
        return;
    }
    QList<AlertEvent> sorted = std::move(events).value();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const AlertEvent &a, const AlertEvent &b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const AlertEvent &event : std::as_const(sorted)) {
        html += QStringLiteral("<tr><td style=\"padding-right:10px; color:palette(placeholder-text)\">%1</td>"
                               "<td style=\"padding-right:10px\">%2</td><td><b>%3</b>%4</td></tr>")
                    .arg(timeText(event.at).toHtmlEscaped(), event.actor.toHtmlEscaped(),
                         eventText(event.kind).toHtmlEscaped(),
                         event.note.isEmpty() ? QString() : QStringLiteral(" — ") + event.note.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_history->setHtml(html);
}

void AlertQueuePage::moveCursor(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    const QModelIndex target = m_model->index(row, current.isValid() ? current.column() : 0);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

QList<qint64> AlertQueuePage::selectedAlertIds() const
{
    QList<qint64> ids = m_model->alertIds(m_table->selectionModel()->selectedRows());
    if (ids.isEmpty() && currentAlertId() != 0) {
        ids.append(currentAlertId());
    }
    return ids;
}

qint64 AlertQueuePage::currentDeviceId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AlertQueueModel::DeviceIdRole).toLongLong() : 0;
}

qint64 AlertQueuePage::currentAlertId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AlertQueueModel::AlertIdRole).toLongLong() : 0;
}

void AlertQueuePage::selectAlerts(const QList<qint64> &ids, qint64 current)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model->rowForAlert(id);
        if (row >= 0) {
            selection.select(m_model->index(row, 0), m_model->index(row, AlertQueueModel::ColumnCount - 1));
        }
    }
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    const int currentRow = current == 0 ? -1 : m_model->rowForAlert(current);
    if (currentRow >= 0) {
        const QModelIndex index = m_model->index(currentRow, AlertQueueModel::SummaryColumn);
        model->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(index);
    }
}

QString AlertQueuePage::alertLabel(qint64 id) const
{
    const int row = m_model->rowForAlert(id);
    if (row < 0) {
        return tr("alert %1").arg(id);
    }
    const AlertQueueRow &queueRow = m_model->rowAt(row);
    return tr("%1 “%2”", "device and alert summary").arg(queueRow.deviceName, queueRow.alert.summary);
}

int AlertQueuePage::applyToSelection(const QString &failure, const std::function<Status(const QList<qint64> &)> &action)
{
    const QList<qint64> ids = selectedAlertIds();
    if (ids.isEmpty()) {
        return 0;
    }
    // The alert below the last selected one (or above the first) gets the cursor afterwards, so a technician can
    // go down the list pressing the same key; it is chosen now because the action may move or hide the rows.
    qint64 next = 0;
    {
        int last = -1;
        int first = m_model->rowCount();
        for (const qint64 id : ids) {
            const int row = m_model->rowForAlert(id);
            if (row >= 0) {
                last = std::max(last, row);
                first = std::min(first, row);
            }
        }
        for (int row = last + 1; next == 0 && last >= 0 && row < m_model->rowCount(); ++row) {
            if (!ids.contains(m_model->rowAt(row).alert.id)) {
                next = m_model->rowAt(row).alert.id;
            }
        }
        for (int row = first - 1; next == 0 && row >= 0; --row) {
            if (!ids.contains(m_model->rowAt(row).alert.id)) {
                next = m_model->rowAt(row).alert.id;
            }
        }
    }

    // Labels are taken before the reload: afterwards a failed alert may be filtered out.
    QHash<qint64, QString> labels;
    for (const qint64 id : ids) {
        labels.insert(id, alertLabel(id));
    }
    int succeeded = 0;
    QStringList errors;
    const Status batch = action(ids);
    if (batch) {
        succeeded = static_cast<int>(ids.size());
    } else if (ids.size() == 1) {
        errors.append(failure.arg(labels.value(ids.first()), batch.error().message));
    } else {
        // The store refuses a batch as a whole; one alert someone else resolved must not cost the others.
        for (const qint64 id : ids) {
            const Status one = action({id});
            if (one) {
                ++succeeded;
            } else {
                errors.append(failure.arg(labels.value(id), one.error().message));
            }
        }
    }
    reloadAlerts(ids);
    if (errors.isEmpty()) {
        m_errorBar->hide();
    } else {
        showError(errors.join(QLatin1Char('\n')));
    }
    if (succeeded > 0) {
        if (next != 0 && m_model->rowForAlert(next) >= 0) {
            selectAlerts({next}, next);
        } else {
            selectAlerts(ids, ids.last());
        }
    }
    return succeeded;
}

void AlertQueuePage::showError(const QString &text)
{
    m_error->setText(text);
    m_errorBar->show();
}

void AlertQueuePage::showMessage(const QString &text)
{
    m_message->setText(text);
}

void AlertQueuePage::acknowledge()
{
    const int count = static_cast<int>(selectedAlertIds().size());
    if (count == 0) {
        return;
    }
    const std::optional<QString> note =
        m_notePrompt(tr("Acknowledge"), tr("Acknowledge %n alert(s). Note (optional):", nullptr, count));
    if (!note) {
        return;
    }
    const QString who = m_settings.technicianName();
    const int done = applyToSelection(tr("Could not acknowledge %1: %2"), [&](const QList<qint64> &ids) {
        return m_store->acknowledge(ids, who, *note, m_clock.now());
    });
    if (done > 0) {
        showMessage(tr("Acknowledged %n alert(s)", nullptr, done));
    }
}

void AlertQueuePage::resolve()
{
    const int count = static_cast<int>(selectedAlertIds().size());
    if (count == 0) {
        return;
    }
    const std::optional<QString> note =
        m_notePrompt(tr("Resolve"), tr("Resolve %n alert(s). Note (optional):", nullptr, count));
    if (!note) {
        return;
    }
    const QString who = m_settings.technicianName();
    const int done = applyToSelection(tr("Could not resolve %1: %2"), [&](const QList<qint64> &ids) {
        return m_store->resolve(ids, who, *note, m_clock.now());
    });
    if (done > 0) {
        showMessage(tr("Resolved %n alert(s)", nullptr, done));
    }
}

void AlertQueuePage::snoozeFor(const QDateTime &until)
{
    const QString who = m_settings.technicianName();
    const int done = applyToSelection(tr("Could not snooze %1: %2"), [&](const QList<qint64> &ids) {
        return m_store->snooze(ids, who, until, QString(), m_clock.now());
    });
    if (done > 0) {
        showMessage(tr("Snoozed %n alert(s) until %1", nullptr, done).arg(timeText(until)));
    }
}

void AlertQueuePage::snoozeCustom()
{
    if (selectedAlertIds().isEmpty()) {
        return;
    }
    if (const std::optional<QDateTime> until = m_snoozePrompt(m_clock.now().addSecs(4 * 3600))) {
        snoozeFor(*until);
    }
}

void AlertQueuePage::categorise(AlertCategory category)
{
    const QString who = m_settings.technicianName();
    const int done = applyToSelection(tr("Could not categorise %1: %2"), [&](const QList<qint64> &ids) {
        return m_store->categorise(ids, category, who, m_clock.now());
    });
    if (done > 0) {
        showMessage(tr("Filed %n alert(s) under %1", nullptr, done).arg(alertCategoryDisplayName(category)));
    }
}

void AlertQueuePage::createTicket()
{
    const QString who = m_settings.technicianName();
    QList<qint64> created;
    QList<qint64> existing;
    QSet<qint64> hadTicket;
    for (const qint64 id : selectedAlertIds()) {
        const int row = m_model->rowForAlert(id);
        if (row >= 0 && m_model->rowAt(row).alert.ticketId) {
            hadTicket.insert(id);
        }
    }
    applyToSelection(tr("Could not create a ticket for %1: %2"), [&](const QList<qint64> &ids) -> Status {
        for (const qint64 id : ids) {
            const Result<qint64> ticket = m_tickets->createFromAlert(id, who, m_clock.now());
            if (!ticket) {
                return ticket.error();
            }
            // A retry after a refused batch meets tickets made the first time; each is reported once.
            QList<qint64> &list = hadTicket.contains(id) ? existing : created;
            if (!list.contains(ticket.value())) {
                list.append(ticket.value());
            }
        }
        return {};
    });
    const auto numbers = [](const QList<qint64> &tickets) {
        QStringList out;
        for (const qint64 t : tickets) {
            out.append(QStringLiteral("#") + QString::number(t));
        }
        return out.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (!created.isEmpty()) {
        parts.append(tr("Ticket %1 created", nullptr, static_cast<int>(created.size())).arg(numbers(created)));
    }
    if (!existing.isEmpty()) {
        parts.append(tr("already escalated to %1", nullptr, static_cast<int>(existing.size())).arg(numbers(existing)));
    }
    if (!parts.isEmpty()) {
        showMessage(parts.join(QStringLiteral("; ")));
    }
}

void AlertQueuePage::addNote()
{
    const int count = static_cast<int>(selectedAlertIds().size());
    if (count == 0) {
        return;
    }
    const std::optional<QString> note = m_notePrompt(tr("Add note"), tr("Note for %n alert(s):", nullptr, count));
    if (!note || note->isEmpty()) {
        return;
    }
    const QString who = m_settings.technicianName();
    const int done = applyToSelection(tr("Could not add the note to %1: %2"), [&](const QList<qint64> &ids) -> Status {
        for (const qint64 id : ids) {
            if (Status s = m_store->addNote(id, who, *note, m_clock.now()); !s) {
                return s;
            }
        }
        return {};
    });
    if (done > 0) {
        showMessage(tr("Note added to %n alert(s)", nullptr, done));
    }
}

void AlertQueuePage::openDevice()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        Q_EMIT openDeviceRequested(current.data(AlertQueueModel::DeviceIdRole).toLongLong());
    }
}

void AlertQueuePage::popupMenu(QMenu *menu)
{
    if (selectedAlertIds().isEmpty()) {
        return;
    }
    // Non-blocking, next to the current row, so the keyboard stays in charge (arrows and the underlined letters).
    const QRect rect = m_table->visualRect(m_table->currentIndex());
    const QPoint at = rect.isValid() ? rect.bottomLeft() : QPoint(0, 0);
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

void AlertQueuePage::finishReview()
{
    const QDateTime now = m_clock.now();
    QList<qint64> visible;
    visible.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        visible.append(m_model->rowAt(row).alert.id);
    }
    const Result<qint64> recorded = m_reviews->record(m_settings.technicianName(), m_reviewStartedAt, visible, now);
    if (!recorded) {
        showError(tr("Could not record the review: %1").arg(recorded.error().toString()));
        return;
    }
    m_reviewStartedAt = now;
    updateLastReview();
    if (m_view == View::SinceLastReview) {
        changeFilters([this] { applyView(); });
    }
    showMessage(tr("Review of %n alert(s) recorded", nullptr, static_cast<int>(visible.size())));
}

void AlertQueuePage::tick()
{
    auto reopened = m_store->expireSnoozes(m_clock.now());
    if (!reopened) {
        showError(tr("Could not end due snoozes: %1").arg(reopened.error().toString()));
    } else if (!reopened.value().isEmpty()) {
        reloadAlerts(reopened.value());
    }
    m_model->refreshNow();
    showCurrent();
}

bool AlertQueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Escape) {
            // The first Esc clears the filter, the next one goes back to the queue.
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
        acknowledge();
        return true;
    case Qt::Key_R:
        resolve();
        return true;
    case Qt::Key_S:
        popupMenu(m_snoozeMenu);
        return true;
    case Qt::Key_C:
        popupMenu(m_categoryMenu);
        return true;
    case Qt::Key_T:
        createTicket();
        return true;
    case Qt::Key_N:
        addNote();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openDevice();
        return true;
    case Qt::Key_Slash:
        focusFilter();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace Vigil
