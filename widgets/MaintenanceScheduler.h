// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MaintenanceWindow.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace Vigil {

class Clock;
class Database;

// Books maintenance windows from the console: asks (MaintenanceWindowDialog) and stores (MaintenanceStore), and
// says what happened. The question is a replaceable function so tests can answer it.
class MaintenanceScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceScheduler)

public:
    // Returns the window to store (times, reason), or nothing when the technician cancels.
    using Prompt = std::function<std::optional<MaintenanceWindow>(const QString &target, QWidget *parent)>;

    MaintenanceScheduler(Database &database, const Clock &clock, QString technician, QObject *parent = nullptr);
    void setPrompt(Prompt prompt);

public Q_SLOTS:
    // Exactly one of deviceId and siteId is non-zero.
    void schedule(qint64 deviceId, qint64 siteId, const QString &target, QWidget *parent);

Q_SIGNALS:
    void scheduled(const QString &message);
    void failed(const QString &message);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_technician;
    Prompt m_prompt;
};

} // namespace Vigil
