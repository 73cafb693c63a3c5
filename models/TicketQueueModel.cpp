// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketQueueModel.h"

#include "Clock.h"
#include "DurationText.h"
#include "NaturalOrder.h"
#include "TicketStore.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Vigil {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Mid-tone colours, the alert queue's, readable on light and dark palettes alike.
const QColor red(0xd3, 0x2f, 0x2f);
const QColor amber(0xc2, 0x7c, 0x0e);
const QColor blue(0x2f, 0x7b, 0xd9);
const QColor grey(0x8a, 0x8a, 0x8a);

QColor priorityColor(Priority priority)
{
    switch (priority) {
    case Priority::Critical:
        return red;
    case Priority::High:
        return amber;
    case Priority::Normal:
        return blue;
    case Priority::Low:
        return grey;
    }
    return {};
}

std::optional<QColor> slaColor(const SlaReading &reading)
{
    if (reading.state == SlaState::Breached) {
        return red;
    }
    if (reading.state == SlaState::AtRisk && !reading.paused) {
        return amber;
    }
    return std::nullopt;
}

QString haystackOf(const Ticket &t)
{
    return QStringList{QStringLiteral("#") + QString::number(t.id),
                       t.title,
                       t.clientName,
                       t.siteName,
                       t.deviceName,
                       t.assignee,
                       ticketStatusId(t.status),
                       ticketStatusDisplayName(t.status),
                       priorityId(t.priority),
                       priorityDisplayName(t.priority),
                       t.description}
        .join(u'\n')
        .toCaseFolded();
}

} // namespace

TicketQueueModel::TicketQueueModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_now(clock.now())
{
}

TicketQueueModel::~TicketQueueModel() = default;

void TicketQueueModel::setRows(const QList<Ticket> &tickets)
{
    m_now = m_clock.now();
    QHash<qint64, Row> next;
    next.reserve(tickets.size());
    for (const Ticket &ticket : tickets) {
        next.insert(ticket.id, Row{ticket, haystackOf(ticket)});
    }

    // 1. The rows that stay take their new values; the ones about to go keep theirs until removed.
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        m_rows.insert(it.key(), it.value());
    }
    if (!m_visible.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_visible.size()) - 1, ColumnCount - 1));
    }

    // 2. Remove the rows that are gone or no longer pass the filters, one run at a time from the bottom.
    const auto stays = [&](qint64 id) {
        const auto it = next.constFind(id);
        return it != next.cend() && passes(*it);
    };
    for (int last = static_cast<int>(m_visible.size()) - 1; last >= 0;) {
        if (stays(m_visible[static_cast<std::size_t>(last)])) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !stays(m_visible[static_cast<std::size_t>(first - 1)])) {
            --first;
        }
        beginRemoveRows({}, first, last);
        m_visible.erase(m_visible.begin() + first, m_visible.begin() + last + 1);
        reindex();
        endRemoveRows();
        last = first - 1;
    }
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        it = next.contains(it.key()) ? std::next(it) : m_rows.erase(it);
    }

    // 3. Append the rows that newly pass; 4. put everything in order.
    const QSet<qint64> shown(m_visible.cbegin(), m_visible.cend());
    std::vector<qint64> added;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!shown.contains(it.key()) && passes(it.value())) {
            added.push_back(it.key());
        }
    }
    if (!added.empty()) {
        const int first = static_cast<int>(m_visible.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_visible.insert(m_visible.end(), added.begin(), added.end());
        reindex();
        endInsertRows();
    }
    reorder(visibleOrder());
}

