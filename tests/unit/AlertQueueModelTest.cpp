// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertQueueModel.h"
#include "Clock.h"
#include "NaturalOrder.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QMap>
#include <QPersistentModelIndex>
#include <QSignalSpy>

#include <algorithm>
#include <random>

using namespace Vigil;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC);

struct Spec
{
    qint64 id = 0;
    qint64 clientId = 1;
    QString client = QStringLiteral("Harbor Dental");
    QString site = QStringLiteral("Main Street");
    QString device = QStringLiteral("HD-FS01");
    QString address = QStringLiteral("10.0.1.10");
    QString summary = QStringLiteral("Disk /srv 91 % used");
    QString rule = QStringLiteral("disk_used");
    QString subject = QStringLiteral("/srv");
    AlertSeverity severity = AlertSeverity::Warning;
    AlertState state = AlertState::Open;
    AlertCategory category = AlertCategory::Disk;
    qint64 firstSeenAgo = 3 * 3600; // seconds before kNow
    qint64 lastSeenAgo = 60;
    int occurrences = 1;
    std::optional<qint64> ticketDueIn = std::nullopt; // seconds after kNow, negative when overdue
};

AlertQueueRow makeRow(const Spec &spec)
{
    AlertQueueRow row;
    row.alert.id = spec.id;
    row.alert.deviceId = 1000 + spec.id;
    row.alert.rule = spec.rule;
    row.alert.subject = spec.subject;
    row.alert.severity = spec.severity;
    row.alert.state = spec.state;
    row.alert.category = spec.category;
    row.alert.summary = spec.summary;
    row.alert.firstSeen = kNow.addSecs(-spec.firstSeenAgo);
    row.alert.lastSeen = kNow.addSecs(-spec.lastSeenAgo);
    row.alert.occurrences = spec.occurrences;
    row.clientId = spec.clientId;
    row.siteId = spec.clientId * 10;
    row.clientName = spec.client;
    row.siteName = spec.site;
    row.deviceName = spec.device;
    row.deviceAddress = spec.address;
    if (spec.ticketDueIn) {
        row.alert.ticketId = 500 + spec.id;
        row.ticketDueAt = kNow.addSecs(*spec.ticketDueIn);
        row.ticketStatus = QStringLiteral("open");
    }
    return row;
}

QList<AlertQueueRow> sampleRows()
{
    const QString kessler = QStringLiteral("Kessler Logistics");
    const QString alpine = QStringLiteral("Alpine Bakery");
    return {
        makeRow({.id = 1,
                 .severity = AlertSeverity::Critical,
                 .firstSeenAgo = 3 * 3600,
                 .lastSeenAgo = 5 * 60,
                 .occurrences = 12,
                 .ticketDueIn = 2 * 3600 + 600}),
        makeRow({.id = 2,
                 .site = QStringLiteral("Branch"),
                 .device = QStringLiteral("HD-WS02"),
                 .address = QStringLiteral("10.0.1.22"),
                 .summary = QStringLiteral("No backup success for 31 h (nightly)"),
                 .rule = QStringLiteral("backup_missing"),
                 .subject = QStringLiteral("nightly"),
                 .state = AlertState::Acknowledged,
                 .category = AlertCategory::Backup,
                 .firstSeenAgo = 2 * 86400 + 3600,
                 .lastSeenAgo = 3600,
                 .occurrences = 3}),
        makeRow({.id = 3,
                 .clientId = 2,
                 .client = kessler,
                 .site = QStringLiteral("Depot"),
                 .device = QStringLiteral("KL-DC01"),
                 .address = QStringLiteral("10.0.2.5"),
                 .summary = QStringLiteral("Device unreachable for 12 min"),
                 .rule = QStringLiteral("unreachable"),
                 .subject = QString(),
                 .severity = AlertSeverity::Critical,
                 .category = AlertCategory::Network,
                 .firstSeenAgo = 20 * 60,
                 .lastSeenAgo = 60,
                 .ticketDueIn = -(2 * 3600 + 120)}),
        makeRow({.id = 4,
                 .clientId = 2,
                 .client = kessler,
                 .site = QStringLiteral("Depot"),
                 .device = QStringLiteral("KL-WS10"),
                 .address = QStringLiteral("10.0.2.110"),
                 .summary = QStringLiteral("17 security updates pending"),
                 .rule = QStringLiteral("patches_pending"),
                 .subject = QString(),
                 .severity = AlertSeverity::Info,
                 .state = AlertState::Snoozed,
                 .category = AlertCategory::Patching,
                 .firstSeenAgo = 5 * 86400,
                 .lastSeenAgo = 6 * 3600,
                 .occurrences = 40}),
        makeRow({.id = 5,
                 .clientId = 2,
                 .client = kessler,
                 .site = QStringLiteral("Depot"),
                 .device = QStringLiteral("KL-WS2"),
                 .address = QStringLiteral("10.0.2.102"),
                 .summary = QStringLiteral("Disk C: 95 % used"),
                 .subject = QStringLiteral("C:"),
                 .firstSeenAgo = 86400,
                 .lastSeenAgo = 10 * 3600,
                 .occurrences = 7}),
        makeRow({.id = 6,
                 .clientId = 3,
                 .client = alpine,
                 .site = QStringLiteral("HQ"),
                 .device = QStringLiteral("AB-NAS01"),
                 .address = QStringLiteral("192.168.5.20"),
                 .summary = QStringLiteral("RAID md0 degraded"),
                 .rule = QStringLiteral("raid_degraded"),
                 .subject = QStringLiteral("md0"),
                 .severity = AlertSeverity::Critical,
                 .state = AlertState::Resolved,
                 .category = AlertCategory::Hardware,
                 .firstSeenAgo = 3 * 86400,
                 .lastSeenAgo = 2 * 86400}),
        makeRow({.id = 7,
                 .clientId = 3,
                 .client = alpine,
                 .site = QStringLiteral("HQ"),
                 .device = QStringLiteral("AB-WS01"),
                 .address = QStringLiteral("192.168.5.31"),
                 .summary = QStringLiteral("Disk /home 92 % used"),
                 .subject = QStringLiteral("/home"),
                 .state = AlertState::Acknowledged,
                 .firstSeenAgo = 4 * 3600,
                 .lastSeenAgo = 3 * 3600,
                 .occurrences = 2}),
    };
}

