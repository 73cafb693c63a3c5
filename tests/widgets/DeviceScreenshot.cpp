// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the device page of the real MainWindow over a generated month of history:
// vigil_device_screenshot OUT-30d.png [OUT-24h.png]
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DevicePage.h"
#include "DeviceScenario.h"
#include "MainWindow.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

namespace {

// The English plural forms live in translations/vigil_en.ts, which is regenerated centrally and not compiled into
// this tool: "%n day(s)" is resolved here the way that catalogue does.
class EnglishPlurals final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        QString text = QString::fromUtf8(sourceText);
        if (n < 0 || !text.contains(QStringLiteral("(s)"))) {
            return {};
        }
        text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: %s OUT-30d.png [OUT-24h.png]\n", argv[0]);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    EnglishPlurals plurals;
    QApplication::installTranslator(&plurals);
    // VIGIL_SCREENSHOT_DARK=1: a dark system palette, to check the page follows it.
    if (!qEnvironmentVariableIsEmpty("VIGIL_SCREENSHOT_DARK")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        QApplication::setPalette(dark);
    }
    QTemporaryDir dir;
    auto database = Vigil::Database::open(dir.filePath(QStringLiteral("vigil.db")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    Vigil::AppSettings settings(dir.filePath(QStringLiteral("vigil.ini")));
    settings.setTechnicianName(QStringLiteral("sam"));
    // Today 07:05 on the local wall clock, as in the alert screenshot.
    Vigil::ManualClock clock(QDateTime(QDate::currentDate(), QTime(7, 5)).toUTC());
    Vigil::DeviceScenario scenario(*database.value(), clock.now());
    const qint64 device = scenario.addServer();
    scenario.fillHistory(device);
    scenario.pollNow(device);
    scenario.addSessions(device);

    Vigil::MainWindow window(*database.value(), settings, nullptr, &clock);
    window.resize(1500, 1040);
    window.show();
    window.showPage(QStringLiteral("inventory"));
    if (!window.showDevice(device)) {
        return 1;
    }
    auto *page = window.findChild<Vigil::DevicePage *>();
    const auto shoot = [&](Vigil::HealthChartQuery::Range range, const char *path) {
        page->setRange(range);
        QTest::qWait(200);
        // Again once laid out: the charts ask for as many points as they have pixels.
        page->setRange(range);
        QTest::qWait(100);
        if (!window.grab().save(QString::fromLocal8Bit(path))) {
            std::fprintf(stderr, "could not write %s\n", path);
            return false;
        }
        return true;
    };
    if (!shoot(Vigil::HealthChartQuery::Range::Month, argv[1])) {
        return 1;
    }
    if (argc == 3 && !shoot(Vigil::HealthChartQuery::Range::Day, argv[2])) {
        return 1;
    }
    return 0;
}