void TicketQueueModel::refreshNow()
{
    m_now = m_clock.now();
    if (!m_visible.empty()) {
        const int last = static_cast<int>(m_visible.size()) - 1;
        Q_EMIT dataChanged(index(0, AgeColumn), index(last, AgeColumn), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int TicketQueueModel::visibleCount() const
{
    return static_cast<int>(m_visible.size());
}

int TicketQueueModel::totalCount() const
{
    return static_cast<int>(m_rows.size());
}

int TicketQueueModel::visibleBreachedCount() const
{
    return static_cast<int>(std::count_if(m_visible.cbegin(), m_visible.cend(), [this](qint64 id) {
        const Ticket &t = m_rows.constFind(id)->ticket;
        return isTicketActive(t.status) && t.currentSla().state == SlaState::Breached;
    }));
}

int TicketQueueModel::visibleAtRiskCount() const
{
    return static_cast<int>(std::count_if(m_visible.cbegin(), m_visible.cend(), [this](qint64 id) {
        const Ticket &t = m_rows.constFind(id)->ticket;
        const SlaReading &sla = t.currentSla();
        return isTicketActive(t.status) && sla.state == SlaState::AtRisk && !sla.paused;
    }));
}

int TicketQueueModel::rowForTicket(qint64 ticketId) const
{
    return m_rowOf.value(ticketId, -1);
}

const Ticket &TicketQueueModel::ticketAt(int row) const
{
    Q_ASSERT(row >= 0 && row < visibleCount());
    return m_rows.find(m_visible[static_cast<std::size_t>(row)])->ticket;
}

void TicketQueueModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QStringList words = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    reset();
}

QString TicketQueueModel::filterText() const
{
    return m_filterText;
}

void TicketQueueModel::setStatuses(const QList<TicketStatus> &statuses)
{
    if (statuses == m_statuses) {
        return;
    }
    m_statuses = statuses;
    reset();
}

QList<TicketStatus> TicketQueueModel::statuses() const
{
    return m_statuses;
}

void TicketQueueModel::setClientFilter(qint64 clientId)
{
    if (clientId == m_clientFilter) {
        return;
    }
    m_clientFilter = clientId;
    reset();
}

qint64 TicketQueueModel::clientFilter() const
{
    return m_clientFilter;
}

void TicketQueueModel::setAssigneeFilter(const std::optional<QString> &assignee)
{
    if (assignee == m_assigneeFilter) {
        return;
    }
    m_assigneeFilter = assignee;
    reset();
}

std::optional<QString> TicketQueueModel::assigneeFilter() const
{
    return m_assigneeFilter;
}

void TicketQueueModel::setBreachedOnly(bool breachedOnly)
{
    if (breachedOnly == m_breachedOnly) {
        return;
    }
    m_breachedOnly = breachedOnly;
    reset();
}

bool TicketQueueModel::breachedOnly() const
{
    return m_breachedOnly;
}

int TicketQueueModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder TicketQueueModel::sortOrder() const
{
    return m_sortOrder;
}

bool TicketQueueModel::passes(const Row &row) const
{
    const Ticket &t = row.ticket;
    if (!m_statuses.isEmpty() && !m_statuses.contains(t.status)) {
        return false;
    }
    if (m_clientFilter != 0 && t.clientId != m_clientFilter) {
        return false;
    }
    if (m_assigneeFilter && t.assignee.compare(*m_assigneeFilter, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (m_breachedOnly && (!isTicketActive(t.status) || t.currentSla().state != SlaState::Breached)) {
        return false;
    }
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&row](const QString &word) { return row.haystack.contains(word); });
}

bool TicketQueueModel::less(const Row &a, const Row &b) const
{
    const Ticket &x = a.ticket;
    const Ticket &y = b.ticket;
    int c = 0;
    switch (m_sortColumn) {
    case PriorityColumn:
        c = static_cast<int>(x.priority) - static_cast<int>(y.priority);
        break;
    case IdColumn:
        c = x.id < y.id ? -1 : (x.id > y.id ? 1 : 0);
        break;
    case ClientColumn:
        c = naturalCompare(x.clientName, y.clientName);
        break;
    case TitleColumn:
        c = naturalCompare(x.title, y.title);
        break;
    case StatusColumn:
        c = static_cast<int>(x.status) - static_cast<int>(y.status);
        break;
    case AssigneeColumn:
        c = naturalCompare(x.assignee, y.assignee);
        break;
    case AgeColumn:
        // Ascending age: the newest ticket first.
        c = x.createdAt > y.createdAt ? -1 : (x.createdAt < y.createdAt ? 1 : 0);
        break;
    default: // urgency, also the SLA column's order
        break;
    }
    if (c != 0) {
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    if (m_sortColumn == SlaColumn && m_sortOrder == Qt::DescendingOrder) {
        return TicketStore::moreUrgent(y, x);
    }
    return TicketStore::moreUrgent(x, y);
}

std::vector<qint64> TicketQueueModel::visibleOrder() const
{
    std::vector<qint64> order;
    order.reserve(static_cast<std::size_t>(m_rows.size()));
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (passes(it.value())) {
            order.push_back(it.key());
        }
    }
    std::sort(order.begin(), order.end(), [this](qint64 a, qint64 b) {
        const Row &x = m_rows.find(a).value();
        const Row &y = m_rows.find(b).value();
        return less(x, y) || (!less(y, x) && a < b);
    });
    return order;
}

void TicketQueueModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(static_cast<qsizetype>(m_visible.size()));
    for (std::size_t row = 0; row < m_visible.size(); ++row) {
        m_rowOf.insert(m_visible[row], static_cast<int>(row));
    }
}

void TicketQueueModel::reset()
{
    beginResetModel();
    m_visible = visibleOrder();
    reindex();
    endResetModel();
}

void TicketQueueModel::reorder(std::vector<qint64> order)
{
    if (order == m_visible) {
        reindex();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex &index : before) {
        ids.push_back(m_visible[static_cast<std::size_t>(index.row())]);
    }
    m_visible = std::move(order);
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(m_rowOf.value(ids[static_cast<std::size_t>(i)]), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reorder(visibleOrder());
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : visibleCount();
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketQueueModel::slaText(const SlaReading &reading, const QDateTime &now)
{
    switch (reading.state) {
    case SlaState::Met:
        return tr("met", "SLA");
    case SlaState::Breached:
        if (reading.stopped) {
            return tr("missed", "SLA");
        }
        // Wall-clock time since the due instant, as the CLI says it.
        return tr("breached %1", "SLA")
            .arg(durationText(reading.dueAt.isValid() ? reading.dueAt.secsTo(now) : -reading.remainingSeconds));
    case SlaState::AtRisk:
    case SlaState::OnTrack:
        if (reading.paused) {
            return tr("paused, %1 left", "SLA").arg(durationText(reading.remainingSeconds));
        }
        return reading.state == SlaState::AtRisk
                   ? tr("at risk, %1 left", "SLA").arg(durationText(reading.remainingSeconds))
                   : tr("%1 left", "SLA").arg(durationText(reading.remainingSeconds));
    }
    return {};
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Ticket &t = ticketAt(index.row());
    const SlaReading &sla = t.currentSla();
    const bool active = isTicketActive(t.status);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PriorityColumn:
            return priorityDisplayName(t.priority);
        case IdColumn:
            return QString(QStringLiteral("#") + QString::number(t.id));
        case ClientColumn:
            return t.clientName;
        case TitleColumn:
            return t.title;
        case StatusColumn:
            return ticketStatusDisplayName(t.status);
        case AssigneeColumn:
            return t.assignee.isEmpty() ? tr("unassigned") : t.assignee;
        case SlaColumn:
            return slaText(active ? sla : t.resolution, m_now);
        case AgeColumn:
            return durationText(t.createdAt.secsTo(m_now));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case ClientColumn: {
            QStringList where{t.clientName};
            if (!t.siteName.isEmpty()) {
                where.append(t.siteName);
            }
            if (!t.deviceName.isEmpty()) {
                where.append(t.deviceName);
            }
            return where.join(QStringLiteral(" · "));
        }
        case TitleColumn:
            return t.description.isEmpty() ? t.title : QString(t.title + QStringLiteral("\n\n") + t.description);
        case SlaColumn: {
            const QString clock = t.firstResponseAt.isValid() ? tr("Resolution") : tr("First response");
            if (!active || sla.stopped) {
                return {};
            }
            if (sla.paused) {
                return tr("%1: paused while waiting on the client", "SLA clock").arg(clock);
            }
            return tr("%1 due %2", "SLA clock and its due time").arg(clock, localTime(sla.dueAt));
        }
        case AgeColumn:
            return tr("Opened %1").arg(localTime(t.createdAt));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == PriorityColumn) {
            return priorityColor(t.priority);
        }
        if (column == SlaColumn && active) {
            if (const std::optional<QColor> colour = slaColor(sla)) {
                return *colour;
            }
        }
        if (!active) {
            return grey;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == SlaColumn && active) {
            if (std::optional<QColor> colour = slaColor(sla)) {
                // A translucent tint: it darkens a light base and lightens nothing on a dark one, so the
                // foreground stays readable on both.
                colour->setAlpha(40);
                return *colour;
            }
        }
        return {};
    case Qt::DecorationRole:
        return column == PriorityColumn ? QVariant(priorityColor(t.priority)) : QVariant();
    case Qt::FontRole:
        if ((column == SlaColumn && active && sla.state == SlaState::Breached) || t.status == TicketStatus::New) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == SlaColumn || column == AgeColumn) {
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        }
        return {};
    case TicketIdRole:
        return t.id;
    case ClientIdRole:
        return t.clientId;
    case PriorityRole:
        return static_cast<int>(t.priority);
    case StatusRole:
        return ticketStatusId(t.status);
    case SlaStateRole:
        return static_cast<int>(active ? sla.state : t.resolution.state);
    case SlaPausedRole:
        return active && sla.paused;
    case SlaRemainingRole:
        return active ? sla.remainingSeconds : t.resolution.remainingSeconds;
    default:
        return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SlaColumn:
            return tr("Business time left on the clock that matters now: first response until the ticket is "
                      "answered, then resolution. Amber: at risk (a quarter or less left); red: breached.");
        case AgeColumn:
            return tr("Time since the ticket was opened");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case IdColumn:
        return tr("Ticket", "ticket number column");
    case ClientColumn:
        return tr("Client");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status", "ticket status");
    case AssigneeColumn:
        return tr("Assignee");
    case SlaColumn:
        return tr("SLA", "time left on the SLA");
    case AgeColumn:
        return tr("Age", "how long ago the ticket was opened");
    default:
        return {};
    }
}

} // namespace Vigil
