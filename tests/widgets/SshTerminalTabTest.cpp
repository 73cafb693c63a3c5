// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTerminalTab.h"
#include "Clock.h"
#include "Database.h"
#include "HostKeyDialog.h"
#include "InventoryStore.h"
#include "KnownHosts.h"
#include "MemorySecretStore.h"
#include "PrivateSshServer.h"
#include "SessionLog.h"
#include "SessionsPage.h"
#include "SshCredentialsDialog.h"
#include "TerminalScreen.h"
#include "TerminalView.h"
#include "TestInventory.h"
#include "WaitFor.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Vigil;
using VigilTest::PrivateSshServer;
using VigilTest::waitFor;

namespace {

QString screenText(const TerminalScreen &screen)
{
    QStringList lines;
    for (int row = -screen.scrollbackSize(); row < screen.rows(); ++row) {
        lines.append(screen.lineText(row));
    }
    return lines.join(QLatin1Char('\n'));
}

template<typename Dialog>
Dialog *openDialog(QWidget *parent)
{
    // Answered dialogs are only hidden until their deferred deletion, which a nested loop does not run: look for
    // the one on screen.
    Dialog *dialog = nullptr;
    waitFor([&] {
        dialog = nullptr;
        for (Dialog *candidate : parent->findChildren<Dialog *>()) {
            if (candidate->isVisible()) {
                dialog = candidate;
            }
        }
        return dialog != nullptr;
    });
    return dialog;
}

// A real shell over SSH in the console's session tab: the private sshd, the real SessionsPage with its log, keys
// typed into the TerminalView and read back from the screen model.
class SshTerminalTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_server.start(&error)) << error.toStdString();
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        m_db = Database::open(m_dir.filePath(QStringLiteral("vigil.db"))).value();
        m_inventory = std::make_unique<InventoryStore>(*m_db);
        m_device = addSshDevice(QStringLiteral("HD-SRV01"), m_server.port(), QStringLiteral("ssh-password"));
        m_secrets.write(QStringLiteral("ssh-password"), PrivateSshServer::testPassword(), nullptr, {});
        m_page = std::make_unique<SessionsPage>(*m_db, *m_inventory, &m_secrets, QStringLiteral("dana"), m_clock);
        SshSessionOptions options;
        options.knownHostsPath = m_knownHosts;
        options.useAgent = false;
        options.connectTimeoutSeconds = 10;
        m_page->setSessionOptions(options);
        m_page->resize(900, 500);
        m_page->show();
    }

    qint64 addSshDevice(const QString &name, quint16 port, const QString &credentialKey)
    {
        const auto added =
            VigilTest::addDevice(*m_inventory, QStringLiteral("Harbor Dental"), QStringLiteral("Main Street"), name);
        Device device = m_inventory->device(added.deviceId).value();
        device.address = QStringLiteral("127.0.0.1");
        device.ssh.enabled = true;
        device.ssh.port = port;
        device.ssh.user = PrivateSshServer::testUser();
        device.ssh.credentialKey = credentialKey;
        EXPECT_TRUE(m_inventory->updateDevice(device).ok());
        return added.deviceId;
    }

    SshTerminalTab *openAndTrust()
    {
        const auto tab = m_page->openSsh(m_device);
        EXPECT_TRUE(tab.ok()) << (tab ? "" : tab.error().toString().toStdString());
        if (!tab) {
            return nullptr;
        }
        auto *dialog = openDialog<HostKeyDialog>(tab.value());
        EXPECT_NE(dialog, nullptr) << "no host key question for an unknown server";
        if (dialog) {
            EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("hostKeyFingerprint"))->text(),
                      m_server.hostKeyFingerprint(QStringLiteral("ed25519")));
            dialog->findChild<QPushButton *>(QStringLiteral("hostKeyTrustAndRemember"))->click();
        }
        EXPECT_TRUE(waitFor([&] { return tab.value()->state() == SshTerminalTab::State::Connected; }))
            << tab.value()->bannerText().toStdString();
        return tab.value();
    }

    void type(SshTerminalTab *tab, const QString &line)
    {
        QTest::keyClicks(tab->view(), line);
        QTest::keyClick(tab->view(), Qt::Key_Return);
    }

    QTemporaryDir m_dir;
    PrivateSshServer m_server;
    QString m_knownHosts;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryStore> m_inventory;
    MemorySecretStore m_secrets;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<SessionsPage> m_page;
    qint64 m_device = 0;
};

} // namespace

