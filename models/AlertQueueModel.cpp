// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertQueueModel.h"

#include "Clock.h"
#include "NaturalOrder.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <string_view>

namespace Vigil {

namespace {

constexpr int toInt(AlertSeverity severity)
{
    return static_cast<int>(severity);
}

constexpr int toInt(AlertState state)
{
    return static_cast<int>(state);
}

constexpr int toInt(AlertCategory category)
{
    return static_cast<int>(category);
}

constexpr unsigned stateBit(AlertState state)
{
    return 1U << toInt(state);
}

// "id\nDisplay name", folded, without the name when it only repeats the id (English).
std::string enumSearchText(const QString &id, const QString &displayName)
{
    const QString foldedId = id.toCaseFolded();
    const QString foldedName = displayName.toCaseFolded();
    if (foldedName == foldedId) {
        return foldedId.toStdString() + '\n';
    }
    return QString(foldedId % QLatin1Char('\n') % foldedName % QLatin1Char('\n')).toStdString();
}

std::vector<std::string> searchWords(const QString &text)
{
    std::vector<std::string> words;
    const QStringList parts = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.reserve(parts.size());
    for (const QString &part : parts) {
        words.push_back(part.toStdString());
    }
    return words;
}

// True when every row matching `next` also matches `previous`: each old word lies inside some new word. Typing
// one more letter or adding a word does that, so only the rows shown now need scanning.
bool narrows(const std::vector<std::string> &previous, const std::vector<std::string> &next)
{
    return std::all_of(previous.begin(), previous.end(), [&next](const std::string &old) {
        return std::any_of(next.begin(), next.end(),
                           [&old](const std::string &word) { return word.find(old) != std::string::npos; });
    });
}

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Short spans for a narrow column: "45 s", "12 min", "30 h", "3 d". Hours up to two days, because "1 d" for 47 h
// hides most of a day.
QString shortSpan(qint64 seconds)
{
    if (seconds < 60) {
        return AlertQueueModel::tr("%1 s", "duration in seconds").arg(seconds);
    }
    if (seconds < 3600) {
        return AlertQueueModel::tr("%1 min", "duration in minutes").arg(seconds / 60);
    }
    if (seconds < 48 * 3600) {
        return AlertQueueModel::tr("%1 h", "duration in hours").arg(seconds / 3600);
    }
    return AlertQueueModel::tr("%1 d", "duration in days").arg(seconds / 86400);
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// Mid-tone colours readable on light and dark palettes alike.
QColor severityColor(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return QColor(0xd3, 0x2f, 0x2f);
    case AlertSeverity::Warning:
        return QColor(0xc2, 0x7c, 0x0e);
    case AlertSeverity::Info:
        return QColor(0x2f, 0x7b, 0xd9);
    }
    return {};
}

} // namespace

int AlertQueueModel::RankedStrings::intern(const QString &text)
{
    const auto it = idOf.constFind(text);
    if (it != idOf.constEnd()) {
        return *it;
    }
    const int id = static_cast<int>(strings.size());
    idOf.insert(text, id);
    strings.append(text);
    folded.push_back(text.toCaseFolded().toStdString());
    unranked.push_back(id);
    return id;
}

// Sorts only the strings seen since the last call and merges them in: an upsert that brings a few new device
// names or summaries costs a merge, not a sort of every distinct string.
void AlertQueueModel::RankedStrings::rank()
{
    if (unranked.empty()) {
        return;
    }
    const auto less = [this](int left, int right) { return naturalCompare(strings.at(left), strings.at(right)) < 0; };
    std::sort(unranked.begin(), unranked.end(), less);
    std::vector<int> merged;
    merged.reserve(sorted.size() + unranked.size());
    std::merge(sorted.begin(), sorted.end(), unranked.begin(), unranked.end(), std::back_inserter(merged), less);
    sorted = std::move(merged);
    unranked.clear();
    rankOf.resize(sorted.size());
    for (std::size_t rank = 0; rank < sorted.size(); ++rank) {
        rankOf[static_cast<std::size_t>(sorted[rank])] = static_cast<int>(rank);
    }
}

void AlertQueueModel::RankedStrings::clear()
{
    idOf.clear();
    strings.clear();
    folded.clear();
    sorted.clear();
    rankOf.clear();
    unranked.clear();
}

AlertQueueModel::AlertQueueModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_now(msecs(clock.now()))
    , m_stateMask(stateBit(AlertState::Open) | stateBit(AlertState::Acknowledged) | stateBit(AlertState::Snoozed))
{
    rebuildEnumTexts();
}

AlertQueueModel::~AlertQueueModel() = default;

void AlertQueueModel::rebuildEnumTexts()
{
    for (const AlertSeverity severity : allAlertSeverities) {
        m_severityText[static_cast<std::size_t>(toInt(severity))] =
            enumSearchText(alertSeverityId(severity), alertSeverityDisplayName(severity));
    }
    for (const AlertState state : allAlertStates) {
        m_stateText[static_cast<std::size_t>(toInt(state))] =
            enumSearchText(alertStateId(state), alertStateDisplayName(state));
    }
    std::array<AlertCategory, allAlertCategories.size()> byName = allAlertCategories;
    std::sort(byName.begin(), byName.end(), [](AlertCategory left, AlertCategory right) {
        return naturalCompare(alertCategoryDisplayName(left), alertCategoryDisplayName(right)) < 0;
    });
    for (std::size_t rank = 0; rank < byName.size(); ++rank) {
        m_categoryRank[static_cast<std::size_t>(toInt(byName[rank]))] = static_cast<int>(rank);
    }
    for (const AlertCategory category : allAlertCategories) {
        m_categoryText[static_cast<std::size_t>(toInt(category))] =
            enumSearchText(alertCategoryId(category), alertCategoryDisplayName(category));
    }
}

void AlertQueueModel::setRows(QList<AlertQueueRow> rows)
{
    beginResetModel();
    m_indexOfAlert.clear();
    m_indexOfAlert.reserve(rows.size());
    bool repeated = false;
    for (qsizetype i = 0; i < rows.size() && !repeated; ++i) {
        const qint64 id = rows.at(i).alert.id;
        repeated = m_indexOfAlert.contains(id);
        m_indexOfAlert.insert(id, static_cast<int>(i));
    }
    if (!repeated) {
        m_rows = std::move(rows);
        // Upserts write into the rows: if the caller still shares them, copy now, in a reset, rather than in the
        // middle of the first poll cycle.
        m_rows.detach();
    } else {
        // A repeated alert id replaces the earlier row, as an upsert would.
        m_rows.clear();
        m_indexOfAlert.clear();
        for (const AlertQueueRow &row : std::as_const(rows)) {
            const auto it = m_indexOfAlert.constFind(row.alert.id);
            if (it != m_indexOfAlert.constEnd()) {
                m_rows[*it] = row;
            } else {
                m_indexOfAlert.insert(row.alert.id, static_cast<int>(m_rows.size()));
                m_rows.append(row);
            }
        }
    }

    m_now = msecs(m_clock.now());
    rebuildEnumTexts();
    m_clientNames.clear();
    m_siteNames.clear();
    m_deviceNames.clear();
    m_summaries.clear();
    m_foldedOther.clear();
    m_haystack.clear();
    m_haystackGarbage = 0;
    const auto count = static_cast<std::size_t>(m_rows.size());
    m_meta.assign(count, RowMeta{});
    for (std::size_t i = 0; i < count; ++i) {
        buildMeta(static_cast<int>(i));
    }
    rankStrings();
    sortAllRows();
    m_visiblePos.assign(count, -1);
    m_visible = scanRows(false);
    updatePositionsFrom(0);
    endResetModel();
}

void AlertQueueModel::buildMeta(int index)
{
    const AlertQueueRow &row = m_rows.at(index);
    const Alert &alert = row.alert;
    RowMeta &meta = m_meta[static_cast<std::size_t>(index)];
    meta.alertId = alert.id;
    meta.clientId = row.clientId;
    meta.firstSeen = msecs(alert.firstSeen);
    meta.lastSeen = msecs(alert.lastSeen);
    meta.hasTicketDue = row.ticketDueAt.isValid();
    meta.ticketDue = msecs(row.ticketDueAt);
    meta.clientName = m_clientNames.intern(row.clientName);
    meta.siteName = m_siteNames.intern(row.siteName);
    meta.deviceName = m_deviceNames.intern(row.deviceName);
    meta.summary = m_summaries.intern(alert.summary);
    meta.occurrences = alert.occurrences;
    meta.severity = alert.severity;
    meta.state = alert.state;
    meta.category = alert.category;
    meta.passesStructured = passesStructured(meta);
    appendHaystack(index);
}

const std::string &AlertQueueModel::folded(const QString &text)
{
    auto it = m_foldedOther.find(text);
    if (it == m_foldedOther.end()) {
        it = m_foldedOther.insert(text, text.toCaseFolded().toStdString());
    }
    return *it;
}

void AlertQueueModel::appendHaystack(int index)
{
    const AlertQueueRow &row = m_rows.at(index);
    const Alert &alert = row.alert;
    RowMeta &meta = m_meta[static_cast<std::size_t>(index)];
    const auto piece = [](const RankedStrings &strings, int id) -> const std::string & {
        return strings.folded[static_cast<std::size_t>(id)];
    };
    meta.haystackStart = static_cast<quint32>(m_haystack.size());
    // Newline-separated so that a word (never containing whitespace) cannot match across two fields. Each piece
    // goes in at once: folded() may grow its hash and move the strings it returned before.
    const auto add = [this](const std::string &field) {
        m_haystack += field;
        m_haystack += '\n';
    };
    add(piece(m_clientNames, meta.clientName));
    add(piece(m_siteNames, meta.siteName));
    add(piece(m_deviceNames, meta.deviceName));
    add(folded(row.deviceAddress));
    add(piece(m_summaries, meta.summary));
    add(folded(alert.rule));
    add(folded(alert.subject));
    m_haystack += m_severityText[static_cast<std::size_t>(toInt(alert.severity))];
    m_haystack += m_stateText[static_cast<std::size_t>(toInt(alert.state))];
    m_haystack += m_categoryText[static_cast<std::size_t>(toInt(alert.category))];
    meta.haystackLength = static_cast<quint32>(m_haystack.size() - meta.haystackStart);
}

void AlertQueueModel::compactHaystack()
{
    std::string compact;
    compact.reserve(m_haystack.size() - m_haystackGarbage);
    for (RowMeta &meta : m_meta) {
        const auto start = static_cast<quint32>(compact.size());
        compact.append(m_haystack, meta.haystackStart, meta.haystackLength);
        meta.haystackStart = start;
    }
    m_haystack = std::move(compact);
    m_haystackGarbage = 0;
}

bool AlertQueueModel::passesStructured(const RowMeta &meta) const
{
    if ((m_stateMask & stateBit(meta.state)) == 0 || toInt(meta.severity) < toInt(m_minimumSeverity)
        || toInt(meta.severity) > toInt(m_maximumSeverity)) {
        return false;
    }
    if (m_clientFilter != 0 && meta.clientId != m_clientFilter) {
        return false;
    }
    if (m_categoryFilter && meta.category != *m_categoryFilter) {
        return false;
    }
    return !m_since.isValid() || meta.lastSeen >= m_sinceMsecs || meta.state == AlertState::Open;
}

bool AlertQueueModel::matchesText(const RowMeta &meta) const
{
    const std::string_view haystack(m_haystack.data() + meta.haystackStart, meta.haystackLength);
    return std::all_of(m_words.begin(), m_words.end(),
                       [haystack](const std::string &word) { return haystack.find(word) != std::string_view::npos; });
}

void AlertQueueModel::rankStrings()
{
    m_clientNames.rank();
    m_siteNames.rank();
    m_deviceNames.rank();
    m_summaries.rank();
}

qint64 AlertQueueModel::ascendingKey(const RowMeta &meta, int column) const
{
    const auto rank = [](const RankedStrings &strings, int id) { return strings.rankOf[static_cast<std::size_t>(id)]; };
    switch (column) {
    case SeverityColumn:
        return toInt(meta.severity);
    case ClientColumn:
        return rank(m_clientNames, meta.clientName);
    case SiteColumn:
        return rank(m_siteNames, meta.siteName);
    case DeviceColumn:
        return rank(m_deviceNames, meta.deviceName);
    case SummaryColumn:
        return rank(m_summaries, meta.summary);
    case AgeColumn:
        // Youngest first: the age grows as firstSeen goes back, and the order must not depend on the clock.
        return -meta.firstSeen;
    case CountColumn:
        return meta.occurrences;
    case StateColumn:
        // Workflow order (open, acknowledged, snoozed, resolved) rather than the alphabet.
        return toInt(meta.state);
    case CategoryColumn:
        return m_categoryRank[static_cast<std::size_t>(toInt(meta.category))];
    case TicketColumn:
        return meta.ticketDue;
    default:
        return 0;
    }
}

AlertQueueModel::SortKey AlertQueueModel::sortKey(int index) const
{
    const RowMeta &meta = m_meta[static_cast<std::size_t>(index)];
    SortKey key;
    if (m_groupByClient) {
        key.group = m_clientNames.rankOf[static_cast<std::size_t>(meta.clientName)];
        // Two clients of the same name still form two groups.
        key.groupClient = meta.clientId;
    }
    if (m_sortColumn == TicketColumn && !meta.hasTicketDue) {
        // Rows without a ticket deadline go last in both orders: they have no SLA to compare.
        key.primary = std::numeric_limits<qint64>::max();
    } else if (m_sortColumn >= 0) {
        const qint64 ascending = ascendingKey(meta, m_sortColumn);
        key.primary = m_sortOrder == Qt::AscendingOrder ? ascending : -ascending;
    }
    key.severityDesc = -toInt(meta.severity);
    key.handled = meta.state == AlertState::Open ? 0 : 1;
    key.lastSeenDesc = -meta.lastSeen;
    key.alertId = meta.alertId;
    key.index = index;
    return key;
}

void AlertQueueModel::sortAllRows()
{
    std::vector<SortKey> keys;
    keys.reserve(m_meta.size());
    for (std::size_t i = 0; i < m_meta.size(); ++i) {
        keys.push_back(sortKey(static_cast<int>(i)));
    }
    std::stable_sort(keys.begin(), keys.end());
    m_order.resize(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        m_order[i] = keys[i].index;
    }
}

// Tests rows in storage order, which is also the order of their text in m_haystack, so the scan streams through
// memory; the result then follows m_order (or the visible rows) to keep the sort.
std::vector<int> AlertQueueModel::scanRows(bool onlyVisible) const
{
    std::vector<char> match(m_meta.size(), 0);
    for (std::size_t i = 0; i < m_meta.size(); ++i) {
        const RowMeta &meta = m_meta[i];
        const bool candidate = onlyVisible ? m_visiblePos[i] >= 0 : meta.passesStructured;
        match[i] = candidate && matchesText(meta) ? 1 : 0;
    }
    const std::vector<int> &source = onlyVisible ? m_visible : m_order;
    std::vector<int> visible;
    visible.reserve(source.size());
    for (const int index : source) {
        if (match[static_cast<std::size_t>(index)] != 0) {
            visible.push_back(index);
        }
    }
    return visible;
}

void AlertQueueModel::refilter()
{
    for (RowMeta &meta : m_meta) {
        meta.passesStructured = passesStructured(meta);
    }
    resetVisible(scanRows(false));
}

void AlertQueueModel::resetVisible(std::vector<int> visible)
{
    beginResetModel();
    for (const int index : m_visible) {
        m_visiblePos[static_cast<std::size_t>(index)] = -1;
    }
    m_visible = std::move(visible);
    updatePositionsFrom(0);
    endResetModel();
}

void AlertQueueModel::updatePositionsFrom(int position)
{
    for (std::size_t p = static_cast<std::size_t>(position); p < m_visible.size(); ++p) {
        m_visiblePos[static_cast<std::size_t>(m_visible[p])] = static_cast<int>(p);
    }
}

// `visible` holds the same rows as m_visible in another order.
void AlertQueueModel::reorderVisible(std::vector<int> visible)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> rowsOf;
    rowsOf.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex &index : from) {
        rowsOf.push_back(m_visible[static_cast<std::size_t>(index.row())]);
    }
    m_visible = std::move(visible);
    updatePositionsFrom(0);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        to.append(createIndex(m_visiblePos[static_cast<std::size_t>(rowsOf[static_cast<std::size_t>(i)])],
                              from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AlertQueueModel::removeVisibleRows(std::vector<int> positions)
{
    // From the bottom up, one signal per contiguous run, so earlier positions stay valid.
    std::sort(positions.begin(), positions.end(), std::greater<>());
    std::size_t k = 0;
    while (k < positions.size()) {
        const int last = positions[k];
        int first = last;
        ++k;
        while (k < positions.size() && positions[k] == first - 1) {
            first = positions[k];
            ++k;
        }
        beginRemoveRows({}, first, last);
        for (int p = first; p <= last; ++p) {
            m_visiblePos[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(p)])] = -1;
        }
        m_visible.erase(m_visible.begin() + first, m_visible.begin() + last + 1);
        updatePositionsFrom(first);
        endRemoveRows();
    }
}

