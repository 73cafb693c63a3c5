// SPDX-License-Identifier: GPL-3.0-or-later
// vigil-keychain-probe read|write|remove KEY [SECRET]: one KeychainSecretStore call in a fresh process (D-Bus is
// chosen per process), printing "ok [value]" or "error CODE MESSAGE" and then "available 0|1". Exits 2 if no
// answer arrives within 30 s. For KeychainSecretStoreTest only.
#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: vigil-keychain-probe read|write|remove KEY [SECRET]\n", stderr);
        return 64;
    }
    Vigil::KeychainSecretStore store;
    QTextStream out(stdout);
    auto finish = [&](const QString &line) {
        out << line << '\n' << "available " << (store.isAvailable() ? 1 : 0) << '\n';
        out.flush();
        QCoreApplication::exit(0);
    };
    auto reportError = [&](const Vigil::Error &error) {
        finish(QStringLiteral("error %1 %2").arg(static_cast<int>(error.code)).arg(error.message));
    };
    const QString &op = args.at(1);
    const QString &key = args.at(2);
    if (op == QLatin1String("read")) {
        store.read(key, &app, [&](const Vigil::Result<QString> &result) {
            if (result.ok()) {
                finish(QStringLiteral("ok ") + result.value());
            } else {
                reportError(result.error());
            }
        });
    } else {
        auto statusDone = [&](const Vigil::Status &status) {
            if (status.ok()) {
                finish(QStringLiteral("ok"));
            } else {
                reportError(status.error());
            }
        };
        if (op == QLatin1String("write")) {
            store.write(key, args.value(3), &app, statusDone);
        } else {
            store.remove(key, &app, statusDone);
        }
    }
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(2); });
    return QCoreApplication::exec();
}
