<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Vigil::AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;The console for MSP technicians: overnight alerts, tickets, fleet health and remote sessions in one place, fast and from the keyboard.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built on&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%3&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertActionCommand</name>
    <message>
        <source>Acknowledge alerts (you are looking into them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze alerts until a time; they reopen then if the condition still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert ids (from vigil-cli alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the alert&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician name (default: from the settings, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the snooze ends: 2026-11-24T08:00, 9:30, 4h, tomorrow, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which alert? Give one or more alert ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze needs --until TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>Acknowledged %n alert.</numerusform>
            <numerusform>Acknowledged %n alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n alert(s).</source>
        <translation>
            <numerusform>Resolved %n alert.</numerusform>
            <numerusform>Resolved %n alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n alert(s) until %1.</source>
        <translation>
            <numerusform>Snoozed %n alert until %1.</numerusform>
            <numerusform>Snoozed %n alerts until %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::AlertCategory</name>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertQueueModel</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration in days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time left on the ticket&apos;s SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <comment>the ticket&apos;s SLA deadline passed this long ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Rule: %2 (%3)</source>
        <comment>rule id and its subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1
Last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 (%2), due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the alert was first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the condition occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until the linked ticket&apos;s next SLA deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the alert was first seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <comment>how often the alert occurred</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>alert state: open, acknowledged, …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>time left on the linked ticket&apos;s SLA</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertQueuePage</name>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action tooltip: what it does, then its key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts, with an optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected alerts, with an optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 8:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected alerts until a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what the selected alerts are about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the selected alerts to tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the selected alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the alert&apos;s device in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you reviewed every alert shown; &quot;Since last review&quot; starts from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by client, device, summary, rule or state (/ or Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the alerts: %1. Showing what was loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the resolved alerts: %1. Showing what was loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the changed alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <comment>informational alerts</comment>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message>
        <source>Last review unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last review by %1, %2 (%n alert(s))</source>
        <translation>
            <numerusform>Last review by %1, %2 (%n alert)</numerusform>
            <numerusform>Last review by %1, %2 (%n alerts)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-weight:normal&quot;&gt;Select an alert to see its details.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule and subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>client · site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>device and alert summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n alert(s). Note (optional):</source>
        <translation>
            <numerusform>Acknowledge %n alert. Note (optional):</numerusform>
            <numerusform>Acknowledge %n alerts. Note (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not acknowledge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s)</source>
        <translation>
            <numerusform>Acknowledged %n alert</numerusform>
            <numerusform>Acknowledged %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n alert(s). Note (optional):</source>
        <translation>
            <numerusform>Resolve %n alert. Note (optional):</numerusform>
            <numerusform>Resolve %n alerts. Note (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n alert(s)</source>
        <translation>
            <numerusform>Resolved %n alert</numerusform>
            <numerusform>Resolved %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n alert(s) until %1</source>
        <translation>
            <numerusform>Snoozed %n alert until %1</numerusform>
            <numerusform>Snoozed %n alerts until %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not categorise %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filed %n alert(s) under %1</source>
        <translation>
            <numerusform>Filed %n alert under %1</numerusform>
            <numerusform>Filed %n alerts under %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a ticket for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 created</source>
        <translation>
            <numerusform>Ticket %1 created</numerusform>
            <numerusform>Ticket %1 created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already escalated to %1</source>
        <translation>
            <numerusform>already escalated to %1</numerusform>
            <numerusform>already escalated to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note for %n alert(s):</source>
        <translation>
            <numerusform>Note for %n alert:</numerusform>
            <numerusform>Note for %n alerts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the note to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note added to %n alert(s)</source>
        <translation>
            <numerusform>Note added to %n alert</numerusform>
            <numerusform>Note added to %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review of %n alert(s) recorded</source>
        <translation>
            <numerusform>Review of %n alert recorded</numerusform>
            <numerusform>Review of %n alerts recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not end due snoozes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertRule</name>
    <message>
        <source>the rule has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: unknown condition &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: unknown category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: &quot;%2&quot; must be a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: hysteresis must be a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: &quot;for&quot; must be whole seconds ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: &quot;polls&quot; must be a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: &quot;enabled&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: unknown setting &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: needs at least one of info, warning or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: thresholds must rise from info to warning to critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertRuleStore</name>
    <message>
        <source>adding the built-in alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert rule %1 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored rule is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading alert rule overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored override is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override of %1 for client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving alert rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an alert rule override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an alert rule override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertSeverity</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertState</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertStore</name>
    <message>
        <source>reading devices for the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rule conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading restore tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving rule conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an alert event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledging an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a snooze must end in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozing an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorising an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking an alert to a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading snoozed alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending a snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze ended; the condition still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an alert&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::AlertsCommand</name>
    <message>
        <source>List alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, acknowledged, snoozed, resolved, unresolved (default: everything not resolved) or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alerts seen since TIME (2026-11-23T07:00, 07:30, 12h, 2d, …); open ones always show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (use open, acknowledged, snoozed, resolved, unresolved or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::AppSettings</name>
    <message>
        <source>Your IT partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tool needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two tools are called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::BackupStore</name>
    <message>
        <source>reading backup jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restore test needs the technician who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restore test needs the time it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the restore test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 has no backup job &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::CalendarCommand</name>
    <message>
        <source>Show or change a client&apos;s business hours and holidays, in which its SLA clocks run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days: mon-fri, mon,wed,fri, mon-sun …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours: 08:00-18:00 (00:00-24:00 round the clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s time zone, an IANA id such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a holiday (or rename one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday&apos;s name, with --add-holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigil-cli calendar CLIENT [--days DAYS] [--hours FROM-TO] [--zone ZONE] [--add-holiday DATE [--name NAME]] [--remove-holiday DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; are not working days (use mon-fri, mon,wed,fri or mon-sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; are not working hours (use FROM-TO such as 08:00-18:00, ending after they start; 24:00 for midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA id such as Europe/Berlin or UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name goes with --add-holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar needs at least one working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours must end after they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours of %1: %2, %3–%4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the holiday %2 of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours of %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the standard calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::CliApplication</name>
    <message>
        <source>vigil-cli: --db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigil-cli: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigil-cli: no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigil-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vigil-cli [--db PATH] COMMAND [OPTIONS]

Global options:
  --db PATH        the Vigil database (default: $VIGIL_DB, else %1)
  -v, --verbose    log what Vigil does (to stderr)
  -h, --help       show this help; COMMAND --help shows a command&apos;s options
  --version        show versions

Commands:
  import FILE      import devices from CSV, Prometheus file_sd JSON or ~/.ssh/config
  devices          list devices
  poll [--once]    poll every device&apos;s exporter, store the results, run the alert rules
  alerts           list alerts [--state S] [--since TIME] [--client NAME] [--format F]
  ack ID...        acknowledge alerts [--note TEXT]
  resolve ID...    resolve alerts [--note TEXT]
  snooze ID...     snooze alerts --until TIME [--note TEXT]
  review           the morning review, per client [--since TIME] [--finish]
  rules            the alert rules [--client NAME]; rules set RULE …; rules reset RULE
  maintenance      maintenance windows; maintenance add …; maintenance remove ID
  tickets          the ticket queue by SLA urgency [--status S,...] [--client NAME]
                   [--mine|--unassigned] [--breached] [--format F]
  ticket ACTION    new --client NAME --title T [--priority P] [--device NAME]
                   [--description D] [--reported TIME]; new --from-alert ID;
                   show ID; note ID TEXT [--client-visible];
                   log ID MINUTES [--note T]; status ID STATUS; priority ID P;
                   assign ID NAME; unassign ID; close ID --notes TEXT
  exec DEVICE -- COMMAND...
                   run one command over SSH [--accept-new] [--timeout S] [--client NAME]
                   [--ticket ID]; exits with the command&apos;s status (3: host key changed,
                   124: timeout, 255: connection or login failed)
  calendar CLIENT  a client&apos;s business hours for its SLA clocks [--days mon-fri]
                   [--hours 08:00-18:00] [--zone ZONE] [--add-holiday DATE [--name N]]
                   [--remove-holiday DATE]
  report           a client&apos;s monthly report --client NAME --month YYYY-MM
                   --out FILE.pdf|.html|.csv [--format pdf|html|csv]
  vnc-capture DEVICE --out FILE.png   save one frame of the device&apos;s VNC screen
                   [--client NAME] [--timeout S] [--password-stdin]

Exit status: 0 ok, 1 runtime error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::CliCommand</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use table, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::CommandTemplate</name>
    <message>
        <source>a &apos;%&apos; has no closing &apos;%&apos; (write %% for a percent sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command template is one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template ends with a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command template is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program cannot contain a placeholder: a device field must not choose what runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command template names no program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template needs %1 and the device has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value for %1 contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value for %1 begins with &apos;-&apos; and would be read as an option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::CriticalAlertNotifier</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new critical alert(s)</source>
        <translation>
            <numerusform>%n new critical alert</numerusform>
            <numerusform>%n new critical alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::CsvInventoryReader</name>
    <message>
        <source>this quoted field is never closed (a closing &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; put the whole field in quotes and double the quote (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2 and optionally kind, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks the required column(s) %1; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns (%2) but found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is empty; every device needs a client, a site and a device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;kind&apos;: &apos;%1&apos; is not one of workstation, server, network, printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;address&apos;: &apos;%1&apos; is not a host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;exporter_url&apos;: &apos;%1&apos; is not an http or https URL (or host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;exporter_url&apos;: port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;exporter_url&apos; contains a password; remove it and store the credential in Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: port &apos;%2&apos; is not a number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;ssh&apos;: &apos;%1&apos; is not [user@][host][:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;ssh&apos;: &apos;%1&apos; would be a user name; write &apos;@%1&apos; for the host or &apos;user@%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;vnc&apos;: &apos;%1&apos; is not [ssh+][host][:port] or a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header line; the first line must name the columns client,site,device,address,os,exporter_url,ssh,vnc,tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; of client &apos;%2&apos; appears twice (lines %3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::Database</name>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a Vigil database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite file belongs to another program, not Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not switch to write-ahead logging (journal mode is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting synchronous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer Vigil (schema version %1; this Vigil knows up to %2). Upgrade Vigil to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema version failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the schema to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking foreign keys after the upgrade failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade would break references in table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the schema version failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing the upgrade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxing durability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring durability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceKind</name>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DevicePage</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore test done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You verified a restore of the backup job &quot;%1&quot;. What did you restore, and where to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you came from (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: the growth of the last three days, extrapolated to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reallocated</source>
        <comment>SMART sectors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>SMART sectors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore test done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you verified a restore of the selected backup job, with a note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>session protocol</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches and drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health over the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU busy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk used % by mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device&apos;s state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the alert rules; thresholds are not drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time (age)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not monitored&lt;/b&gt;: this device has no exporter URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not polled yet.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n failed poll(s) in a row, last %2: &lt;b&gt;%3&lt;/b&gt; %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n failed poll in a row, last %2: &lt;b&gt;%3&lt;/b&gt; %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n failed polls in a row, last %2: &lt;b&gt;%3&lt;/b&gt; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>from the last good poll, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stale&lt;/b&gt;: the last data is from %1. Vigil has not polled the device since (polling paused or the console was closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Online&lt;/b&gt; — polled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) pending</source>
        <translation>
            <numerusform>%n update pending</numerusform>
            <numerusform>%n updates pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n security</source>
        <translation>
            <numerusform>, %n security</numerusform>
            <numerusform>, %n security</numerusform>
        </translation>
    </message>
    <message>
        <source>, none for security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reboot needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patch status yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the health history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing %1 % a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red past %1 h without a successful backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%1%2 % in %n day(s))</source>
        <translation>
            <numerusform>(%1%2 % in %n day)</numerusform>
            <numerusform>(%1%2 % in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore test was not recorded.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device&apos;s alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the session log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>session not ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceSnapshot</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored device state is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceStateStore</name>
    <message>
        <source>saving device state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading device state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 has not been polled yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceSummaryPanel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Unreachable&lt;/b&gt;&lt;/span&gt; (%1, %n failed poll(s) in a row): &lt;b&gt;%2&lt;/b&gt; — %3</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Unreachable&lt;/b&gt;&lt;/span&gt; (%1, %n failed poll in a row): &lt;b&gt;%2&lt;/b&gt; — %3</numerusform>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Unreachable&lt;/b&gt;&lt;/span&gt; (%1, %n failed polls in a row): &lt;b&gt;%2&lt;/b&gt; — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>SSH jump host</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(through an SSH tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not monitored&lt;/b&gt;: no exporter URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not polled yet.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU warming up</source>
        <comment>the CPU rate needs a second poll</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fullest disk %1 at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1e7d32&quot;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt;, polled %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>device kind: workstation, server, …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DevicesCommand</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>List devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv (re-importable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPORTER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::DiskTrend</name>
    <message>
        <source>—</source>
        <comment>disk trend unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>full in ~%n h</source>
        <translation>
            <numerusform>full in ~%n h</numerusform>
            <numerusform>full in ~%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>full in over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>full in ~%n day(s)</source>
        <translation>
            <numerusform>full in ~%n day</numerusform>
            <numerusform>full in ~%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ExecCommand</name>
    <message>
        <source>Run one command on a device over SSH and return its output and exit status. Usage: exec DEVICE [options] -- COMMAND [ARGS...]; DEVICE is a device name or CLIENT/DEVICE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and save the host key of a device never seen before (a changed key is always refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the login and the command may take together (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s client, when several clients have a device of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician name for the session log (default: from the settings, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the session (and its time) on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust host keys in ~/.ssh/known_hosts (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec needs a device and a command: exec DEVICE -- COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ticket needs a ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no device of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several clients have a device &quot;%1&quot; (%2): write CLIENT/%1 or use --client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks &quot;%2&quot; and vigil-cli exec does not ask questions: store the secret in the keychain (key id %3) or use ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set for the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigil-cli: exec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigil-cli: exec: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offered:   %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  on record: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run again with --accept-new to trust %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ExpositionParser</name>
    <message>
        <source>invalid metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to open the label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence (only \\, \&quot; and \n are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label value is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the label set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a sample value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid sample value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected characters after the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a metric name after HELP, TYPE or UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second TYPE line for the same metric family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram bucket without a valid le label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary quantile without a valid quantile label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content after # EOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing # EOF at the end of an OpenMetrics body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many samples (limit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many labels in one sample (limit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>label value too long (limit %n byte(s))</source>
        <translation>
            <numerusform>label value too long (limit %n byte)</numerusform>
            <numerusform>label value too long (limit %n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line too long (limit %n byte(s))</source>
        <translation>
            <numerusform>line too long (limit %n byte)</numerusform>
            <numerusform>line too long (limit %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>malformed exposition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ExternalLauncher</name>
    <message>
        <source>%1 is not installed (or not executable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::FileSdInventoryReader</name>
    <message>
        <source>the file is empty; expected a JSON array of target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON array of target groups ([{&quot;targets&quot;: [&quot;host:port&quot;], &quot;labels&quot;: {…}}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1 has no &quot;targets&quot; list of &quot;host:port&quot; strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1: %2 is not a &quot;host:port&quot; target (port 1–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1: &quot;labels&quot; must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1: label &apos;%2&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1 has no &apos;client&apos; label; every device needs a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1 has a &apos;device&apos; label but %2 targets; a &apos;device&apos; label names exactly one target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1: label &apos;kind&apos;: &apos;%2&apos; is not one of workstation, server, network, printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1: label &apos;__scheme__&apos; must be http or https, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1: label &apos;__metrics_path__&apos; must be a path starting with &apos;/&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1 has no targets (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; of client &apos;%2&apos; appears twice (target groups %3 and %4, lines %5 and %6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::FleetOverview</name>
    <message>
        <source>reading the fleet&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the fleet&apos;s alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the fleet&apos;s alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::FleetOverviewModel</name>
    <message numerus="yes">
        <source>%n offline</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failing</source>
        <translation>
            <numerusform>%n backup failing</numerusform>
            <numerusform>%n backups failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMART</source>
        <comment>drives warning</comment>
        <translation>
            <numerusform>%n SMART</numerusform>
            <numerusform>%n SMART</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breached</source>
        <translation>
            <numerusform>%n SLA breached</numerusform>
            <numerusform>%n SLA breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) stale</source>
        <translation>
            <numerusform>%n backup stale</numerusform>
            <numerusform>%n backups stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA at risk</source>
        <translation>
            <numerusform>%n SLA at risk</numerusform>
            <numerusform>%n SLA at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reboot(s)</source>
        <translation>
            <numerusform>%n reboot</numerusform>
            <numerusform>%n reboots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with security updates</source>
        <translation>
            <numerusform>%n with security updates</numerusform>
            <numerusform>%n with security updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%n device of %1</numerusform>
            <numerusform>%n devices of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 answered their last poll</source>
        <translation>
            <numerusform>%n device of %1 answered their last poll</numerusform>
            <numerusform>%n devices of %1 answered their last poll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 did not answer their last poll</source>
        <translation>
            <numerusform>%n device of %1 did not answer their last poll</numerusform>
            <numerusform>%n devices of %1 did not answer their last poll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 without a poll in the last 15 minutes</source>
        <translation>
            <numerusform>%n device of %1 without a poll in the last 15 minutes</numerusform>
            <numerusform>%n devices of %1 without a poll in the last 15 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved critical alert(s) of %1</source>
        <translation>
            <numerusform>%n unresolved critical alert of %1</numerusform>
            <numerusform>%n unresolved critical alerts of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved warning(s) of %1</source>
        <translation>
            <numerusform>%n unresolved warning of %1</numerusform>
            <numerusform>%n unresolved warnings of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 whose last backup run failed</source>
        <translation>
            <numerusform>%n device of %1 whose last backup run failed</numerusform>
            <numerusform>%n devices of %1 whose last backup run failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 without a good backup in 26 hours</source>
        <translation>
            <numerusform>%n device of %1 without a good backup in 26 hours</numerusform>
            <numerusform>%n devices of %1 without a good backup in 26 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 waiting for a reboot</source>
        <translation>
            <numerusform>%n device of %1 waiting for a reboot</numerusform>
            <numerusform>%n devices of %1 waiting for a reboot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 with security updates pending</source>
        <translation>
            <numerusform>%n device of %1 with security updates pending</numerusform>
            <numerusform>%n devices of %1 with security updates pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 with a drive failing or reallocating sectors</source>
        <translation>
            <numerusform>%n device of %1 with a drive failing or reallocating sectors</numerusform>
            <numerusform>%n devices of %1 with a drive failing or reallocating sectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 past their SLA</source>
        <translation>
            <numerusform>%n ticket of %1 past their SLA</numerusform>
            <numerusform>%n tickets of %1 past their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 with a quarter or less of their SLA left</source>
        <translation>
            <numerusform>%n ticket of %1 with a quarter or less of their SLA left</numerusform>
            <numerusform>%n tickets of %1 with a quarter or less of their SLA left</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored devices without a poll in the last 15 minutes, or never polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices with a backup job that has not succeeded in 26 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices with a drive that is unhealthy or has reallocated or pending sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active tickets with a quarter or less of their SLA time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <comment>devices without recent data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>alerts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <comment>alerts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup
failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup
&gt; 26 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security
updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA
breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA
at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::FleetOverviewPage</name>
    <message>
        <source>&lt;h2&gt;Fleet overview&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number opens the list behind it: click it, or move to it with the arrow keys and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a number, or move to it with the arrow keys and press Enter, to see the devices, alerts or tickets behind it. Ctrl+K finds any client, site or device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the fleet&apos;s state: %1. Showing what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::HealthChart</name>
    <message>
        <source>warning %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no data in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::HealthChartQuery</name>
    <message>
        <source>reading health history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::HistoryStore</name>
    <message>
        <source>the database connection is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving health samples failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rollup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling up health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving rollup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruning health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading health history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil has never connected to %1 before. Compare the fingerprint with the one the device shows (ssh-keygen -lf on its host key) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and add the key to Vigil&apos;s known_hosts; a later change of this key is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this time without recording the key; Vigil asks again next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ImportCommand</name>
    <message>
        <source>Import devices. Re-importing updates devices in place and never duplicates them; a file with any bad record imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, Prometheus file_sd JSON or an ssh_config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s format: csv, file_sd or ssh_config (default: from the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client for devices the file does not assign to one (ssh_config; default: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site for new devices the file does not place (default: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use csv, file_sd or ssh_config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its name; add --format csv|file_sd|ssh_config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigil-cli: import: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3, %4, %5; %6, %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n new client</numerusform>
            <numerusform>%n new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new site(s)</source>
        <translation>
            <numerusform>%n new site</numerusform>
            <numerusform>%n new sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ImportText</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (save it as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryEditDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;H port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VNC port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a client named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 resolution target (%2 min) is sooner than its first response (%3 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has a site named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site to this client first: every device is at a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has a device named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains spaces: give a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exporter URL &quot;%1&quot; is not an http or https URL with a host, such as http://10.0.0.5:9100/metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryImporter</name>
    <message>
        <source>unsupported import format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryPage</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 of %n device</numerusform>
            <numerusform>%1 of %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by client, site, device, address, OS or tag (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No devices yet&lt;/h3&gt;&lt;p&gt;Import your fleet with &lt;b&gt;File › Import inventory…&lt;/b&gt; (Ctrl+I): a CSV, a Prometheus file_sd JSON or your ~/.ssh/config.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the inventory: %1. Showing what was loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this filter (Esc in the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site to the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device to the selected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected client, site or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected client, site or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices without recent data (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices without an exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices whose last backup run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices without a good backup in 26 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices waiting for a reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices with security updates pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices with a SMART warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the client the new site belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the client or site the new device belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 with its %2 and %3? Their alerts, health history and state go with them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has %2: move them to another site (drag them) or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty site %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Its alerts, health history, backup status and state go with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move every device: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryStore</name>
    <message numerus="yes">
        <source>the client still has %n ticket(s); tickets are kept for reporting</source>
        <translation>
            <numerusform>the client still has %n ticket; tickets are kept for reporting</numerusform>
            <numerusform>the client still has %n tickets; tickets are kept for reporting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the site still has %n device(s); move or remove them first</source>
        <translation>
            <numerusform>the site still has %n device; move or remove them first</numerusform>
            <numerusform>the site still has %n devices; move or remove them first</numerusform>
        </translation>
    </message>
    <message>
        <source>reading clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading SLA policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SLA for %1 priority needs positive response and resolution times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client needs a name of 1 to %1 printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving client &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the client&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the client&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site needs a name of 1 to %1 printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client already has a site named &quot;%1&quot;, or the client does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the site&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device needs a name of 1 to %1 printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exporter URL &quot;%1&quot; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH port %1 is outside 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VNC port %1 is outside 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the device&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site belongs to another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving device &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client already has a device named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &quot;%1&quot; exists in several clients (%2); import it with --client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client has no device named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>device kind: workstation, server, …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exporter URL: Vigil does not poll this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
%n failed poll(s) in a row</source>
        <translation>
            <numerusform>%1: %2
%n failed poll in a row</numerusform>
            <numerusform>%1: %2
%n failed polls in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <comment>CPU busy share not known yet: it needs a second poll</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU use is a rate: it is known from the second poll on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>of a device: online, unreachable, …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>device badge: a critical alert is open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>device badge: a warning is open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale · %1</source>
        <comment>device badge with the age of its data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst unresolved alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>mount point and used percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % used, %3 GB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of the last good poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::KeychainSecretStore</name>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::KnownHosts</name>
    <message>
        <source>cannot read the known hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for the known hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the known hosts file is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the known hosts file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the known hosts file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::MainWindow</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory files (*.csv *.json config *.conf);;CSV (*.csv);;Prometheus file_sd (*.json);;SSH client configuration (config *.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil cannot tell the format of %1 from its name. Name it *.csv for CSV, *.json for Prometheus file_sd, or config for an SSH client configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 with remarks:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every device now instead of waiting for its turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop polling on schedule until unchecked; Poll now still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Polled %n device(s) in %1 s: %2 ok, %3 failed.</source>
        <translation>
            <numerusform>Polled %n device in %1 s: %2 ok, %3 failed.</numerusform>
            <numerusform>Polled %n devices in %1 s: %2 ok, %3 failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving poll results failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>new, updated, unchanged devices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new device(s)</source>
        <translation>
            <numerusform>%n new device</numerusform>
            <numerusform>%n new devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets past their SLA are at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets at risk follow the breached ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a client, site or device by typing part of its name or address (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is not in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shell on the selected device (inventory, device page, alert or ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;VNC viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected device&apos;s screen over VNC (through SSH when its settings say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch &amp;RDP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the RDP client (xfreerdp, or the configured one) on the selected device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device first (in the inventory, on its page, in the alert queue or on a ticket with a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open VNC viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch RDP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil cannot start the RDP client.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDP client started; the session is logged until it exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil cannot open this session.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceCommand</name>
    <message>
        <source>List maintenance windows, add one (add) or remove one (remove ID). Inside a window a device or site raises no new alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list (default), add or remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the client of the site or device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a whole site of the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: one device of the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: when it starts (default: now): 2026-11-24T22:00, 22:00, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: when it ends: 2026-11-25T02:00, 4h, tomorrow 6:00, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: why (shown with the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: technician name (default: from the settings, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) now or ahead</source>
        <translation>
            <numerusform>%n maintenance window now or ahead</numerusform>
            <numerusform>%n maintenance windows now or ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>remove needs one maintenance window id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed maintenance window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (use list, add or remove ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --client and either --site or --device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --until TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no site &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no device &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window %1 for %2 / %3 from %4 until %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceScheduler</name>
    <message>
        <source>Maintenance window for %1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance for %1 from %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceStore</name>
    <message>
        <source>maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a maintenance window is for one device or one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceWindowDialog</name>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; raises no new alerts inside this window. Alerts already open still follow it, and nothing opens or resolves in a burst when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware updates, server move, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight 22:00–06:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window would already be over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::MemorySecretStore</name>
    <message>
        <source>no keychain is available (the in-memory store was switched off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client reported, what you already know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client the ticket is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::PollCommand</name>
    <message numerus="yes">
        <source>%n device(s) without an exporter URL skipped.</source>
        <translation>
            <numerusform>%n device without an exporter URL skipped.</numerusform>
            <numerusform>%n devices without an exporter URL skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polling %n device(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>Polling %n device; Ctrl+C stops.</numerusform>
            <numerusform>Polling %n devices; Ctrl+C stops.</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll every device&apos;s exporter and store its state and health history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass over every device, then print a summary and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a device may take to answer (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices polled at the same time (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Polled %n device(s) in %1 s: %2 ok, %3 failed</source>
        <translation>
            <numerusform>Polled %n device in %1 s: %2 ok, %3 failed</numerusform>
            <numerusform>Polled %n devices in %1 s: %2 ok, %3 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::PollService</name>
    <message>
        <source>the exporter needs credentials (key %1) but no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading credentials %1 from the keychain failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::PollStatusLabel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil was started with --no-poll: it shows the last stored state and polls nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling starts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Polling %n device(s)</source>
        <translation>
            <numerusform>Polling %n device</numerusform>
            <numerusform>Polling %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polling all %n device(s) now…</source>
        <translation>
            <numerusform>Polling all %n device now…</numerusform>
            <numerusform>Polling all %n devices now…</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last poll %1</source>
        <comment>last poll 14 s ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message>
        <source>saving poll results fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving poll results failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::Priority</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client, site, device or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter open · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <comment>name, kind, where</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ReportBuilder</name>
    <message>
        <source>%1 has not begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the client&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading disk history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading backup jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading backup alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the session log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil recorded nothing for %1 in this month: no monitoring data, alerts, tickets or remote sessions. The figures below are empty rather than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %n device(s) answered %1 % of our checks on average.</source>
        <translation>
            <numerusform>Your %n device answered %1 % of our checks on average.</numerusform>
            <numerusform>Your %n devices answered %1 % of our checks on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We manage %n device(s) for you; no availability checks were recorded this month.</source>
        <translation>
            <numerusform>We manage %n device for you; no availability checks were recorded this month.</numerusform>
            <numerusform>We manage %n devices for you; no availability checks were recorded this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) installed.</source>
        <translation>
            <numerusform>%n update installed.</numerusform>
            <numerusform>%n updates installed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) fully up to date at month end</source>
        <translation>
            <numerusform>%n device fully up to date at month end</numerusform>
            <numerusform>%n devices fully up to date at month end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>security updates still waiting on %n device(s)</source>
        <translation>
            <numerusform>security updates still waiting on %n device</numerusform>
            <numerusform>security updates still waiting on %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a restart pending on %n device(s)</source>
        <translation>
            <numerusform>a restart pending on %n device</numerusform>
            <numerusform>a restart pending on %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n backup job(s) had a recent successful backup at month end.</source>
        <translation>
            <numerusform>All %n backup job had a recent successful backup at month end.</numerusform>
            <numerusform>All %n backup jobs had a recent successful backup at month end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) had no successful backup in the last 26 hours at month end.</source>
        <translation>
            <numerusform>%n device had no successful backup in the last 26 hours at month end.</numerusform>
            <numerusform>%n devices had no successful backup in the last 26 hours at month end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A restore has been tested for %1 of %n backup job(s).</source>
        <translation>
            <numerusform>A restore has been tested for %1 of %n backup job.</numerusform>
            <numerusform>A restore has been tested for %1 of %n backup jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were detected this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>We detected %n problem(s)</source>
        <translation>
            <numerusform>We detected %n problem</numerusform>
            <numerusform>We detected %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message>
        <source>picked them up within %1 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and had them fixed within %1 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You raised %n request(s)</source>
        <translation>
            <numerusform>You raised %n request</numerusform>
            <numerusform>You raised %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>we closed %n</source>
        <translation>
            <numerusform>we closed %n</numerusform>
            <numerusform>we closed %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n first response(s) came within the agreed time</source>
        <translation>
            <numerusform>%1 of %n first response came within the agreed time</numerusform>
            <numerusform>%1 of %n first responses came within the agreed time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our technicians connected remotely %n time(s), for %1 in total.</source>
        <translation>
            <numerusform>Our technicians connected remotely %n time, for %1 in total.</numerusform>
            <numerusform>Our technicians connected remotely %n times, for %1 in total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month is not over yet: figures run to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ReportCharts</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n least available device(s); every device is in the table.</source>
        <translation>
            <numerusform>The %n least available device; every device is in the table.</numerusform>
            <numerusform>The %n least available devices; every device is in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ReportCommand</name>
    <message>
        <source>Write a client&apos;s monthly report as PDF, HTML or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, as YYYY-MM, in the client&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; its extension (.pdf, .html, .csv) gives the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html or csv, whatever the file&apos;s extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad month &apos;%1&apos; (use YYYY-MM, for example 2026-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use pdf, html or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format from &apos;%1&apos;: name the file .pdf, .html or .csv, or give --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ReportFile</name>
    <message>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report came out empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ReportHtml</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly IT report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, times in %3. Made on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices we manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices were in the inventory this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No availability checks are stored for this month (polling was off, or the store predates availability history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability is the share of Vigil&apos;s checks that the device answered. Hours in which no check ran (the console was closed) count neither way; &quot;hours observed&quot; says how much of the month was watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device reported its update state this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security updates waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) did not report updates (printers, network devices, or not polled).</source>
        <translation>
            <numerusform>%n device did not report updates (printers, network devices, or not polled).</numerusform>
            <numerusform>%n devices did not report updates (printers, network devices, or not polled).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup job was reported for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed runs reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a backup in 26 h at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later test on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful backup in the 26 hours before month end: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints report only their latest backup run, so the number of successful runs is not known; failed runs are counted from the alerts they raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices were not monitored this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resolved alert(s) cleared by themselves (the condition went away).</source>
        <translation>
            <numerusform>%1 of %n resolved alert cleared by themselves (the condition went away).</numerusform>
            <numerusform>%1 of %n resolved alerts cleared by themselves (the condition went away).</numerusform>
        </translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level (requests opened this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still open at month end and within the agreed time: %n request(s).</source>
        <translation>
            <numerusform>Still open at month end and within the agreed time: %n request.</numerusform>
            <numerusform>Still open at month end and within the agreed time: %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disks and drive health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices over 80 % full at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive health warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The total time leaves out %n session(s) without a recorded end.</source>
        <translation>
            <numerusform>The total time leaves out %n session without a recorded end.</numerusform>
            <numerusform>The total time leaves out %n sessions without a recorded end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ReportsPage</name>
    <message>
        <source>The client the report is for (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, in the client&apos;s time zone (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF, HTML or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet: import an inventory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file .pdf, .html or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV figures (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::ReviewCommand</name>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message>
        <source>The morning review: what needs attention, per client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from TIME instead of your last finished review (2026-11-22T18:00, 12h, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this review as done: the next one starts from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name (default: from the settings, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier review; the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning review for %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n alert(s)</source>
        <translation>
            <numerusform>Needs attention: %n alert</numerusform>
            <numerusform>Needs attention: %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new or seen again since</source>
        <translation>
            <numerusform>%n new or seen again since</numerusform>
            <numerusform>%n new or seen again since</numerusform>
        </translation>
    </message>
    <message>
        <source>all clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved since</source>
        <translation>
            <numerusform>%n resolved since</numerusform>
            <numerusform>%n resolved since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review recorded for %n alert(s); the next review starts from now.</source>
        <translation>
            <numerusform>Review recorded for %n alert; the next review starts from now.</numerusform>
            <numerusform>Review recorded for %n alerts; the next review starts from now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ReviewLog</name>
    <message>
        <source>reading the review log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review needs the reviewer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no alert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::RuleCondition</name>
    <message>
        <source>Disk used (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since the last good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last restore test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reallocated sectors added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security updates pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU busy (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::RuleEngine</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 %2 % used, %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 has never succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run of backup %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of %1 last tested %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 fails its SMART health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 reports &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 % busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 reallocated sectors grew from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of %1 never tested (watched for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Security updates pending for %1: %n</source>
        <translation>
            <numerusform>Security updates pending for %1: %n</numerusform>
            <numerusform>Security updates pending for %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::RuleSet</name>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a &quot;rules&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in rules are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::RulesCommand</name>
    <message>
        <source>List the alert rules in force (for the team, or with --client for one client), change one (set RULE) or drop a client&apos;s changes (reset RULE --client NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list (default), set RULE or reset RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One client&apos;s rules (set: change them for this client only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the %1 threshold, or &quot;none&quot; to drop that level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: how far below the lowest threshold an alert clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: how long the condition must hold first: 900, 15m, 2h, 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: on how many polls in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: rules, rules set RULE [options] or rules reset RULE --client NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hysteresis needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for needs a duration like 900, 15m, 2h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--polls needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enabled needs yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs at least one of --info, --warning, --critical, --hysteresis, --for, --polls, --enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset needs --client NAME (team rules are changed with set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 changed; pollers pick it up when they next load their devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 for client %2 follows the team&apos;s rule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEASURES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLEARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* changed for this client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::Scraper</name>
    <message>
        <source>over a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed or reset before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed or reset before the response was complete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate does not match the pinned fingerprint: expected SHA-256 %1, presented %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: %1 at %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an exporter: the endpoint returned an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse error at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL scheme &quot;%1&quot; (only http and https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>body larger than %n byte(s)</source>
        <translation>
            <numerusform>body larger than %n byte</numerusform>
            <numerusform>body larger than %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body larger than %n byte(s) after decompression</source>
        <translation>
            <numerusform>body larger than %n byte after decompression</numerusform>
            <numerusform>body larger than %n bytes after decompression</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n sample(s)</source>
        <translation>
            <numerusform>more than %n sample</numerusform>
            <numerusform>more than %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n label(s) on one sample</source>
        <translation>
            <numerusform>more than %n label on one sample</numerusform>
            <numerusform>more than %n labels on one sample</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a label value longer than %n byte(s)</source>
        <translation>
            <numerusform>a label value longer than %n byte</numerusform>
            <numerusform>a label value longer than %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a line longer than %n byte(s)</source>
        <translation>
            <numerusform>a line longer than %n byte</numerusform>
            <numerusform>a line longer than %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>host not found: no address for %1 (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response body is not valid gzip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint presented no certificate to check against the pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the body ended after %1 of %n byte(s)</source>
        <translation>
            <numerusform>the body ended after %1 of %n byte</numerusform>
            <numerusform>the body ended after %1 of %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::SecretStore</name>
    <message>
        <source>no secret is stored under this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret needs a non-empty key id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SessionLog</name>
    <message>
        <source>unknown session protocol &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session needs the technician&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session on %2 (session #%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the session log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SessionsPage</name>
    <message>
        <source>No remote sessions. Select a device (in the inventory, on its page, in the alert queue or on a ticket) and press Ctrl+Shift+S for an SSH shell or Ctrl+Shift+D for its VNC screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through SSH via %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert stays hidden from the open queue until (local time):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SqlSessionLogRecorder</name>
    <message>
        <source>unknown session protocol &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session needs a device, a technician and a start time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SshChannelPump</name>
    <message>
        <source>cannot open a socket for the port forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SshConfigReader</name>
    <message>
        <source>unknown directive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one host name or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty host pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match blocks are not evaluated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one value, but &apos;%2&apos; follows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line starts with &apos;=&apos; instead of a keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is not closed (a closing %1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SshCredentialsDialog</name>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the private key used for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only; Vigil does not store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system, so Vigil asks for secrets each session and never stores them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SshTargetResolver</name>
    <message>
        <source>a jump host address lacks its closing bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the jump host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a jump host needs a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump host port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH is not enabled for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device has neither an SSH host nor an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device is its own jump host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SshTerminalTab</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new session to this device in this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session to %1 is not in the session log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session to %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the session to %1 is not in the session log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: %1 offered a host key that is marked as revoked (%2 %3). Vigil will not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED. Someone may be intercepting this connection, or the device was reinstalled. Vigil will not connect.
On record: %2 %3 (%4)
Offered now: %5 %6
If the change is expected, confirm the new fingerprint with the device&apos;s owner, remove the old entry from that file and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::SshWorker</name>
    <message>
        <source>cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (is the SSH server running on port %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no usable host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED. Someone may be intercepting the connection, or the server was reinstalled. Offered: %2 %3. On record: %4 %5 (%6). Vigil does not connect; if the change is expected, remove the old key from the known hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OFFERS A DIFFERENT TYPE OF HOST KEY THAN THE ONE ON RECORD. Someone may be intercepting the connection. Offered: %2 %3. On record: %4 %5 (%6). Vigil does not connect; if the change is expected, remove the old key from the known hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key %1 %2 of %3 is marked @revoked in %4; Vigil does not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts none of the ways Vigil can log in (server offers: %2; no identity file, agent or password available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for %1 (tried: %2; server offers: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump host %1 cannot open a connection to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a socket pair for the jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to open a session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused a terminal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run the command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish within %1 s on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command was killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session on %1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session on %1 was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <comment>terminal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <comment>terminal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the clipboard into the terminal (Ctrl+Shift+V; middle click pastes the mouse selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <comment>terminal font</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <comment>terminal font</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <comment>terminal font</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketCommand</name>
    <message>
        <source>Open, show and work on one ticket: new, show, note, log, status, priority, assign, unassign, close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, show, note, log, status, priority, assign, unassign or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket id and the action&apos;s arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the client (by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: critical, high, normal (default) or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the client&apos;s device (by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: what the client reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the client may see this note (default: internal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: what the time was spent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close, status resolved: closing notes, what was done (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician name (default: from the settings, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which action? Use new, show, note, log, status, priority, assign, unassign or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (use new, show, note, log, status, priority, assign, unassign or close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;ticket %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigil-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use open, waiting, resolved or closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority &apos;%1&apos; (use critical, high, normal or low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign to whom? Use &apos;ticket unassign ID&apos; to unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving a ticket needs closing notes: --notes TEXT (what was done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note to ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 on ticket #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket new needs --client NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket new needs --title TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the client replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time worked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (client-visible): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (internal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time worked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1: status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1: priority %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: when the client reported it, if before now (a call written up later); the SLA clocks start then. 07:30, 2h, 2026-11-23T07:00 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: escalate this alert instead (its client, device and history, priority from its severity); an alert that has a ticket gives that ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reported is in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with --from-alert: the ticket takes the alert&apos;s client, device, summary and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 for alert #%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketNoteDialog</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;client may see this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, the note is internal: only technicians see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketQueueModel</name>
    <message>
        <source>met</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached %1</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk, %1 left</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paused while waiting on the client</source>
        <comment>SLA clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <comment>SLA clock and its due time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business time left on the clock that matters now: first response until the ticket is answered, then resolution. Amber: at risk (a quarter or less left); red: breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the ticket was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>ticket number column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>time left on the SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the ticket was opened</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketQueuePage</name>
    <message>
        <source>%1 min</source>
        <comment>time worked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>time worked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>time worked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve %1. Closing notes (required): what was done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A assign to me · S status · P priority · N note · Shift+N note to the client · L log time · R resolve · Ctrl+N new ticket · J/K move · / filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action tooltip: what it does, then its key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the ticket yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open: working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting on the client (SLA clocks pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved… (closing notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the ticket&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the ticket&apos;s priority (its SLA targets follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note, internal or for the client (Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log minutes worked on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the ticket with closing notes (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, title, client, device or assignee (/ or Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets assigned to you (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets nobody has taken yet (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets whose current SLA clock is breached (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tickets by status (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (new, open, waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One client&apos;s tickets (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tickets: %1. Showing what was loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n breached</numerusform>
            <numerusform>%n breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 “%2”</source>
        <comment>ticket number and title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-weight:normal&quot;&gt;Select a ticket to see its details.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>SLA state (when the clock stopped)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused while waiting on the client, %1 left</source>
        <comment>SLA clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <comment>SLA state, due time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n entry(ies)</source>
        <translation>
            <numerusform>%1 in %n entry(ies)</numerusform>
            <numerusform>%1 in %n entry(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;opened&lt;/b&gt; as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;opened&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;internal note&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status → &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;closing notes&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority → &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;unassigned&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;logged %1&lt;/b&gt;</source>
        <comment>time worked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;time worked&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;alert&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;remote session&lt;/b&gt; #%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the status of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the priority of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the note to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the client added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log time on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not resolved: closing notes are required. Say what was done, so the client and the next technician can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketStore</name>
    <message>
        <source>the alert&apos;s device no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated from alert #%1 (%2, %3) on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device belongs to another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a ticket&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a ticket&apos;s time entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a ticket&apos;s alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket cannot go back to new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving a ticket needs closing notes (what was done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a ticket&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket&apos;s priority is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a ticket&apos;s priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is already assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time worked must be more than 0 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one time entry can be at most %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging time on a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding an alert&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert #%1 resolved itself (%2). The ticket stays open until a technician resolves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a client&apos;s SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a client&apos;s business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a client&apos;s holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a client&apos;s business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a client&apos;s holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a ticket event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket&apos;s status is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a client&apos;s holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the client&apos;s holidays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketText</name>
    <message>
        <source>met</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached %1</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk, %1 left</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TicketsCommand</name>
    <message>
        <source>List tickets, most urgent SLA first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated statuses: new, open, waiting, resolved, closed, or all (default: new, open and waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets nobody is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets whose running SLA clock is breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician name for --mine (default: from the settings, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mine and --unassigned cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status needs at least one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use new, open, waiting, resolved, closed or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSIGNEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::TimeEntryDialog</name>
    <message>
        <source>Log time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time worked on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the time was spent on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::TimeSpec</name>
    <message>
        <source>expected a time after &quot;tomorrow&quot;, like 9:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time: use 2026-11-23T07:00, 07:30, 2h, 3d, tomorrow or tomorrow 9:30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::VncCaptureCommand</name>
    <message>
        <source>Connect to a device&apos;s VNC server and save one complete frame as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write (replaced atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s client, when several clients have a device of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a complete frame (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the VNC password from the first line of standard input instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician name (default: from the settings, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which device? (vnc-capture DEVICE --out FILE.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .png file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices are named &quot;%2&quot;; add --client NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s VNC goes through an SSH tunnel, which vnc-capture cannot open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vnc-capture of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PNG (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete frame arrived within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1×%2 pixels of %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::VncSessionTab</name>
    <message>
        <source>%1 through an SSH tunnel via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VNC session to %1 is not in the session log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH tunnel for VNC failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED; Vigil opened no tunnel.
On record: %2 %3 (%4)
Offered now: %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the VNC session to %1 is not in the session log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · VNC (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · VNC (connecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · VNC (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · VNC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::VncView</name>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the remote screen to the window, or show it pixel for pixel with scroll bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch without sending keyboard or mouse input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+&amp;Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del to the remote computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the remote session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote session with %1 has ended. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote session with %1 is active (view only: nothing you type or click is sent). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote session with %1 is active: keyboard and mouse control the remote computer. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VNC server of %1 refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VNC server of %1 asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is used for this session only and not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigil::VncWorker</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s desktop of %1×%2 pixels is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
