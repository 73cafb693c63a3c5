// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SshSessionOptions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTabWidget;

namespace Vigil {

class Clock;
class Database;
class InventoryStore;
class SecretStore;
class SessionLog;
class SshTerminalTab;

// The remote sessions, one tab each. Closing a tab closes its session; a session that fails shows why in its own
// tab and leaves the others working.
class SessionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    // secrets may be null (every secret is asked for); it must outlive the page.
    SessionsPage(Database &database, InventoryStore &inventory, SecretStore *secrets, QString technician,
                 const Clock &clock, QWidget *parent = nullptr);
    ~SessionsPage() override;

    // Opens a shell on the device in a new tab (and connects); a device without SSH settings, or one whose jump
    // host cannot be found, is refused with the reason. ticketId: the ticket the session is booked on.
    Result<SshTerminalTab *> openSsh(qint64 deviceId, std::optional<qint64> ticketId = std::nullopt);
    // What new sessions start with (known_hosts files, timeouts); the mode is always a shell.
    void setSessionOptions(const SshSessionOptions &options);
    int sessionCount() const;
    SshTerminalTab *sessionTab(int index) const;
    SshTerminalTab *currentSessionTab() const;
    void closeSessionTab(int index);

Q_SIGNALS:
    void sessionCountChanged(int count);
    void message(const QString &text);

private:
    void updateEmptyState();

    InventoryStore &m_inventory;
    SecretStore *m_secrets = nullptr;
    QString m_technician;
    const Clock &m_clock;
    std::unique_ptr<SessionLog> m_log;
    SshSessionOptions m_options;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Vigil