void AlertQueueModel::upsertRows(const QList<AlertQueueRow> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    std::vector<int> touched;
    touched.reserve(static_cast<std::size_t>(rows.size()));
    for (const AlertQueueRow &row : rows) {
        int index = 0;
        const auto it = m_indexOfAlert.constFind(row.alert.id);
        if (it != m_indexOfAlert.constEnd()) {
            index = *it;
            m_rows[index] = row;
            m_haystackGarbage += m_meta[static_cast<std::size_t>(index)].haystackLength;
        } else {
            index = static_cast<int>(m_rows.size());
            m_rows.append(row);
            m_meta.emplace_back();
            m_visiblePos.push_back(-1);
            m_indexOfAlert.insert(row.alert.id, index);
        }
        buildMeta(index);
        touched.push_back(index);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    rankStrings();
    if (m_haystackGarbage > m_haystack.size() / 2) {
        compactHaystack();
    }

    // Rows that no longer pass leave first; then the rows that stay are repainted and moved; then the rows that
    // now pass come in where the order puts them.
    std::vector<int> leaving;
    std::vector<char> entering(m_meta.size(), 0);
    bool anyEntering = false;
    for (const int index : touched) {
        const RowMeta &meta = m_meta[static_cast<std::size_t>(index)];
        const bool passes = meta.passesStructured && matchesText(meta);
        const int position = m_visiblePos[static_cast<std::size_t>(index)];
        if (position >= 0 && !passes) {
            leaving.push_back(position);
        } else if (position < 0 && passes) {
            entering[static_cast<std::size_t>(index)] = 1;
            anyEntering = true;
        }
    }
    removeVisibleRows(std::move(leaving));

    std::vector<int> changed;
    for (const int index : touched) {
        if (const int position = m_visiblePos[static_cast<std::size_t>(index)]; position >= 0) {
            changed.push_back(position);
        }
    }
    std::sort(changed.begin(), changed.end());
    for (std::size_t k = 0; k < changed.size();) {
        std::size_t end = k + 1;
        while (end < changed.size() && changed[end] == changed[end - 1] + 1) {
            ++end;
        }
        Q_EMIT dataChanged(index(changed[k], 0), index(changed[end - 1], ColumnCount - 1));
        k = end;
    }

    // Merge the touched rows, sorted among themselves, back into the order of all rows.
    std::vector<char> isTouched(m_meta.size(), 0);
    std::vector<SortKey> moved;
    moved.reserve(touched.size());
    for (const int index : touched) {
        isTouched[static_cast<std::size_t>(index)] = 1;
        moved.push_back(sortKey(index));
    }
    std::stable_sort(moved.begin(), moved.end());
    std::vector<int> order;
    order.reserve(m_meta.size());
    auto next = moved.cbegin();
    for (const int index : m_order) {
        if (isTouched[static_cast<std::size_t>(index)] != 0) {
            continue;
        }
        const SortKey key = sortKey(index);
        while (next != moved.cend() && *next < key) {
            order.push_back(next->index);
            ++next;
        }
        order.push_back(index);
    }
    for (; next != moved.cend(); ++next) {
        order.push_back(next->index);
    }
    m_order = std::move(order);

    std::vector<int> reordered;
    reordered.reserve(m_visible.size());
    for (const int index : m_order) {
        if (m_visiblePos[static_cast<std::size_t>(index)] >= 0) {
            reordered.push_back(index);
        }
    }
    if (reordered != m_visible) {
        reorderVisible(std::move(reordered));
    }

    if (!anyEntering) {
        return;
    }
    // Final positions with every entering row in place; inserting them in ascending runs keeps each position
    // right at the moment its run goes in.
    std::vector<std::pair<int, int>> arrivals; // position, row index
    int position = 0;
    for (const int index : m_order) {
        if (entering[static_cast<std::size_t>(index)] != 0) {
            arrivals.emplace_back(position, index);
            ++position;
        } else if (m_visiblePos[static_cast<std::size_t>(index)] >= 0) {
            ++position;
        }
    }
    for (std::size_t k = 0; k < arrivals.size();) {
        std::size_t end = k + 1;
        while (end < arrivals.size() && arrivals[end].first == arrivals[end - 1].first + 1) {
            ++end;
        }
        const int first = arrivals[k].first;
        const int last = arrivals[end - 1].first;
        beginInsertRows({}, first, last);
        std::vector<int> run;
        run.reserve(end - k);
        for (std::size_t a = k; a < end; ++a) {
            run.push_back(arrivals[a].second);
        }
        m_visible.insert(m_visible.begin() + first, run.begin(), run.end());
        updatePositionsFrom(first);
        endInsertRows();
        k = end;
    }
}

void AlertQueueModel::removeAlerts(const QList<qint64> &alertIds)
{
    std::vector<int> doomed;
    for (const qint64 id : alertIds) {
        const auto it = m_indexOfAlert.constFind(id);
        if (it != m_indexOfAlert.constEnd()) {
            doomed.push_back(*it);
        }
    }
    if (doomed.empty()) {
        return;
    }
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    std::vector<int> positions;
    for (const int index : doomed) {
        if (const int position = m_visiblePos[static_cast<std::size_t>(index)]; position >= 0) {
            positions.push_back(position);
        }
    }
    removeVisibleRows(std::move(positions));

    // The rows are gone from the view; now close the gaps in storage and renumber every index list.
    std::vector<char> dead(m_meta.size(), 0);
    for (const int index : doomed) {
        dead[static_cast<std::size_t>(index)] = 1;
        m_haystackGarbage += m_meta[static_cast<std::size_t>(index)].haystackLength;
    }
    std::vector<int> renumbered(m_meta.size(), -1);
    QList<AlertQueueRow> rows;
    rows.reserve(m_rows.size() - static_cast<qsizetype>(doomed.size()));
    std::vector<RowMeta> meta;
    meta.reserve(m_meta.size() - doomed.size());
    for (std::size_t i = 0; i < m_meta.size(); ++i) {
        if (dead[i] == 0) {
            renumbered[i] = static_cast<int>(meta.size());
            rows.append(std::move(m_rows[static_cast<qsizetype>(i)]));
            meta.push_back(m_meta[i]);
        }
    }
    m_rows = std::move(rows);
    m_meta = std::move(meta);
    std::vector<int> order;
    order.reserve(m_meta.size());
    for (const int index : m_order) {
        if (const int now = renumbered[static_cast<std::size_t>(index)]; now >= 0) {
            order.push_back(now);
        }
    }
    m_order = std::move(order);
    for (int &index : m_visible) {
        index = renumbered[static_cast<std::size_t>(index)];
    }
    m_visiblePos.assign(m_meta.size(), -1);
    updatePositionsFrom(0);
    m_indexOfAlert.clear();
    m_indexOfAlert.reserve(static_cast<qsizetype>(m_meta.size()));
    for (std::size_t i = 0; i < m_meta.size(); ++i) {
        m_indexOfAlert.insert(m_meta[i].alertId, static_cast<int>(i));
    }
    if (m_haystackGarbage > m_haystack.size() / 2) {
        compactHaystack();
    }
}

void AlertQueueModel::refreshNow()
{
    m_now = msecs(m_clock.now());
    if (m_visible.empty()) {
        return;
    }
    const int last = static_cast<int>(m_visible.size()) - 1;
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole};
    Q_EMIT dataChanged(index(0, AgeColumn), index(last, AgeColumn), roles);
    Q_EMIT dataChanged(index(0, TicketColumn), index(last, TicketColumn), roles);
}

