// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetOverviewPage.h"

#include "FleetOverview.h"
#include "FleetOverviewModel.h"
#include "StatusTone.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Vigil {

namespace {

// Numbers as links: a non-zero count is drawn in the link colour and underlined, a problem in its tone on a faint
// background of the same tone; zeros are drawn quietly.
class FleetCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!FleetOverviewModel::isCountColumn(index.column())) {
            if (index.column() == FleetOverviewModel::AttentionColumn
                && index.data(Qt::DisplayRole).toString() == FleetOverviewModel::tr("All clear")) {
                option->palette.setColor(QPalette::Text, statusToneColor(StatusTone::Good));
            }
            return;
        }
        const int count = index.data(FleetOverviewModel::CountRole).toInt();
        if (count == 0) {
            option->text = QStringLiteral("·");
            option->palette.setColor(QPalette::Text, statusToneColor(StatusTone::Quiet));
            return;
        }
        const int problem = index.data(FleetOverviewModel::ProblemRole).toInt();
        option->font.setUnderline(true);
        if (problem == 0) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
            return;
        }
        const StatusTone tone = problem == 2 ? StatusTone::Bad : StatusTone::Warning;
        option->palette.setColor(QPalette::Text, statusToneColor(tone));
        option->backgroundBrush = statusToneBackground(tone);
    }
};

} // namespace

FleetOverviewPage::FleetOverviewPage(Database &database, const Clock &clock, QWidget *parent, bool loadNow)
    : QWidget(parent)
    , m_overview(std::make_unique<FleetOverview>(database, clock))
    , m_model(new FleetOverviewModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));

    auto *title = new QLabel(tr("<h2>Fleet overview</h2>"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FleetCellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMouseTracking(true);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int numberWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Security")) + 16;
    for (int column = FleetOverviewModel::DevicesColumn; column < FleetOverviewModel::AttentionColumn; ++column) {
        m_table->setColumnWidth(column, numberWidth);
    }
    m_table->setColumnWidth(FleetOverviewModel::ClientColumn,
                            m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    // Whole client names: they are what a technician scans for.
    m_table->horizontalHeader()->setSectionResizeMode(FleetOverviewModel::ClientColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setToolTip(tr("Each number opens the list behind it: click it, or move to it with the arrow keys and "
                           "press Enter."));
    // Where a single click already activates (some styles), clicked would open the list twice.
    if (!m_table->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_table)) {
        connect(m_table, &QAbstractItemView::clicked, this, &FleetOverviewPage::activate);
    }
    connect(m_table, &QAbstractItemView::activated, this, &FleetOverviewPage::activate);
    connect(m_table, &QAbstractItemView::entered, this, [this](const QModelIndex &index) {
        m_table->viewport()->setCursor(index.data(FleetOverviewModel::IsLinkRole).toBool() ? Qt::PointingHandCursor
                                                                                           : Qt::ArrowCursor);
    });

    auto *hint = new QLabel(tr("Click a number, or move to it with the arrow keys and press Enter, to see the "
                               "devices, alerts or tickets behind it. Ctrl+K finds any client, site or device."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);

    // Polls land all the time; a minute is fresh enough for counts and costs a few milliseconds.
    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, &FleetOverviewPage::refresh);
    m_timer->start();
    if (loadNow) {
        ensureLoaded();
    }
}

void FleetOverviewPage::ensureLoaded()
{
    if (m_loaded) {
        return;
    }
    refresh();
    m_table->setCurrentIndex(m_model->index(0, FleetOverviewModel::ClientColumn));
}

FleetOverviewPage::~FleetOverviewPage() = default;

const FleetOverviewModel &FleetOverviewPage::model() const
{
    return *m_model;
}

void FleetOverviewPage::refresh()
{
    m_loaded = true;
    auto fleet = m_overview->compute();
    if (!fleet) {
        m_error->setText(
            tr("Could not read the fleet's state: %1. Showing what was read before.").arg(fleet.error().toString()));
        m_error->show();
        return;
    }
    m_error->hide();
    const QModelIndex current = m_table->currentIndex();
    const qint64 currentClient = current.isValid() ? current.data(FleetOverviewModel::ClientIdRole).toLongLong() : -1;
    const int currentColumn = current.isValid() ? current.column() : 0;
    m_model->setFleet(std::move(fleet).value());
    if (currentClient >= 0) {
        const int row = m_model->rowForClient(currentClient);
        if (row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, currentColumn));
        }
    }
    const ClientHealth &total = m_model->fleet().total;
    m_summary->setText(
        tr("%n client(s)", nullptr, static_cast<int>(m_model->fleet().clients.size())) + QStringLiteral(" · ")
        + tr("%n device(s)", nullptr, total.devices) + QStringLiteral(" · ")
        + tr("as of %1")
              .arg(QLocale().toString(m_model->fleet().computedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

bool FleetOverviewPage::showClient(qint64 clientId)
{
    ensureLoaded();
    const int row = m_model->rowForClient(clientId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, FleetOverviewModel::ClientColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void FleetOverviewPage::activateCurrent()
{
    activate(m_table->currentIndex());
}

void FleetOverviewPage::activate(const QModelIndex &index)
{
    const FleetLink link = m_model->linkAt(index);
    if (link.kind != FleetLink::Kind::None) {
        Q_EMIT linkActivated(link);
    }
}

} // namespace Vigil
