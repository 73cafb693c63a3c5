// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <array>

namespace Vigil {

HealthChart::HealthChart(const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_title(title)
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    // Redrawn whole on every update: animations would cost frames and show lines that are not data.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 2, 8, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_timeAxis->setTickCount(7);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    setChart(m_chart);
    setMinimumHeight(190);
    applyPalette();
}

QColor HealthChart::warningColor()
{
    return QColor(0xe0, 0x8e, 0x00);
}

QColor HealthChart::criticalColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor HealthChart::lineColor(int index) const
{
    // Distinguishable in light and dark palettes and from the amber and red of the thresholds.
    static constexpr std::array<QRgb, 6> light{0x1565c0, 0x2e7d32, 0x6a1b9a, 0x00838f, 0x5d4037, 0x455a64};
    static constexpr std::array<QRgb, 6> dark{0x64b5f6, 0x81c784, 0xce93d8, 0x4dd0e1, 0xbcaaa4, 0xb0bec5};
    const bool isDark = palette().color(QPalette::Base).lightnessF() < 0.5;
    const auto &colors = isDark ? dark : light;
    return QColor(colors.at(static_cast<size_t>(index) % colors.size()));
}

void HealthChart::applyPalette()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(p.color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_chart->legend()->setFont(font());
    QColor grid = p.color(QPalette::Text);
    grid.setAlphaF(0.12);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void HealthChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
    }
}

void HealthChart::setThresholds(std::optional<double> warning, std::optional<double> critical)
{
    m_warning = warning;
    m_critical = critical;
}

int HealthChart::plotColumns() const
{
    const int plot = static_cast<int>(m_chart->plotArea().width());
    // Before the first layout the plot area is empty; the view less the value axis is close enough.
    return plot > 50 ? plot : std::max(200, width() - 60);
}

int HealthChart::decimationColumns() const
{
    // A min/max pair per two pixels draws the same envelope as a pair per pixel with half the points, and points are
    // what a Qt Charts line costs (about 5 µs each: it strokes the whole outline again for hit testing).
    return std::max(1, plotColumns() / 2);
}

qsizetype HealthChart::dataPointCount() const
{
    return m_dataPoints;
}

QList<double> HealthChart::thresholdsShown() const
{
    return m_thresholdsShown;
}

QString HealthChart::titleText() const
{
    return m_chart->title();
}

void HealthChart::setLines(const QList<Line> &lines, const QDateTime &from, const QDateTime &to)
{
    m_chart->removeAllSeries();
    m_dataPoints = 0;
    m_thresholdsShown.clear();
    const qint64 span = from.secsTo(to);
    // Local time, in the words of the range: clock times within a day, days beyond.
    m_timeAxis->setFormat(span <= 86400 ? QStringLiteral("HH:mm") : QStringLiteral("d MMM"));
    // 7 d: a tick a day.
    m_timeAxis->setTickCount(span > 86400 && span <= 7 * 86400 ? 8 : 7);
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());

    const auto attach = [this](QLineSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    };
    bool anyData = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        QPen pen(lineColor(static_cast<int>(i)));
        pen.setWidthF(1.5);
        pen.setCosmetic(true);
        bool first = true;
        for (const QList<QPointF> &segment : line.series.segments) {
            auto *series = new QLineSeries;
            series->setName(line.name);
            series->setPen(pen);
            series->replace(segment);
            m_dataPoints += segment.size();
            attach(series);
            anyData = true;
            // One legend entry per line, however many gaps it has.
            const QList<QLegendMarker *> markers = m_chart->legend()->markers(series);
            for (QLegendMarker *marker : markers) {
                marker->setVisible(first && !line.name.isEmpty());
            }
            first = false;
        }
        if (line.series.segments.isEmpty() && !line.name.isEmpty()) {
            // Keeps the line in the legend, so a mount without data in this range is still named.
            auto *series = new QLineSeries;
            series->setName(line.name);
            series->setPen(pen);
            attach(series);
        }
    }
    const auto threshold = [&](std::optional<double> value, const QColor &color, const QString &name) {
        if (!value) {
            return;
        }
        auto *series = new QLineSeries;
        series->setName(name.arg(*value, 0, 'f', 0));
        QPen pen(color);
        pen.setWidthF(1.5);
        pen.setCosmetic(true);
        pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        const double x0 = static_cast<double>(from.toMSecsSinceEpoch());
        const double x1 = static_cast<double>(to.toMSecsSinceEpoch());
        series->append(x0, *value);
        series->append(x1, *value);
        attach(series);
        m_thresholdsShown.append(*value);
    };
    threshold(m_warning, warningColor(), tr("warning %1 %"));
    threshold(m_critical, criticalColor(), tr("critical %1 %"));
    // A legend is worth its room only when it names something: the lines of several mounts, or thresholds.
    m_chart->legend()->setVisible(lines.size() > 1 || !m_thresholdsShown.isEmpty());
    m_chart->setTitle(anyData ? m_title : tr("%1 — no data in this range").arg(m_title));
    // Smoothing a line of about two points per pixel shows nothing more and costs a third of the frame; sparse lines
    // (an hour of samples) keep it.
    setRenderHint(QPainter::Antialiasing, m_dataPoints <= decimationColumns());
}

} // namespace Vigil
