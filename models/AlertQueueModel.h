// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertCategory.h"
#include "AlertQueueRow.h"
#include "AlertSeverity.h"
#include "AlertState.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <compare>
#include <optional>
#include <string>
#include <vector>

namespace Vigil {

class Clock;

// The morning-review alert queue: every alert row in one flat table, filtered and sorted in place. Built for
// 100,000 rows, where QSortFilterProxyModel needs 40–600 ms per keystroke or sort: each row keeps a case-folded
// search text and integer sort keys computed once, and the visible rows are a list of indices into the rows.
//
// Filters combine (AND): the free text (every whitespace-separated word must occur, case-insensitive, in the
// client, site, device, address, summary, rule, subject, state, category or severity), the set of states, a
// minimum severity, one client, one category, and "since". The since rule: an alert passes when its lastSeen is
// at or after `since`, or when it is still Open (neither acknowledged, snoozed nor resolved), whatever its
// lastSeen: "what happened since my last review" must never hide an alert that nobody has handled yet.
//
// A filter change resets the model (the page restores its selection by alert id); sort(), grouping and upserts
// keep persistent indexes.
class AlertQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertQueueModel)

public:
    enum Column {
        SeverityColumn,
        ClientColumn,
        SiteColumn,
        DeviceColumn,
        SummaryColumn,
        AgeColumn,
        CountColumn,
        StateColumn,
        CategoryColumn,
        TicketColumn,
        ColumnCount
    };

    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        DeviceIdRole,
        ClientIdRole,
        SeverityRole, // AlertSeverity as int
        StateRole,    // alertStateId()
        // The column's value as a number that sorts the way sort() does in ascending order (names: their rank in
        // natural order). Empty in the Ticket column for rows without a ticket deadline.
        SortRole,
    };

    struct SeverityCounts
    {
        int info = 0;
        int warning = 0;
        int critical = 0;

        friend bool operator==(const SeverityCounts &, const SeverityCounts &) = default;
    };

    // The Age and Ticket columns are computed against the clock's time as of the last setRows() or refreshNow().
    // The clock must outlive the model.
    explicit AlertQueueModel(const Clock &clock, QObject *parent = nullptr);
    ~AlertQueueModel() override;

    void setRows(QList<AlertQueueRow> rows);
    // Adds new alerts and replaces known ones (by alert id) without a reset: rows that stop passing the filter
    // are removed, rows that start passing are inserted where the sort order puts them.
    void upsertRows(const QList<AlertQueueRow> &rows);
    void removeAlerts(const QList<qint64> &alertIds);

    // Re-reads the clock and repaints the Age and Ticket columns; the order does not depend on the time.
    void refreshNow();

    int visibleCount() const;
    int totalCount() const;
    SeverityCounts visibleSeverityCounts() const;
    // -1 when the alert is unknown or filtered out.
    int rowForAlert(qint64 alertId) const;
    // Valid until the next change of the model.
    const AlertQueueRow &rowAt(int row) const;
    // Each alert once, in the order of its first index; indexes of other models are skipped.
    QList<qint64> alertIds(const QModelIndexList &indexes) const;

    void setFilterText(const QString &text);
    QString filterText() const;
    // Default: every state but Resolved.
    void setStates(const QList<AlertState> &states);
    QList<AlertState> states() const;
    void setMinimumSeverity(AlertSeverity severity);
    AlertSeverity minimumSeverity() const;
    // Default: Critical (no upper limit). With the minimum, "warnings only" for the fleet overview's links.
    void setMaximumSeverity(AlertSeverity severity);
    AlertSeverity maximumSeverity() const;
    // 0 shows every client.
    void setClientFilter(qint64 clientId);
    qint64 clientFilter() const;
    // An invalid time shows every alert; see the class comment for what passes.
    void setSince(const QDateTime &since);
    QDateTime since() const;
    void setCategoryFilter(std::optional<AlertCategory> category);
    std::optional<AlertCategory> categoryFilter() const;

    // Client becomes the first sort key, the sort column the second; the table stays flat.
    void setGroupByClient(bool grouped);
    bool groupByClient() const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 restores the triage order alone. Ties always fall back to the triage order: severity (highest
    // first), then Open before handled, then the newest lastSeen first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // Distinct strings of one column, ranked in natural order; ids are stable until clear(). Each is also kept
    // case-folded as UTF-8: names repeat across thousands of alerts, so a row's search text is glued from pieces
    // folded once.
    struct RankedStrings
    {
        QHash<QString, int> idOf;
        QList<QString> strings;
        std::vector<std::string> folded;
        std::vector<int> sorted;
        std::vector<int> rankOf;
        std::vector<int> unranked;

        int intern(const QString &text);
        void rank();
        void clear();
    };

    // Everything filtering and sorting reads, so neither has to touch AlertQueueRow.
    struct RowMeta
    {
        qint64 alertId = 0;
        qint64 clientId = 0;
        qint64 firstSeen = 0; // ms since the epoch
        qint64 lastSeen = 0;
        qint64 ticketDue = 0;
        quint32 haystackStart = 0;
        quint32 haystackLength = 0;
        int clientName = 0; // ids in the RankedStrings
        int siteName = 0;
        int deviceName = 0;
        int summary = 0;
        int occurrences = 0;
        AlertSeverity severity = AlertSeverity::Info;
        AlertState state = AlertState::Open;
        AlertCategory category = AlertCategory::Other;
        bool hasTicketDue = false;
        bool passesStructured = false;
    };

    // Compared member by member; the alert id makes the order total, so a sort never depends on the previous one.
    struct SortKey
    {
        qint64 group = 0;
        qint64 groupClient = 0;
        qint64 primary = 0;
        int severityDesc = 0;
        int handled = 0;
        qint64 lastSeenDesc = 0;
        qint64 alertId = 0;
        int index = 0;

        friend auto operator<=>(const SortKey &, const SortKey &) = default;
    };

    void buildMeta(int index);
    const std::string &folded(const QString &text);
    void appendHaystack(int index);
    void compactHaystack();
    bool passesStructured(const RowMeta &meta) const;
    bool matchesText(const RowMeta &meta) const;
    void rankStrings();
    qint64 ascendingKey(const RowMeta &meta, int column) const;
    SortKey sortKey(int index) const;
    void sortAllRows();
    std::vector<int> scanRows(bool onlyVisible) const;
    void refilter();
    void resetVisible(std::vector<int> visible);
    void reorderVisible(std::vector<int> visible);
    void removeVisibleRows(std::vector<int> positions);
    void updatePositionsFrom(int position);
    void rebuildEnumTexts();

    const Clock &m_clock;
    qint64 m_now = 0;

    QList<AlertQueueRow> m_rows;
    std::vector<RowMeta> m_meta;
    QHash<qint64, int> m_indexOfAlert;
    std::vector<int> m_order;      // every row index, in sort order
    std::vector<int> m_visible;    // the rows passing the filters, a subsequence of m_order
    std::vector<int> m_visiblePos; // row index → visible row, or -1
    std::string m_haystack;        // every row's case-folded search text, UTF-8, one after the other
    std::size_t m_haystackGarbage = 0;

    RankedStrings m_clientNames;
    RankedStrings m_siteNames;
    RankedStrings m_deviceNames;
    RankedStrings m_summaries;
    QHash<QString, std::string> m_foldedOther; // addresses, rules and subjects
    std::array<int, allAlertCategories.size()> m_categoryRank{};
    std::array<std::string, allAlertSeverities.size()> m_severityText;
    std::array<std::string, allAlertStates.size()> m_stateText;
    std::array<std::string, allAlertCategories.size()> m_categoryText;

    QString m_filterText;
    std::vector<std::string> m_words; // case-folded UTF-8
    unsigned m_stateMask = 0;
    AlertSeverity m_minimumSeverity = AlertSeverity::Info;
    AlertSeverity m_maximumSeverity = AlertSeverity::Critical;
    qint64 m_clientFilter = 0;
    QDateTime m_since;
    qint64 m_sinceMsecs = 0;
    std::optional<AlertCategory> m_categoryFilter;

    bool m_groupByClient = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Vigil