// Rows of every kind, with many ties in each column so the tie-break is exercised.
QList<AlertQueueRow> generatedRows(int count, unsigned seed)
{
    std::mt19937 random(seed);
    const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const QStringList clients{QStringLiteral("Harbor Dental"), QStringLiteral("Kessler Logistics"),
                              QStringLiteral("alpine bakery"), QStringLiteral("Client 10"), QStringLiteral("Client 9")};
    const QStringList sites{QStringLiteral("HQ"), QStringLiteral("Branch 2"), QStringLiteral("Branch 10")};
    const QStringList summaries{QStringLiteral("Disk /srv %1 % used"), QStringLiteral("No backup success for %1 h"),
                                QStringLiteral("CPU above %1 % for 15 min"), QStringLiteral("Memory %1 % used")};
    QList<AlertQueueRow> rows;
    for (int i = 0; i < count; ++i) {
        const int client = pick(clients.size());
        Spec spec;
        spec.id = i + 1;
        spec.clientId = client + 1;
        spec.client = clients.at(client);
        spec.site = sites.at(pick(sites.size()));
        spec.device = QStringLiteral("WS%1").arg(pick(25));
        spec.address = QStringLiteral("10.%1.0.%2").arg(client).arg(pick(250));
        spec.summary = summaries.at(pick(summaries.size())).arg(80 + pick(20));
        spec.severity = allAlertSeverities.at(static_cast<std::size_t>(pick(3)));
        spec.state = allAlertStates.at(static_cast<std::size_t>(pick(4)));
        spec.category = allAlertCategories.at(static_cast<std::size_t>(pick(7)));
        spec.firstSeenAgo = 3600 * (1 + pick(6));
        spec.lastSeenAgo = 600 * pick(6);
        spec.occurrences = 1 + pick(4);
        if (pick(3) == 0) {
            spec.ticketDueIn = 3600 * (pick(9) - 4);
        }
        rows.append(makeRow(spec));
    }
    return rows;
}

QList<qint64> visibleIds(const AlertQueueModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, 0).data(AlertQueueModel::AlertIdRole).toLongLong());
    }
    return ids;
}

QString cell(const AlertQueueModel &model, qint64 alertId, int column, int role = Qt::DisplayRole)
{
    const int row = model.rowForAlert(alertId);
    return row < 0 ? QStringLiteral("<hidden>") : model.index(row, column).data(role).toString();
}

// The same rows and settings in a model that never saw the history.
QList<qint64> freshIds(const QList<AlertQueueRow> &rows, const AlertQueueModel &like, const Clock &clock)
{
    AlertQueueModel fresh(clock);
    fresh.setRows(rows);
    fresh.setStates(like.states());
    fresh.setMinimumSeverity(like.minimumSeverity());
    fresh.setClientFilter(like.clientFilter());
    fresh.setSince(like.since());
    fresh.setCategoryFilter(like.categoryFilter());
    fresh.setGroupByClient(like.groupByClient());
    fresh.sort(like.sortColumn(), like.sortOrder());
    fresh.setFilterText(like.filterText());
    return visibleIds(fresh);
}

