// SPDX-License-Identifier: GPL-3.0-or-later
// A test program that records exactly what it was started with: every argv entry and standard input, as JSON, in
// the file named by $VIGIL_ARGV_OUT (written to a temporary name, then renamed, so a reader never sees half).
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QJsonArray arguments;
    for (int i = 0; i < argc; ++i) {
        // Raw bytes, not QCoreApplication::arguments(): nothing is reinterpreted on the way.
        arguments.append(QString::fromUtf8(argv[i]));
    }
    QFile input;
    QByteArray stdinBytes;
    if (input.open(stdin, QIODevice::ReadOnly)) {
        stdinBytes = input.readAll();
    }
    QJsonObject record;
    record.insert(QStringLiteral("argv"), arguments);
    record.insert(QStringLiteral("stdin"), QString::fromUtf8(stdinBytes));
    QSaveFile out(qEnvironmentVariable("VIGIL_ARGV_OUT"));
    if (!out.open(QIODevice::WriteOnly)) {
        return 3;
    }
    out.write(QJsonDocument(record).toJson());
    return out.commit() ? 0 : 3;
}
