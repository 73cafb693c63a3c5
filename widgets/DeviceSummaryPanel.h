// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace Vigil {

struct Client;
struct Device;
struct DeviceState;
struct Site;

// What a technician needs about the selected device at a glance: where it is, what it runs, how to reach it.
class DeviceSummaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSummaryPanel)

public:
    explicit DeviceSummaryPanel(QWidget *parent = nullptr);

    // state: the device's last poll, or nullptr when it was never polled.
    void showDevice(const Device &device, const Client *client, const Site *site, const DeviceState *state,
                    const QDateTime &now);

    // "just now", "4 min ago", "3 h ago", "2 days ago".
    static QString ageText(const QDateTime &then, const QDateTime &now);
    void showNothing(const QString &hint);

private:
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace Vigil
