// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicePage.h"

#include "AlertRuleStore.h"
#include "AlertStore.h"
#include "BackupStore.h"
#include "Clock.h"
#include "DeviceStateStore.h"
#include "DeviceSummaryPanel.h"
#include "DurationText.h"
#include "HealthChart.h"
#include "InventoryStore.h"
#include "SessionLogReader.h"

#include <QAbstractButton>
#include <QAction>
#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace Vigil {

namespace {

constexpr std::array<HealthChartQuery::Range, 4> ranges{HealthChartQuery::Range::Hour, HealthChartQuery::Range::Day,
                                                        HealthChartQuery::Range::Week, HealthChartQuery::Range::Month};

QColor tint(const QColor &color)
{
    QColor c = color;
    c.setAlpha(70);
    return c;
}

QString cssColor(const QColor &color, int alpha)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(color.red()).arg(color.green()).arg(color.blue()).arg(alpha);
}

QColor okColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Tables are as tall as their rows (fitRows); long text is elided and has a tooltip instead of a scroll bar.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

// Tall enough for every row (up to maxRows), so the page scrolls as one instead of each table on its own.
void fitRows(QTableWidget *table, int maxRows = 8)
{
    const int rows = std::clamp(table->rowCount(), 1, maxRows);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int height = table->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * table->frameWidth() + 2;
    table->setFixedHeight(height);
}

QTableWidgetItem *cell(const QString &text, const QColor &background = {})
{
    auto *item = new QTableWidgetItem(text);
    if (background.isValid()) {
        item->setBackground(tint(background));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}

void setRow(QTableWidget *table, int row, const QList<QTableWidgetItem *> &items)
{
    for (qsizetype column = 0; column < items.size(); ++column) {
        table->setItem(row, static_cast<int>(column), items.at(column));
    }
}

// "06:05" today, "Sat 02:05" within the week, "14 Nov 08:05" before: local time, as short as still unambiguous.
QString shortTime(const QDateTime &t, const QDateTime &now)
{
    const QDateTime local = t.toLocalTime();
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    const QLocale locale;
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (days == 0) {
        return time;
    }
    if (days > 0 && days < 7) {
        return locale.toString(local, QStringLiteral("ddd ")) + time;
    }
    return locale.toString(local, QStringLiteral("d MMM ")) + time;
}

QString percent(double value)
{
    return QCoreApplication::translate("Vigil::DevicePage", "%1 %").arg(value, 0, 'f', value < 10 ? 1 : 0);
}

struct RuleThresholds
{
    std::optional<double> warning;
    std::optional<double> critical;
};

RuleThresholds thresholdsOf(const QList<AlertRule> &rules, RuleCondition condition)
{
    for (const AlertRule &rule : rules) {
        if (rule.condition == condition && rule.enabled) {
            return {rule.warningAt, rule.criticalAt};
        }
    }
    return {};
}

} // namespace

