// SPDX-License-Identifier: GPL-3.0-or-later
// Renders an SSH tab of the real MainWindow running a full-screen program on the private test sshd:
// vigil_ssh_screenshot OUT.png [COMMAND] (default: htop). Needs root and the vigil-ssh-test account, like the SSH
// tests. Run it on Xvfb (QT_QPA_PLATFORM=xcb) or offscreen.
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "HostKeyDialog.h"
#include "InventoryStore.h"
#include "MainWindow.h"
#include "PrivateSshServer.h"
#include "SessionsPage.h"
#include "SshCredentialsDialog.h"
#include "SshTerminalTab.h"
#include "TerminalView.h"
#include "TestInventory.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

// Answers the questions of a first login the way a technician would, until the shell is up.
bool logIn(Vigil::SshTerminalTab *tab)
{
    for (int i = 0; i < 1000 && tab->state() == Vigil::SshTerminalTab::State::Connecting; ++i) {
        QTest::qWait(20);
        for (auto *dialog : tab->findChildren<Vigil::HostKeyDialog *>()) {
            if (dialog->isVisible()) {
                dialog->findChild<QPushButton *>(QStringLiteral("hostKeyTrustOnce"))->click();
            }
        }
        for (auto *dialog : tab->findChildren<Vigil::SshCredentialsDialog *>()) {
            if (dialog->isVisible()) {
                dialog->findChild<QLineEdit *>(QStringLiteral("sshCredentialsAnswer0"))
                    ->setText(VigilTest::PrivateSshServer::testPassword());
                dialog->accept();
            }
        }
    }
    return tab->state() == Vigil::SshTerminalTab::State::Connected;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT.png [COMMAND]\n", argv[0]);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTemporaryDir dir;
    qputenv("VIGIL_KNOWN_HOSTS", dir.filePath(QStringLiteral("known_hosts")).toLocal8Bit());
    VigilTest::PrivateSshServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "sshd: %s\n", qPrintable(error));
        return 1;
    }
    auto database = Vigil::Database::open(dir.filePath(QStringLiteral("vigil.db")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    Vigil::InventoryStore inventory(*database.value());
    const auto added = VigilTest::addDevice(inventory, QStringLiteral("Harbor Dental"), QStringLiteral("Main Street"),
                                            QStringLiteral("HD-FS01"));
    Vigil::Device device = inventory.device(added.deviceId).value();
    device.address = QStringLiteral("127.0.0.1");
    device.os = QStringLiteral("Debian 12");
    device.ssh.enabled = true;
    device.ssh.port = server.port();
    device.ssh.user = VigilTest::PrivateSshServer::testUser();
    if (!inventory.updateDevice(device)) {
        return 1;
    }

    Vigil::AppSettings settings(dir.filePath(QStringLiteral("vigil.ini")));
    settings.setTechnicianName(QStringLiteral("sam"));
    Vigil::MainWindow window(*database.value(), settings);
    window.resize(1400, 850);
    window.show();
    auto *page = window.findChild<Vigil::SessionsPage *>();
    const auto tab = page->openSsh(added.deviceId);
    if (!tab) {
        std::fprintf(stderr, "%s\n", qPrintable(tab.error().toString()));
        return 1;
    }
    window.showPage(QStringLiteral("sessions"));
    if (!logIn(tab.value())) {
        std::fprintf(stderr, "no shell: %s\n", qPrintable(tab.value()->bannerText()));
        return 1;
    }
    const QString command = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("htop");
    QTest::qWait(500);
    QTest::keyClicks(tab.value()->view(), QStringLiteral("TERM=xterm-256color ") + command);
    QTest::keyClick(tab.value()->view(), Qt::Key_Return);
    QTest::qWait(2500);
    if (!window.grab().save(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "could not write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
