// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace Vigil {

class AlertStore;

// Tells the technician about new critical alerts while the console runs: a tray message when the desktop has a
// tray, and the notified() signal either way (the window shows it in the status bar). Warnings and info wait for
// the review; an alert that a technician already handled elsewhere is not announced.
class CriticalAlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriticalAlertNotifier)

public:
    explicit CriticalAlertNotifier(AlertStore &store, QObject *parent = nullptr);

    // Not owned; may be null (no tray on this desktop).
    void setTrayIcon(QSystemTrayIcon *tray);

public Q_SLOTS:
    // The poller's report of alerts it opened or reopened.
    void alertsRaised(const QList<qint64> &alertIds);

Q_SIGNALS:
    void notified(const QString &title, const QString &message, const QList<qint64> &criticalIds);

private:
    AlertStore &m_store;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace Vigil