int AlertQueueModel::visibleCount() const
{
    return static_cast<int>(m_visible.size());
}

int AlertQueueModel::totalCount() const
{
    return static_cast<int>(m_rows.size());
}

AlertQueueModel::SeverityCounts AlertQueueModel::visibleSeverityCounts() const
{
    SeverityCounts counts;
    for (const int index : m_visible) {
        switch (m_meta[static_cast<std::size_t>(index)].severity) {
        case AlertSeverity::Info:
            ++counts.info;
            break;
        case AlertSeverity::Warning:
            ++counts.warning;
            break;
        case AlertSeverity::Critical:
            ++counts.critical;
            break;
        }
    }
    return counts;
}

int AlertQueueModel::rowForAlert(qint64 alertId) const
{
    const auto it = m_indexOfAlert.constFind(alertId);
    return it == m_indexOfAlert.constEnd() ? -1 : m_visiblePos[static_cast<std::size_t>(*it)];
}

const AlertQueueRow &AlertQueueModel::rowAt(int row) const
{
    Q_ASSERT(row >= 0 && row < visibleCount());
    return m_rows.at(m_visible[static_cast<std::size_t>(row)]);
}

QList<qint64> AlertQueueModel::alertIds(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QModelIndex &index : indexes) {
        if (index.model() != this || !index.isValid() || index.row() >= visibleCount()) {
            continue;
        }
        const qint64 id = m_meta[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(index.row())])].alertId;
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