DevicePage::DevicePage(Database &database, InventoryStore &inventory, DeviceStateStore &states, const Clock &clock,
                       const QString &technician, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_inventory(inventory)
    , m_states(states)
    , m_clock(clock)
    , m_technician(technician)
    , m_history(std::make_unique<HealthChartQuery>(database))
    , m_backups(std::make_unique<BackupStore>(database))
    , m_alerts(std::make_unique<AlertStore>(database))
    , m_rules(std::make_unique<AlertRuleStore>(database))
    , m_sessions(std::make_unique<SessionLogReader>(database))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("devicePage"));
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(200);
    connect(m_pollTimer, &QTimer::timeout, this, &DevicePage::showPendingPolls);
    m_notePrompt = [this](const QString &job) -> std::optional<QString> {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(
            this, tr("Restore test done"),
            tr("You verified a restore of the backup job \"%1\". What did you restore, and where to?").arg(job), {},
            &ok);
        return ok ? std::optional<QString>(note) : std::nullopt;
    };

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("devicePageContent"));

    m_back = new QToolButton(content);
    m_back->setObjectName(QStringLiteral("deviceBack"));
    m_back->setText(tr("← Back"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Back to where you came from (%1)")
                           .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &DevicePage::backRequested);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("deviceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(QStringLiteral("deviceSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("deviceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 4px; padding: 6px; }")
                               .arg(cssColor(HealthChart::criticalColor(), 60)));
    m_error->hide();

    m_liveState = new QLabel(content);
    m_liveState->setObjectName(QStringLiteral("deviceLiveState"));
    m_liveState->setTextFormat(Qt::RichText);
    m_liveState->setWordWrap(true);
    m_liveState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(content);
    m_facts->setObjectName(QStringLiteral("deviceFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_identity = new QLabel(content);
    m_identity->setObjectName(QStringLiteral("deviceIdentity"));
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    header->addLayout(names, 1);

    // Left: the charts; right: what a technician acts on (disks, patches, SMART, backups).
    auto *charts = new QWidget(content);
    buildCharts(charts);

    m_disks = makeTable(QStringLiteral("deviceDisks"), {tr("Mount"), tr("Size"), tr("Free"), tr("Used"), tr("Trend")},
                        content);
    m_disks->setToolTip(tr("Trend: the growth of the last three days, extrapolated to 100 %."));
    m_patches = new QLabel(content);
    m_patches->setObjectName(QStringLiteral("devicePatches"));
    m_patches->setTextFormat(Qt::RichText);
    m_patches->setWordWrap(true);
    m_smart = makeTable(
        QStringLiteral("deviceSmart"),
        {tr("Drive"), tr("Health"), tr("Reallocated", "SMART sectors"), tr("Pending", "SMART sectors"), tr("Status")},
        content);
    m_backupTable = makeTable(
        QStringLiteral("deviceBackups"),
        {tr("Job"), tr("Last success"), tr("Age"), tr("Last run"), tr("Size"), tr("Last verified restore")}, content);
    m_restoreTest = new QPushButton(tr("Restore test done…"), content);
    m_restoreTest->setObjectName(QStringLiteral("restoreTestButton"));
    m_restoreTest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_restoreTest->setToolTip(tr("Record that you verified a restore of the selected backup job, with a note (%1)")
                                  .arg(m_restoreTest->shortcut().toString(QKeySequence::NativeText)));
    connect(m_restoreTest, &QPushButton::clicked, this, [this] { (void)recordRestoreTestForSelection(); });
    connect(m_backupTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restoreTest->setEnabled(m_backupTable->currentRow() >= 0); });

    m_alertTable =
        makeTable(QStringLiteral("deviceAlerts"), {tr("Severity"), tr("Alert"), tr("State"), tr("Since")}, content);
    m_sessionTable = makeTable(
        QStringLiteral("deviceSessions"),
        {tr("Started"), tr("Kind", "session protocol"), tr("Technician"), tr("Duration"), tr("Result")}, content);

    const auto group = [content](const QString &title, const QString &name) {
        auto *box = new QGroupBox(title, content);
        box->setObjectName(name);
        return box;
    };
    auto *disksBox = group(tr("Disks"), QStringLiteral("disksGroup"));
    (new QVBoxLayout(disksBox))->addWidget(m_disks);
    auto *systemBox = group(tr("Patches and drives"), QStringLiteral("systemGroup"));
    auto *systemLayout = new QVBoxLayout(systemBox);
    systemLayout->addWidget(m_patches);
    systemLayout->addWidget(m_smart);
    auto *backupsBox = group(tr("Backups"), QStringLiteral("backupsGroup"));
    auto *backupsLayout = new QVBoxLayout(backupsBox);
    backupsLayout->addWidget(m_backupTable);
    auto *backupButtons = new QHBoxLayout;
    backupButtons->addStretch(1);
    backupButtons->addWidget(m_restoreTest);
    backupsLayout->addLayout(backupButtons);
    auto *alertsBox = group(tr("Open alerts"), QStringLiteral("alertsGroup"));
    (new QVBoxLayout(alertsBox))->addWidget(m_alertTable);
    auto *sessionsBox = group(tr("Remote sessions"), QStringLiteral("sessionsGroup"));
    (new QVBoxLayout(sessionsBox))->addWidget(m_sessionTable);

    auto *right = new QVBoxLayout;
    right->addWidget(disksBox);
    right->addWidget(systemBox);
    right->addWidget(alertsBox);
    right->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(charts, 3);
    middle->addLayout(right, 2);
    // Backups get the width their six columns need.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(backupsBox, 3);
    bottom->addWidget(sessionsBox, 2);

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_liveState);
    layout->addWidget(m_facts);
    layout->addWidget(m_identity);
    layout->addLayout(middle);
    layout->addLayout(bottom);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("deviceScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

DevicePage::~DevicePage() = default;

void DevicePage::buildCharts(QWidget *parent)
{
    m_rangeButtons = new QButtonGroup(this);
    m_rangeButtons->setExclusive(true);
    auto *rangeRow = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Health over the last"), parent);
    rangeRow->addWidget(rangeLabel);
    const std::array<QString, 4> names{tr("1 h"), tr("24 h"), tr("7 d"), tr("30 d")};
    const std::array<QString, 4> ids{QStringLiteral("rangeHour"), QStringLiteral("rangeDay"),
                                     QStringLiteral("rangeWeek"), QStringLiteral("rangeMonth")};
    for (int i = 0; i < 4; ++i) {
        auto *button = new QToolButton(parent);
        button->setObjectName(ids.at(static_cast<size_t>(i)));
        button->setText(names.at(static_cast<size_t>(i)));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        button->setToolTip(
            tr("Show the last %1 (%2)")
                .arg(names.at(static_cast<size_t>(i)), button->shortcut().toString(QKeySequence::NativeText)));
        m_rangeButtons->addButton(button, i);
        rangeRow->addWidget(button);
    }
    rangeRow->addStretch(1);
    m_rangeButtons->button(1)->setChecked(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(ranges.at(static_cast<size_t>(id))); });

    m_cpuChart = new HealthChart(tr("CPU busy %"), parent);
    m_cpuChart->setObjectName(QStringLiteral("cpuChart"));
    m_memoryChart = new HealthChart(tr("Memory used %"), parent);
    m_memoryChart->setObjectName(QStringLiteral("memoryChart"));
    m_diskChart = new HealthChart(tr("Disk used % by mount"), parent);
    m_diskChart->setObjectName(QStringLiteral("diskChart"));
    m_diskChart->setMinimumHeight(230);

    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(rangeRow);
    layout->addWidget(m_cpuChart);
    layout->addWidget(m_memoryChart);
    layout->addWidget(m_diskChart);
}

qint64 DevicePage::deviceId() const
{
    return m_device.id;
}

HealthChartQuery::Range DevicePage::range() const
{
    return m_range;
}

void DevicePage::setRange(HealthChartQuery::Range range)
{
    m_range = range;
    for (int i = 0; i < 4; ++i) {
        if (ranges.at(static_cast<size_t>(i)) == range) {
            m_rangeButtons->button(i)->setChecked(true);
        }
    }
    refreshCharts();
}

void DevicePage::setRestoreNotePrompt(NotePrompt prompt)
{
    m_notePrompt = std::move(prompt);
}

void DevicePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool DevicePage::showDevice(qint64 deviceId)
{
    auto device = m_inventory.device(deviceId);
    if (!device) {
        showError(tr("Could not open the device: %1").arg(device.error().toString()));
        return false;
    }
    m_device = std::move(device).value();
    m_pendingPolls.clear();
    reload();
    return true;
}

void DevicePage::reload()
{
    if (m_device.id == 0) {
        return;
    }
    showError({});
    if (auto device = m_inventory.device(m_device.id)) {
        m_device = std::move(device).value();
    }
    auto client = m_inventory.client(m_device.clientId);
    m_clientName = client ? client->name : QString();
    m_siteName.clear();
    if (auto inventory = m_inventory.load()) {
        if (const Site *site = inventory->site(m_device.siteId)) {
            m_siteName = site->name;
        }
    }
    auto state = m_states.state(m_device.id);
    if (state) {
        m_state = std::move(state).value();
    } else {
        m_state.reset();
        if (state.error().code != ErrorCode::NotFound) {
            showError(tr("Could not read the device's state: %1").arg(state.error().toString()));
        }
    }
    loadThresholds();
    showIdentity();
    showLiveState();
    refreshCharts();
    showDisks();
    showBackups();
    showAlerts();
    showSessions();
}

void DevicePage::loadThresholds()
{
    auto rules = m_rules->load(m_clock.now());
    if (!rules) {
        showError(tr("Could not read the alert rules; thresholds are not drawn: %1").arg(rules.error().toString()));
        m_cpuThresholds = m_memoryThresholds = m_diskThresholds = {};
        return;
    }
    const QList<AlertRule> &effective = rules->rulesFor(m_device.clientId);
    const auto take = [&](RuleCondition condition) {
        const RuleThresholds t = thresholdsOf(effective, condition);
        return Thresholds{t.warning, t.critical};
    };
    m_cpuThresholds = take(RuleCondition::CpuBusyPercent);
    m_memoryThresholds = take(RuleCondition::MemoryUsedPercent);
    m_diskThresholds = take(RuleCondition::DiskUsedPercent);
    const RuleThresholds backup = thresholdsOf(effective, RuleCondition::BackupAgeHours);
    m_backupStaleHours = backup.warning.value_or(backup.critical.value_or(26));
    m_cpuChart->setThresholds(m_cpuThresholds.warning, m_cpuThresholds.critical);
    m_memoryChart->setThresholds(m_memoryThresholds.warning, m_memoryThresholds.critical);
    m_diskChart->setThresholds(m_diskThresholds.warning, m_diskThresholds.critical);
}

void DevicePage::showIdentity()
{
    m_title->setText(m_device.name);
    m_subtitle->setText(
        QStringLiteral("%1 › %2 · %3").arg(m_clientName, m_siteName, deviceKindDisplayName(m_device.kind)));
    const QString none = tr("—", "no value");
    QString os = m_device.os;
    if (m_state && !m_state->lastGood.os.prettyName.isEmpty()) {
        os = m_state->lastGood.os.prettyName;
        if (!m_state->lastGood.os.kernel.isEmpty()) {
            os += QStringLiteral(" · ") + m_state->lastGood.os.kernel;
        }
    }
    const auto item = [](const QString &label, const QString &value) {
        return QStringLiteral("<td style=\"padding-right:6px\"><b>%1</b></td><td style=\"padding-right:24px\">%2</td>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table><tr>");
    html += item(tr("OS"), os.isEmpty() ? none : os);
    html += item(tr("Address"), m_device.address.isEmpty() ? none : m_device.address);
    html += item(tr("Tags"), m_device.tags.isEmpty() ? none : m_device.tags.join(QStringLiteral(", ")));
    html += QStringLiteral("</tr><tr>");
    html += item(tr("Exporter"), m_device.exporterUrl.isEmpty() ? tr("not monitored") : m_device.exporterUrl);
    html += item(tr("Kind"), deviceKindDisplayName(m_device.kind));
    QString hostname = none;
    if (m_state && !m_state->lastGood.os.hostname.isEmpty()) {
        hostname = m_state->lastGood.os.hostname;
    }
    html += item(tr("Host name"), hostname);
    html += QStringLiteral("</tr></table>");
    m_identity->setText(html);
}

void DevicePage::showLiveState()
{
    const QDateTime now = m_clock.now();
    const auto when = [&](const QDateTime &t) {
        return tr("%1 (%2)", "time (age)").arg(shortTime(t, now), DeviceSummaryPanel::ageText(t, now));
    };
    const auto banner = [this](const QColor &color, const QString &html) {
        m_liveState->setStyleSheet(QStringLiteral("QLabel { background: %1; border-left: 4px solid %2; "
                                                  "border-radius: 3px; padding: 6px; }")
                                       .arg(cssColor(color, 45), color.name()));
        m_liveState->setText(html);
    };
    QString stale;
    if (m_device.exporterUrl.isEmpty()) {
        banner(palette().color(QPalette::Mid), tr("<b>Not monitored</b>: this device has no exporter URL."));
    } else if (!m_state) {
        banner(palette().color(QPalette::Mid), tr("<b>Not polled yet.</b>"));
    } else if (!m_state->reachable) {
        const QString since = m_state->lastOkAt.isValid() ? tr("Offline since %1").arg(when(m_state->lastOkAt))
                                                          : tr("Offline: never reached");
        banner(
            HealthChart::criticalColor(),
            tr("<b>%1</b> — %n failed poll(s) in a row, last %2: <b>%3</b> %4", nullptr, m_state->consecutiveFailures)
                .arg(since.toHtmlEscaped(), when(m_state->polledAt).toHtmlEscaped(),
                     m_state->failureReason.toHtmlEscaped(), m_state->failureDetail.toHtmlEscaped()));
        if (m_state->lastOkAt.isValid()) {
            stale = tr("from the last good poll, %1").arg(DeviceSummaryPanel::ageText(m_state->lastOkAt, now));
        }
    } else if (m_state->isStale(now, staleAfterSeconds)) {
        banner(HealthChart::warningColor(),
               tr("<b>Stale</b>: the last data is from %1. Vigil has not polled the device since (polling paused "
                  "or the console was closed).")
                   .arg(when(m_state->lastOkAt).toHtmlEscaped()));
        stale = tr("data from %1").arg(DeviceSummaryPanel::ageText(m_state->lastOkAt, now));
    } else {
        banner(okColor(), tr("<b>Online</b> — polled %1").arg(DeviceSummaryPanel::ageText(m_state->polledAt, now)));
    }
    m_liveState->setProperty("stale", !stale.isEmpty());

    // The numbers a technician looks for first, large; greyed with their age when they are not current.
    QStringList facts;
    if (m_state && m_state->lastOkAt.isValid()) {
        const DeviceSnapshot &s = m_state->lastGood;
        const auto fact = [](const QString &label, const QString &value) {
            return QStringLiteral("%1 <span style=\"font-size:large\"><b>%2</b></span>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        facts.append(fact(tr("CPU"), s.cpuBusyPercent ? percent(*s.cpuBusyPercent) : tr("warming up")));
        if (s.memoryUsedPercent) {
            QString memory = percent(*s.memoryUsedPercent);
            if (s.memoryTotalBytes) {
                memory += tr(" of %1").arg(
                    QLocale().formattedDataSize(*s.memoryTotalBytes, 1, QLocale::DataSizeTraditionalFormat));
            }
            facts.append(fact(tr("Memory"), memory));
        }
        if (s.uptimeSeconds) {
            facts.append(fact(tr("Up"), durationText(*s.uptimeSeconds)));
        }
        if (!stale.isEmpty()) {
            facts.append(QStringLiteral("<i>(%1)</i>").arg(stale.toHtmlEscaped()));
        }
    }
    m_facts->setText(facts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
    m_facts->setVisible(!facts.isEmpty());
    m_facts->setForegroundRole(stale.isEmpty() ? QPalette::WindowText : QPalette::PlaceholderText);

    // Patches.
    QStringList patches;
    if (m_state && m_state->lastOkAt.isValid()) {
        const DeviceSnapshot &s = m_state->lastGood;
        const auto colored = [](const QColor &color, const QString &text) {
            return QStringLiteral("<span style=\"background:%1\">&nbsp;<b>%2</b>&nbsp;</span>")
                .arg(cssColor(color, 70), text.toHtmlEscaped());
        };
        if (s.pendingUpdates) {
            const int security = s.securityUpdates.value_or(0);
            QString text = tr("%n update(s) pending", nullptr, *s.pendingUpdates);
            if (security > 0) {
                patches.append(colored(HealthChart::warningColor(), text + tr(", %n security", nullptr, security)));
            } else {
                patches.append(text.toHtmlEscaped() + (s.securityUpdates ? tr(", none for security") : QString()));
            }
        } else {
            patches.append(tr("Updates: not reported"));
        }
        if (s.rebootRequired) {
            patches.append(*s.rebootRequired ? colored(HealthChart::warningColor(), tr("reboot required"))
                                             : tr("no reboot needed"));
        }
    }
    m_patches->setText(patches.isEmpty() ? tr("No patch status yet.") : patches.join(QStringLiteral(" · ")));

    // SMART.
    m_smart->setRowCount(0);
    if (m_state) {
        const QList<SmartDiskStatus> &drives = m_state->lastGood.smart;
        m_smart->setRowCount(static_cast<int>(drives.size()));
        for (int row = 0; row < drives.size(); ++row) {
            const SmartDiskStatus &d = drives.at(row);
            const QString none = tr("—", "no value");
            QColor healthColor;
            QString health = tr("not reported");
            if (d.healthy) {
                health = *d.healthy ? tr("healthy") : tr("FAILING");
                healthColor = *d.healthy ? QColor() : HealthChart::criticalColor();
            }
            const qint64 reallocated = d.reallocatedSectors.value_or(0);
            setRow(m_smart, row,
                   {cell(d.disk), cell(health, healthColor),
                    cell(d.reallocatedSectors ? QString::number(reallocated) : none,
                         reallocated > 0 ? HealthChart::warningColor() : QColor()),
                    cell(d.pendingSectors ? QString::number(*d.pendingSectors) : none,
                         d.pendingSectors.value_or(0) > 0 ? HealthChart::warningColor() : QColor()),
                    cell(d.status.isEmpty() ? none : d.status)});
        }
    }
    m_smart->setVisible(m_smart->rowCount() > 0);
    fitRows(m_smart);
}

void DevicePage::refreshCharts()
{
    if (m_device.id == 0) {
        return;
    }
    const QDateTime now = m_clock.now();
    const QDateTime from = now.addSecs(-HealthChartQuery::rangeSeconds(m_range));
    QStringList errors;
    const auto one = [&](HealthChart *chart, const QString &metric) {
        auto series = m_history->series(m_device.id, metric, {}, m_range, now, chart->decimationColumns());
        if (!series) {
            errors.append(series.error().toString());
            chart->setLines({}, from, now);
            return;
        }
        chart->setLines({{QString(), std::move(series).value()}}, from, now);
    };
    one(m_cpuChart, QStringLiteral("cpu"));
    one(m_memoryChart, QStringLiteral("memory"));

    QList<HealthChart::Line> disks;
    auto mounts = m_history->subjects(m_device.id, QStringLiteral("disk"));
    if (!mounts) {
        errors.append(mounts.error().toString());
    } else {
        for (const QString &mount : mounts.value()) {
            auto series = m_history->series(m_device.id, QStringLiteral("disk"), mount, m_range, now,
                                            m_diskChart->decimationColumns());
            if (!series) {
                errors.append(series.error().toString());
                continue;
            }
            disks.append({mount, std::move(series).value()});
        }
    }
    m_diskChart->setLines(disks, from, now);
    if (!errors.isEmpty()) {
        showError(tr("Could not read the health history: %1").arg(errors.constFirst()));
    }
}

void DevicePage::showDisks()
{
    m_disks->setRowCount(0);
    if (!m_state) {
        fitRows(m_disks);
        return;
    }
    const QDateTime now = m_clock.now();
    const QList<DiskUsage> &disks = m_state->lastGood.disks;
    m_disks->setRowCount(static_cast<int>(disks.size()));
    const auto size = [](qint64 bytes) {
        return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    for (int row = 0; row < disks.size(); ++row) {
        const DiskUsage &disk = disks.at(row);
        QColor usedColor;
        if (m_diskThresholds.critical && disk.usedPercent >= *m_diskThresholds.critical) {
            usedColor = HealthChart::criticalColor();
        } else if (m_diskThresholds.warning && disk.usedPercent >= *m_diskThresholds.warning) {
            usedColor = HealthChart::warningColor();
        }
        QString trendText = tr("—", "no value");
        QColor trendColor;
        auto trend = m_history->diskTrend(m_device.id, disk.mountPoint, disk.usedPercent, now);
        if (trend) {
            trendText = trend->text();
            if (trend->kind == DiskTrend::Kind::Full || (trend->daysUntilFull && *trend->daysUntilFull < 7)) {
                trendColor = HealthChart::criticalColor();
            } else if (trend->daysUntilFull && *trend->daysUntilFull < 30) {
                trendColor = HealthChart::warningColor();
            }
        }
        auto *mount = cell(disk.mountPoint);
        mount->setToolTip(QStringList{disk.device, disk.fsType}.join(QLatin1Char(' ')).trimmed());
        auto *used = cell(percent(disk.usedPercent), usedColor);
        used->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *total = cell(size(disk.sizeBytes));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *free = cell(size(disk.availableBytes), usedColor);
        free->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *trendItem = cell(trendText, trendColor);
        if (trend && trend->kind == DiskTrend::Kind::Growing) {
            trendItem->setToolTip(tr("Growing %1 % a day").arg(trend->percentPerDay, 0, 'f', 2));
        }
        setRow(m_disks, row, {mount, total, free, used, trendItem});
    }
    fitRows(m_disks);
}

void DevicePage::showBackups()
{
    const QDateTime now = m_clock.now();
    const QString previous = m_backupTable->currentRow() >= 0 && m_backupTable->item(m_backupTable->currentRow(), 0)
                                 ? m_backupTable->item(m_backupTable->currentRow(), 0)->text()
                                 : QString();
    m_backupTable->setRowCount(0);
    auto jobs = m_backups->jobs(m_device.id, now);
    if (!jobs) {
        showError(tr("Could not read the backup jobs: %1").arg(jobs.error().toString()));
        fitRows(m_backupTable);
        m_restoreTest->setEnabled(false);
        return;
    }
    const QString none = tr("—", "no value");
    const QString never = tr("never");
    const auto at = [&](const QDateTime &t) { return t.isValid() ? shortTime(t, now) : never; };
    m_backupTable->setRowCount(static_cast<int>(jobs->size()));
    int select = jobs->isEmpty() ? -1 : 0;
    for (int row = 0; row < jobs->size(); ++row) {
        const BackupJobRecord &job = jobs->at(row);
        if (job.job == previous) {
            select = row;
        }
        const std::optional<qint64> age = job.ageSeconds(now);
        const bool stale = !age || static_cast<double>(*age) > m_backupStaleHours * 3600;
        auto *ageItem = cell(age ? durationText(*age) : never, stale ? HealthChart::criticalColor() : QColor());
        ageItem->setToolTip(tr("Red past %1 h without a successful backup").arg(m_backupStaleHours));
        QString run = none;
        QColor runColor;
        if (job.lastRunOk) {
            run = (*job.lastRunOk ? tr("succeeded") : tr("FAILED")) + QStringLiteral(" ") + at(job.lastRun);
            runColor = *job.lastRunOk ? QColor() : HealthChart::criticalColor();
        } else if (job.lastRun.isValid()) {
            run = at(job.lastRun);
        }
        QString size =
            job.sizeBytes ? QLocale().formattedDataSize(*job.sizeBytes, 1, QLocale::DataSizeTraditionalFormat) : none;
        QColor sizeColor;
        if (const std::optional<double> change = job.sizeChangePercent()) {
            const int days = std::max(1, static_cast<int>(std::lround(job.sizeBeforeAt.secsTo(now) / 86400.0)));
            size += QStringLiteral(" ")
                    + tr("(%1%2 % in %n day(s))", nullptr, days)
                          .arg(*change >= 0 ? QStringLiteral("+") : QString())
                          .arg(*change, 0, 'f', std::abs(*change) < 10 ? 1 : 0);
            // A backup that lost a third of its size lost data on the way, or its source did.
            if (*change <= -30) {
                sizeColor = HealthChart::warningColor();
            }
        }
        QString restore = never;
        QString restoreTip;
        if (job.lastRestoreTest.isValid()) {
            restore = at(job.lastRestoreTest);
            if (!job.restoreTestedBy.isEmpty()) {
                restore += QStringLiteral(" · ") + job.restoreTestedBy;
            }
            if (!job.restoreTestNote.isEmpty()) {
                restore += QStringLiteral(" · ") + job.restoreTestNote;
                restoreTip = job.restoreTestNote;
            }
        }
        auto *restoreItem = cell(restore);
        restoreItem->setToolTip(restoreTip);
        setRow(m_backupTable, row,
               {cell(job.job), cell(at(job.lastSuccess)), ageItem, cell(run, runColor), cell(size, sizeColor),
                restoreItem});
    }
    if (select >= 0) {
        m_backupTable->selectRow(select);
    }
    m_restoreTest->setEnabled(select >= 0);
    fitRows(m_backupTable);
}

bool DevicePage::recordRestoreTestForSelection()
{
    const int row = m_backupTable->currentRow();
    if (row < 0 || !m_backupTable->item(row, 0)) {
        return false;
    }
    const QString job = m_backupTable->item(row, 0)->text();
    const std::optional<QString> note = m_notePrompt(job);
    if (!note) {
        return false;
    }
    const Status recorded = m_backups->recordRestoreTest(m_device.id, job, m_technician, *note, m_clock.now());
    if (!recorded) {
        QMessageBox::warning(this, tr("Restore test done"),
                             tr("The restore test was not recorded.\n\n%1").arg(recorded.error().toString()));
        return false;
    }
    showBackups();
    // The "no restore test" alert clears with the next poll's evaluation; the list shows it until then.
    showAlerts();
    return true;
}

void DevicePage::showAlerts()
{
    m_alertTable->setRowCount(0);
    AlertStore::Query query;
    query.states = {AlertState::Open, AlertState::Acknowledged, AlertState::Snoozed};
    query.clientId = m_device.clientId;
    auto rows = m_alerts->queue(query);
    if (!rows) {
        showError(tr("Could not read the device's alerts: %1").arg(rows.error().toString()));
        fitRows(m_alertTable);
        return;
    }
    QList<Alert> alerts;
    for (const AlertQueueRow &row : rows.value()) {
        if (row.alert.deviceId == m_device.id) {
            alerts.append(row.alert);
        }
    }
    std::sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        return a.severity != b.severity ? a.severity > b.severity : a.lastSeen > b.lastSeen;
    });
    const QDateTime now = m_clock.now();
    m_alertTable->setRowCount(static_cast<int>(alerts.size()));
    for (int row = 0; row < alerts.size(); ++row) {
        const Alert &a = alerts.at(row);
        QColor color;
        if (a.severity == AlertSeverity::Critical) {
            color = HealthChart::criticalColor();
        } else if (a.severity == AlertSeverity::Warning) {
            color = HealthChart::warningColor();
        }
        setRow(m_alertTable, row,
               {cell(alertSeverityDisplayName(a.severity), color), cell(a.summary),
                cell(alertStateDisplayName(a.state)), cell(DeviceSummaryPanel::ageText(a.firstSeen, now))});
    }
    if (alerts.isEmpty()) {
        m_alertTable->setRowCount(1);
        auto *item = cell(tr("No open alerts."));
        item->setForeground(palette().color(QPalette::PlaceholderText));
        m_alertTable->setItem(0, 1, item);
    }
    fitRows(m_alertTable);
}

void DevicePage::showSessions()
{
    m_sessionTable->setRowCount(0);
    auto sessions = m_sessions->sessions(m_device.id, 20);
    if (!sessions) {
        showError(tr("Could not read the session log: %1").arg(sessions.error().toString()));
        fitRows(m_sessionTable);
        return;
    }
    const QDateTime now = m_clock.now();
    m_sessionTable->setRowCount(static_cast<int>(sessions->size()));
    for (int row = 0; row < sessions->size(); ++row) {
        const SessionLogEntry &s = sessions->at(row);
        const QString duration =
            s.endedAt.isValid() ? durationText(s.startedAt.secsTo(s.endedAt)) : tr("open", "session not ended");
        setRow(m_sessionTable, row,
               {cell(shortTime(s.startedAt, now)), cell(s.protocol.toUpper()), cell(s.technician), cell(duration),
                cell(s.result)});
    }
    if (sessions->isEmpty()) {
        m_sessionTable->setRowCount(1);
        auto *item = cell(tr("No remote sessions yet."));
        item->setForeground(palette().color(QPalette::PlaceholderText));
        m_sessionTable->setItem(0, 0, item);
        m_sessionTable->setSpan(0, 0, 1, m_sessionTable->columnCount());
    } else {
        m_sessionTable->clearSpans();
    }
    fitRows(m_sessionTable);
}

void DevicePage::applyPoll(qint64 deviceId, const DeviceSnapshot &snapshot)
{
    if (deviceId != m_device.id || m_device.id == 0) {
        return;
    }
    m_pendingPolls.append(snapshot);
    if (!m_pollTimer->isActive()) {
        m_pollTimer->start();
    }
}

void DevicePage::showPendingPolls()
{
    if (m_pendingPolls.isEmpty()) {
        return;
    }
    if (!m_state) {
        m_state = DeviceState{};
        m_state->deviceId = m_device.id;
    }
    for (const DeviceSnapshot &snapshot : std::as_const(m_pendingPolls)) {
        m_state->record(snapshot);
    }
    m_pendingPolls.clear();
    showIdentity();
    showLiveState();
    showDisks();
    // History and backups are in the store once the poller's batch is written (within a second); the charts
    // read again then rather than now.
    QTimer::singleShot(1500, this, [this] {
        refreshCharts();
        showBackups();
        showAlerts();
    });
}

} // namespace Vigil
