// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDecimation.h"
#include "DiskTrend.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <cmath>

using namespace Vigil;

namespace {

HistoryPoint raw(qint64 ts, double value)
{
    return {ts, value, value, value, 1};
}

double maxOf(const ChartSeries &series)
{
    double best = -1;
    for (const QList<QPointF> &segment : series.segments) {
        for (const QPointF &p : segment) {
            best = std::max(best, p.y());
        }
    }
    return best;
}

// 30 days of one sample a minute with noise: the worst case a chart is asked to draw.
QList<HistoryPoint> month(qint64 t0)
{
    QRandomGenerator random(7);
    QList<HistoryPoint> points;
    for (qint64 minute = 0; minute < 30 * 1440; ++minute) {
        points.append(raw(t0 + minute * 60, 20 + random.bounded(10.0)));
    }
    return points;
}

} // namespace

TEST(ChartDecimationTest, OutputIsBoundedByTwoPointsPerColumn)
{
    const qint64 t0 = 1'700'000'000;
    const QList<HistoryPoint> points = month(t0);
    for (int columns : {1, 7, 300, 1200, 4000}) {
        const ChartSeries series = decimateMinMax(points, t0, t0 + 30 * 86400, columns, 180);
        EXPECT_LE(series.pointCount(), 2 * columns) << columns << " columns";
        EXPECT_GE(series.pointCount(), columns) << "every column has data";
        ASSERT_EQ(series.segments.size(), 1);
        EXPECT_EQ(series.sourcePoints, points.size());
    }
}