void AlertQueueModel::setFilterText(const QString &text)
{
    m_filterText = text;
    std::vector<std::string> words = searchWords(text);
    if (words == m_words) {
        return;
    }
    const bool narrowing = narrows(m_words, words);
    m_words = std::move(words);
    resetVisible(scanRows(narrowing));
}

QString AlertQueueModel::filterText() const
{
    return m_filterText;
}

void AlertQueueModel::setStates(const QList<AlertState> &states)
{
    unsigned mask = 0;
    for (const AlertState state : states) {
        mask |= stateBit(state);
    }
    if (mask == m_stateMask) {
        return;
    }
    m_stateMask = mask;
    refilter();
}

QList<AlertState> AlertQueueModel::states() const
{
    QList<AlertState> states;
    for (const AlertState state : allAlertStates) {
        if ((m_stateMask & stateBit(state)) != 0) {
            states.append(state);
        }
    }
    return states;
}

void AlertQueueModel::setMinimumSeverity(AlertSeverity severity)
{
    if (severity == m_minimumSeverity) {
        return;
    }
    m_minimumSeverity = severity;
    refilter();
}

AlertSeverity AlertQueueModel::minimumSeverity() const
{
    return m_minimumSeverity;
}

void AlertQueueModel::setMaximumSeverity(AlertSeverity severity)
{
    if (severity == m_maximumSeverity) {
        return;
    }
    m_maximumSeverity = severity;
    refilter();
}

