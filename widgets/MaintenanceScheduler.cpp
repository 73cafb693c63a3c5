// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceScheduler.h"

#include "Clock.h"
#include "MaintenanceStore.h"
#include "MaintenanceWindowDialog.h"

#include <QLocale>

namespace Vigil {

MaintenanceScheduler::MaintenanceScheduler(Database &database, const Clock &clock, QString technician, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_clock(clock)
    , m_technician(std::move(technician))
{
    m_prompt = [this](const QString &target, QWidget *parentWidget) -> std::optional<MaintenanceWindow> {
        MaintenanceWindowDialog dialog(target, m_clock.now(), parentWidget);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        MaintenanceWindow window;
        window.startsAt = dialog.startsAt();
        window.endsAt = dialog.endsAt();
        window.reason = dialog.reason();
        return window;
    };
}

void MaintenanceScheduler::setPrompt(Prompt prompt)
{
    m_prompt = std::move(prompt);
}

void MaintenanceScheduler::schedule(qint64 deviceId, qint64 siteId, const QString &target, QWidget *parent)
{
    std::optional<MaintenanceWindow> window = m_prompt(target, parent);
    if (!window) {
        return;
    }
    window->deviceId = deviceId;
    window->siteId = siteId;
    window->createdBy = m_technician;
    const Result<qint64> added = MaintenanceStore(m_db).add(*window, m_clock.now());
    if (!added) {
        Q_EMIT failed(tr("Maintenance window for %1 not saved: %2").arg(target, added.error().toString()));
        return;
    }
    const QLocale locale;
    Q_EMIT scheduled(tr("Maintenance for %1 from %2 until %3")
                         .arg(target, locale.toString(window->startsAt.toLocalTime(), QLocale::ShortFormat),
                              locale.toString(window->endsAt.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace Vigil
