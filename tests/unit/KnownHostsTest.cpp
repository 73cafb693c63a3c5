// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownHosts.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

// Keys and fingerprints made with ssh-keygen (-l -E sha256 for the fingerprints, -H for the hashed lines).
const QByteArray ed25519A = "AAAAC3NzaC1lZDI1NTE5AAAAIMMluTFzE6QVIc2qfMLI3zYywxzhgE1YJfUU+ZUyca0p";
const QString ed25519AFingerprint = QStringLiteral("SHA256:UwQWT+zw8wRTW9VPx1Mu7W+8MoL5TaBNQCuTQf2uhQE");
const QByteArray ed25519B = "AAAAC3NzaC1lZDI1NTE5AAAAIElA0kEXwGApi+jZaNWqUMxKOLvOJcOEglRBliSzN0+3";
const QString ed25519BFingerprint = QStringLiteral("SHA256:GWi8Ttl38IWjgbp/Ma30VAPG74VtEknLobx0kzgA2Gk");
const QByteArray ecdsa =
    "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBO69USLUwOEC294ZF+l58HAYgtzb+bBhODUE2A2aireYvabrG7"
    "id3TCChgdcUXzMYG8FaX2ge7WVg0vuzULhnsI=";
const QString ecdsaFingerprint = QStringLiteral("SHA256:HRQBgvnyP/myTF5zIrvHv7abqN/UmtV/23Uxd1L4Tfs");
// server.example.com and [server.example.com]:2222, both with key A.
const QByteArray hashedPort22 = "|1|v9HAkRJn0q+LmbQvzlOnA2G1y4I=|hHtsIif2hsT+xKLkrpPKU/sf7OM= ssh-ed25519 " + ed25519A;
const QByteArray hashedPort2222 =
    "|1|SoxPaYR2SHhaU2hKOJ3ozvn4pj4=|PIOuyI4wGMmEifw2WeBFNIQWveg= ssh-ed25519 " + ed25519A;

QByteArray blob(const QByteArray &base64)
{
    return QByteArray::fromBase64(base64);
}

class KnownHostsTest : public ::testing::Test
{
protected:
    QString path(const QString &name = QStringLiteral("known_hosts")) const { return m_dir.filePath(name); }

    void write(const QByteArray &content, const QString &name = QStringLiteral("known_hosts"))
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QByteArray read(const QString &name = QStringLiteral("known_hosts")) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    KnownHosts::Verdict verdict(const KnownHosts &hosts, const QString &host, int port, const QByteArray &key)
    {
        const Result<KnownHosts::Lookup> lookup = hosts.lookup(host, port, blob(key));
        EXPECT_TRUE(lookup.ok()) << lookup.error().toString().toStdString();
        return lookup ? lookup->verdict : KnownHosts::Verdict::Unknown;
    }

    QTemporaryDir m_dir;
};

TEST_F(KnownHostsTest, FingerprintsAndTypesAreOpenSshs)
{
    EXPECT_EQ(KnownHosts::fingerprint(blob(ed25519A)), ed25519AFingerprint);
    EXPECT_EQ(KnownHosts::fingerprint(blob(ecdsa)), ecdsaFingerprint);
    EXPECT_EQ(KnownHosts::keyType(blob(ed25519A)), QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(KnownHosts::keyType(blob(ecdsa)), QStringLiteral("ecdsa-sha2-nistp256"));
    EXPECT_TRUE(KnownHosts::keyType(QByteArray("\0\0\0\xff", 4)).isEmpty());
    EXPECT_TRUE(KnownHosts::keyType(QByteArray()).isEmpty());
}

TEST_F(KnownHostsTest, HostNamesCarryThePortUnless22)
{
    EXPECT_EQ(KnownHosts::hostName(QStringLiteral("fs01.lan"), 22), QStringLiteral("fs01.lan"));
    EXPECT_EQ(KnownHosts::hostName(QStringLiteral("fs01.lan"), 2222), QStringLiteral("[fs01.lan]:2222"));
    EXPECT_EQ(KnownHosts::hostName(QStringLiteral("fe80::1"), 2200), QStringLiteral("[fe80::1]:2200"));
}

TEST_F(KnownHostsTest, MissingFileKnowsNothing)
{
    const KnownHosts hosts(path());
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ed25519A), KnownHosts::Verdict::Unknown);
}