TEST(ChartDecimationTest, ASingleSampleSpikeSurvivesAtEveryWidth)
{
    const qint64 t0 = 1'700'000'000;
    QList<HistoryPoint> points = month(t0);
    points[20'000].value = points[20'000].min = points[20'000].max = 99.5;
    points[30'000].value = points[30'000].min = points[30'000].max = 0.5; // and a dip
    for (int columns : {3, 100, 1200}) {
        const ChartSeries series = decimateMinMax(points, t0, t0 + 30 * 86400, columns, 180);
        EXPECT_DOUBLE_EQ(maxOf(series), 99.5) << columns;
        double low = 100;
        for (const QPointF &p : series.segments.constFirst()) {
            low = std::min(low, p.y());
        }
        EXPECT_DOUBLE_EQ(low, 0.5) << columns;
    }
}

TEST(ChartDecimationTest, RollupMaximaCountNotOnlyAverages)
{
    const qint64 t0 = 1'700'000'000;
    QList<HistoryPoint> points;
    for (int i = 0; i < 100; ++i) {
        points.append({t0 + i * 300, 30, 25, i == 40 ? 97.0 : 35.0, 5});
    }
    const ChartSeries series = decimateMinMax(points, t0, t0 + 100 * 300, 10, 600);
    EXPECT_DOUBLE_EQ(maxOf(series), 97.0);
}

TEST(ChartDecimationTest, AnOfflineStretchIsAGapNotALine)
{
    const qint64 t0 = 1'700'000'000;
    QList<HistoryPoint> points;
    for (int minute = 0; minute < 60; ++minute) {
        points.append(raw(t0 + minute * 60, 10));
    }
    // Offline for two hours, then back.
    for (int minute = 180; minute < 240; ++minute) {
        points.append(raw(t0 + minute * 60, 50));
    }
    const qint64 gap = chartGapSeconds(points, 0);
    EXPECT_EQ(gap, 180);
    const ChartSeries series = decimateMinMax(points, t0, t0 + 4 * 3600, 1200, gap);
    ASSERT_EQ(series.segments.size(), 2);
    EXPECT_LE(series.segments.at(0).constLast().x(), (t0 + 59 * 60) * 1000.0);
    EXPECT_GE(series.segments.at(1).constFirst().x(), (t0 + 180 * 60) * 1000.0);
    EXPECT_DOUBLE_EQ(series.segments.at(1).constFirst().y(), 50);
}

TEST(ChartDecimationTest, AMissedPollOrTwoIsNoGap)
{
    const qint64 t0 = 1'700'000'000;
    QList<HistoryPoint> points;
    for (int minute = 0; minute < 60; ++minute) {
        if (minute != 30 && minute != 31) {
            points.append(raw(t0 + minute * 60, 10));
        }
    }
    const ChartSeries series = decimateMinMax(points, t0, t0 + 3600, 600, chartGapSeconds(points, 0));
    EXPECT_EQ(series.segments.size(), 1);
}

TEST(ChartDecimationTest, PointsOutsideTheRangeAndEmptyInputAreLeftOut)
{
    const qint64 t0 = 1'700'000'000;
    EXPECT_TRUE(decimateMinMax({}, t0, t0 + 60, 100, 180).segments.isEmpty());
    EXPECT_TRUE(decimateMinMax({raw(t0, 1)}, t0, t0 + 60, 0, 180).segments.isEmpty());
    const ChartSeries series =
        decimateMinMax({raw(t0 - 600, 5), raw(t0 + 30, 6), raw(t0 + 900, 7)}, t0, t0 + 60, 100, 180);
    ASSERT_EQ(series.pointCount(), 1);
    EXPECT_DOUBLE_EQ(series.segments.at(0).at(0).y(), 6);
    EXPECT_DOUBLE_EQ(series.segments.at(0).at(0).x(), (t0 + 30) * 1000.0);
}

TEST(ChartDecimationTest, ExtremesKeepTheirOrderInTime)
{
    const qint64 t0 = 1'700'000'000;
    // One column: high first, then low.
    const ChartSeries series =
        decimateMinMax({raw(t0, 50), raw(t0 + 10, 90), raw(t0 + 20, 10), raw(t0 + 30, 40)}, t0, t0 + 60, 1, 180);
    ASSERT_EQ(series.pointCount(), 2);
    EXPECT_DOUBLE_EQ(series.segments.at(0).at(0).y(), 90);
    EXPECT_DOUBLE_EQ(series.segments.at(0).at(1).y(), 10);
}

TEST(DiskTrendTest, SteadyGrowthPredictsDaysUntilFull)
{
    const qint64 t0 = 1'700'000'000;
    QList<HistoryPoint> points;
    // 1 % a day for three days, every 5 minutes, ending at 70 %.
    for (int i = 0; i <= 3 * 288; ++i) {
        const double value = 67 + i / 288.0;
        points.append({t0 + i * 300, value, value, value, 5});
    }
    const DiskTrend trend = DiskTrend::estimate(points, 70);
    ASSERT_EQ(trend.kind, DiskTrend::Kind::Growing);
    EXPECT_NEAR(trend.percentPerDay, 1.0, 1e-6);
    ASSERT_TRUE(trend.daysUntilFull);
    EXPECT_NEAR(*trend.daysUntilFull, 30.0, 1e-3);
    // Without a catalogue loaded the plural reads "day(s)".
    EXPECT_TRUE(trend.text().startsWith(QStringLiteral("full in ~30 day"))) << qPrintable(trend.text());
}

TEST(DiskTrendTest, NoisyButFlatIsNotGrowing)
{
    const qint64 t0 = 1'700'000'000;
    QRandomGenerator random(3);
    QList<HistoryPoint> points;
    for (int i = 0; i < 800; ++i) {
        const double value = 55 + random.bounded(0.4);
        points.append({t0 + i * 300, value, value, value, 5});
    }
    EXPECT_EQ(DiskTrend::estimate(points, 55.2).kind, DiskTrend::Kind::NotGrowing);
    EXPECT_EQ(DiskTrend::estimate(points, 55.2).text(), QStringLiteral("not growing"));
}

TEST(DiskTrendTest, ShrinkingIsNotGrowing)
{
    const qint64 t0 = 1'700'000'000;
    QList<HistoryPoint> points;
    for (int i = 0; i < 100; ++i) {
        points.append({t0 + i * 3600, 80.0 - i * 0.1, 0, 0, 12});
    }
    const DiskTrend trend = DiskTrend::estimate(points, 70);
    EXPECT_EQ(trend.kind, DiskTrend::Kind::NotGrowing);
    EXPECT_LT(trend.percentPerDay, 0);
    EXPECT_FALSE(trend.daysUntilFull);
}

TEST(DiskTrendTest, TooLittleHistoryIsUnknownAndAFullDiskIsFull)
{
    const qint64 t0 = 1'700'000'000;
    const QList<HistoryPoint> hour{{t0, 50, 50, 50, 1}, {t0 + 1800, 55, 55, 55, 1}, {t0 + 3600, 60, 60, 60, 1}};
    EXPECT_EQ(DiskTrend::estimate(hour, 60).kind, DiskTrend::Kind::Unknown);
    EXPECT_EQ(DiskTrend::estimate({}, 40).kind, DiskTrend::Kind::Unknown);
    EXPECT_EQ(DiskTrend::estimate(hour, 100).kind, DiskTrend::Kind::Full);
}

TEST(DiskTrendTest, FastGrowthIsCountedInHours)
{
    const qint64 t0 = 1'700'000'000;
    QList<HistoryPoint> points;
    for (int i = 0; i <= 12; ++i) {
        points.append({t0 + i * 3600, 80.0 + i, 0, 0, 12}); // 24 % a day
    }
    const DiskTrend trend = DiskTrend::estimate(points, 92);
    ASSERT_EQ(trend.kind, DiskTrend::Kind::Growing);
    EXPECT_NEAR(*trend.daysUntilFull, 8.0 / 24.0, 1e-6);
    EXPECT_EQ(trend.text(), QStringLiteral("full in ~8 h"));
}
