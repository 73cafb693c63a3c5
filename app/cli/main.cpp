// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigil-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION_STRING));
    return Vigil::CliApplication().run(QCoreApplication::arguments());
}
