// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTemplate.h"
#include "AppSettings.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace Vigil;

namespace {

QHash<QString, QString> values()
{
    return {{QStringLiteral("host"), QStringLiteral("10.0.0.5")},
            {QStringLiteral("port"), QStringLiteral("3389")},
            {QStringLiteral("user"), QStringLiteral("admin")},
            {QStringLiteral("device"), QStringLiteral("HD WS07")}};
}

QStringList expand(const QString &text, const QHash<QString, QString> &with = values())
{
    auto parsed = CommandTemplate::parse(text);
    EXPECT_TRUE(parsed.ok()) << qPrintable(parsed.ok() ? QString() : parsed.error().message);
    if (!parsed) {
        return {};
    }
    auto expanded = parsed->expandArguments(with);
    EXPECT_TRUE(expanded.ok()) << qPrintable(expanded.ok() ? QString() : expanded.error().message);
    return expanded.ok() ? expanded.value() : QStringList();
}

QString parseError(const QString &text)
{
    auto parsed = CommandTemplate::parse(text);
    return parsed.ok() ? QString() : parsed.error().message;
}

TEST(CommandTemplateTest, SplitsTheTemplateOnceAndFillsValuesIntoWords)
{
    auto parsed = CommandTemplate::parse(QStringLiteral("xfreerdp /v:%host%:%port% /u:%user%  +clipboard"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->program(), QStringLiteral("xfreerdp"));
    EXPECT_EQ(parsed->usedPlaceholders(),
              (QStringList{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user")}));
    EXPECT_EQ(expand(parsed->text()), (QStringList{QStringLiteral("/v:10.0.0.5:3389"), QStringLiteral("/u:admin"),
                                                   QStringLiteral("+clipboard")}));
    // A value with a space stays one argument.
    EXPECT_EQ(expand(QStringLiteral("tool --name %device%")),
              (QStringList{QStringLiteral("--name"), QStringLiteral("HD WS07")}));
}

TEST(CommandTemplateTest, QuotesAndEscapesBelongToTheTemplateOnly)
{
    EXPECT_EQ(expand(QStringLiteral(R"("/opt/My Tools/run" 'a b %host%' "title: %device%" x\ y 100%%)")),
              (QStringList{QStringLiteral("a b %host%"), QStringLiteral("title: HD WS07"), QStringLiteral("x y"),
                           QStringLiteral("100%")}));
    auto parsed = CommandTemplate::parse(QStringLiteral(R"("/opt/My Tools/run" "")"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->program(), QStringLiteral("/opt/My Tools/run"));
    EXPECT_EQ(parsed->expandArguments({}).value(), QStringList{QString()});
}

TEST(CommandTemplateTest, BadTemplatesAreRefusedWithAReason)
{
    EXPECT_TRUE(parseError(QString()).contains(QLatin1String("empty")));
    EXPECT_TRUE(parseError(QStringLiteral("   ")).contains(QLatin1String("empty")));
    EXPECT_TRUE(parseError(QStringLiteral("tool 'open")).contains(QLatin1String("not closed")));
    EXPECT_TRUE(parseError(QStringLiteral("tool \"open")).contains(QLatin1String("not closed")));
    EXPECT_TRUE(parseError(QStringLiteral("tool %hots%")).contains(QLatin1String("unknown placeholder %hots%")));
    EXPECT_TRUE(parseError(QStringLiteral("tool 50%")).contains(QLatin1String("no closing")));
    EXPECT_TRUE(parseError(QStringLiteral("%host% --x")).contains(QLatin1String("program cannot contain")));
    EXPECT_TRUE(parseError(QStringLiteral("/usr/bin/%device%")).contains(QLatin1String("program cannot contain")));
    EXPECT_TRUE(parseError(QStringLiteral("tool\nrm")).contains(QLatin1String("one line")));
    EXPECT_TRUE(parseError(QStringLiteral("tool x\\")).contains(QLatin1String("backslash")));
}

TEST(CommandTemplateTest, DeviceFieldsCannotBecomeOptionsOrLines)
{
    auto parsed = CommandTemplate::parse(QStringLiteral("ssh -l %user% %host%"));
    ASSERT_TRUE(parsed.ok());
    QHash<QString, QString> hostile = values();
    hostile.insert(QStringLiteral("host"), QStringLiteral("-oProxyCommand=touch /tmp/x"));
    auto refused = parsed->expandArguments(hostile);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("%host% begins with '-'")));
    hostile.insert(QStringLiteral("host"), QStringLiteral("a\nb"));
    EXPECT_FALSE(parsed->expandArguments(hostile).ok());
    hostile.insert(QStringLiteral("host"), QString());
    auto missing = parsed->expandArguments(hostile);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("needs %host%")));
    // Inside an argument a leading '-' is just text: "/v:-x" is not an option.
    hostile.insert(QStringLiteral("host"), QStringLiteral("-x"));
    EXPECT_EQ(expand(QStringLiteral("xfreerdp /v:%host%"), hostile), QStringList{QStringLiteral("/v:-x")});
}

TEST(CommandTemplateTest, SettingsStoreOnlyValidTemplates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("vigil.ini")));
    EXPECT_TRUE(settings.rdpClientTemplate().isEmpty());
    ASSERT_TRUE(settings.setRdpClientTemplate(QStringLiteral("remmina -c rdp://%user%@%host%:%port%")).ok());
    EXPECT_FALSE(settings.setRdpClientTemplate(QStringLiteral("remmina %oops%")).ok());
    EXPECT_EQ(settings.rdpClientTemplate(), QStringLiteral("remmina -c rdp://%user%@%host%:%port%"));

    const QList<ExternalTool> tools{{QStringLiteral("Ping"), QStringLiteral("ping -c 3 %host%")},
                                    {QStringLiteral("Web UI"), QStringLiteral("xdg-open https://%host%/")}};
    ASSERT_TRUE(settings.setExternalTools(tools).ok());
    EXPECT_EQ(settings.externalTools(), tools);
    const Status duplicate =
        settings.setExternalTools({tools.at(0), {QStringLiteral("ping"), QStringLiteral("ping %host%")}});
    EXPECT_FALSE(duplicate.ok());
    const Status bad = settings.setExternalTools({{QStringLiteral("Bad"), QStringLiteral("%host%")}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().where, QStringLiteral("Bad"));
    EXPECT_EQ(settings.externalTools(), tools) << "a refused list changes nothing";
    settings.sync();
    AppSettings reread(dir.filePath(QStringLiteral("vigil.ini")));
    EXPECT_EQ(reread.externalTools(), tools);
}

} // namespace
