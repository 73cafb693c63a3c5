// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSnapshot.h"
#include "FleetLink.h"
#include "Inventory.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <utility>

class QLabel;
class QTimer;
class QToolButton;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Vigil {

class DeviceStateStore;
class Clock;
class DeviceSummaryPanel;
class FleetOverview;
class InventoryFilterProxyModel;
class InventoryStore;
class InventoryTreeModel;

// Clients → sites → devices with a filter box and the selected device's summary. Clients, sites and devices are
// added, edited and removed here (dialogs with validation; removal says what goes with it), and devices are
// dragged onto another site.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    // With loadNow false the page reads the store on the first ensureLoaded() (or any call that needs the rows):
    // the main window shows itself first and fills the page right after.
    InventoryPage(InventoryStore &store, DeviceStateStore &states, QWidget *parent = nullptr, bool loadNow = true);
    void ensureLoaded();

    // Reads the inventory from the store again. On error the page keeps what it showed and says what went wrong.
    void reload();
    void focusFilter();
    // Shows the device in the tree (clearing a filter that hides it) with its summary; false when unknown.
    bool selectDevice(qint64 deviceId);
    const Inventory &inventory() const;
    int deviceCount() const;
    int clientCount() const;
    // Devices with an exporter URL, and those of them whose last poll failed.
    int monitoredCount() const;
    int unreachableCount() const;

    // A poll result from the poller. Results are gathered for a moment and shown together: the rows change in
    // place, the tree, its expansion and the selection stay, and the summary follows the selected device.
    void applyPoll(qint64 deviceId, const DeviceSnapshot &snapshot);
    // Asks for a maintenance window for the current device or site (the tree's context menu does the same).
    bool requestMaintenanceForCurrent();
    // The current row's device; 0 when a client or site (or nothing) is current.
    qint64 currentDeviceId() const;

    // Badges show the worst alert, and the fleet overview's lists filter on the same conditions, from this source;
    // both must outlive the page.
    void setHealthSource(const FleetOverview &overview, const Clock &clock);
    // The devices behind a number of the fleet overview; a bar above the tree says so and clears it (Esc too).
    void showDevices(const FleetLink &link);
    void clearDeviceFilter();
    QString deviceFilterText() const;
    int visibleDeviceCount() const;
    bool selectClient(qint64 clientId);
    bool selectSite(qint64 siteId);

    // Asks yes or no before removing; tests answer it themselves.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    void setConfirm(Confirm confirm);
    void addClient();
    void addSite();
    void addDevice();
    void editCurrent();
    // Removes the current client, site or device after confirming; false when nothing was removed.
    bool removeCurrent();
    // What the drop of devices onto a site does (the tree's drag and drop ends here).
    bool moveDevices(const QList<qint64> &deviceIds, qint64 siteId);

Q_SIGNALS:
    void inventoryChanged();
    // Polls were shown (device states changed).
    void statesChanged();
    // Exactly one of deviceId and siteId is set; target reads "Client / Site" or "Client / Device".
    void maintenanceRequested(qint64 deviceId, qint64 siteId, const QString &target);
    // Enter or a double click on a device: open its page.
    void openDeviceRequested(qint64 deviceId);

protected:
    // A page that was not loaded yet loads when it is shown.
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(const QString &text);
    void showSelection();
    void updateEmptyState();
    void showPendingPolls();
    void createEditActions();
    void showStoreError(const QString &text);
    void reloadAndSelect(qint64 clientId, qint64 siteId, qint64 deviceId);
    qint64 currentId(int role) const;

    InventoryStore &m_store;
    DeviceStateStore &m_states;
    QList<std::pair<qint64, DeviceSnapshot>> m_pendingPolls;
    InventoryTreeModel *m_model = nullptr;
    InventoryFilterProxyModel *m_proxy = nullptr;
    QTimer *m_pollTimer = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_body = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    DeviceSummaryPanel *m_summary = nullptr;
    const FleetOverview *m_overview = nullptr;
    bool m_loaded = false;
    Confirm m_confirm;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
};

} // namespace Vigil
