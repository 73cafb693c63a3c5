// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertRule.h"
#include "RuleSet.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace Vigil;

namespace {

AlertRule diskRule()
{
    AlertRule rule;
    rule.id = QStringLiteral("disk_used");
    rule.condition = RuleCondition::DiskUsedPercent;
    rule.warningAt = 80;
    rule.criticalAt = 90;
    rule.hysteresis = 3;
    return rule;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST(AlertRuleTest, SeverityFollowsThresholds)
{
    const AlertRule rule = diskRule();
    EXPECT_FALSE(rule.severityFor(79.9).has_value());
    EXPECT_EQ(rule.severityFor(80), AlertSeverity::Warning);
    EXPECT_EQ(rule.severityFor(89.9), AlertSeverity::Warning);
    EXPECT_EQ(rule.severityFor(90), AlertSeverity::Critical);
}

TEST(AlertRuleTest, OpenAlertKeepsItsLevelWithinHysteresis)
{
    const AlertRule rule = diskRule();
    // Rises at once.
    EXPECT_EQ(rule.severityKeeping(AlertSeverity::Warning, 95), AlertSeverity::Critical);
    // Critical holds down to 87, then falls to warning, which holds down to 77.
    EXPECT_EQ(rule.severityKeeping(AlertSeverity::Critical, 87.5), AlertSeverity::Critical);
    EXPECT_EQ(rule.severityKeeping(AlertSeverity::Critical, 86.9), AlertSeverity::Warning);
    EXPECT_EQ(rule.severityKeeping(AlertSeverity::Warning, 77.5), AlertSeverity::Warning);
    EXPECT_FALSE(rule.severityKeeping(AlertSeverity::Warning, 76.9).has_value());
    // A critical alert whose value drops straight below the band clears rather than lingering as a warning.
    EXPECT_FALSE(rule.severityKeeping(AlertSeverity::Critical, 50).has_value());
    EXPECT_TRUE(rule.clears(76.9));
    EXPECT_FALSE(rule.clears(77));
}

TEST(AlertRuleTest, BuiltInRulesLoadAndMatchTheDocumentedDefaults)
{
    const Result<QList<AlertRule>> rules = RuleSet::defaults();
    ASSERT_TRUE(rules.ok()) << qPrintable(rules.error().toString());
    const RuleSet set(rules.value());
    ASSERT_EQ(set.rules().size(), 11);
    const AlertRule *disk = set.rule(QStringLiteral("disk_used"));
    ASSERT_NE(disk, nullptr);
    EXPECT_EQ(disk->warningAt, 80.0);
    EXPECT_EQ(disk->criticalAt, 90.0);
    const AlertRule *unreachable = set.rule(QStringLiteral("unreachable"));
    ASSERT_NE(unreachable, nullptr);
    EXPECT_EQ(unreachable->polls, 3);
    EXPECT_EQ(unreachable->criticalAt, 1.0);
    EXPECT_EQ(set.rule(QStringLiteral("backup_stale"))->warningAt, 26.0);
    EXPECT_EQ(set.rule(QStringLiteral("restore_test_missing"))->infoAt, 90.0);
    EXPECT_EQ(set.rule(QStringLiteral("reboot_required"))->forSeconds, 7 * 86400);
    EXPECT_EQ(set.rule(QStringLiteral("cpu_high"))->forSeconds, 15 * 60);
    EXPECT_EQ(set.rule(QStringLiteral("memory_high"))->warningAt, 95.0);
}

TEST(AlertRuleTest, ClientOverrideChangesOnlyThatClient)
{
    RuleSet set(RuleSet::defaults().value());
    ASSERT_TRUE(set.setOverride(7, QStringLiteral("disk_used"), object(R"({"warning": 85, "critical": null})")).ok());
    const auto find = [](const QList<AlertRule> &rules) {
        return *std::find_if(rules.begin(), rules.end(), [](const AlertRule &r) { return r.id == u"disk_used"; });
    };
    EXPECT_EQ(find(set.rulesFor(7)).warningAt, 85.0);
    EXPECT_FALSE(find(set.rulesFor(7)).criticalAt.has_value());
    EXPECT_EQ(find(set.rulesFor(8)).warningAt, 80.0);
    EXPECT_EQ(find(set.rulesFor(8)).criticalAt, 90.0);
}

TEST(AlertRuleTest, BadRulesAreRefusedWithTheirPlace)
{
    const auto parse = [](const char *json) { return RuleSet::parseDocument(json, QStringLiteral("rules.json")); };
    Result<QList<AlertRule>> r = parse(R"({"rules":[{"id":"x","condition":"disk_used_percent","warning":80},)"
                                       R"({"id":"y","condition":"moon_phase","warning":1}]})");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().where.contains(QStringLiteral("rule 2"))) << qPrintable(r.error().toString());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("moon_phase")));

    r = parse(R"({"rules":[{"id":"x","condition":"disk_used_percent","warning":90,"critical":80}]})");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("rise")));

    r = parse(R"({"rules":[{"id":"x","condition":"disk_used_percent"}]})");
    ASSERT_FALSE(r.ok());

    r = parse(R"({"rules":[{"id":"x","condition":"disk_used_percent","warning":80,"treshold":3}]})");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("treshold")));

    r = parse(R"({"rules":[{"id":"x","condition":"disk_used_percent","warning":80},)"
              R"({"id":"x","condition":"disk_used_percent","warning":80}]})");
    ASSERT_FALSE(r.ok());

    r = parse("{\"rules\": [");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where, QStringLiteral("rules.json"));

    RuleSet set(RuleSet::defaults().value());
    EXPECT_FALSE(set.setOverride(1, QStringLiteral("disk_used"), object(R"({"polls": 0})")).ok());
    EXPECT_FALSE(set.setOverride(1, QStringLiteral("nope"), object(R"({"warning": 1})")).ok());
    EXPECT_EQ(set.rulesFor(1), set.rules());
}
