// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "AppSettings.h"
#include "Clock.h"
#include "InventoryStore.h"
#include "ReportBuilder.h"
#include "ReportDocument.h"
#include "ReportFile.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Vigil {

namespace {

// Thirteen months back: the hourly history's retention.
constexpr int monthsOffered = 13;

} // namespace

ReportsPage::ReportsPage(Database &database, AppSettings &settings, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_settings(settings)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("reportClient"));
    m_client->setMinimumContentsLength(24);
    m_client->setToolTip(tr("The client the report is for (Alt+C)"));
    auto *clientLabel = new QLabel(tr("&Client:"), this);
    clientLabel->setBuddy(m_client);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setToolTip(tr("The month, in the client's time zone (Alt+M)"));
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save the report as PDF, HTML or CSV (Ctrl+E)"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(clientLabel);
    bar->addWidget(m_client);
    bar->addSpacing(12);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);

    fillMonths();
    reloadClients();
    connect(m_client, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::chooseAndExport);
    // The first report is made when the page is first shown, not while the console starts.
    m_export->setEnabled(false);
}

void ReportsPage::fillMonths()
{
    const QDate today = m_clock.now().toLocalTime().date();
    const QDate current(today.year(), today.month(), 1);
    for (int i = 0; i < monthsOffered; ++i) {
        const QDate month = current.addMonths(-i);
        m_month->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")), month);
    }
    // Reports are made for the month that just ended.
    m_month->setCurrentIndex(1);
}

void ReportsPage::reloadClients()
{
    const QString chosen = m_client->currentText();
    const Result<Inventory> inventory = InventoryStore(m_database).load();
    if (!inventory) {
        showError(inventory.error().toString());
        return;
    }
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    for (const Client &client : inventory->clients) {
        m_client->addItem(client.name, client.id);
    }
    const int index = m_client->findText(chosen);
    m_client->setCurrentIndex(index >= 0 ? index : 0);
}

bool ReportsPage::selectClient(const QString &name)
{
    const int index = m_client->findText(name);
    if (index < 0) {
        return false;
    }
    m_client->setCurrentIndex(index);
    return true;
}

bool ReportsPage::selectMonth(QDate month)
{
    const int index = m_month->findData(QDate(month.year(), month.month(), 1));
    if (index < 0) {
        return false;
    }
    m_month->setCurrentIndex(index);
    return true;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const qint64 before = m_client->currentData().toLongLong();
    reloadClients();
    if (m_client->currentData().toLongLong() != before || !m_report) {
        refresh();
    }
}

void ReportsPage::refresh()
{
    m_report.reset();
    m_export->setEnabled(false);
    if (m_client->currentIndex() < 0) {
        m_preview->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("No clients yet: import an inventory first.").toHtmlEscaped()));
        return;
    }
    const Result<ClientReport> report =
        ReportBuilder(m_database, m_clock).build(m_client->currentData().toLongLong(), m_month->currentData().toDate());
    if (!report) {
        showError(report.error().toString());
        m_preview->clear();
        return;
    }
    m_error->hide();
    m_report = report.value();
    const ReportBranding branding = m_settings.reportBranding();
    ReportDocument::addImages(*m_preview->document(), *m_report, branding);
    m_preview->setHtml(ReportDocument::html(*m_report, branding));
    m_export->setEnabled(true);
}

Status ReportsPage::exportTo(const QString &path)
{
    if (!m_report) {
        return Error{ErrorCode::InvalidInput, tr("there is no report to export"), path};
    }
    const std::optional<ReportFile::Format> format = ReportFile::formatForPath(path);
    if (!format) {
        return Error{ErrorCode::InvalidInput, tr("name the file .pdf, .html or .csv"), path};
    }
    return ReportFile::write(*m_report, m_settings.reportBranding(), *format, path);
}

void ReportsPage::chooseAndExport()
{
    if (!m_report) {
        return;
    }
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("Web page (*.html)");
    const QString csv = tr("CSV figures (*.csv)");
    QString filter = pdf;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1 %2.pdf")
                          .arg(m_report->clientName, m_report->month.toString(QStringLiteral("yyyy-MM"))));
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
                                                QStringList{pdf, html, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (!ReportFile::formatForPath(path)) {
        path += filter == html ? QStringLiteral(".html")
                               : (filter == csv ? QStringLiteral(".csv") : QStringLiteral(".pdf"));
    }
    const Status written = exportTo(path);
    if (!written) {
        showError(written.error().toString());
        return;
    }
    m_error->hide();
}

void ReportsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Vigil
