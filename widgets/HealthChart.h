// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartSeries.h"

#include <QChartView>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace Vigil {

// One health chart of the device page: percentages over a time range in local time, one colour per line (a
// line with gaps is several segments of the same colour), and the alert thresholds as dashed lines.
class HealthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthChart)

public:
    struct Line
    {
        QString name; // the legend's text; empty for a chart of one line
        ChartSeries series;
    };

    explicit HealthChart(const QString &title, QWidget *parent = nullptr);

    void setThresholds(std::optional<double> warning, std::optional<double> critical);
    // Replaces what the chart shows. from..to is the range on the time axis (UTC; shown in local time).
    void setLines(const QList<Line> &lines, const QDateTime &from, const QDateTime &to);
    // The width of the plot in device-independent pixels.
    int plotColumns() const;
    // The columns decimation is asked for: one per two pixels, so at most one point per pixel.
    int decimationColumns() const;
    // Drawn points of data lines (thresholds not counted).
    qsizetype dataPointCount() const;
    // Threshold lines drawn, e.g. {80, 90}.
    QList<double> thresholdsShown() const;
    QString titleText() const;

    static QColor warningColor();
    static QColor criticalColor();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QColor lineColor(int index) const;

    QString m_title;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    std::optional<double> m_warning;
    std::optional<double> m_critical;
    QList<double> m_thresholdsShown;
    qsizetype m_dataPoints = 0;
};

} // namespace Vigil
