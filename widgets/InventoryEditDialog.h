// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inventory.h"
#include "Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Vigil {

// Adds or edits one client, site or device. Checks what it can before saving (a name, unique within its parent;
// an address without spaces; an http(s) exporter URL; SLA targets where resolution is not sooner than response),
// then saves through the callback; an error from the store is shown in the dialog, which stays open with
// everything typed in it.
class InventoryEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryEditDialog)

public:
    using SaveClient = std::function<Status(Client &)>;
    using SaveSite = std::function<Status(Site &)>;
    using SaveDevice = std::function<Status(Device &)>;

    InventoryEditDialog(const Inventory &inventory, Client client, SaveClient save, QWidget *parent = nullptr);
    InventoryEditDialog(const Inventory &inventory, Site site, SaveSite save, QWidget *parent = nullptr);
    InventoryEditDialog(const Inventory &inventory, Device device, SaveDevice save, QWidget *parent = nullptr);
    ~InventoryEditDialog() override;

    // Checks and saves as OK does; false (with the reason shown) when something is wrong.
    bool trySave();
    QString errorText() const;
    const Client &client() const;
    const Site &site() const;
    const Device &device() const;

private:
    enum class What { Client, Site, Device };
    explicit InventoryEditDialog(const Inventory &inventory, What what, QWidget *parent);
    void buildClientForm();
    void buildSiteForm();
    void buildDeviceForm();
    QString checkClient();
    QString checkSite();
    QString checkDevice();
    void showError(const QString &text);

    const Inventory &m_inventory;
    What m_what;
    Client m_client;
    Site m_site;
    Device m_device;
    SaveClient m_saveClient;
    SaveSite m_saveSite;
    SaveDevice m_saveDevice;

    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_contact = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QList<QSpinBox *> m_response;
    QList<QSpinBox *> m_resolution;
    QComboBox *m_siteChoice = nullptr;
    QLineEdit *m_os = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_exporterUrl = nullptr;
    QLineEdit *m_tags = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QSpinBox *m_vncPort = nullptr;
};

} // namespace Vigil
