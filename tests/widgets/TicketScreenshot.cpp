// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Tickets page of the real MainWindow over a copy of a database (the demo's, made by run.sh):
//   vigil_ticket_screenshot DB OUT.png [TECHNICIAN]
// The clock is the system's, since the demo's tickets are dated relative to when run.sh made them.
#include "AppSettings.h"
#include "Database.h"
#include "MainWindow.h"
#include "TicketQueueModel.h"

#include <QApplication>
#include <QColor>
#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: %s DB OUT.png [TECHNICIAN]\n", argv[0]);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // VIGIL_SCREENSHOT_DARK=1: a dark palette, to check that the SLA colours stay readable on one.
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
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
    }
    QTemporaryDir dir;
    // A copy, so that the picture never changes the demo (the console would record a last page, for one).
    const QString copy = dir.filePath(QStringLiteral("vigil.db"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), copy)) {
        std::fprintf(stderr, "could not copy %s\n", argv[1]);
        return 1;
    }
    auto database = Vigil::Database::open(copy);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    Vigil::AppSettings settings(dir.filePath(QStringLiteral("vigil.ini")));
    const QString technician = argc == 4 ? QString::fromLocal8Bit(argv[3]) : qEnvironmentVariable("USER");
    if (!technician.isEmpty()) {
        settings.setTechnicianName(technician);
    }

    Vigil::MainWindow window(*database.value(), settings, nullptr, nullptr);
    window.resize(1400, 850);
    window.showPage(QStringLiteral("tickets"));
    window.show();
    // The ticket with the most to show: the technician's own, worked on, with notes and time.
    if (auto *table = window.findChild<QTableView *>(QStringLiteral("ticketTable"))) {
        table->setFocus();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, Vigil::TicketQueueModel::AssigneeColumn);
            if (index.data().toString() == technician
                && index.data(Vigil::TicketQueueModel::StatusRole).toString() != QStringLiteral("waiting")) {
                table->setCurrentIndex(index);
                table->selectRow(row);
                break;
            }
        }
    }
    QTest::qWait(200);
    if (!window.grab().save(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "could not write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
