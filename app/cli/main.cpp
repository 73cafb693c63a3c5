// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // Reports lay out text and draw charts, which needs fonts, so that command gets a (windowless) GUI application;
    // the others stay free of any display.
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "report") == 0;
    }
    std::unique_ptr<QCoreApplication> app;
    if (report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("vigil-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION_STRING));
    QTranslator translator;
    // Without a catalogue for the user's language (or in the C locale) English plural forms still apply.
    if (translator.load(QLocale(), QStringLiteral("vigil"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/vigil_en"))) {
        QCoreApplication::installTranslator(&translator);
    }
    return Vigil::CliApplication().run(QCoreApplication::arguments());
}
