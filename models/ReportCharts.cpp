// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace Vigil {

namespace {

const QColor textColor(0x33, 0x33, 0x33);
const QColor gridColor(0xdd, 0xdd, 0xdd);

QImage canvas(int width, int height)
{
    QImage image(width * ReportCharts::scale, height * ReportCharts::scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDevicePixelRatio(ReportCharts::scale);
    return image;
}

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

QImage ReportCharts::alertsBySeverity(const ClientReport::Alerts &alerts)
{
    if (alerts.total.opened == 0 && alerts.total.acknowledged == 0 && alerts.total.resolved == 0) {
        return {};
    }
    const int width = 640;
    const int height = 220;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect plot(50, 30, width - 70, height - 70);
    int maximum = 1;
    for (const ClientReport::AlertCounts &c : alerts.bySeverity) {
        maximum = std::max({maximum, c.opened, c.acknowledged, c.resolved});
    }
    // Four grid steps of whole alerts.
    const int top = std::max(4, (maximum + 3) / 4 * 4);
    p.setFont(chartFont(11));
    for (int i = 0; i <= 4; ++i) {
        const int y = plot.bottom() - plot.height() * i / 4;
        p.setPen(gridColor);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(textColor);
        p.drawText(QRect(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(top * i / 4));
    }
    const std::array<QColor, 3> colors{QColor(0xd9, 0x53, 0x4f), QColor(0xf0, 0xad, 0x4e), QColor(0x5c, 0xb8, 0x5c)};
    const QStringList series{tr("Opened"), tr("Acknowledged"), tr("Resolved")};
    const int groups = static_cast<int>(allAlertSeverities.size());
    const int groupWidth = plot.width() / groups;
    const int barWidth = groupWidth / 5;
    for (int g = 0; g < groups; ++g) {
        // Most urgent first, as a technician reads them.
        const AlertSeverity severity = allAlertSeverities.at(static_cast<std::size_t>(groups - 1 - g));
        const ClientReport::AlertCounts &c = alerts.bySeverity.at(static_cast<std::size_t>(severity));
        const std::array<int, 3> values{c.opened, c.acknowledged, c.resolved};
        const int x0 = plot.left() + g * groupWidth + barWidth;
        for (int s = 0; s < 3; ++s) {
            const int h = plot.height() * values.at(static_cast<std::size_t>(s)) / top;
            const QRect bar(x0 + s * barWidth, plot.bottom() - h, barWidth - 4, h);
            p.fillRect(bar, colors.at(static_cast<std::size_t>(s)));
            p.setPen(textColor);
            p.drawText(QRect(bar.left() - 10, bar.top() - 16, bar.width() + 20, 14), Qt::AlignCenter,
                       QLocale().toString(values.at(static_cast<std::size_t>(s))));
        }
        p.setFont(chartFont(12, true));
        p.drawText(QRect(plot.left() + g * groupWidth, plot.bottom() + 4, groupWidth, 18), Qt::AlignCenter,
                   alertSeverityDisplayName(severity));
        p.setFont(chartFont(11));
    }
    // Legend
    int x = plot.left();
    const int y = height - 22;
    const QFontMetrics metrics(chartFont(11));
    for (int s = 0; s < 3; ++s) {
        p.fillRect(QRect(x, y + 3, 12, 12), colors.at(static_cast<std::size_t>(s)));
        p.setPen(textColor);
        p.drawText(QPoint(x + 16, y + 13), series.at(s));
        x += 16 + metrics.horizontalAdvance(series.at(s)) + 24;
    }
    return image;
}

QImage ReportCharts::uptimeByDevice(const QList<ClientReport::DeviceUptime> &uptime)
{
    QList<ClientReport::DeviceUptime> rows;
    for (const ClientReport::DeviceUptime &u : uptime) {
        if (u.percent) {
            rows.append(u);
        }
    }
    if (rows.isEmpty()) {
        return {};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return *a.percent < *b.percent; });
    // A long fleet shows its worst devices; the table lists them all.
    const int shown = std::min<int>(static_cast<int>(rows.size()), 15);
    const int rowHeight = 20;
    const int width = 640;
    const int height = 30 + shown * rowHeight + 24;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int labelWidth = 170;
    const QRect plot(labelWidth, 10, width - labelWidth - 70, shown * rowHeight);
    p.setFont(chartFont(11));
    const QFontMetrics metrics(p.font());
    for (int tick = 0; tick <= 100; tick += 25) {
        const int x = plot.left() + plot.width() * tick / 100;
        p.setPen(gridColor);
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.setPen(textColor);
        p.drawText(QRect(x - 20, plot.bottom() + 4, 40, 16), Qt::AlignCenter, QStringLiteral("%1 %").arg(tick));
    }
    for (int i = 0; i < shown; ++i) {
        const ClientReport::DeviceUptime &u = rows.at(i);
        const int y = plot.top() + i * rowHeight;
        const double value = std::clamp(*u.percent, 0.0, 100.0);
        const QColor color = value >= 99.5 ? QColor(0x5c, 0xb8, 0x5c)
                                           : (value >= 95 ? QColor(0xf0, 0xad, 0x4e) : QColor(0xd9, 0x53, 0x4f));
        p.fillRect(QRectF(plot.left(), y + 3, plot.width() * value / 100.0, rowHeight - 6), color);
        p.setPen(textColor);
        p.drawText(QRect(0, y, labelWidth - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   metrics.elidedText(u.device, Qt::ElideMiddle, labelWidth - 10));
        p.drawText(QRect(plot.right() + 6, y, 64, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 %").arg(QLocale().toString(value, 'f', 1)));
    }
    if (shown < rows.size()) {
        p.drawText(QRect(0, height - 18, width, 16), Qt::AlignCenter,
                   tr("The %n least available device(s); every device is in the table.", nullptr, shown));
    }
    return image;
}

} // namespace Vigil