TEST_F(SshTerminalTabTest, TypedCommandsRunAndTheSessionIsLogged)
{
    SshTerminalTab *tab = openAndTrust();
    ASSERT_NE(tab, nullptr);
    type(tab, QStringLiteral("echo vigil-$((6*7))"));
    EXPECT_TRUE(waitFor([&] { return screenText(*tab->screen()).contains(QStringLiteral("vigil-42")); }))
        << screenText(*tab->screen()).toStdString();
    // The PTY has the view's size (asked again if a resize of the page landed after the question).
    bool sizeSeen = false;
    for (int attempt = 0; attempt < 3 && !sizeSeen; ++attempt) {
        type(tab, QStringLiteral("stty size"));
        sizeSeen = waitFor(
            [&] {
                const QString size = QStringLiteral("%1 %2").arg(tab->screen()->rows()).arg(tab->screen()->columns());
                return screenText(*tab->screen()).split(QLatin1Char('\n')).contains(size);
            },
            5000);
    }
    EXPECT_TRUE(sizeSeen) << screenText(*tab->screen()).toStdString();

    // The key was remembered: a second tab on the same device connects without a question.
    const auto second = m_page->openSsh(m_device);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(waitFor([&] { return second.value()->state() == SshTerminalTab::State::Connected; }))
        << second.value()->bannerText().toStdString();
    const auto questions = second.value()->findChildren<HostKeyDialog *>();
    EXPECT_TRUE(std::none_of(questions.begin(), questions.end(), [](const QDialog *d) { return d->isVisible(); }));
    EXPECT_EQ(m_page->sessionCount(), 2);

    SessionLog log(*m_db);
    const qint64 logId = tab->sessionLogId();
    ASSERT_GT(logId, 0);
    EXPECT_EQ(log.session(logId).value().result, SessionLog::runningResult);
    m_clock.advanceSeconds(125);
    m_page->closeSessionTab(0);
    const SessionRecord record = log.session(logId).value();
    EXPECT_EQ(record.result, QStringLiteral("ok"));
    EXPECT_EQ(record.protocol, QStringLiteral("ssh"));
    EXPECT_EQ(record.technician, QStringLiteral("dana"));
    EXPECT_EQ(record.deviceName, QStringLiteral("HD-SRV01"));
    EXPECT_EQ(record.startedAt.secsTo(record.endedAt), 125);

    // The other tab still works after its neighbour closed.
    type(second.value(), QStringLiteral("echo still-$((2+3))"));
    EXPECT_TRUE(waitFor([&] { return screenText(*second.value()->screen()).contains(QStringLiteral("still-5")); }));
}