TEST_F(KnownHostsTest, PlainEntriesMatchChangeOrStayUnknown)
{
    write("# a comment\n\n  \na.lan,10.0.0.5 ssh-ed25519 " + ed25519A + " admin@a\n[b.lan]:2222 ssh-ed25519 " + ed25519B
          + "\n");
    const KnownHosts hosts(path());
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("10.0.0.5"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("A.LAN"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("b.lan"), 2222, ed25519B), KnownHosts::Verdict::Match);
    // The port is part of the name: b.lan on 22 is another host, a.lan on 2222 too.
    EXPECT_EQ(verdict(hosts, QStringLiteral("b.lan"), 22, ed25519B), KnownHosts::Verdict::Unknown);
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 2222, ed25519A), KnownHosts::Verdict::Unknown);

    const Result<KnownHosts::Lookup> changed = hosts.lookup(QStringLiteral("a.lan"), 22, blob(ed25519B));
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->verdict, KnownHosts::Verdict::Changed);
    EXPECT_EQ(changed->knownType, QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(changed->knownFingerprint, ed25519AFingerprint);
    EXPECT_EQ(changed->knownWhere, path() + QStringLiteral(":4"));
}

TEST_F(KnownHostsTest, AnotherKeyTypeCountsAsChanged)
{
    write("a.lan ssh-ed25519 " + ed25519A + "\n");
    const Result<KnownHosts::Lookup> lookup = KnownHosts(path()).lookup(QStringLiteral("a.lan"), 22, blob(ecdsa));
    ASSERT_TRUE(lookup.ok());
    EXPECT_EQ(lookup->verdict, KnownHosts::Verdict::Changed);
    EXPECT_EQ(lookup->knownType, QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(lookup->knownFingerprint, ed25519AFingerprint);
}

TEST_F(KnownHostsTest, SeveralKeysPerHostAnyOneMatches)
{
    write("a.lan ecdsa-sha2-nistp256 " + ecdsa + "\na.lan ssh-ed25519 " + ed25519A + "\n");
    const KnownHosts hosts(path());
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ecdsa), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ed25519B), KnownHosts::Verdict::Changed);
    EXPECT_EQ(hosts.knownKeyTypes(QStringLiteral("a.lan"), 22),
              (QStringList{QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ssh-ed25519")}));
    EXPECT_TRUE(hosts.knownKeyTypes(QStringLiteral("b.lan"), 22).isEmpty());
}

TEST_F(KnownHostsTest, HashedNamesMatchOnlyTheirHostAndPort)
{
    write(hashedPort22 + "\n" + hashedPort2222 + "\n");
    const KnownHosts hosts(path());
    EXPECT_EQ(verdict(hosts, QStringLiteral("server.example.com"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("server.example.com"), 2222, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("server.example.com"), 22, ed25519B), KnownHosts::Verdict::Changed);
    EXPECT_EQ(verdict(hosts, QStringLiteral("other.example.com"), 22, ed25519A), KnownHosts::Verdict::Unknown);
    EXPECT_EQ(verdict(hosts, QStringLiteral("server.example.com"), 2200, ed25519A), KnownHosts::Verdict::Unknown);
}

TEST_F(KnownHostsTest, WildcardsAndNegation)
{
    write("!bad.example.com,*.example.com ssh-ed25519 " + ed25519A + "\nweb?? ssh-ed25519 " + ed25519B + "\n");
    const KnownHosts hosts(path());
    EXPECT_EQ(verdict(hosts, QStringLiteral("good.example.com"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("bad.example.com"), 22, ed25519A), KnownHosts::Verdict::Unknown);
    EXPECT_EQ(verdict(hosts, QStringLiteral("web01"), 22, ed25519B), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("web001"), 22, ed25519B), KnownHosts::Verdict::Unknown);
}

TEST_F(KnownHostsTest, MarkersAreHandledConservatively)
{
    // A certificate authority never vouches for a plain key; a revoked key is refused even if listed as known.
    write("@cert-authority *.lan ssh-ed25519 " + ed25519A + "\n@revoked * ssh-ed25519 " + ed25519B
          + "\nb.lan ssh-ed25519 " + ed25519B + "\n");
    const KnownHosts hosts(path());
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ed25519A), KnownHosts::Verdict::Unknown);
    const Result<KnownHosts::Lookup> revoked = hosts.lookup(QStringLiteral("b.lan"), 22, blob(ed25519B));
    ASSERT_TRUE(revoked.ok());
    EXPECT_EQ(revoked->verdict, KnownHosts::Verdict::Revoked);
    EXPECT_EQ(revoked->knownWhere, path() + QStringLiteral(":2"));
    EXPECT_TRUE(hosts.knownKeyTypes(QStringLiteral("a.lan"), 22).isEmpty());
}

TEST_F(KnownHostsTest, MalformedLinesAreSkipped)
{
    write("a.lan ssh-ed25519\nb.lan ssh-ed25519 !!notbase64!!\na.lan ssh-ed25519 " + ed25519A + "\n");
    const KnownHosts hosts(path());
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("b.lan"), 22, ed25519A), KnownHosts::Verdict::Unknown);
}

