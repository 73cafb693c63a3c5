// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Alerts page of the real MainWindow over a realistic morning: vigil_alert_screenshot OUT.png
#include "AlertQueueModel.h"
#include "AlertScenario.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "MainWindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT.png\n", argv[0]);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto database = Vigil::Database::open(dir.filePath(QStringLiteral("vigil.db")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    Vigil::AppSettings settings(dir.filePath(QStringLiteral("vigil.ini")));
    settings.setTechnicianName(QStringLiteral("sam"));
    // Today 07:05 on the local wall clock: when a technician opens the console.
    Vigil::ManualClock clock(QDateTime(QDate::currentDate(), QTime(7, 5)).toUTC());
    Vigil::AlertScenario scenario(*database.value(), clock);
    scenario.fillMorning(QStringLiteral("sam"));

    Vigil::MainWindow window(*database.value(), settings, nullptr, &clock);
    window.resize(1400, 850);
    window.show();
    window.showPage(QStringLiteral("alerts")); // the fleet overview opens first
    // Select an alert with a history worth showing: the first one a technician acted on.
    if (auto *table = window.findChild<QTableView *>(QStringLiteral("alertTable"))) {
        table->setFocus();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(Vigil::AlertQueueModel::StateRole).toString() == QStringLiteral("acknowledged")) {
                table->setCurrentIndex(index);
                table->selectRow(row);
                break;
            }
        }
    }
    QTest::qWait(200);
    if (!window.grab().save(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "could not write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