// An oracle written apart from the model: compares two rows the way the queue must order them.
int compareRows(const AlertQueueRow &a, const AlertQueueRow &b, int column, Qt::SortOrder order, bool grouped)
{
    const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    if (grouped) {
        if (const int c = naturalCompare(a.clientName, b.clientName); c != 0) {
            return c;
        }
        if (const int c = cmp(a.clientId, b.clientId); c != 0) {
            return c;
        }
    }
    int primary = 0;
    switch (column) {
    case AlertQueueModel::SeverityColumn:
        primary = cmp(static_cast<int>(a.alert.severity), static_cast<int>(b.alert.severity));
        break;
    case AlertQueueModel::ClientColumn:
        primary = naturalCompare(a.clientName, b.clientName);
        break;
    case AlertQueueModel::SiteColumn:
        primary = naturalCompare(a.siteName, b.siteName);
        break;
    case AlertQueueModel::DeviceColumn:
        primary = naturalCompare(a.deviceName, b.deviceName);
        break;
    case AlertQueueModel::SummaryColumn:
        primary = naturalCompare(a.alert.summary, b.alert.summary);
        break;
    case AlertQueueModel::AgeColumn:
        primary = cmp(b.alert.firstSeen, a.alert.firstSeen);
        break;
    case AlertQueueModel::CountColumn:
        primary = cmp(a.alert.occurrences, b.alert.occurrences);
        break;
    case AlertQueueModel::StateColumn:
        primary = cmp(static_cast<int>(a.alert.state), static_cast<int>(b.alert.state));
        break;
    case AlertQueueModel::CategoryColumn:
        primary =
            naturalCompare(alertCategoryDisplayName(a.alert.category), alertCategoryDisplayName(b.alert.category));
        break;
    case AlertQueueModel::TicketColumn:
        if (a.ticketDueAt.isValid() != b.ticketDueAt.isValid()) {
            return a.ticketDueAt.isValid() ? -1 : 1; // no deadline last, in both orders
        }
        primary = cmp(a.ticketDueAt, b.ticketDueAt);
        break;
    default:
        break;
    }
    if (primary != 0) {
        return order == Qt::AscendingOrder ? primary : -primary;
    }
    if (const int c = cmp(static_cast<int>(b.alert.severity), static_cast<int>(a.alert.severity)); c != 0) {
        return c;
    }
    const bool aOpen = a.alert.state == AlertState::Open;
    const bool bOpen = b.alert.state == AlertState::Open;
    if (aOpen != bOpen) {
        return aOpen ? -1 : 1;
    }
    if (const int c = cmp(b.alert.lastSeen, a.alert.lastSeen); c != 0) {
        return c;
    }
    return cmp(a.alert.id, b.alert.id);
}

void expectOrdered(const AlertQueueModel &model, int column, Qt::SortOrder order, bool grouped)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        EXPECT_LT(compareRows(model.rowAt(row - 1), model.rowAt(row), column, order, grouped), 0)
            << "column " << column << (order == Qt::AscendingOrder ? " ascending" : " descending") << ", rows "
            << row - 1 << " and " << row << " (alerts " << model.rowAt(row - 1).alert.id << ", "
            << model.rowAt(row).alert.id << ")";
    }
}

class AlertQueueModelTest : public ::testing::Test
{
protected:
    ManualClock m_clock{kNow};
};

TEST_F(AlertQueueModelTest, PassesModelTesterThroughEveryOperation)
{
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());
    model.setFilterText(QStringLiteral("d"));
    model.setFilterText(QStringLiteral("di"));
    model.setFilterText(QStringLiteral("disk"));
    model.setFilterText(QString());
    model.setStates({AlertState::Open});
    model.setStates({AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed, AlertState::Resolved});
    model.setMinimumSeverity(AlertSeverity::Warning);
    model.setClientFilter(2);
    model.setClientFilter(0);
    model.setSince(kNow.addSecs(-7200));
    model.setSince({});
    model.setCategoryFilter(AlertCategory::Disk);
    model.setCategoryFilter(std::nullopt);
    model.setMinimumSeverity(AlertSeverity::Info);
    for (int column = -1; column < AlertQueueModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    model.setGroupByClient(true);
    model.setGroupByClient(false);
    QList<AlertQueueRow> changed = sampleRows();
    changed[0].alert.state = AlertState::Resolved;
    changed[1].alert.summary = QStringLiteral("Backup back to normal");
    changed[2].alert.severity = AlertSeverity::Info;
    AlertQueueRow fresh = makeRow({.id = 99, .device = QStringLiteral("HD-WS99")});
    model.setStates({AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed});
    model.upsertRows({changed[0], changed[1], changed[2], fresh});
    model.removeAlerts({2, 5, 12345});
    m_clock.advanceSeconds(3600);
    model.refreshNow();
    model.setRows({});
    model.upsertRows(sampleRows());
    EXPECT_EQ(model.totalCount(), 7);
}

