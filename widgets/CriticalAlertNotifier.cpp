// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriticalAlertNotifier.h"

#include "AlertStore.h"

#include <QLoggingCategory>
#include <QSystemTrayIcon>

namespace Vigil {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "vigil.notify")
constexpr int shownLines = 3;
constexpr int messageMilliseconds = 15000;
} // namespace

CriticalAlertNotifier::CriticalAlertNotifier(AlertStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void CriticalAlertNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void CriticalAlertNotifier::alertsRaised(const QList<qint64> &alertIds)
{
    if (alertIds.isEmpty()) {
        return;
    }
    AlertStore::Query query;
    query.ids = alertIds;
    query.states = {AlertState::Open};
    const Result<QList<AlertQueueRow>> rows = m_store.queue(query);
    if (!rows) {
        // A notification is a courtesy; the alert page shows the alerts from the store anyway.
        qCWarning(lcNotify) << "reading new alerts failed:" << rows.error().toString();
        return;
    }
    QList<qint64> critical;
    QStringList lines;
    for (const AlertQueueRow &row : rows.value()) {
        if (row.alert.severity != AlertSeverity::Critical) {
            continue;
        }
        critical.append(row.alert.id);
        if (lines.size() < shownLines) {
            lines.append(tr("%1 · %2: %3").arg(row.clientName, row.deviceName, row.alert.summary));
        }
    }
    if (critical.isEmpty()) {
        return;
    }
    if (critical.size() > shownLines) {
        lines.append(tr("and %n more", nullptr, static_cast<int>(critical.size()) - shownLines));
    }
    const QString title = tr("%n new critical alert(s)", nullptr, static_cast<int>(critical.size()));
    const QString message = lines.join(u'\n');
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, message, QSystemTrayIcon::Critical, messageMilliseconds);
    }
    Q_EMIT notified(title, message, critical);
}

} // namespace Vigil
