// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickOpenIndex.h"

#include <gtest/gtest.h>

using namespace Vigil;

namespace {

Client client(qint64 id, const QString &name)
{
    Client c;
    c.id = id;
    c.name = name;
    return c;
}

Device device(qint64 id, qint64 client, qint64 site, const QString &name, const QString &address)
{
    Device d;
    d.id = id;
    d.clientId = client;
    d.siteId = site;
    d.name = name;
    d.address = address;
    return d;
}

Inventory fleet()
{
    Inventory inventory;
    inventory.clients = {client(1, QStringLiteral("Harbor Dental")), client(2, QStringLiteral("Kessler Logistics")),
                         client(3, QStringLiteral("Dental Lab North"))};
    Site hq;
    hq.id = 10;
    hq.clientId = 1;
    hq.name = QStringLiteral("HQ");
    Site depot;
    depot.id = 20;
    depot.clientId = 2;
    depot.name = QStringLiteral("Harbor Depot");
    inventory.sites = {hq, depot};
    inventory.devices = {device(100, 1, 10, QStringLiteral("HD-FS01"), QStringLiteral("10.0.0.5")),
                         device(101, 1, 10, QStringLiteral("HD-WS01"), QStringLiteral("10.0.0.21")),
                         device(102, 1, 10, QStringLiteral("reception-pc"), QStringLiteral("10.0.0.50")),
                         device(200, 2, 20, QStringLiteral("KL-DC01"), QStringLiteral("dc01.kessler.local")),
                         device(201, 2, 20, QStringLiteral("KL-FS01"), QStringLiteral("10.1.0.5"))};
    return inventory;
}

QStringList names(const QList<QuickOpenIndex::Match> &matches)
{
    QStringList result;
    for (const auto &match : matches) {
        result.append(match.name);
    }
    return result;
}

TEST(QuickOpenIndexTest, RanksPrefixThenWordStartThenSubstring)
{
    QuickOpenIndex index;
    index.setInventory(fleet());
    EXPECT_EQ(index.size(), 10);
    // "Dental Lab North" starts with it, "Harbor Dental" has it at a word start; Harbor Dental's devices only
    // match where they are.
    const QStringList dental = names(index.search(QStringLiteral("dental")));
    ASSERT_GE(dental.size(), 2);
    EXPECT_EQ(dental.at(0), QStringLiteral("Dental Lab North"));
    EXPECT_EQ(dental.at(1), QStringLiteral("Harbor Dental"));
    EXPECT_EQ(dental.mid(2), (QStringList{QStringLiteral("HQ"), QStringLiteral("HD-FS01"), QStringLiteral("HD-WS01"),
                                          QStringLiteral("reception-pc")}));

    // "fs" starts the word after "HD-" and "KL-"; "s0" is only inside a word: substring matches come last.
    EXPECT_EQ(names(index.search(QStringLiteral("fs"))),
              (QStringList{QStringLiteral("HD-FS01"), QStringLiteral("KL-FS01")}));
    EXPECT_EQ(names(index.search(QStringLiteral("pc"))), QStringList{QStringLiteral("reception-pc")});
    const auto ception = index.search(QStringLiteral("ception"));
    ASSERT_EQ(ception.size(), 1);
    EXPECT_LT(ception.at(0).score, index.search(QStringLiteral("pc")).at(0).score);
}

TEST(QuickOpenIndexTest, FindsDevicesByAddressAndSaysWhereTheyAre)
{
    QuickOpenIndex index;
    index.setInventory(fleet());
    const auto byAddress = index.search(QStringLiteral("10.0.0.5"));
    ASSERT_EQ(byAddress.size(), 2); // 10.0.0.5 and 10.0.0.50
    EXPECT_EQ(byAddress.at(0).name, QStringLiteral("HD-FS01"));
    EXPECT_EQ(byAddress.at(0).kind, QuickOpenIndex::Kind::Device);
    EXPECT_EQ(byAddress.at(0).id, 100);
    EXPECT_EQ(byAddress.at(0).clientId, 1);
    EXPECT_EQ(byAddress.at(0).context, QStringLiteral("Harbor Dental › HQ · 10.0.0.5"));

    const auto host = index.search(QStringLiteral("KESSLER.LOCAL"));
    ASSERT_EQ(host.size(), 1);
    EXPECT_EQ(host.at(0).name, QStringLiteral("KL-DC01"));

    // A name match beats an address or location match: the "Harbor Depot" site before Harbor Dental's devices.
    const auto harbor = index.search(QStringLiteral("harbor"));
    ASSERT_GE(harbor.size(), 3);
    EXPECT_EQ(harbor.at(0).kind, QuickOpenIndex::Kind::Client);
    EXPECT_EQ(harbor.at(1).name, QStringLiteral("Harbor Depot"));
    EXPECT_EQ(harbor.at(1).kind, QuickOpenIndex::Kind::Site);

    EXPECT_TRUE(index.search(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(index.search(QStringLiteral("nothing like it")).isEmpty());
    EXPECT_EQ(index.search(QStringLiteral("0"), 2).size(), 2) << "the limit holds";
}

TEST(QuickOpenIndexTest, TenThousandDevicesLimitTheResultsAndKeepTheBestFirst)
{
    Inventory inventory;
    inventory.clients = {client(1, QStringLiteral("Big Fleet"))};
    Site site;
    site.id = 1;
    site.clientId = 1;
    site.name = QStringLiteral("HQ");
    inventory.sites = {site};
    for (int i = 0; i < 10'000; ++i) {
        inventory.devices.append(
            device(i + 1, 1, 1, QStringLiteral("WS%1").arg(i, 5, 10, QLatin1Char('0')),
                   QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256)));
    }
    inventory.devices.append(device(20'000, 1, 1, QStringLiteral("mail-ws"), QString()));
    QuickOpenIndex index;
    index.setInventory(inventory);
    const auto matches = index.search(QStringLiteral("ws"));
    ASSERT_EQ(matches.size(), 50);
    EXPECT_EQ(matches.at(0).name, QStringLiteral("WS00000"));
    EXPECT_EQ(matches.at(49).name, QStringLiteral("WS00049"));
    const auto exact = index.search(QStringLiteral("ws09999"));
    ASSERT_EQ(exact.size(), 1);
    EXPECT_EQ(exact.at(0).id, 10'000);
}

} // namespace