TEST_F(AlertQueueModelTest, ColumnsHeadersAndFlatShape)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    EXPECT_EQ(model.columnCount(), AlertQueueModel::ColumnCount);
    EXPECT_EQ(model.columnCount(), 10);
    const QStringList headers{QStringLiteral("Severity"), QStringLiteral("Client"),  QStringLiteral("Site"),
                              QStringLiteral("Device"),   QStringLiteral("Summary"), QStringLiteral("Age"),
                              QStringLiteral("Count"),    QStringLiteral("State"),   QStringLiteral("Category"),
                              QStringLiteral("Ticket")};
    for (int column = 0; column < AlertQueueModel::ColumnCount; ++column) {
        EXPECT_EQ(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
    }
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);
    EXPECT_EQ(model.columnCount(model.index(0, 0)), 0);
}

TEST_F(AlertQueueModelTest, ShowsEveryUnresolvedAlertByDefault)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    EXPECT_EQ(model.totalCount(), 7);
    EXPECT_EQ(model.visibleCount(), 6);
    EXPECT_EQ(model.rowForAlert(6), -1) << "resolved alerts are hidden by default";
    EXPECT_EQ(model.rowForAlert(404), -1);
    // Triage order without a sort column: severity, then open before handled, then the newest lastSeen.
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 1, 5, 2, 7, 4}));
    EXPECT_EQ(model.visibleSeverityCounts(), (AlertQueueModel::SeverityCounts{.info = 1, .warning = 3, .critical = 2}));
}

TEST_F(AlertQueueModelTest, DisplaysAgeTicketAndValues)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    EXPECT_EQ(cell(model, 1, AlertQueueModel::SeverityColumn), QStringLiteral("Critical"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::ClientColumn), QStringLiteral("Harbor Dental"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::SiteColumn), QStringLiteral("Main Street"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::DeviceColumn), QStringLiteral("HD-FS01"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::SummaryColumn), QStringLiteral("Disk /srv 91 % used"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::AgeColumn), QStringLiteral("3 h"));
    EXPECT_EQ(cell(model, 2, AlertQueueModel::AgeColumn), QStringLiteral("2 d"));
    EXPECT_EQ(cell(model, 3, AlertQueueModel::AgeColumn), QStringLiteral("20 min"));
    EXPECT_EQ(cell(model, 4, AlertQueueModel::AgeColumn), QStringLiteral("5 d"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::CountColumn), QStringLiteral("12"));
    EXPECT_EQ(cell(model, 2, AlertQueueModel::StateColumn), QStringLiteral("Acknowledged"));
    EXPECT_EQ(cell(model, 2, AlertQueueModel::CategoryColumn), QStringLiteral("Backup"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::TicketColumn), QStringLiteral("2 h left"));
    EXPECT_EQ(cell(model, 3, AlertQueueModel::TicketColumn), QStringLiteral("overdue 2 h"));
    EXPECT_EQ(cell(model, 2, AlertQueueModel::TicketColumn), QString());
    EXPECT_TRUE(
        cell(model, 1, AlertQueueModel::TicketColumn, Qt::ToolTipRole).startsWith(QStringLiteral("Ticket #501")));
    EXPECT_TRUE(
        cell(model, 2, AlertQueueModel::SummaryColumn, Qt::ToolTipRole).contains(QStringLiteral("backup_missing")));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::DeviceColumn, Qt::ToolTipRole), QStringLiteral("10.0.1.10"));

    const QModelIndex critical = model.index(model.rowForAlert(1), AlertQueueModel::SeverityColumn);
    const QModelIndex info = model.index(model.rowForAlert(4), AlertQueueModel::SeverityColumn);
    const QModelIndex warning = model.index(model.rowForAlert(5), AlertQueueModel::SeverityColumn);
    const QColor red = critical.data(Qt::ForegroundRole).value<QColor>();
    const QColor blue = info.data(Qt::ForegroundRole).value<QColor>();
    const QColor amber = warning.data(Qt::ForegroundRole).value<QColor>();
    EXPECT_GT(red.red(), red.blue());
    EXPECT_GT(blue.blue(), blue.red());
    EXPECT_GT(amber.red(), amber.blue());
    EXPECT_GT(amber.green(), amber.blue());
    EXPECT_EQ(critical.data(Qt::DecorationRole).value<QColor>(), red);
    EXPECT_FALSE(model.index(model.rowForAlert(1), AlertQueueModel::SummaryColumn).data(Qt::ForegroundRole).isValid());

    EXPECT_TRUE(
        model.index(model.rowForAlert(1), AlertQueueModel::SummaryColumn).data(Qt::FontRole).value<QFont>().bold())
        << "open alerts are bold";
    EXPECT_FALSE(model.index(model.rowForAlert(2), AlertQueueModel::SummaryColumn).data(Qt::FontRole).isValid());
    const int right = model.index(0, AlertQueueModel::CountColumn).data(Qt::TextAlignmentRole).toInt();
    EXPECT_TRUE((right & Qt::AlignRight) != 0);
    EXPECT_FALSE(model.index(0, AlertQueueModel::SummaryColumn).data(Qt::TextAlignmentRole).isValid());

    const QModelIndex first = model.index(model.rowForAlert(3), AlertQueueModel::SummaryColumn);
    EXPECT_EQ(first.data(AlertQueueModel::AlertIdRole).toLongLong(), 3);
    EXPECT_EQ(first.data(AlertQueueModel::DeviceIdRole).toLongLong(), 1003);
    EXPECT_EQ(first.data(AlertQueueModel::ClientIdRole).toLongLong(), 2);
    EXPECT_EQ(first.data(AlertQueueModel::SeverityRole).toInt(), static_cast<int>(AlertSeverity::Critical));
    EXPECT_EQ(first.data(AlertQueueModel::StateRole).toString(), QStringLiteral("open"));
    EXPECT_EQ(model.rowAt(model.rowForAlert(3)).deviceName, QStringLiteral("KL-DC01"));
}