AlertSeverity AlertQueueModel::maximumSeverity() const
{
    return m_maximumSeverity;
}

void AlertQueueModel::setClientFilter(qint64 clientId)
{
    if (clientId == m_clientFilter) {
        return;
    }
    m_clientFilter = clientId;
    refilter();
}

qint64 AlertQueueModel::clientFilter() const
{
    return m_clientFilter;
}

void AlertQueueModel::setSince(const QDateTime &since)
{
    if (since == m_since) {
        return;
    }
    m_since = since;
    // Converted once: for a local time each conversion consults the time zone, 100,000 times per refilter.
    m_sinceMsecs = msecs(since);
    refilter();
}

QDateTime AlertQueueModel::since() const
{
    return m_since;
}

void AlertQueueModel::setCategoryFilter(std::optional<AlertCategory> category)
{
    if (category == m_categoryFilter) {
        return;
    }
    m_categoryFilter = category;
    refilter();
}

std::optional<AlertCategory> AlertQueueModel::categoryFilter() const
{
    return m_categoryFilter;
}

void AlertQueueModel::setGroupByClient(bool grouped)
{
    if (grouped == m_groupByClient) {
        return;
    }
    m_groupByClient = grouped;
    sort(m_sortColumn, m_sortOrder);
}

bool AlertQueueModel::groupByClient() const
{
    return m_groupByClient;
}

int AlertQueueModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder AlertQueueModel::sortOrder() const
{
    return m_sortOrder;
}

void AlertQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    sortAllRows();
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (const int index : m_order) {
        if (m_visiblePos[static_cast<std::size_t>(index)] >= 0) {
            visible.push_back(index);
        }
    }
    reorderVisible(std::move(visible));
}

int AlertQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : visibleCount();
}

int AlertQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto storage = static_cast<std::size_t>(m_visible[static_cast<std::size_t>(index.row())]);
    const AlertQueueRow &row = m_rows.at(static_cast<qsizetype>(storage));
    const Alert &alert = row.alert;
    const RowMeta &meta = m_meta[storage];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return alertSeverityDisplayName(alert.severity);
        case ClientColumn:
            return row.clientName;
        case SiteColumn:
            return row.siteName;
        case DeviceColumn:
            return row.deviceName;
        case SummaryColumn:
            return alert.summary;
        case AgeColumn:
            return alert.firstSeen.isValid() ? shortSpan(std::max<qint64>(0, (m_now - meta.firstSeen) / 1000))
                                             : QString();
        case CountColumn:
            return alert.occurrences;
        case StateColumn:
            return alertStateDisplayName(alert.state);
        case CategoryColumn:
            return alertCategoryDisplayName(alert.category);
        case TicketColumn: {
            if (!meta.hasTicketDue) {
                return QString();
            }
            const qint64 left = (meta.ticketDue - m_now) / 1000;
            return left >= 0 ? tr("%1 left", "time left on the ticket's SLA").arg(shortSpan(left))
                             : tr("overdue %1", "the ticket's SLA deadline passed this long ago").arg(shortSpan(-left));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case DeviceColumn:
            return row.deviceAddress.isEmpty() ? QVariant() : QVariant(row.deviceAddress);
        case SummaryColumn:
            return alert.subject.isEmpty() ? tr("%1\nRule: %2").arg(alert.summary, alert.rule)
                                           : tr("%1\nRule: %2 (%3)", "rule id and its subject")
                                                 .arg(alert.summary, alert.rule, alert.subject);
        case AgeColumn:
            if (!alert.firstSeen.isValid()) {
                return {};
            }
            return tr("First seen %1\nLast seen %2").arg(localTime(alert.firstSeen), localTime(alert.lastSeen));
        case StateColumn:
            switch (alert.state) {
            case AlertState::Acknowledged:
                return alert.ackNote.isEmpty()
                           ? tr("Acknowledged by %1 at %2").arg(alert.acknowledgedBy, localTime(alert.acknowledgedAt))
                           : tr("Acknowledged by %1 at %2: %3")
                                 .arg(alert.acknowledgedBy, localTime(alert.acknowledgedAt), alert.ackNote);
            case AlertState::Snoozed:
                return tr("Snoozed until %1").arg(localTime(alert.snoozedUntil));
            case AlertState::Resolved:
                return tr("Resolved by %1 at %2").arg(alert.resolvedBy, localTime(alert.resolvedAt));
            case AlertState::Open:
                return {};
            }
            return {};
        case TicketColumn:
            if (!alert.ticketId) {
                return {};
            }
            return meta.hasTicketDue
                       ? tr("Ticket #%1 (%2), due %3")
                             .arg(QString::number(*alert.ticketId), row.ticketStatus, localTime(row.ticketDueAt))
                       : tr("Ticket #%1 (%2)").arg(QString::number(*alert.ticketId), row.ticketStatus);
        default:
            return {};
        }
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        return column == SeverityColumn ? QVariant(severityColor(alert.severity)) : QVariant();
    case Qt::FontRole:
        if (alert.state == AlertState::Open) {
            // Only the weight is set, so the view's own font fills in the rest.
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == AgeColumn || column == CountColumn || column == TicketColumn) {
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        }
        return {};
    case AlertIdRole:
        return alert.id;
    case DeviceIdRole:
        return alert.deviceId;
    case ClientIdRole:
        return row.clientId;
    case SeverityRole:
        return toInt(alert.severity);
    case StateRole:
        return alertStateId(alert.state);
    case SortRole:
        if (column == TicketColumn && !meta.hasTicketDue) {
            return {};
        }
        return ascendingKey(meta, column);
    default:
        return {};
    }
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AgeColumn:
            return tr("Time since the alert was first seen");
        case CountColumn:
            return tr("How often the condition occurred");
        case TicketColumn:
            return tr("Time left until the linked ticket's next SLA deadline");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ClientColumn:
        return tr("Client");
    case SiteColumn:
        return tr("Site");
    case DeviceColumn:
        return tr("Device");
    case SummaryColumn:
        return tr("Summary");
    case AgeColumn:
        return tr("Age", "how long ago the alert was first seen");
    case CountColumn:
        return tr("Count", "how often the alert occurred");
    case StateColumn:
        return tr("State", "alert state: open, acknowledged, …");
    case CategoryColumn:
        return tr("Category");
    case TicketColumn:
        return tr("Ticket", "time left on the linked ticket's SLA");
    default:
        return {};
    }
}

} // namespace Vigil
