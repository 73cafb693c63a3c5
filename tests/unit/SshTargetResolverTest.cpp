// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTargetResolver.h"
#include "Inventory.h"

#include <gtest/gtest.h>

using namespace Vigil;

namespace {

Device device(qint64 id, qint64 clientId, const QString &name, const QString &address)
{
    Device d;
    d.id = id;
    d.clientId = clientId;
    d.name = name;
    d.address = address;
    d.ssh.enabled = true;
    return d;
}

TEST(SshTargetResolverTest, DeviceWithoutJumpHost)
{
    Inventory inventory;
    Device fs = device(1, 1, QStringLiteral("fs01"), QStringLiteral("10.0.0.5"));
    fs.ssh.user = QStringLiteral("admin");
    fs.ssh.port = 2222;
    fs.ssh.identityFile = QStringLiteral("/keys/id");
    fs.ssh.credentialKey = QStringLiteral("ssh/fs01");
    inventory.devices = {fs};
    const Result<SshTarget> target = SshTargetResolver::resolve(fs, inventory);
    ASSERT_TRUE(target.ok());
    EXPECT_EQ(target->destination.host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(target->destination.port, 2222);
    EXPECT_EQ(target->destination.user, QStringLiteral("admin"));
    EXPECT_EQ(target->destination.identityFile, QStringLiteral("/keys/id"));
    EXPECT_EQ(target->destination.credentialKey, QStringLiteral("ssh/fs01"));
    EXPECT_TRUE(target->jumps.isEmpty());
    EXPECT_EQ(target->destination.describe(), QStringLiteral("admin@10.0.0.5:2222"));

    fs.ssh.host = QStringLiteral("fs01.lan");
    EXPECT_EQ(SshTargetResolver::resolve(fs, inventory)->destination.host, QStringLiteral("fs01.lan"));
    fs.ssh.enabled = false;
    EXPECT_EQ(SshTargetResolver::resolve(fs, inventory).error().code, ErrorCode::InvalidInput);
}

TEST(SshTargetResolverTest, JumpHostsWrittenOutOrNamingDevices)
{
    Inventory inventory;
    Device bastion = device(2, 1, QStringLiteral("bastion"), QStringLiteral("203.0.113.7"));
    bastion.ssh.user = QStringLiteral("jump");
    bastion.ssh.port = 2200;
    bastion.ssh.credentialKey = QStringLiteral("ssh/bastion");
    Device otherClientsBastion = device(3, 2, QStringLiteral("bastion"), QStringLiteral("198.51.100.1"));
    Device fs = device(1, 1, QStringLiteral("fs01"), QStringLiteral("10.0.0.5"));
    fs.ssh.proxyJump = QStringLiteral("ops@gw.example.com:2022,bastion,[fe80::1]:22");
    inventory.devices = {fs, bastion, otherClientsBastion};
    const Result<SshTarget> target = SshTargetResolver::resolve(fs, inventory);
    ASSERT_TRUE(target.ok()) << target.error().toString().toStdString();
    ASSERT_EQ(target->jumps.size(), 3);
    EXPECT_EQ(target->jumps[0].host, QStringLiteral("gw.example.com"));
    EXPECT_EQ(target->jumps[0].port, 2022);
    EXPECT_EQ(target->jumps[0].user, QStringLiteral("ops"));
    // The same client's bastion, with its own settings.
    EXPECT_EQ(target->jumps[1].host, QStringLiteral("203.0.113.7"));
    EXPECT_EQ(target->jumps[1].port, 2200);
    EXPECT_EQ(target->jumps[1].user, QStringLiteral("jump"));
    EXPECT_EQ(target->jumps[1].credentialKey, QStringLiteral("ssh/bastion"));
    EXPECT_EQ(target->jumps[2].host, QStringLiteral("fe80::1"));

    fs.ssh.proxyJump = QStringLiteral("none");
    EXPECT_TRUE(SshTargetResolver::resolve(fs, inventory)->jumps.isEmpty());
    fs.ssh.proxyJump = QStringLiteral("fs01");
    EXPECT_FALSE(SshTargetResolver::resolve(fs, inventory).ok());
}

TEST(SshTargetResolverTest, BadHopsAreNamed)
{
    EXPECT_EQ(SshTargetResolver::parseHop(QStringLiteral("host:99999")).error().code, ErrorCode::Parse);
    EXPECT_EQ(SshTargetResolver::parseHop(QStringLiteral("[fe80::1")).error().code, ErrorCode::Parse);
    EXPECT_EQ(SshTargetResolver::parseHop(QStringLiteral("user@")).error().code, ErrorCode::Parse);
    EXPECT_EQ(SshTargetResolver::parseHop(QStringLiteral("a@b@host"))->user, QStringLiteral("a@b"));
}

} // namespace