TEST_F(AlertQueueModelTest, RefreshNowRepaintsOnlyAgeAndTicket)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.advanceSeconds(2 * 3600);
    EXPECT_EQ(cell(model, 1, AlertQueueModel::AgeColumn), QStringLiteral("3 h")) << "the time is read on refresh";
    model.refreshNow();
    ASSERT_EQ(changed.size(), 2);
    QList<int> columns;
    for (const QList<QVariant> &signal : changed) {
        const QModelIndex topLeft = signal.at(0).toModelIndex();
        const QModelIndex bottomRight = signal.at(1).toModelIndex();
        EXPECT_EQ(topLeft.column(), bottomRight.column());
        EXPECT_EQ(topLeft.row(), 0);
        EXPECT_EQ(bottomRight.row(), model.rowCount() - 1);
        columns.append(topLeft.column());
    }
    EXPECT_EQ(columns, (QList<int>{AlertQueueModel::AgeColumn, AlertQueueModel::TicketColumn}));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::AgeColumn), QStringLiteral("5 h"));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::TicketColumn), QStringLiteral("10 min left"));
    EXPECT_EQ(cell(model, 3, AlertQueueModel::TicketColumn), QStringLiteral("overdue 4 h"));
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 1, 5, 2, 7, 4})) << "time does not reorder";
}

TEST_F(AlertQueueModelTest, FilterWordsAreAndedAndCaseInsensitive)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    const auto idsFor = [&model](const QString &text) {
        model.setFilterText(text);
        QList<qint64> ids = visibleIds(model);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    EXPECT_EQ(idsFor(QStringLiteral("DISK")), (QList<qint64>{1, 5, 7}));
    EXPECT_EQ(idsFor(QStringLiteral("disk  KESSLER")), (QList<qint64>{5}));
    EXPECT_EQ(idsFor(QStringLiteral("kessler disk")), (QList<qint64>{5}));
    EXPECT_EQ(idsFor(QStringLiteral("kessler nightly")), QList<qint64>{});
    EXPECT_EQ(idsFor(QStringLiteral("backup_missing")), (QList<qint64>{2})) << "rule";
    EXPECT_EQ(idsFor(QStringLiteral("10.0.2.1")), (QList<qint64>{4, 5})) << "address";
    EXPECT_EQ(idsFor(QStringLiteral("depot")), (QList<qint64>{3, 4, 5})) << "site";
    EXPECT_EQ(idsFor(QStringLiteral("acknowledged")), (QList<qint64>{2, 7})) << "state";
    EXPECT_EQ(idsFor(QStringLiteral("critical")), (QList<qint64>{1, 3})) << "severity";
    EXPECT_EQ(idsFor(QStringLiteral("patching")), (QList<qint64>{4})) << "category";
    EXPECT_EQ(idsFor(QStringLiteral("hd-ws02")), (QList<qint64>{2})) << "device";
    EXPECT_EQ(idsFor(QStringLiteral("raid")), QList<qint64>{}) << "resolved alerts stay out";
    EXPECT_EQ(idsFor(QStringLiteral("dentalmain")), QList<qint64>{}) << "no match across fields";
    EXPECT_EQ(idsFor(QStringLiteral("   ")).size(), 6);
    EXPECT_EQ(model.filterText(), QStringLiteral("   "));
}