TEST_F(SshTerminalTabTest, ChangedHostKeyIsRefusedLoudlyWithBothFingerprints)
{
    // On record: a key the server does not have (another server's ed25519 key).
    PrivateSshServer other;
    QString error;
    ASSERT_TRUE(other.start(&error)) << error.toStdString();
    const QByteArray oldBlob = other.hostKeyBlob(QStringLiteral("ed25519"));
    const QString oldFingerprint = other.hostKeyFingerprint(QStringLiteral("ed25519"));
    ASSERT_TRUE(KnownHosts(m_knownHosts).add(QStringLiteral("127.0.0.1"), m_server.port(), oldBlob).ok());
    QFile file(m_knownHosts);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const auto tab = m_page->openSsh(m_device);
    ASSERT_TRUE(tab.ok());
    ASSERT_TRUE(waitFor([&] { return tab.value()->state() == SshTerminalTab::State::Failed; }));
    EXPECT_EQ(tab.value()->findChild<HostKeyDialog *>(), nullptr) << "a changed key must not be offered";
    const QString banner = tab.value()->bannerText();
    EXPECT_TRUE(banner.contains(QStringLiteral("HAS CHANGED"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(oldFingerprint)) << banner.toStdString();
    EXPECT_TRUE(banner.contains(m_server.hostKeyFingerprint(QStringLiteral("ed25519")))) << banner.toStdString();
    EXPECT_FALSE(tab.value()->findChild<QPushButton *>(QStringLiteral("sessionReconnect"))->isVisibleTo(tab.value()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "known_hosts must stay as it was";

    const SessionRecord record = SessionLog(*m_db).session(tab.value()->sessionLogId()).value();
    EXPECT_EQ(record.result, QStringLiteral("host-key-changed"));
}

TEST_F(SshTerminalTabTest, WithoutAStoredPasswordTheTabAsksAndAWrongOneFailsByName)
{
    const qint64 asking = addSshDevice(QStringLiteral("HD-SRV02"), m_server.port(), QString());
    m_secrets.setAvailable(false);

    // Wrong password first: a named failure in this tab only.
    const auto wrong = m_page->openSsh(asking);
    ASSERT_TRUE(wrong.ok());
    auto *hostKey = openDialog<HostKeyDialog>(wrong.value());
    ASSERT_NE(hostKey, nullptr);
    hostKey->findChild<QPushButton *>(QStringLiteral("hostKeyTrustOnce"))->click();
    int asked = 0;
    while (wrong.value()->state() == SshTerminalTab::State::Connecting) {
        auto *dialog = openDialog<SshCredentialsDialog>(wrong.value());
        if (!dialog) {
            break;
        }
        ++asked;
        EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("sshCredentialsNotice"))
                        ->text()
                        .contains(QStringLiteral("No keychain")));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("sshCredentialsAnswer0"));
        ASSERT_NE(edit, nullptr);
        EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
        edit->setText(QStringLiteral("not-the-password"));
        dialog->accept();
        waitFor([&] {
            if (wrong.value()->state() != SshTerminalTab::State::Connecting) {
                return true;
            }
            const auto dialogs = wrong.value()->findChildren<SshCredentialsDialog *>();
            return std::any_of(dialogs.begin(), dialogs.end(), [](const QDialog *d) { return d->isVisible(); });
        });
    }
    EXPECT_GE(asked, 1);
    EXPECT_EQ(wrong.value()->state(), SshTerminalTab::State::Failed);
    EXPECT_FALSE(wrong.value()->bannerText().isEmpty());
    EXPECT_EQ(SessionLog(*m_db).session(wrong.value()->sessionLogId()).value().result, QStringLiteral("auth-failed"));

    // Reconnect in the same tab, this time with the right password.
    wrong.value()->findChild<QPushButton *>(QStringLiteral("sessionReconnect"))->click();
    auto *again = openDialog<HostKeyDialog>(wrong.value());
    ASSERT_NE(again, nullptr) << "trusted once means asked again";
    again->findChild<QPushButton *>(QStringLiteral("hostKeyTrustOnce"))->click();
    auto *dialog = openDialog<SshCredentialsDialog>(wrong.value());
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("sshCredentialsAnswer0"))->setText(PrivateSshServer::testPassword());
    dialog->accept();
    EXPECT_TRUE(waitFor([&] { return wrong.value()->state() == SshTerminalTab::State::Connected; }))
        << wrong.value()->bannerText().toStdString();
    EXPECT_FALSE(QFile::exists(m_knownHosts) && QFile(m_knownHosts).size() > 0) << "trusted once: nothing saved";
}

TEST_F(SshTerminalTabTest, ServerDyingMidSessionShowsTheFailureAndKeepsTheOutput)
{
    SshTerminalTab *tab = openAndTrust();
    ASSERT_NE(tab, nullptr);
    type(tab, QStringLiteral("echo before-$((1+1))"));
    ASSERT_TRUE(waitFor([&] { return screenText(*tab->screen()).contains(QStringLiteral("before-2")); }));
    m_server.killConnections();
    ASSERT_TRUE(waitFor(
        [&] { return tab->state() == SshTerminalTab::State::Failed || tab->state() == SshTerminalTab::State::Ended; }));
    EXPECT_FALSE(tab->bannerText().isEmpty());
    EXPECT_TRUE(screenText(*tab->screen()).contains(QStringLiteral("before-2")));
    EXPECT_TRUE(tab->findChild<QPushButton *>(QStringLiteral("sessionReconnect"))->isVisibleTo(tab));
}

TEST_F(SshTerminalTabTest, DeviceWithoutSshIsRefusedWithTheReason)
{
    const auto added = VigilTest::addDevice(*m_inventory, QStringLiteral("Harbor Dental"),
                                            QStringLiteral("Main Street"), QStringLiteral("HD-PRN01"));
    const auto tab = m_page->openSsh(added.deviceId);
    ASSERT_FALSE(tab.ok());
    EXPECT_TRUE(tab.error().toString().contains(QStringLiteral("SSH"))) << tab.error().toString().toStdString();
    EXPECT_EQ(m_page->sessionCount(), 0);
}
