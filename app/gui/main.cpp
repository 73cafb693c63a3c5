// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "BackgroundPoller.h"
#include "ComponentVersions.h"
#include "Database.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // Answer --version without needing a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("vigil %s\n", VIGIL_VERSION_STRING);
            for (const Vigil::ComponentVersion &component : Vigil::componentVersions()) {
                std::printf("  %s %s\n", qPrintable(component.name), qPrintable(component.version));
            }
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigil"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigil"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.vigil.Vigil"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    // Without a catalogue for the user's language (or in the C locale) English plural forms still apply.
    if (translator.load(QLocale(), QStringLiteral("vigil"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/vigil_en"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Vigil, the console for MSP technicians."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this database instead of the default."),
                                      QStringLiteral("PATH"), Vigil::Database::defaultPath());
    parser.addOption(dbOption);
    const QCommandLineOption noPollOption(
        QStringLiteral("no-poll"),
        QApplication::translate("main", "Do not poll devices: show the last stored state (offline use)."));
    parser.addOption(noPollOption);
    parser.process(app);

    auto database = Vigil::Database::open(parser.value(dbOption));
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Vigil cannot open its database"),
                              database.error().toString());
        return 1;
    }
    Vigil::AppSettings settings;
    std::unique_ptr<Vigil::BackgroundPoller> poller;
    if (!parser.isSet(noPollOption)) {
        Vigil::BackgroundPoller::Options options;
        options.databasePath = database.value()->path();
        poller = std::make_unique<Vigil::BackgroundPoller>(std::move(options));
    }
    Vigil::MainWindow window(*database.value(), settings, poller.get());
    window.show();
    if (poller) {
        poller->start();
    }
    return QApplication::exec();
}