TEST_F(AlertQueueModelTest, TypingAndDeletingMatchesAFreshFilter)
{
    const QList<AlertQueueRow> rows = generatedRows(400, 7);
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(rows);
    model.sort(AlertQueueModel::DeviceColumn, Qt::DescendingOrder);
    const QString typed = QStringLiteral("Disk 9 branch");
    std::vector<QList<qint64>> seen;
    for (qsizetype length = 0; length <= typed.size(); ++length) {
        const QString text = typed.left(length);
        model.setFilterText(text);
        const QList<qint64> ids = visibleIds(model);
        EXPECT_EQ(ids, freshIds(rows, model, m_clock)) << "typed \"" << text.toStdString() << '"';
        seen.push_back(ids);
    }
    EXPECT_LT(seen.back().size(), seen.front().size());
    EXPECT_FALSE(seen.back().isEmpty());
    for (qsizetype length = typed.size(); length >= 0; --length) {
        model.setFilterText(typed.left(length));
        EXPECT_EQ(visibleIds(model), seen[static_cast<std::size_t>(length)])
            << "deleted back to \"" << typed.left(length).toStdString() << '"';
    }
    // Editing in the middle, replacing a word and adding one in front are not narrowings of the same kind.
    for (const QString &text :
         {QStringLiteral("disk branch"), QStringLiteral("disk bra"), QStringLiteral("ws1 disk bra"),
          QStringLiteral("memory bra"), QStringLiteral("memory"), QStringLiteral("mem 8")}) {
        model.setFilterText(text);
        EXPECT_EQ(visibleIds(model), freshIds(rows, model, m_clock)) << text.toStdString();
    }
}

TEST_F(AlertQueueModelTest, StructuredFilters)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    const auto sortedIds = [&model] {
        QList<qint64> ids = visibleIds(model);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setStates({AlertState::Open});
    EXPECT_EQ(sortedIds(), (QList<qint64>{1, 3, 5}));
    model.setStates({AlertState::Resolved, AlertState::Snoozed});
    EXPECT_EQ(sortedIds(), (QList<qint64>{4, 6}));
    EXPECT_EQ(model.states(), (QList<AlertState>{AlertState::Snoozed, AlertState::Resolved}));
    model.setStates({AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed, AlertState::Resolved});
    EXPECT_EQ(model.visibleCount(), 7);
    EXPECT_EQ(resets.size(), 3);
    model.setStates(model.states());
    EXPECT_EQ(resets.size(), 3) << "an unchanged filter does not reset";

    model.setMinimumSeverity(AlertSeverity::Warning);
    EXPECT_EQ(sortedIds(), (QList<qint64>{1, 2, 3, 5, 6, 7}));
    model.setMinimumSeverity(AlertSeverity::Critical);
    EXPECT_EQ(sortedIds(), (QList<qint64>{1, 3, 6}));
    model.setMinimumSeverity(AlertSeverity::Info);

    model.setClientFilter(2);
    EXPECT_EQ(sortedIds(), (QList<qint64>{3, 4, 5}));
    model.setFilterText(QStringLiteral("disk"));
    EXPECT_EQ(sortedIds(), (QList<qint64>{5})) << "text and client combine";
    model.setFilterText({});
    model.setClientFilter(0);
    EXPECT_EQ(model.visibleCount(), 7);

    model.setCategoryFilter(AlertCategory::Disk);
    EXPECT_EQ(sortedIds(), (QList<qint64>{1, 5, 7}));
    model.setCategoryFilter(std::nullopt);

    // Since two hours ago: 1, 2, 3 were seen since; 5 was last seen ten hours ago but is still Open, so it stays;
    // 4 (snoozed), 6 (resolved) and 7 (acknowledged) were last seen before.
    model.setSince(kNow.addSecs(-2 * 3600));
    EXPECT_EQ(sortedIds(), (QList<qint64>{1, 2, 3, 5}));
    model.setSince(kNow.addSecs(-3600));
    EXPECT_EQ(sortedIds(), (QList<qint64>{1, 2, 3, 5})) << "lastSeen exactly at since passes";
    model.setSince(kNow.addSecs(-3599));
    EXPECT_EQ(sortedIds(), (QList<qint64>{1, 3, 5}));
    model.setSince({});
    EXPECT_EQ(model.visibleCount(), 7);
}

TEST_F(AlertQueueModelTest, SortsByEveryColumnInBothOrdersWithTheTieBreak)
{
    const QList<AlertQueueRow> rows = generatedRows(300, 11);
    AlertQueueModel model(m_clock);
    model.setRows(rows);
    model.setStates({AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed, AlertState::Resolved});
    ASSERT_EQ(model.visibleCount(), 300);
    for (const bool grouped : {false, true}) {
        model.setGroupByClient(grouped);
        for (int column = -1; column < AlertQueueModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                EXPECT_EQ(model.sortColumn(), column);
                EXPECT_EQ(model.sortOrder(), order);
                expectOrdered(model, column, order, grouped);
                for (int row = 0; row < model.rowCount(); ++row) {
                    ASSERT_EQ(model.rowForAlert(model.rowAt(row).alert.id), row);
                }
            }
        }
    }
}

