// SPDX-License-Identifier: GPL-3.0-or-later
// The October report of a demo-like practice, in every format, and the Reports page showing it:
// vigil_report_screenshot OUTDIR (writes report.pdf, report.html, report.csv, reports-page.png).
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "ReportBuilder.h"
#include "ReportScenario.h"
#include "ReportsPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

namespace {

// A stand-in MSP logo, drawn here so the repository needs no image of another company.
QImage demoLogo()
{
    QImage logo(420, 120, QImage::Format_ARGB32_Premultiplied);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1d, 0x35, 0x57));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRect(6, 6, 108, 108));
    p.setPen(QPen(Qt::white, 10, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(QPolygon({QPoint(30, 62), QPoint(52, 84), QPoint(92, 36)}));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(44);
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0x1d, 0x35, 0x57));
    p.drawText(QRect(126, 0, 294, 120), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("Northwind"));
    return logo;
}

// English plural forms as vigil_en.ts gives them once lupdate has seen the report's strings: "(s)" becomes "s"
// unless the count is one.
class EnglishPlurals final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(QLatin1String("(s)"))) {
            return {};
        }
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    auto database = Vigil::Database::open(dir.filePath(QStringLiteral("vigil.db")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    const VigilTest::ReportScenarioInfo scenario = VigilTest::fillReportScenario(*database.value());
    Vigil::AppSettings settings(dir.filePath(QStringLiteral("vigil.ini")));
    settings.setReportCompanyName(QStringLiteral("Northwind IT Services · Hamburg"));
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    demoLogo().save(logoPath);
    settings.setReportLogoPath(logoPath);
    Vigil::ManualClock clock(scenario.now);

    // What the page waits for when the client or month changes.
    QElapsedTimer timer;
    timer.start();
    const auto built = Vigil::ReportBuilder(*database.value(), clock).build(scenario.clientId, scenario.month);
    std::printf("report of %d devices built in %lld ms\n", built ? built->deviceCount : 0,
                static_cast<long long>(timer.elapsed()));

    Vigil::ReportsPage page(*database.value(), settings, clock);
    page.resize(1100, 900);
    page.selectClient(QStringLiteral("Harbor Dental"));
    page.selectMonth(scenario.month);
    page.show();
    QTest::qWait(200);
    for (const char *name : {"report.pdf", "report.html", "report.csv"}) {
        const Vigil::Status written = page.exportTo(out.filePath(QString::fromLatin1(name)));
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
            return 1;
        }
    }
    if (!page.grab().save(out.filePath(QStringLiteral("reports-page.png")))) {
        std::fprintf(stderr, "could not write the page's image\n");
        return 1;
    }
    return 0;
}
