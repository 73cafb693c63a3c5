// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientReport.h"
#include "Result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Vigil {

class AppSettings;
class Clock;
class Database;

// A client's monthly report: pick the client and the month, read the preview, export it as PDF, HTML or CSV.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    ReportsPage(Database &database, AppSettings &settings, const Clock &clock, QWidget *parent = nullptr);

    // The clients from the store again, keeping the chosen one when it still exists.
    void reloadClients();
    bool selectClient(const QString &name);
    bool selectMonth(QDate month);
    // The report shown, if one could be made.
    const std::optional<ClientReport> &report() const { return m_report; }
    // Writes the shown report; the format follows the file's extension.
    Status exportTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillMonths();
    void refresh();
    void chooseAndExport();
    void showError(const QString &message);

    Database &m_database;
    AppSettings &m_settings;
    const Clock &m_clock;
    QComboBox *m_client = nullptr;
    QComboBox *m_month = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_error = nullptr;
    QTextBrowser *m_preview = nullptr;
    std::optional<ClientReport> m_report;
};

} // namespace Vigil