TEST_F(KnownHostsTest, ReadOnlyFilesAreConsultedNeverWritten)
{
    write("user.lan ssh-ed25519 " + ed25519A + "\n", QStringLiteral("user_known_hosts"));
    KnownHosts hosts(path(), {path(QStringLiteral("user_known_hosts"))});
    EXPECT_EQ(verdict(hosts, QStringLiteral("user.lan"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("user.lan"), 22, ed25519B), KnownHosts::Verdict::Changed);
    ASSERT_TRUE(hosts.add(QStringLiteral("new.lan"), 22, blob(ed25519B)).ok());
    EXPECT_EQ(read(QStringLiteral("user_known_hosts")), "user.lan ssh-ed25519 " + ed25519A + "\n");
    EXPECT_EQ(read(), "new.lan ssh-ed25519 " + ed25519B + "\n");
}

TEST_F(KnownHostsTest, AddKeepsEveryOtherLineByteForByte)
{
    const QByteArray before = "# keep me\r\n" + hashedPort22 + "\n@revoked * ssh-ed25519 " + ecdsa
                              + "\nweird line without a newline at the end";
    write(before);
    KnownHosts hosts(path());
    ASSERT_TRUE(hosts.add(QStringLiteral("127.0.0.1"), 2222, blob(ed25519B)).ok());
    EXPECT_EQ(read(), before + "\n[127.0.0.1]:2222 ssh-ed25519 " + ed25519B + "\n");
    EXPECT_EQ(verdict(hosts, QStringLiteral("127.0.0.1"), 2222, ed25519B), KnownHosts::Verdict::Match);
    EXPECT_EQ(verdict(hosts, QStringLiteral("server.example.com"), 22, ed25519A), KnownHosts::Verdict::Match);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral(".lock")));
}

TEST_F(KnownHostsTest, AddCreatesAPrivateFileAndItsFolder)
{
    const QString nested = m_dir.filePath(QStringLiteral("data/vigil/known_hosts"));
    KnownHosts hosts(nested);
    ASSERT_TRUE(hosts.add(QStringLiteral("a.lan"), 22, blob(ed25519A)).ok());
    EXPECT_EQ(QFile::permissions(nested)
                  & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(verdict(hosts, QStringLiteral("a.lan"), 22, ed25519A), KnownHosts::Verdict::Match);
}

TEST_F(KnownHostsTest, MalformedKeyIsNotAdded)
{
    KnownHosts hosts(path());
    EXPECT_EQ(hosts.add(QStringLiteral("a.lan"), 22, QByteArray("junk")).error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(KnownHostsTest, UnreadableOwnFileRefusesRatherThanTrustingNothing)
{
    ASSERT_TRUE(QDir().mkpath(path())); // a folder where the file should be
    const Result<KnownHosts::Lookup> lookup = KnownHosts(path()).lookup(QStringLiteral("a.lan"), 22, blob(ed25519A));
    ASSERT_FALSE(lookup.ok());
    EXPECT_EQ(lookup.error().code, ErrorCode::Io);
}

} // namespace