TEST_F(AlertQueueModelTest, SortUsesNaturalOrderAndKeepsTieBreakWhenDescending)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    model.setClientFilter(2);
    model.sort(AlertQueueModel::DeviceColumn, Qt::AscendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 5, 4})) << "KL-DC01, KL-WS2, KL-WS10";
    model.sort(AlertQueueModel::DeviceColumn, Qt::DescendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{4, 5, 3}));
    model.setClientFilter(0);

    // Client descending: Kessler, Harbor, Alpine; inside each client the triage order, not its reverse.
    model.sort(AlertQueueModel::ClientColumn, Qt::DescendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 5, 4, 1, 2, 7}));
    model.sort(AlertQueueModel::ClientColumn, Qt::AscendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{7, 1, 2, 3, 5, 4}));

    model.sort(AlertQueueModel::AgeColumn, Qt::AscendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 1, 7, 5, 2, 4})) << "youngest first";
    model.sort(AlertQueueModel::CountColumn, Qt::DescendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{4, 1, 5, 2, 7, 3}));
    model.sort(AlertQueueModel::TicketColumn, Qt::AscendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 1, 5, 2, 7, 4}));
    model.sort(AlertQueueModel::TicketColumn, Qt::DescendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{1, 3, 5, 2, 7, 4})) << "rows without a ticket stay last";
}

TEST_F(AlertQueueModelTest, SortKeepsPersistentIndexesAndTheFilter)
{
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());
    model.setFilterText(QStringLiteral("disk"));
    const QPersistentModelIndex tracked(model.index(model.rowForAlert(7), AlertQueueModel::SummaryColumn));
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(AlertQueueModel::ClientColumn, Qt::AscendingOrder);
    EXPECT_EQ(layouts.size(), 1);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{7, 1, 5}));
    ASSERT_TRUE(tracked.isValid());
    EXPECT_EQ(tracked.row(), 0);
    EXPECT_EQ(tracked.column(), AlertQueueModel::SummaryColumn);
    EXPECT_EQ(tracked.data(AlertQueueModel::AlertIdRole).toLongLong(), 7);
    EXPECT_EQ(model.rowForAlert(5), 2);
    model.setFilterText(QString());
    EXPECT_EQ(visibleIds(model), (QList<qint64>{7, 1, 2, 3, 5, 4})) << "the sort outlives the filter";
}

TEST_F(AlertQueueModelTest, GroupsByClientThenTheSortColumn)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    model.sort(AlertQueueModel::AgeColumn, Qt::DescendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{4, 2, 5, 7, 1, 3}));
    model.setGroupByClient(true);
    EXPECT_TRUE(model.groupByClient());
    EXPECT_EQ(visibleIds(model), (QList<qint64>{7, 2, 1, 4, 5, 3})) << "Alpine, Harbor, Kessler; oldest first inside";
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0) << "still a flat table";
    model.sort(-1, Qt::AscendingOrder);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{7, 1, 2, 3, 5, 4}));
    model.setGroupByClient(false);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 1, 5, 2, 7, 4}));
}

TEST_F(AlertQueueModelTest, UpsertUpdatesInsertsMovesAndRemovesWithoutAReset)
{
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<AlertQueueRow> rows = sampleRows();
    model.setRows(rows);
    model.sort(AlertQueueModel::SummaryColumn, Qt::AscendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    rows[0].alert.occurrences = 13;                                 // same place, new count
    rows[1].alert.state = AlertState::Resolved;                     // leaves the queue
    rows[3].alert.summary = QStringLiteral("Zero updates pending"); // moves to the end
    const AlertQueueRow newcomer = makeRow({.id = 42,
                                            .device = QStringLiteral("HD-WS42"),
                                            .summary = QStringLiteral("CPU above 95 % for 15 min"),
                                            .rule = QStringLiteral("cpu_high"),
                                            .subject = QString(),
                                            .category = AlertCategory::Other});
    model.upsertRows({rows[0], rows[1], rows[3], newcomer});
    rows.append(newcomer);

    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(removed.size(), 1);
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_GE(changed.size(), 1);
    EXPECT_EQ(model.totalCount(), 8);
    EXPECT_EQ(model.rowForAlert(2), -1);
    EXPECT_EQ(cell(model, 1, AlertQueueModel::CountColumn), QStringLiteral("13"));
    EXPECT_EQ(visibleIds(model), freshIds(rows, model, m_clock));
    EXPECT_EQ(visibleIds(model), (QList<qint64>{42, 3, 7, 1, 5, 4}));
    EXPECT_EQ(model.rowAt(model.rowCount() - 1).alert.id, 4);
    EXPECT_EQ(model.rowAt(model.rowForAlert(42)).deviceName, QStringLiteral("HD-WS42"));
}

TEST_F(AlertQueueModelTest, UpsertOfARowThatNoLongerMatchesTheTextRemovesIt)
{
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<AlertQueueRow> rows = sampleRows();
    model.setRows(rows);
    model.setFilterText(QStringLiteral("disk"));
    ASSERT_GE(model.rowForAlert(1), 0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    AlertQueueRow cpu = rows[0];
    cpu.alert.summary = QStringLiteral("CPU above 95 % for 15 min");
    cpu.alert.rule = QStringLiteral("cpu_high");
    cpu.alert.subject.clear();
    cpu.alert.category = AlertCategory::Other;
    model.upsertRows({cpu});
    EXPECT_EQ(model.rowForAlert(1), -1);
    EXPECT_EQ(removed.size(), 1);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(model.totalCount(), 7);
    rows[0] = cpu;
    EXPECT_EQ(visibleIds(model), freshIds(rows, model, m_clock));

    // And back: it matches again and comes in where the order puts it.
    model.upsertRows({sampleRows().at(0)});
    EXPECT_EQ(visibleIds(model), (QList<qint64>{1, 5, 7}));
}

TEST_F(AlertQueueModelTest, RemoveAlertsKeepsLookupsRight)
{
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeAlerts({1, 6, 5, 777});
    EXPECT_EQ(removed.size(), 1) << "1 and 5 were neighbours, 6 was hidden";
    EXPECT_EQ(model.totalCount(), 4);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 2, 7, 4}));
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.rowForAlert(model.rowAt(row).alert.id), row);
    }
    EXPECT_EQ(model.rowForAlert(1), -1);
    model.setStates({AlertState::Resolved});
    EXPECT_EQ(model.visibleCount(), 0) << "the resolved alert 6 is gone from storage too";
    model.setStates({AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed});
    model.upsertRows({sampleRows().at(0)});
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 1, 2, 7, 4}));
}

