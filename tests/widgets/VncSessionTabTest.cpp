// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncSessionTab.h"
#include "Clock.h"
#include "Database.h"
#include "HostKeyDialog.h"
#include "InventoryStore.h"
#include "MemorySecretStore.h"
#include "PrivateSshServer.h"
#include "SessionLog.h"
#include "SessionsPage.h"
#include "SshSession.h"
#include "TestInventory.h"
#include "VncClient.h"
#include "VncTestServer.h"
#include "VncView.h"
#include "WaitFor.h"

#include <gtest/gtest.h>

#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace Vigil;
using VigilTest::PrivateSshServer;
using VigilTest::VncTestServer;
using VigilTest::waitFor;

namespace {

// VNC in the console's Sessions page against a real Xvfb + x11vnc: directly, and through an SSH tunnel to the
// private sshd (the tunnel's host key asked like a shell's). The password comes from the (memory) keychain.
class VncSessionTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_vnc.start(&error)) << error.toStdString();
        ASSERT_TRUE(m_vnc.fillRoot(QStringLiteral("#3366cc"), &error)) << error.toStdString();
        m_db = Database::open(m_dir.filePath(QStringLiteral("vigil.db"))).value();
        m_inventory = std::make_unique<InventoryStore>(*m_db);
        m_secrets.write(QStringLiteral("vnc-password"), m_vnc.password(), nullptr, {});
        m_page = std::make_unique<SessionsPage>(*m_db, *m_inventory, &m_secrets, QStringLiteral("dana"), m_clock);
        SshSessionOptions options;
        options.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
        options.useAgent = false;
        m_page->setSessionOptions(options);
        m_page->resize(900, 700);
        m_page->show();
    }

    qint64 addVncDevice(const QString &name, quint16 vncPort, bool tunnel, quint16 sshPort)
    {
        const auto added =
            VigilTest::addDevice(*m_inventory, QStringLiteral("Harbor Dental"), QStringLiteral("Front Desk"), name);
        Device device = m_inventory->device(added.deviceId).value();
        device.address = QStringLiteral("127.0.0.1");
        device.vnc.enabled = true;
        device.vnc.port = vncPort;
        device.vnc.viaSshTunnel = tunnel;
        device.vnc.credentialKey = QStringLiteral("vnc-password");
        if (tunnel) {
            device.ssh.enabled = true;
            device.ssh.port = sshPort;
            device.ssh.user = PrivateSshServer::testUser();
            device.ssh.credentialKey = QStringLiteral("ssh-password");
        }
        EXPECT_TRUE(m_inventory->updateDevice(device).ok());
        return added.deviceId;
    }

    static QRgb centre(const VncSessionTab *tab)
    {
        const QImage frame = tab->view()->client()->frame();
        return frame.pixel(frame.width() / 2, frame.height() / 2) & 0xffffff;
    }

    QTemporaryDir m_dir;
    VncTestServer m_vnc{QSize(320, 200)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryStore> m_inventory;
    MemorySecretStore m_secrets;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<SessionsPage> m_page;
};

} // namespace

TEST_F(VncSessionTabTest, DirectConnectionShowsTheScreenAndIsLogged)
{
    const qint64 device = addVncDevice(QStringLiteral("HD-WS01"), m_vnc.port(), false, 0);
    const auto tab = m_page->openVnc(device);
    ASSERT_TRUE(tab.ok()) << tab.error().toString().toStdString();
    ASSERT_TRUE(waitFor([&] { return tab.value()->view()->client()->hasCompleteFrame(); }))
        << tab.value()->view()->stateText().toStdString();
    EXPECT_EQ(tab.value()->view()->client()->framebufferSize(), QSize(320, 200));
    EXPECT_EQ(centre(tab.value()), 0x3366ccu);
    EXPECT_EQ(tab.value()->tunnel(), nullptr);

    const qint64 logId = tab.value()->sessionLogId();
    SessionLog log(*m_db);
    EXPECT_EQ(log.session(logId).value().protocol, QStringLiteral("vnc"));
    EXPECT_EQ(log.session(logId).value().result, SessionLog::runningResult);
    m_clock.advanceSeconds(60);
    m_page->closeSessionTab(0);
    const SessionRecord record = log.session(logId).value();
    EXPECT_EQ(record.result, QStringLiteral("ok"));
    EXPECT_EQ(record.startedAt.secsTo(record.endedAt), 60);
    EXPECT_TRUE(record.detail.contains(QString::number(m_vnc.port()))) << record.detail.toStdString();
}

TEST_F(VncSessionTabTest, ThroughAnSshTunnelAfterTheHostKeyIsTrusted)
{
    PrivateSshServer sshd;
    QString error;
    ASSERT_TRUE(sshd.start(&error)) << error.toStdString();
    m_secrets.write(QStringLiteral("ssh-password"), PrivateSshServer::testPassword(), nullptr, {});
    // The VNC host is left empty: through the tunnel that is the device's own loopback, where x11vnc listens.
    const qint64 device = addVncDevice(QStringLiteral("HD-WS02"), m_vnc.port(), true, sshd.port());
    const auto tab = m_page->openVnc(device);
    ASSERT_TRUE(tab.ok()) << tab.error().toString().toStdString();
    ASSERT_NE(tab.value()->tunnel(), nullptr);

    HostKeyDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] {
        for (auto *candidate : tab.value()->findChildren<HostKeyDialog *>()) {
            if (candidate->isVisible()) {
                dialog = candidate;
            }
        }
        return dialog != nullptr;
    })) << "the tunnel's unknown host key must be asked like a shell's";
    dialog->findChild<QPushButton *>(QStringLiteral("hostKeyTrustOnce"))->click();

    ASSERT_TRUE(waitFor([&] { return tab.value()->view()->client()->hasCompleteFrame(); }))
        << tab.value()->view()->stateText().toStdString() << " / " << tab.value()->tunnelError().toStdString();
    EXPECT_EQ(tab.value()->view()->client()->endpoint().host, QStringLiteral("127.0.0.1"));
    EXPECT_NE(tab.value()->view()->client()->endpoint().port, m_vnc.port()) << "connected past the tunnel";
    EXPECT_EQ(centre(tab.value()), 0x3366ccu);
}

TEST_F(VncSessionTabTest, DeviceWithoutVncIsRefusedWithTheReason)
{
    const auto added = VigilTest::addDevice(*m_inventory, QStringLiteral("Harbor Dental"), QStringLiteral("Front Desk"),
                                            QStringLiteral("HD-PRN01"));
    const auto tab = m_page->openVnc(added.deviceId);
    ASSERT_FALSE(tab.ok());
    EXPECT_TRUE(tab.error().toString().contains(QStringLiteral("VNC"))) << tab.error().toString().toStdString();
    EXPECT_EQ(m_page->sessionCount(), 0);
}
