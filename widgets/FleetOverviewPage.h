// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetLink.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;
class QTimer;

namespace Vigil {

class Clock;
class Database;
class FleetOverview;
class FleetOverviewModel;

// The console's start page: the fleet's totals and one row per client, every number a link to the list behind it
// (click it, or move to it with the arrow keys and press Enter). Zeros are quiet; problems are bold, coloured and
// spelled out in the last column. Refreshes itself every minute and on refresh().
class FleetOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetOverviewPage)

public:
    // The clock must outlive the page. With loadNow false the numbers are read on the first ensureLoaded() or
    // refresh(), so the window can show itself first.
    FleetOverviewPage(Database &database, const Clock &clock, QWidget *parent = nullptr, bool loadNow = true);
    void ensureLoaded();
    ~FleetOverviewPage() override;

    const FleetOverviewModel &model() const;
    // Puts the cursor on the client's row (0: the fleet row); false when unknown.
    bool showClient(qint64 clientId);
    // Opens the link under the cursor, as Enter does.
    void activateCurrent();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void linkActivated(const Vigil::FleetLink &link);

private:
    void activate(const QModelIndex &index);

    std::unique_ptr<FleetOverview> m_overview;
    FleetOverviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_timer = nullptr;
    bool m_loaded = false;
};

} // namespace Vigil