TEST_F(AlertQueueModelTest, ARepeatedAlertIdKeepsTheLastRow)
{
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<AlertQueueRow> rows = sampleRows();
    AlertQueueRow again = rows.at(0);
    again.alert.summary = QStringLiteral("Disk /srv 97 % used");
    rows.append(again);
    model.setRows(rows);
    EXPECT_EQ(model.totalCount(), 7);
    EXPECT_EQ(visibleIds(model), (QList<qint64>{3, 1, 5, 2, 7, 4}));
    EXPECT_EQ(cell(model, 1, AlertQueueModel::SummaryColumn), QStringLiteral("Disk /srv 97 % used"));
    model.setFilterText(QStringLiteral("91"));
    EXPECT_EQ(model.visibleCount(), 0) << "the replaced summary is not searchable any more";
}

TEST_F(AlertQueueModelTest, AlertIdsOfASelection)
{
    AlertQueueModel model(m_clock);
    model.setRows(sampleRows());
    AlertQueueModel other(m_clock);
    other.setRows(sampleRows());
    const QModelIndexList selection{model.index(1, 0), model.index(1, 4), model.index(0, 2), other.index(5, 0),
                                    QModelIndex()};
    EXPECT_EQ(model.alertIds(selection), (QList<qint64>{1, 3}));
}

// Random edits checked against a model built from scratch with the same rows and settings.
TEST_F(AlertQueueModelTest, RandomEditsMatchAFreshModel)
{
    std::mt19937 random(2026);
    const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    QList<AlertQueueRow> pool = generatedRows(600, 3);
    QMap<qint64, AlertQueueRow> current;
    for (qsizetype i = 0; i < 300; ++i) {
        current.insert(pool.at(i).alert.id, pool.at(i));
    }
    AlertQueueModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(current.values());
    const QStringList texts{QString(),
                            QStringLiteral("disk"),
                            QStringLiteral("branch 1"),
                            QStringLiteral("ws1"),
                            QStringLiteral("kessler"),
                            QStringLiteral("9")};
    for (int step = 0; step < 60; ++step) {
        switch (pick(6)) {
        case 0:
            model.setFilterText(texts.at(pick(texts.size())));
            break;
        case 1:
            model.sort(pick(AlertQueueModel::ColumnCount + 1) - 1,
                       pick(2) == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        case 2:
            model.setGroupByClient(pick(2) == 0);
            break;
        case 3: {
            QList<qint64> ids;
            for (int k = 0; k < 5; ++k) {
                const auto it = std::next(current.begin(), pick(static_cast<int>(current.size())));
                ids.append(it.key());
                current.erase(it);
            }
            model.removeAlerts(ids);
            break;
        }
        default: {
            QList<AlertQueueRow> batch;
            for (int k = 0; k < 20; ++k) {
                AlertQueueRow row = pool.at(pick(static_cast<int>(pool.size())));
                const AlertQueueRow &donor = pool.at(pick(static_cast<int>(pool.size())));
                row.alert.summary = donor.alert.summary;
                row.alert.state = donor.alert.state;
                row.alert.severity = donor.alert.severity;
                row.alert.lastSeen = donor.alert.lastSeen;
                row.deviceName = QStringLiteral("NEW-%1").arg(pick(40));
                row.alert.occurrences += pick(3);
                batch.append(row);
                current.insert(row.alert.id, row);
            }
            model.upsertRows(batch);
            break;
        }
        }
        ASSERT_EQ(model.totalCount(), current.size()) << "step " << step;
        ASSERT_EQ(visibleIds(model), freshIds(current.values(), model, m_clock)) << "step " << step;
    }
}

} // namespace
