// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Vigil {

class Clock;

// The ticket queue: every loaded ticket in one flat table, filtered and sorted in place, most urgent first unless a
// column is chosen. Tickets are value snapshots read at one instant (TicketStore::list); setRows() replaces them
// without a reset, so the view's selection and current row, which follow ticket ids, survive a reload.
//
// Filters combine (AND): the free text (every whitespace-separated word must occur, case-insensitive, in the
// number, title, client, site, device, assignee, status, priority or description), the statuses, one client, the
// assignee ("" for unassigned) and "breached only" (the clock that matters now is breached). A filter change resets
// the model; the page restores its selection by ticket id.
class TicketQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueModel)

public:
    enum Column {
        PriorityColumn,
        IdColumn,
        ClientColumn,
        TitleColumn,
        StatusColumn,
        AssigneeColumn,
        SlaColumn,
        AgeColumn,
        ColumnCount
    };

    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        ClientIdRole,
        PriorityRole, // Priority as int
        StatusRole,   // ticketStatusId()
        SlaStateRole, // SlaState as int, of the clock that matters now
        SlaPausedRole,
        // Business seconds left on the current clock (negative once breached).
        SlaRemainingRole,
    };

    // The Age column is computed against the clock's time as of the last setRows() or refreshNow(). The clock
    // must outlive the model.
    explicit TicketQueueModel(const Clock &clock, QObject *parent = nullptr);
    ~TicketQueueModel() override;

    // Replaces every ticket: rows that are gone are removed, new ones inserted, changed ones updated in one
    // dataChanged, and the order restored, keeping persistent indexes on their tickets.
    void setRows(const QList<Ticket> &tickets);
    // Re-reads the clock and repaints the Age column.
    void refreshNow();

    int visibleCount() const;
    int totalCount() const;
    int visibleBreachedCount() const;
    int visibleAtRiskCount() const;
    // -1 when the ticket is unknown or filtered out.
    int rowForTicket(qint64 ticketId) const;
    // Valid until the next change of the model.
    const Ticket &ticketAt(int row) const;

    void setFilterText(const QString &text);
    QString filterText() const;
    // Empty shows every status.
    void setStatuses(const QList<TicketStatus> &statuses);
    QList<TicketStatus> statuses() const;
    // 0 shows every client.
    void setClientFilter(qint64 clientId);
    qint64 clientFilter() const;
    // Nothing shows everyone's; "" shows the unassigned ones.
    void setAssigneeFilter(const std::optional<QString> &assignee);
    std::optional<QString> assigneeFilter() const;
    void setBreachedOnly(bool breachedOnly);
    bool breachedOnly() const;

    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // "5 h left", "at risk, 40 min left", "paused, 3 h left", "breached 2 h" (wall-clock time past due), "met",
    // "missed": the words the CLI uses.
    static QString slaText(const SlaReading &reading, const QDateTime &now);

    // Column -1 (the default) is the urgency order of TicketStore::moreUrgent; the SLA column sorts the same way.
    // Ties in other columns fall back to urgency.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        Ticket ticket;
        QString haystack; // case-folded search text
    };

    bool passes(const Row &row) const;
    bool less(const Row &a, const Row &b) const;
    std::vector<qint64> visibleOrder() const;
    void reindex();
    void reset();
    void reorder(std::vector<qint64> order);

    const Clock &m_clock;
    QDateTime m_now;
    QHash<qint64, Row> m_rows;
    std::vector<qint64> m_visible; // ticket ids in display order
    QHash<qint64, int> m_rowOf;    // ticket id → visible row

    QString m_filterText;
    QStringList m_words; // case-folded
    QList<TicketStatus> m_statuses;
    qint64 m_clientFilter = 0;
    std::optional<QString> m_assigneeFilter;
    bool m_breachedOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Vigil
