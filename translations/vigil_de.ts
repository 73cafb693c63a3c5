<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Vigil::AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation>Über Vigil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;The console for MSP technicians: overnight alerts, tickets, fleet health and remote sessions in one place, fast and from the keyboard.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built on&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;Die Konsole für MSP-Techniker: nächtliche Alarme, Tickets, Zustand der Geräte und Fernsitzungen an einem Ort, schnell und per Tastatur.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Basiert auf&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%3&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertActionCommand</name>
    <message>
        <source>Acknowledge alerts (you are looking into them).</source>
        <translation>Alarme bestätigen (Sie kümmern sich darum).</translation>
    </message>
    <message>
        <source>Resolve alerts.</source>
        <translation>Alarme beheben.</translation>
    </message>
    <message>
        <source>Snooze alerts until a time; they reopen then if the condition still holds.</source>
        <translation>Alarme bis zu einem Zeitpunkt zurückstellen; danach werden sie wieder geöffnet, wenn der Zustand noch besteht.</translation>
    </message>
    <message>
        <source>Alert ids (from vigil-cli alerts).</source>
        <translation>Alarm-IDs (aus vigil-cli alerts).</translation>
    </message>
    <message>
        <source>A note for the alert&apos;s history.</source>
        <translation>Eine Notiz für den Verlauf des Alarms.</translation>
    </message>
    <message>
        <source>Technician name (default: from the settings, else the login name).</source>
        <translation>Name des Technikers (Standard: aus den Einstellungen, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>When the snooze ends: 2026-11-24T08:00, 9:30, 4h, tomorrow, …</source>
        <translation>Ende der Zurückstellung: 2026-11-24T08:00, 9:30, 4h, tomorrow, …</translation>
    </message>
    <message>
        <source>which alert? Give one or more alert ids</source>
        <translation>welcher Alarm? Geben Sie eine oder mehrere Alarm-IDs an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id</source>
        <translation>&apos;%1&apos; ist keine Alarm-ID</translation>
    </message>
    <message>
        <source>snooze needs --until TIME</source>
        <translation>snooze braucht --until TIME</translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation>--until: %1</translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation>--as braucht einen Namen</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>%n Alarm bestätigt.</numerusform>
            <numerusform>%n Alarme bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n alert(s).</source>
        <translation>
            <numerusform>%n Alarm behoben.</numerusform>
            <numerusform>%n Alarme behoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n alert(s) until %1.</source>
        <translation>
            <numerusform>%n Alarm bis %1 zurückgestellt.</numerusform>
            <numerusform>%n Alarme bis %1 zurückgestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::AlertCategory</name>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Patching</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertQueueModel</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration in days</comment>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time left on the ticket&apos;s SLA</comment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <comment>the ticket&apos;s SLA deadline passed this long ago</comment>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1
Rule: %2</source>
        <translation>%1
Regel: %2</translation>
    </message>
    <message>
        <source>%1
Rule: %2 (%3)</source>
        <comment>rule id and its subject</comment>
        <translation>%1
Regel: %2 (%3)</translation>
    </message>
    <message>
        <source>First seen %1
Last seen %2</source>
        <translation>Zuerst gesehen %1
Zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>Bestätigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2</source>
        <translation>Behoben von %1 am %2</translation>
    </message>
    <message>
        <source>Ticket #%1 (%2), due %3</source>
        <translation>Ticket #%1 (%2), fällig %3</translation>
    </message>
    <message>
        <source>Ticket #%1 (%2)</source>
        <translation>Ticket #%1 (%2)</translation>
    </message>
    <message>
        <source>Time since the alert was first seen</source>
        <translation>Zeit seit dem ersten Auftreten des Alarms</translation>
    </message>
    <message>
        <source>How often the condition occurred</source>
        <translation>Wie oft der Zustand aufgetreten ist</translation>
    </message>
    <message>
        <source>Time left until the linked ticket&apos;s next SLA deadline</source>
        <translation>Zeit bis zur nächsten SLA-Frist des verknüpften Tickets</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the alert was first seen</comment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>how often the alert occurred</comment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>State</source>
        <comment>alert state: open, acknowledged, …</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>time left on the linked ticket&apos;s SLA</comment>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertQueuePage</name>
    <message>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>recurred</source>
        <translation>erneut aufgetreten</translation>
    </message>
    <message>
        <source>severity changed</source>
        <translation>Schweregrad geändert</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>snooze ended</source>
        <translation>Zurückstellung beendet</translation>
    </message>
    <message>
        <source>categorised</source>
        <translation>kategorisiert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>escalated to a ticket</source>
        <translation>zu einem Ticket eskaliert</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action tooltip: what it does, then its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts, with an optional note</source>
        <translation>Die ausgewählten Alarme bestätigen, optional mit einer Notiz</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Resolve the selected alerts, with an optional note</source>
        <translation>Die ausgewählten Alarme als behoben markieren, optional mit einer Notiz</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 8:00</source>
        <translation>Bis &amp;morgen 8:00</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Hide the selected alerts until a time</source>
        <translation>Die ausgewählten Alarme bis zu einem Zeitpunkt ausblenden</translation>
    </message>
    <message>
        <source>Categorise</source>
        <translation>Kategorisieren</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Change what the selected alerts are about</source>
        <translation>Die Kategorie der ausgewählten Alarme ändern</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket anlegen</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Escalate the selected alerts to tickets</source>
        <translation>Die ausgewählten Alarme zu Tickets eskalieren</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Add a note to the selected alerts</source>
        <translation>Den ausgewählten Alarmen eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Open device</source>
        <translation>Gerät öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Show the alert&apos;s device in the inventory</source>
        <translation>Das Gerät des Alarms im Inventar anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation>Die Warteschlange neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Finish review</source>
        <translation>Durchsicht abschließen</translation>
    </message>
    <message>
        <source>Record that you reviewed every alert shown; &quot;Since last review&quot; starts from now</source>
        <translation>Festhalten, dass Sie alle angezeigten Alarme durchgesehen haben; &quot;Seit letzter Durchsicht&quot; beginnt ab jetzt</translation>
    </message>
    <message>
        <source>Filter by client, device, summary, rule or state (/ or Ctrl+F)</source>
        <translation>Nach Kunde, Gerät, Zusammenfassung, Regel oder Status filtern (/ oder Strg+F)</translation>
    </message>
    <message>
        <source>Since last review</source>
        <translation>Seit letzter Durchsicht</translation>
    </message>
    <message>
        <source>All unresolved</source>
        <translation>Alle nicht behobenen</translation>
    </message>
    <message>
        <source>Resolved (7 days)</source>
        <translation>Behoben (7 Tage)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Warning and up</source>
        <translation>Ab Warnung</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritische</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Group by client</source>
        <translation>Nach Kunde gruppieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the alerts: %1. Showing what was loaded before.</source>
        <translation>Die Alarme konnten nicht gelesen werden: %1. Angezeigt wird der zuvor geladene Stand.</translation>
    </message>
    <message>
        <source>Could not read the resolved alerts: %1. Showing what was loaded before.</source>
        <translation>Die behobenen Alarme konnten nicht gelesen werden: %1. Angezeigt wird der zuvor geladene Stand.</translation>
    </message>
    <message>
        <source>Could not read the changed alerts: %1</source>
        <translation>Die geänderten Alarme konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <comment>informational alerts</comment>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Info</numerusform>
        </translation>
    </message>
    <message>
        <source>Last review unknown: %1</source>
        <translation>Letzte Durchsicht unbekannt: %1</translation>
    </message>
    <message>
        <source>No review recorded yet</source>
        <translation>Noch keine Durchsicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>Last review by %1, %2 (%n alert(s))</source>
        <translation>
            <numerusform>Letzte Durchsicht von %1, %2 (%n Alarm)</numerusform>
            <numerusform>Letzte Durchsicht von %1, %2 (%n Alarme)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-weight:normal&quot;&gt;Select an alert to see its details.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;font-weight:normal&quot;&gt;Wählen Sie einen Alarm aus, um seine Details zu sehen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2</source>
        <translation>Bestätigt von %1, %2</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Resolved by %1, %2</source>
        <translation>Behoben von %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule and subject</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>client · site</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>device and alert summary</comment>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n alert(s). Note (optional):</source>
        <translation>
            <numerusform>%n Alarm bestätigen. Notiz (optional):</numerusform>
            <numerusform>%n Alarme bestätigen. Notiz (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not acknowledge %1: %2</source>
        <translation>%1 konnte nicht bestätigt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s)</source>
        <translation>
            <numerusform>%n Alarm bestätigt</numerusform>
            <numerusform>%n Alarme bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n alert(s). Note (optional):</source>
        <translation>
            <numerusform>%n Alarm beheben. Notiz (optional):</numerusform>
            <numerusform>%n Alarme beheben. Notiz (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>%1 konnte nicht behoben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n alert(s)</source>
        <translation>
            <numerusform>%n Alarm behoben</numerusform>
            <numerusform>%n Alarme behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not snooze %1: %2</source>
        <translation>%1 konnte nicht zurückgestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n alert(s) until %1</source>
        <translation>
            <numerusform>%n Alarm bis %1 zurückgestellt</numerusform>
            <numerusform>%n Alarme bis %1 zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not categorise %1: %2</source>
        <translation>%1 konnte nicht kategorisiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n alert(s) under %1</source>
        <translation>
            <numerusform>%n Alarm unter %1 eingeordnet</numerusform>
            <numerusform>%n Alarme unter %1 eingeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a ticket for %1: %2</source>
        <translation>Für %1 konnte kein Ticket angelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 created</source>
        <translation>
            <numerusform>Ticket %1 angelegt</numerusform>
            <numerusform>Tickets %1 angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already escalated to %1</source>
        <translation>
            <numerusform>bereits zu %1 eskaliert</numerusform>
            <numerusform>bereits zu %1 eskaliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note for %n alert(s):</source>
        <translation>
            <numerusform>Notiz für %n Alarm:</numerusform>
            <numerusform>Notiz für %n Alarme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the note to %1: %2</source>
        <translation>Die Notiz konnte %1 nicht hinzugefügt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Note added to %n alert(s)</source>
        <translation>
            <numerusform>Notiz zu %n Alarm hinzugefügt</numerusform>
            <numerusform>Notiz zu %n Alarmen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the review: %1</source>
        <translation>Die Durchsicht konnte nicht erfasst werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Review of %n alert(s) recorded</source>
        <translation>
            <numerusform>Durchsicht von %n Alarm erfasst</numerusform>
            <numerusform>Durchsicht von %n Alarmen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not end due snoozes: %1</source>
        <translation>Abgelaufene Zurückstellungen konnten nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>Info only</source>
        <translation>Nur Info</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertRule</name>
    <message>
        <source>the rule has no id</source>
        <translation>die Regel hat keine ID</translation>
    </message>
    <message>
        <source>rule %1: unknown condition &quot;%2&quot;</source>
        <translation>Regel %1: unbekannte Bedingung &quot;%2&quot;</translation>
    </message>
    <message>
        <source>rule %1: unknown category &quot;%2&quot;</source>
        <translation>Regel %1: unbekannte Kategorie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>rule %1: &quot;%2&quot; must be a number or null</source>
        <translation>Regel %1: &quot;%2&quot; muss eine Zahl oder null sein</translation>
    </message>
    <message>
        <source>rule %1: hysteresis must be a number ≥ 0</source>
        <translation>Regel %1: hysteresis muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>rule %1: &quot;for&quot; must be whole seconds ≥ 0</source>
        <translation>Regel %1: &quot;for&quot; muss eine ganze Zahl von Sekunden ≥ 0 sein</translation>
    </message>
    <message>
        <source>rule %1: &quot;polls&quot; must be a whole number from 1 to 1000</source>
        <translation>Regel %1: &quot;polls&quot; muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>rule %1: &quot;enabled&quot; must be true or false</source>
        <translation>Regel %1: &quot;enabled&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>rule %1: unknown setting &quot;%2&quot;</source>
        <translation>Regel %1: unbekannte Einstellung &quot;%2&quot;</translation>
    </message>
    <message>
        <source>rule %1: needs at least one of info, warning or critical</source>
        <translation>Regel %1: braucht mindestens einen der Werte info, warning oder critical</translation>
    </message>
    <message>
        <source>rule %1: thresholds must rise from info to warning to critical</source>
        <translation>Regel %1: die Schwellenwerte müssen von info über warning bis critical ansteigen</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertRuleStore</name>
    <message>
        <source>adding the built-in alert rules</source>
        <translation>Hinzufügen der eingebauten Alarmregeln</translation>
    </message>
    <message>
        <source>reading alert rules</source>
        <translation>Lesen der Alarmregeln</translation>
    </message>
    <message>
        <source>alert rule %1 in the database</source>
        <translation>Alarmregel %1 in der Datenbank</translation>
    </message>
    <message>
        <source>the stored rule is not a JSON object</source>
        <translation>die gespeicherte Regel ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>reading alert rule overrides</source>
        <translation>Lesen der Regelanpassungen</translation>
    </message>
    <message>
        <source>the stored override is not a JSON object</source>
        <translation>die gespeicherte Anpassung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>override of %1 for client %2</source>
        <translation>Anpassung von %1 für Kunde %2</translation>
    </message>
    <message>
        <source>saving alert rule %1</source>
        <translation>Speichern der Alarmregel %1</translation>
    </message>
    <message>
        <source>saving an alert rule override</source>
        <translation>Speichern einer Regelanpassung</translation>
    </message>
    <message>
        <source>removing an alert rule override</source>
        <translation>Entfernen einer Regelanpassung</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertSeverity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertState</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertStore</name>
    <message>
        <source>reading devices for the rules</source>
        <translation>Lesen der Geräte für die Regeln</translation>
    </message>
    <message>
        <source>reading rule conditions</source>
        <translation>Lesen der Regelbedingungen</translation>
    </message>
    <message>
        <source>reading alerts</source>
        <translation>Lesen der Alarme</translation>
    </message>
    <message>
        <source>reading maintenance windows</source>
        <translation>Lesen der Wartungsfenster</translation>
    </message>
    <message>
        <source>reading restore tests</source>
        <translation>Lesen der Wiederherstellungstests</translation>
    </message>
    <message>
        <source>saving rule conditions</source>
        <translation>Speichern der Regelbedingungen</translation>
    </message>
    <message>
        <source>opening an alert</source>
        <translation>Öffnen eines Alarms</translation>
    </message>
    <message>
        <source>reopening an alert</source>
        <translation>Wiederöffnen eines Alarms</translation>
    </message>
    <message>
        <source>updating an alert</source>
        <translation>Aktualisieren eines Alarms</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>resolving an alert</source>
        <translation>Beheben eines Alarms</translation>
    </message>
    <message>
        <source>Condition cleared: %1</source>
        <translation>Zustand behoben: %1</translation>
    </message>
    <message>
        <source>recording an alert event</source>
        <translation>Speichern eines Alarmereignisses</translation>
    </message>
    <message>
        <source>no alert selected</source>
        <translation>kein Alarm ausgewählt</translation>
    </message>
    <message>
        <source>alert %1 is already resolved</source>
        <translation>Alarm %1 ist bereits behoben</translation>
    </message>
    <message>
        <source>acknowledging</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>acknowledging an alert</source>
        <translation>Bestätigen eines Alarms</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>a snooze must end in the future</source>
        <translation>eine Zurückstellung muss in der Zukunft enden</translation>
    </message>
    <message>
        <source>snoozing</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>snoozing an alert</source>
        <translation>Zurückstellen eines Alarms</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>categorising</source>
        <translation>Kategorisieren</translation>
    </message>
    <message>
        <source>categorising an alert</source>
        <translation>Kategorisieren eines Alarms</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>die Notiz ist leer</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>linking an alert to a ticket</source>
        <translation>Verknüpfen eines Alarms mit einem Ticket</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>reading snoozed alerts</source>
        <translation>Lesen der zurückgestellten Alarme</translation>
    </message>
    <message>
        <source>ending a snooze</source>
        <translation>Beenden einer Zurückstellung</translation>
    </message>
    <message>
        <source>Snooze ended; the condition still holds</source>
        <translation>Zurückstellung beendet; der Zustand besteht weiterhin</translation>
    </message>
    <message>
        <source>reading an alert</source>
        <translation>Lesen eines Alarms</translation>
    </message>
    <message>
        <source>there is no alert %1</source>
        <translation>es gibt keinen Alarm %1</translation>
    </message>
    <message>
        <source>reading an alert&apos;s history</source>
        <translation>Lesen des Verlaufs eines Alarms</translation>
    </message>
    <message>
        <source>reading the alert queue</source>
        <translation>Lesen der Alarmliste</translation>
    </message>
    <message>
        <source>updating alerts</source>
        <translation>Aktualisieren der Alarme</translation>
    </message>
</context>
<context>
    <name>Vigil::AlertsCommand</name>
    <message>
        <source>List alerts.</source>
        <translation>Alarme auflisten.</translation>
    </message>
    <message>
        <source>open, acknowledged, snoozed, resolved, unresolved (default: everything not resolved) or all.</source>
        <translation>open, acknowledged, snoozed, resolved, unresolved (Standard: alle nicht behobenen) oder all.</translation>
    </message>
    <message>
        <source>Only alerts seen since TIME (2026-11-23T07:00, 07:30, 12h, 2d, …); open ones always show.</source>
        <translation>Nur Alarme, die seit TIME aufgetreten sind (2026-11-23T07:00, 07:30, 12h, 2d, …); offene werden immer angezeigt.</translation>
    </message>
    <message>
        <source>Only this client&apos;s alerts.</source>
        <translation>Nur die Alarme dieses Kunden.</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (use open, acknowledged, snoozed, resolved, unresolved or all)</source>
        <translation>unbekannter Status &apos;%1&apos; (open, acknowledged, snoozed, resolved, unresolved oder all verwenden)</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::AppSettings</name>
    <message>
        <source>Your IT partner</source>
        <translation>Ihr IT-Partner</translation>
    </message>
    <message>
        <source>a tool needs a name</source>
        <translation>ein Werkzeug braucht einen Namen</translation>
    </message>
    <message>
        <source>two tools are called &quot;%1&quot;</source>
        <translation>zwei Werkzeuge heißen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigil::BackupStore</name>
    <message>
        <source>reading backup jobs</source>
        <translation>Lesen der Sicherungsjobs</translation>
    </message>
    <message>
        <source>a restore test needs the technician who did it</source>
        <translation>ein Wiederherstellungstest braucht den Techniker, der ihn durchgeführt hat</translation>
    </message>
    <message>
        <source>backup job %1</source>
        <translation>Sicherungsjob %1</translation>
    </message>
    <message>
        <source>a restore test needs the time it was done</source>
        <translation>ein Wiederherstellungstest braucht den Zeitpunkt, zu dem er durchgeführt wurde</translation>
    </message>
    <message>
        <source>recording the restore test</source>
        <translation>Speichern des Wiederherstellungstests</translation>
    </message>
    <message>
        <source>device %1 has no backup job &quot;%2&quot;</source>
        <translation>Gerät %1 hat keinen Sicherungsjob „%2“</translation>
    </message>
</context>
<context>
    <name>Vigil::CalendarCommand</name>
    <message>
        <source>Show or change a client&apos;s business hours and holidays, in which its SLA clocks run.</source>
        <translation>Geschäftszeiten und Feiertage eines Kunden anzeigen oder ändern; nach ihnen laufen seine SLA-Uhren.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The client, by name.</source>
        <translation>Der Kunde, mit Namen angegeben.</translation>
    </message>
    <message>
        <source>Working days: mon-fri, mon,wed,fri, mon-sun …</source>
        <translation>Arbeitstage: mon-fri, mon,wed,fri, mon-sun …</translation>
    </message>
    <message>
        <source>Working hours: 08:00-18:00 (00:00-24:00 round the clock).</source>
        <translation>Arbeitszeiten: 08:00-18:00 (00:00-24:00 rund um die Uhr).</translation>
    </message>
    <message>
        <source>The client&apos;s time zone, an IANA id such as Europe/Berlin.</source>
        <translation>Die Zeitzone des Kunden, eine IANA-ID wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Add a holiday (or rename one).</source>
        <translation>Einen Feiertag hinzufügen (oder umbenennen).</translation>
    </message>
    <message>
        <source>The holiday&apos;s name, with --add-holiday.</source>
        <translation>Der Name des Feiertags, mit --add-holiday.</translation>
    </message>
    <message>
        <source>Remove a holiday.</source>
        <translation>Einen Feiertag entfernen.</translation>
    </message>
    <message>
        <source>usage: vigil-cli calendar CLIENT [--days DAYS] [--hours FROM-TO] [--zone ZONE] [--add-holiday DATE [--name NAME]] [--remove-holiday DATE]</source>
        <translation>Aufruf: vigil-cli calendar CLIENT [--days DAYS] [--hours FROM-TO] [--zone ZONE] [--add-holiday DATE [--name NAME]] [--remove-holiday DATE]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are not working days (use mon-fri, mon,wed,fri or mon-sun)</source>
        <translation>&apos;%1&apos; sind keine Arbeitstage (mon-fri, mon,wed,fri oder mon-sun verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are not working hours (use FROM-TO such as 08:00-18:00, ending after they start; 24:00 for midnight)</source>
        <translation>&apos;%1&apos; sind keine Arbeitszeiten (FROM-TO wie 08:00-18:00 verwenden, Ende nach dem Beginn; 24:00 für Mitternacht)</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA id such as Europe/Berlin or UTC)</source>
        <translation>unbekannte Zeitzone &apos;%1&apos; (eine IANA-ID wie Europe/Berlin oder UTC verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (YYYY-MM-DD verwenden)</translation>
    </message>
    <message>
        <source>--name goes with --add-holiday</source>
        <translation>--name gehört zu --add-holiday</translation>
    </message>
    <message>
        <source>a calendar needs at least one working day</source>
        <translation>ein Kalender braucht mindestens einen Arbeitstag</translation>
    </message>
    <message>
        <source>working hours must end after they start</source>
        <translation>die Arbeitszeit muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>Business hours of %1: %2, %3–%4, %5.</source>
        <translation>Geschäftszeiten von %1: %2, %3–%4, %5.</translation>
    </message>
    <message>
        <source>Holiday for %1: %2.</source>
        <translation>Feiertag für %1: %2.</translation>
    </message>
    <message>
        <source>Removed the holiday %2 of %1.</source>
        <translation>Feiertag %2 von %1 entfernt.</translation>
    </message>
    <message>
        <source>Business hours of %1%2</source>
        <translation>Geschäftszeiten von %1%2</translation>
    </message>
    <message>
        <source> (the standard calendar)</source>
        <translation> (der Standardkalender)</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Uhrzeiten:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Feiertage:</translation>
    </message>
</context>
<context>
    <name>Vigil::CliApplication</name>
    <message>
        <source>vigil-cli: --db needs a path</source>
        <translation>vigil-cli: --db braucht einen Pfad</translation>
    </message>
    <message>
        <source>vigil-cli: unknown option &apos;%1&apos;</source>
        <translation>vigil-cli: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>vigil-cli: no command given</source>
        <translation>vigil-cli: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>vigil-cli: unknown command &apos;%1&apos;</source>
        <translation>vigil-cli: unbekannter Befehl &apos;%1&apos;</translation>
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
        <translation>Aufruf: vigil-cli [--db PATH] COMMAND [OPTIONS]

Globale Optionen:
  --db PATH        die Vigil-Datenbank (Standard: $VIGIL_DB, sonst %1)
  -v, --verbose    protokollieren, was Vigil tut (nach stderr)
  -h, --help       diese Hilfe anzeigen; COMMAND --help zeigt die Optionen eines Befehls
  --version        Versionen anzeigen

Befehle:
  import FILE      Geräte aus CSV, Prometheus-file_sd-JSON oder ~/.ssh/config importieren
  devices          Geräte auflisten
  poll [--once]    den Exporter jedes Geräts abfragen, Ergebnisse speichern, Alarmregeln ausführen
  alerts           Alarme auflisten [--state S] [--since TIME] [--client NAME] [--format F]
  ack ID...        Alarme bestätigen [--note TEXT]
  resolve ID...    Alarme beheben [--note TEXT]
  snooze ID...     Alarme zurückstellen --until TIME [--note TEXT]
  review           die morgendliche Durchsicht, pro Kunde [--since TIME] [--finish]
  rules            die Alarmregeln [--client NAME]; rules set RULE …; rules reset RULE
  maintenance      Wartungsfenster; maintenance add …; maintenance remove ID
  tickets          die Ticketliste nach SLA-Dringlichkeit [--status S,...] [--client NAME]
                   [--mine|--unassigned] [--breached] [--format F]
  ticket ACTION    new --client NAME --title T [--priority P] [--device NAME]
                   [--description D] [--reported TIME]; new --from-alert ID;
                   show ID; note ID TEXT [--client-visible];
                   log ID MINUTES [--note T]; status ID STATUS; priority ID P;
                   assign ID NAME; unassign ID; close ID --notes TEXT
  exec DEVICE -- COMMAND...
                   einen Befehl über SSH ausführen [--accept-new] [--timeout S] [--client NAME]
                   [--ticket ID]; endet mit dem Status des Befehls (3: Host-Schlüssel geändert,
                   124: Zeitüberschreitung, 255: Verbindung oder Anmeldung fehlgeschlagen)
  calendar CLIENT  die Geschäftszeiten eines Kunden für seine SLA-Uhren [--days mon-fri]
                   [--hours 08:00-18:00] [--zone ZONE] [--add-holiday DATE [--name N]]
                   [--remove-holiday DATE]
  report           der Monatsbericht eines Kunden --client NAME --month YYYY-MM
                   --out FILE.pdf|.html|.csv [--format pdf|html|csv]
  vnc-capture DEVICE --out FILE.png   ein Bild vom VNC-Bildschirm des Geräts speichern
                   [--client NAME] [--timeout S] [--password-stdin]

Exit-Status: 0 OK, 1 Laufzeitfehler, 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>Vigil::CliCommand</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli %1 --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;vigil-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use table, json or csv)</source>
        <translation>unbekanntes Format &apos;%1&apos; (table, json oder csv verwenden)</translation>
    </message>
</context>
<context>
    <name>Vigil::CommandTemplate</name>
    <message>
        <source>a &apos;%&apos; has no closing &apos;%&apos; (write %% for a percent sign)</source>
        <translation>ein &apos;%&apos; hat kein schließendes &apos;%&apos; (%% für ein Prozentzeichen schreiben)</translation>
    </message>
    <message>
        <source>unknown placeholder %1 (known: %2)</source>
        <translation>unbekannter Platzhalter %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>a command template is one line</source>
        <translation>eine Befehlsvorlage besteht aus einer Zeile</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the template ends with a backslash</source>
        <translation>die Vorlage endet mit einem Backslash</translation>
    </message>
    <message>
        <source>the command template is empty</source>
        <translation>die Befehlsvorlage ist leer</translation>
    </message>
    <message>
        <source>the program cannot contain a placeholder: a device field must not choose what runs</source>
        <translation>das Programm darf keinen Platzhalter enthalten: Ein Gerätefeld darf nicht bestimmen, was ausgeführt wird</translation>
    </message>
    <message>
        <source>the command template names no program</source>
        <translation>die Befehlsvorlage nennt kein Programm</translation>
    </message>
    <message>
        <source>the template needs %1 and the device has none</source>
        <translation>die Vorlage braucht %1, aber das Gerät hat keinen Wert dafür</translation>
    </message>
    <message>
        <source>the value for %1 contains a line break</source>
        <translation>der Wert für %1 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the value for %1 begins with &apos;-&apos; and would be read as an option</source>
        <translation>der Wert für %1 beginnt mit &apos;-&apos; und würde als Option gelesen</translation>
    </message>
</context>
<context>
    <name>Vigil::CriticalAlertNotifier</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new critical alert(s)</source>
        <translation>
            <numerusform>%n neuer kritischer Alarm</numerusform>
            <numerusform>%n neue kritische Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::CsvInventoryReader</name>
    <message>
        <source>this quoted field is never closed (a closing &quot; is missing)</source>
        <translation>dieses Feld in Anführungszeichen wird nicht geschlossen (ein schließendes &quot; fehlt)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen eines Feldes; ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; put the whole field in quotes and double the quote (&quot;&quot;)</source>
        <translation>Anführungszeichen in einem Feld, das nicht mit einem Anführungszeichen beginnt; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2 and optionally kind, notes</source>
        <translation>unbekannte Spalte &apos;%1&apos;; die Spalten sind %2 und optional kind, notes</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>Spalte &apos;%1&apos; kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>the header lacks the required column(s) %1; expected %2</source>
        <translation>in der Kopfzeile fehlen Pflichtspalten: %1; erwartet: %2</translation>
    </message>
    <message>
        <source>expected %1 columns (%2) but found %3</source>
        <translation>%1 Spalten erwartet (%2), aber %3 gefunden</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is empty; every device needs a client, a site and a device name</source>
        <translation>Spalte &apos;%1&apos; ist leer; jedes Gerät braucht einen Kunden, einen Standort und einen Gerätenamen</translation>
    </message>
    <message>
        <source>column &apos;kind&apos;: &apos;%1&apos; is not one of workstation, server, network, printer</source>
        <translation>Spalte &apos;kind&apos;: &apos;%1&apos; ist keiner der Werte workstation, server, network, printer</translation>
    </message>
    <message>
        <source>column &apos;address&apos;: &apos;%1&apos; is not a host name or IP address</source>
        <translation>Spalte &apos;address&apos;: &apos;%1&apos; ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>column &apos;exporter_url&apos;: &apos;%1&apos; is not an http or https URL (or host:port)</source>
        <translation>Spalte &apos;exporter_url&apos;: &apos;%1&apos; ist keine http- oder https-URL (und nicht host:port)</translation>
    </message>
    <message>
        <source>column &apos;exporter_url&apos;: port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation>Spalte &apos;exporter_url&apos;: Port &apos;%1&apos; ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>column &apos;exporter_url&apos; contains a password; remove it and store the credential in Vigil</source>
        <translation>Spalte &apos;exporter_url&apos; enthält ein Passwort; entfernen Sie es und hinterlegen Sie die Zugangsdaten in Vigil</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: port &apos;%2&apos; is not a number between 1 and 65535</source>
        <translation>Spalte &apos;%1&apos;: Port &apos;%2&apos; ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>column &apos;ssh&apos;: &apos;%1&apos; is not [user@][host][:port]</source>
        <translation>Spalte &apos;ssh&apos;: &apos;%1&apos; entspricht nicht [user@][host][:port]</translation>
    </message>
    <message>
        <source>column &apos;ssh&apos;: &apos;%1&apos; would be a user name; write &apos;@%1&apos; for the host or &apos;user@%1&apos;</source>
        <translation>Spalte &apos;ssh&apos;: &apos;%1&apos; wäre ein Benutzername; schreiben Sie &apos;@%1&apos; für den Host oder &apos;user@%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;vnc&apos;: &apos;%1&apos; is not [ssh+][host][:port] or a port number</source>
        <translation>Spalte &apos;vnc&apos;: &apos;%1&apos; entspricht weder [ssh+][host][:port] noch ist es eine Portnummer</translation>
    </message>
    <message>
        <source>the file has no header line; the first line must name the columns client,site,device,address,os,exporter_url,ssh,vnc,tags</source>
        <translation>die Datei hat keine Kopfzeile; die erste Zeile muss die Spalten client,site,device,address,os,exporter_url,ssh,vnc,tags benennen</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; of client &apos;%2&apos; appears twice (lines %3 and %4)</source>
        <translation>Gerät &apos;%1&apos; des Kunden &apos;%2&apos; kommt zweimal vor (Zeilen %3 und %4)</translation>
    </message>
</context>
<context>
    <name>Vigil::Database</name>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>this file is not a Vigil database (%1)</source>
        <translation>diese Datei ist keine Vigil-Datenbank (%1)</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>this SQLite file belongs to another program, not Vigil</source>
        <translation>diese SQLite-Datei gehört zu einem anderen Programm, nicht zu Vigil</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <source>enabling write-ahead logging</source>
        <translation>Aktivieren des Write-Ahead-Loggings</translation>
    </message>
    <message>
        <source>the database could not switch to write-ahead logging (journal mode is %1)</source>
        <translation>die Datenbank konnte nicht auf Write-Ahead-Logging umschalten (Journal-Modus ist %1)</translation>
    </message>
    <message>
        <source>setting synchronous mode</source>
        <translation>Einstellen des Synchronisierungsmodus</translation>
    </message>
    <message>
        <source>the database was written by a newer Vigil (schema version %1; this Vigil knows up to %2). Upgrade Vigil to open it; the file was not changed.</source>
        <translation>die Datenbank wurde von einer neueren Vigil-Version geschrieben (Schemaversion %1; diese Version kennt höchstens %2). Aktualisieren Sie Vigil, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>preparing the migration</source>
        <translation>Vorbereiten der Migration</translation>
    </message>
    <message>
        <source>starting the migration</source>
        <translation>Starten der Migration</translation>
    </message>
    <message>
        <source>The database was left unchanged.</source>
        <translation>Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Reading the schema version failed.</source>
        <translation>Das Lesen der Schemaversion ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Upgrading the schema to version %1 (%2) failed: %3</source>
        <translation>Die Aktualisierung des Schemas auf Version %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Checking foreign keys after the upgrade failed.</source>
        <translation>Die Prüfung der Fremdschlüssel nach der Aktualisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The upgrade would break references in table %1.</source>
        <translation>Die Aktualisierung würde Verweise in der Tabelle %1 ungültig machen.</translation>
    </message>
    <message>
        <source>Recording the schema version failed.</source>
        <translation>Das Speichern der Schemaversion ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Committing the upgrade failed: %1</source>
        <translation>Das Festschreiben der Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>Festschreiben einer Transaktion</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>relaxing durability</source>
        <translation>Herabsetzen des Synchronisierungsmodus</translation>
    </message>
    <message>
        <source>restoring durability</source>
        <translation>Wiederherstellen des Synchronisierungsmodus</translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceKind</name>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>Netzwerkgerät</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
</context>
<context>
    <name>Vigil::DevicePage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Restore test done</source>
        <translation>Wiederherstellungstest durchgeführt</translation>
    </message>
    <message>
        <source>You verified a restore of the backup job &quot;%1&quot;. What did you restore, and where to?</source>
        <translation>Sie haben eine Wiederherstellung aus dem Sicherungsjob &quot;%1&quot; geprüft. Was haben Sie wiederhergestellt, und wohin?</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to where you came from (%1)</source>
        <translation>Zurück zur vorherigen Ansicht (%1)</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Trend: the growth of the last three days, extrapolated to 100 %.</source>
        <translation>Trend: das Wachstum der letzten drei Tage, hochgerechnet bis 100 %.</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reallocated</source>
        <comment>SMART sectors</comment>
        <translation>Neu zugewiesen</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>SMART sectors</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Last verified restore</source>
        <translation>Letzte geprüfte Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore test done…</source>
        <translation>Wiederherstellungstest durchgeführt…</translation>
    </message>
    <message>
        <source>Record that you verified a restore of the selected backup job, with a note (%1)</source>
        <translation>Festhalten, dass Sie eine Wiederherstellung des ausgewählten Sicherungsjobs geprüft haben, mit einer Notiz (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>session protocol</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Patches and drives</source>
        <translation>Updates und Laufwerke</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Remote sessions</source>
        <translation>Fernsitzungen</translation>
    </message>
    <message>
        <source>Health over the last</source>
        <translation>Zustand der letzten</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T.</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T.</translation>
    </message>
    <message>
        <source>Show the last %1 (%2)</source>
        <translation>Die letzten %1 anzeigen (%2)</translation>
    </message>
    <message>
        <source>CPU busy %</source>
        <translation>CPU-Auslastung %</translation>
    </message>
    <message>
        <source>Memory used %</source>
        <translation>Arbeitsspeicher belegt %</translation>
    </message>
    <message>
        <source>Disk used % by mount</source>
        <translation>Datenträger belegt % nach Einhängepunkt</translation>
    </message>
    <message>
        <source>Could not open the device: %1</source>
        <translation>Das Gerät konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the device&apos;s state: %1</source>
        <translation>Der Zustand des Geräts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the alert rules; thresholds are not drawn: %1</source>
        <translation>Die Alarmregeln konnten nicht gelesen werden; Schwellenwerte werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time (age)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not monitored&lt;/b&gt;: this device has no exporter URL.</source>
        <translation>&lt;b&gt;Nicht überwacht&lt;/b&gt;: dieses Gerät hat keine Exporter-URL.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not polled yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch nicht abgefragt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Offline: never reached</source>
        <translation>Offline: nie erreicht</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n failed poll(s) in a row, last %2: &lt;b&gt;%3&lt;/b&gt; %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n fehlgeschlagene Abfrage in Folge, zuletzt %2: &lt;b&gt;%3&lt;/b&gt; %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n fehlgeschlagene Abfragen in Folge, zuletzt %2: &lt;b&gt;%3&lt;/b&gt; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>from the last good poll, %1</source>
        <translation>aus der letzten erfolgreichen Abfrage, %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stale&lt;/b&gt;: the last data is from %1. Vigil has not polled the device since (polling paused or the console was closed).</source>
        <translation>&lt;b&gt;Veraltet&lt;/b&gt;: die letzten Daten stammen von %1. Vigil hat das Gerät seitdem nicht abgefragt (Abfrage angehalten oder die Konsole war geschlossen).</translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>Daten von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Online&lt;/b&gt; — polled %1</source>
        <translation>&lt;b&gt;Online&lt;/b&gt; — %1 abgefragt</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>wird noch ermittelt</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Laufzeit</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) pending</source>
        <translation>
            <numerusform>%n Update ausstehend</numerusform>
            <numerusform>%n Updates ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n security</source>
        <translation>
            <numerusform>, davon %n Sicherheitsupdate</numerusform>
            <numerusform>, davon %n Sicherheitsupdates</numerusform>
        </translation>
    </message>
    <message>
        <source>, none for security</source>
        <translation>, keine Sicherheitsupdates</translation>
    </message>
    <message>
        <source>Updates: not reported</source>
        <translation>Updates: nicht gemeldet</translation>
    </message>
    <message>
        <source>reboot required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>no reboot needed</source>
        <translation>kein Neustart nötig</translation>
    </message>
    <message>
        <source>No patch status yet.</source>
        <translation>Noch kein Update-Status.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>FEHLERHAFT</translation>
    </message>
    <message>
        <source>Could not read the health history: %1</source>
        <translation>Der Zustandsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Growing %1 % a day</source>
        <translation>Wächst um %1 % pro Tag</translation>
    </message>
    <message>
        <source>Could not read the backup jobs: %1</source>
        <translation>Die Sicherungsjobs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Red past %1 h without a successful backup</source>
        <translation>Rot nach %1 Std. ohne erfolgreiche Sicherung</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message numerus="yes">
        <source>(%1%2 % in %n day(s))</source>
        <translation>
            <numerusform>(%1%2 % in %n Tag)</numerusform>
            <numerusform>(%1%2 % in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore test was not recorded.

%1</source>
        <translation>Der Wiederherstellungstest wurde nicht erfasst.

%1</translation>
    </message>
    <message>
        <source>Could not read the device&apos;s alerts: %1</source>
        <translation>Die Alarme des Geräts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <source>Could not read the session log: %1</source>
        <translation>Das Sitzungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>open</source>
        <comment>session not ended</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>No remote sessions yet.</source>
        <translation>Noch keine Fernsitzungen.</translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceSnapshot</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Stored device state is unreadable: %1</source>
        <translation>Der gespeicherte Gerätezustand ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceStateStore</name>
    <message>
        <source>saving device state</source>
        <translation>Speichern des Gerätezustands</translation>
    </message>
    <message>
        <source>saving backup status</source>
        <translation>Speichern des Sicherungsstatus</translation>
    </message>
    <message>
        <source>reading device state</source>
        <translation>Lesen des Gerätezustands</translation>
    </message>
    <message>
        <source>device %1 has not been polled yet</source>
        <translation>Gerät %1 wurde noch nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceSummaryPanel</name>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>SSH jump host</comment>
        <translation>über %1</translation>
    </message>
    <message>
        <source>(through an SSH tunnel)</source>
        <translation>(über einen SSH-Tunnel)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not monitored&lt;/b&gt;: no exporter URL.</source>
        <translation>&lt;b&gt;Nicht überwacht&lt;/b&gt;: keine Exporter-URL.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not polled yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch nicht abgefragt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>CPU warming up</source>
        <comment>the CPU rate needs a second poll</comment>
        <translation>CPU wird noch ermittelt</translation>
    </message>
    <message>
        <source>memory %1 %</source>
        <translation>Arbeitsspeicher %1 %</translation>
    </message>
    <message>
        <source>fullest disk %1 at %2 %</source>
        <translation>vollster Datenträger %1 bei %2 %</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1e7d32&quot;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt;, polled %1: %2</source>
        <translation>&lt;span style=&quot;color:#1e7d32&quot;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt;, %1 abgefragt: %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt erreichbar: %1</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>nie erreicht</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Unreachable&lt;/b&gt;&lt;/span&gt; (%1, %n failed poll(s) in a row): &lt;b&gt;%2&lt;/b&gt; — %3</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Nicht erreichbar&lt;/b&gt;&lt;/span&gt; (%1, %n fehlgeschlagene Abfrage in Folge): &lt;b&gt;%2&lt;/b&gt; — %3</numerusform>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Nicht erreichbar&lt;/b&gt;&lt;/span&gt; (%1, %n fehlgeschlagene Abfragen in Folge): &lt;b&gt;%2&lt;/b&gt; — %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>device kind: workstation, server, …</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>Vigil::DevicesCommand</name>
    <message>
        <source>List devices.</source>
        <translation>Geräte auflisten.</translation>
    </message>
    <message>
        <source>Only this client&apos;s devices.</source>
        <translation>Nur die Geräte dieses Kunden.</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv (re-importable).</source>
        <translation>Ausgabeformat: table (Standard), json oder csv (wieder importierbar).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>STANDORT</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>EXPORTER</source>
        <translation>EXPORTER</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::DiskTrend</name>
    <message>
        <source>—</source>
        <comment>disk trend unknown</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>not growing</source>
        <translation>wächst nicht</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message numerus="yes">
        <source>full in ~%n h</source>
        <translation>
            <numerusform>voll in ~%n Std.</numerusform>
            <numerusform>voll in ~%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>full in over a year</source>
        <translation>voll in über einem Jahr</translation>
    </message>
    <message numerus="yes">
        <source>full in ~%n day(s)</source>
        <translation>
            <numerusform>voll in ~%n Tag</numerusform>
            <numerusform>voll in ~%n Tagen</numerusform>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ExecCommand</name>
    <message>
        <source>Run one command on a device over SSH and return its output and exit status. Usage: exec DEVICE [options] -- COMMAND [ARGS...]; DEVICE is a device name or CLIENT/DEVICE.</source>
        <translation>Einen Befehl per SSH auf einem Gerät ausführen und seine Ausgabe und seinen Exit-Status zurückgeben. Aufruf: exec DEVICE [options] -- COMMAND [ARGS...]; DEVICE ist ein Gerätename oder CLIENT/DEVICE.</translation>
    </message>
    <message>
        <source>Accept and save the host key of a device never seen before (a changed key is always refused).</source>
        <translation>Den Host-Schlüssel eines noch nie gesehenen Geräts akzeptieren und speichern (ein geänderter Schlüssel wird immer abgelehnt).</translation>
    </message>
    <message>
        <source>Seconds the login and the command may take together (default 60).</source>
        <translation>Sekunden, die Anmeldung und Befehl zusammen dauern dürfen (Standard 60).</translation>
    </message>
    <message>
        <source>The device&apos;s client, when several clients have a device of that name.</source>
        <translation>Der Kunde des Geräts, wenn mehrere Kunden ein Gerät mit diesem Namen haben.</translation>
    </message>
    <message>
        <source>Technician name for the session log (default: from the settings, else the login name).</source>
        <translation>Name des Technikers für das Sitzungsprotokoll (Standard: aus den Einstellungen, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>Log the session (and its time) on this ticket.</source>
        <translation>Die Sitzung (und ihre Dauer) an diesem Ticket erfassen.</translation>
    </message>
    <message>
        <source>Also trust host keys in ~/.ssh/known_hosts (read only).</source>
        <translation>Auch Host-Schlüsseln in ~/.ssh/known_hosts vertrauen (nur lesend).</translation>
    </message>
    <message>
        <source>exec needs a device and a command: exec DEVICE -- COMMAND [ARGS...]</source>
        <translation>exec braucht ein Gerät und einen Befehl: exec DEVICE -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400</source>
        <translation>--timeout braucht eine Anzahl Sekunden von 1 bis 86400</translation>
    </message>
    <message>
        <source>--ticket needs a ticket number</source>
        <translation>--ticket braucht eine Ticketnummer</translation>
    </message>
    <message>
        <source>no device of that name</source>
        <translation>kein Gerät mit diesem Namen</translation>
    </message>
    <message>
        <source>client %1 has no device of that name</source>
        <translation>Kunde %1 hat kein Gerät mit diesem Namen</translation>
    </message>
    <message>
        <source>several clients have a device &quot;%1&quot; (%2): write CLIENT/%1 or use --client</source>
        <translation>mehrere Kunden haben ein Gerät „%1“ (%2): CLIENT/%1 schreiben oder --client verwenden</translation>
    </message>
    <message>
        <source>%1 asks &quot;%2&quot; and vigil-cli exec does not ask questions: store the secret in the keychain (key id %3) or use ssh-agent</source>
        <translation>%1 fragt „%2“, und vigil-cli exec stellt keine Fragen: das Geheimnis im Schlüsselbund hinterlegen (Schlüssel-ID %3) oder ssh-agent verwenden</translation>
    </message>
    <message>
        <source>none set for the device</source>
        <translation>keine für das Gerät festgelegt</translation>
    </message>
    <message>
        <source>vigil-cli: exec: %1</source>
        <translation>vigil-cli: exec: %1</translation>
    </message>
    <message>
        <source>vigil-cli: exec: %1: %2</source>
        <translation>vigil-cli: exec: %1: %2</translation>
    </message>
    <message>
        <source>  offered:   %1 %2</source>
        <translation>  angeboten:   %1 %2</translation>
    </message>
    <message>
        <source>  on record: %1 %2 (%3)</source>
        <translation>  gespeichert: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>  run again with --accept-new to trust %1 %2</source>
        <translation>  erneut mit --accept-new ausführen, um %1 %2 zu vertrauen</translation>
    </message>
</context>
<context>
    <name>Vigil::ExpositionParser</name>
    <message>
        <source>invalid metric name</source>
        <translation>ungültiger Metrikname</translation>
    </message>
    <message>
        <source>invalid label name</source>
        <translation>ungültiger Label-Name</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name</source>
        <translation>&apos;=&apos; nach dem Label-Namen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to open the label value</source>
        <translation>&apos;&quot;&apos; am Anfang des Label-Werts erwartet</translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation>nicht abgeschlossener Label-Wert</translation>
    </message>
    <message>
        <source>invalid escape sequence (only \\, \&quot; and \n are allowed)</source>
        <translation>ungültige Escape-Sequenz (nur \\, \&quot; und \n sind erlaubt)</translation>
    </message>
    <message>
        <source>label value is not valid UTF-8</source>
        <translation>Label-Wert ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>duplicate label name</source>
        <translation>doppelter Label-Name</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the label set</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in der Label-Menge erwartet</translation>
    </message>
    <message>
        <source>expected a sample value</source>
        <translation>Messwert erwartet</translation>
    </message>
    <message>
        <source>invalid sample value</source>
        <translation>ungültiger Messwert</translation>
    </message>
    <message>
        <source>invalid timestamp</source>
        <translation>ungültiger Zeitstempel</translation>
    </message>
    <message>
        <source>unexpected characters after the sample</source>
        <translation>unerwartete Zeichen nach dem Messwert</translation>
    </message>
    <message>
        <source>expected a metric name after HELP, TYPE or UNIT</source>
        <translation>Metrikname nach HELP, TYPE oder UNIT erwartet</translation>
    </message>
    <message>
        <source>unknown metric type</source>
        <translation>unbekannter Metriktyp</translation>
    </message>
    <message>
        <source>second TYPE line for the same metric family</source>
        <translation>zweite TYPE-Zeile für dieselbe Metrikfamilie</translation>
    </message>
    <message>
        <source>histogram bucket without a valid le label</source>
        <translation>Histogramm-Bucket ohne gültiges le-Label</translation>
    </message>
    <message>
        <source>summary quantile without a valid quantile label</source>
        <translation>Summary-Quantil ohne gültiges quantile-Label</translation>
    </message>
    <message>
        <source>invalid exemplar</source>
        <translation>ungültiges Exemplar</translation>
    </message>
    <message>
        <source>content after # EOF</source>
        <translation>Inhalt nach # EOF</translation>
    </message>
    <message>
        <source>missing # EOF at the end of an OpenMetrics body</source>
        <translation># EOF fehlt am Ende eines OpenMetrics-Inhalts</translation>
    </message>
    <message>
        <source>too many samples (limit %1)</source>
        <translation>zu viele Messwerte (Grenze %1)</translation>
    </message>
    <message>
        <source>too many labels in one sample (limit %1)</source>
        <translation>zu viele Labels in einem Messwert (Grenze %1)</translation>
    </message>
    <message numerus="yes">
        <source>label value too long (limit %n byte(s))</source>
        <translation>
            <numerusform>Label-Wert zu lang (Grenze %n Byte)</numerusform>
            <numerusform>Label-Wert zu lang (Grenze %n Byte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line too long (limit %n byte(s))</source>
        <translation>
            <numerusform>Zeile zu lang (Grenze %n Byte)</numerusform>
            <numerusform>Zeile zu lang (Grenze %n Byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>malformed exposition</source>
        <translation>fehlerhaftes Exposition-Format</translation>
    </message>
</context>
<context>
    <name>Vigil::ExternalLauncher</name>
    <message>
        <source>%1 is not installed (or not executable)</source>
        <translation>%1 ist nicht installiert (oder nicht ausführbar)</translation>
    </message>
</context>
<context>
    <name>Vigil::FileSdInventoryReader</name>
    <message>
        <source>the file is empty; expected a JSON array of target groups</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Array von Target-Gruppen</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON array of target groups ([{&quot;targets&quot;: [&quot;host:port&quot;], &quot;labels&quot;: {…}}])</source>
        <translation>die oberste Ebene muss ein JSON-Array von Target-Gruppen sein ([{&quot;targets&quot;: [&quot;host:port&quot;], &quot;labels&quot;: {…}}])</translation>
    </message>
    <message>
        <source>target group %1 is not a JSON object</source>
        <translation>Target-Gruppe %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>target group %1 has no &quot;targets&quot; list of &quot;host:port&quot; strings</source>
        <translation>Target-Gruppe %1 hat keine &quot;targets&quot;-Liste mit &quot;host:port&quot;-Zeichenketten</translation>
    </message>
    <message>
        <source>target group %1: %2 is not a &quot;host:port&quot; target (port 1–65535)</source>
        <translation>Target-Gruppe %1: %2 ist kein &quot;host:port&quot;-Target (Port 1–65535)</translation>
    </message>
    <message>
        <source>target group %1: &quot;labels&quot; must be an object of strings</source>
        <translation>Target-Gruppe %1: &quot;labels&quot; muss ein Objekt mit Zeichenketten sein</translation>
    </message>
    <message>
        <source>target group %1: label &apos;%2&apos; must be a string</source>
        <translation>Target-Gruppe %1: Label &apos;%2&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>target group %1 has no &apos;client&apos; label; every device needs a client</source>
        <translation>Target-Gruppe %1 hat kein Label &apos;client&apos;; jedes Gerät braucht einen Kunden</translation>
    </message>
    <message>
        <source>target group %1 has a &apos;device&apos; label but %2 targets; a &apos;device&apos; label names exactly one target</source>
        <translation>Target-Gruppe %1 hat ein Label &apos;device&apos;, aber %2 Targets; ein Label &apos;device&apos; benennt genau ein Target</translation>
    </message>
    <message>
        <source>target group %1: label &apos;kind&apos;: &apos;%2&apos; is not one of workstation, server, network, printer</source>
        <translation>Target-Gruppe %1: Label &apos;kind&apos;: &apos;%2&apos; ist keiner der Werte workstation, server, network, printer</translation>
    </message>
    <message>
        <source>target group %1: label &apos;__scheme__&apos; must be http or https, not &apos;%2&apos;</source>
        <translation>Target-Gruppe %1: Label &apos;__scheme__&apos; muss http oder https sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>target group %1: label &apos;__metrics_path__&apos; must be a path starting with &apos;/&apos;, not &apos;%2&apos;</source>
        <translation>Target-Gruppe %1: Label &apos;__metrics_path__&apos; muss ein Pfad sein, der mit &apos;/&apos; beginnt, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>target group %1 has no targets (%2)</source>
        <translation>Target-Gruppe %1 hat keine Targets (%2)</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; of client &apos;%2&apos; appears twice (target groups %3 and %4, lines %5 and %6)</source>
        <translation>Gerät &apos;%1&apos; des Kunden &apos;%2&apos; kommt zweimal vor (Target-Gruppen %3 und %4, Zeilen %5 und %6)</translation>
    </message>
</context>
<context>
    <name>Vigil::FleetOverview</name>
    <message>
        <source>reading the fleet&apos;s state</source>
        <translation>Lesen des Zustands der Geräte</translation>
    </message>
    <message>
        <source>reading the fleet&apos;s alerts</source>
        <translation>Lesen der Alarme aller Geräte</translation>
    </message>
    <message>
        <source>reading the clients</source>
        <translation>Lesen der Kunden</translation>
    </message>
    <message>
        <source>counting the fleet&apos;s alerts</source>
        <translation>Zählen der Alarme aller Geräte</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
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
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failing</source>
        <translation>
            <numerusform>%n Sicherung fehlgeschlagen</numerusform>
            <numerusform>%n Sicherungen fehlgeschlagen</numerusform>
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
            <numerusform>%n SLA verletzt</numerusform>
            <numerusform>%n SLA verletzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) stale</source>
        <translation>
            <numerusform>%n Sicherung veraltet</numerusform>
            <numerusform>%n Sicherungen veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA at risk</source>
        <translation>
            <numerusform>%n SLA gefährdet</numerusform>
            <numerusform>%n SLA gefährdet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reboot(s)</source>
        <translation>
            <numerusform>%n Neustart</numerusform>
            <numerusform>%n Neustarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with security updates</source>
        <translation>
            <numerusform>%n mit Sicherheitsupdates</numerusform>
            <numerusform>%n mit Sicherheitsupdates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices</source>
        <translation>Keine Geräte</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>allen Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%n Gerät bei %1</numerusform>
            <numerusform>%n Geräte bei %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 answered their last poll</source>
        <translation>
            <numerusform>%n Gerät bei %1 hat auf die letzte Abfrage geantwortet</numerusform>
            <numerusform>%n Geräte bei %1 haben auf die letzte Abfrage geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 did not answer their last poll</source>
        <translation>
            <numerusform>%n Gerät bei %1 hat auf die letzte Abfrage nicht geantwortet</numerusform>
            <numerusform>%n Geräte bei %1 haben auf die letzte Abfrage nicht geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 without a poll in the last 15 minutes</source>
        <translation>
            <numerusform>%n Gerät bei %1 ohne Abfrage in den letzten 15 Minuten</numerusform>
            <numerusform>%n Geräte bei %1 ohne Abfrage in den letzten 15 Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved critical alert(s) of %1</source>
        <translation>
            <numerusform>%n nicht behobener kritischer Alarm bei %1</numerusform>
            <numerusform>%n nicht behobene kritische Alarme bei %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved warning(s) of %1</source>
        <translation>
            <numerusform>%n nicht behobene Warnung bei %1</numerusform>
            <numerusform>%n nicht behobene Warnungen bei %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 whose last backup run failed</source>
        <translation>
            <numerusform>%n Gerät bei %1, dessen letzter Sicherungslauf fehlgeschlagen ist</numerusform>
            <numerusform>%n Geräte bei %1, deren letzter Sicherungslauf fehlgeschlagen ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 without a good backup in 26 hours</source>
        <translation>
            <numerusform>%n Gerät bei %1 ohne erfolgreiche Sicherung in 26 Stunden</numerusform>
            <numerusform>%n Geräte bei %1 ohne erfolgreiche Sicherung in 26 Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 waiting for a reboot</source>
        <translation>
            <numerusform>%n Gerät bei %1 wartet auf einen Neustart</numerusform>
            <numerusform>%n Geräte bei %1 warten auf einen Neustart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 with security updates pending</source>
        <translation>
            <numerusform>%n Gerät bei %1 mit ausstehenden Sicherheitsupdates</numerusform>
            <numerusform>%n Geräte bei %1 mit ausstehenden Sicherheitsupdates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1 with a drive failing or reallocating sectors</source>
        <translation>
            <numerusform>%n Gerät bei %1 mit einem Laufwerk, das ausfällt oder Sektoren neu zuweist</numerusform>
            <numerusform>%n Geräte bei %1 mit einem Laufwerk, das ausfällt oder Sektoren neu zuweist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 past their SLA</source>
        <translation>
            <numerusform>%n Ticket bei %1 mit überschrittenem SLA</numerusform>
            <numerusform>%n Tickets bei %1 mit überschrittenem SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 with a quarter or less of their SLA left</source>
        <translation>
            <numerusform>%n Ticket bei %1 mit einem Viertel oder weniger verbleibender SLA-Zeit</numerusform>
            <numerusform>%n Tickets bei %1 mit einem Viertel oder weniger verbleibender SLA-Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to list them.</source>
        <translation>Klicken Sie oder drücken Sie Enter, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Monitored devices without a poll in the last 15 minutes, or never polled</source>
        <translation>Überwachte Geräte ohne Abfrage in den letzten 15 Minuten oder noch nie abgefragt</translation>
    </message>
    <message>
        <source>Devices with a backup job that has not succeeded in 26 hours</source>
        <translation>Geräte mit einem Sicherungsjob, der seit 26 Stunden nicht erfolgreich war</translation>
    </message>
    <message>
        <source>Devices with a drive that is unhealthy or has reallocated or pending sectors</source>
        <translation>Geräte mit einem Laufwerk, das fehlerhaft ist oder neu zugewiesene oder schwebende Sektoren hat</translation>
    </message>
    <message>
        <source>Active tickets with a quarter or less of their SLA time left</source>
        <translation>Aktive Tickets mit einem Viertel oder weniger verbleibender SLA-Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Stale</source>
        <comment>devices without recent data</comment>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>alerts</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warnings</source>
        <comment>alerts</comment>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Backup
failed</source>
        <translation>Sicherung
fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup
&gt; 26 h</source>
        <translation>Sicherung
&gt; 26 Std.</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Security
updates</source>
        <translation>Sicherheits-
updates</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>SLA
breached</source>
        <translation>SLA
verletzt</translation>
    </message>
    <message>
        <source>SLA
at risk</source>
        <translation>SLA
gefährdet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
</context>
<context>
    <name>Vigil::FleetOverviewPage</name>
    <message>
        <source>&lt;h2&gt;Fleet overview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gesamtübersicht&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Each number opens the list behind it: click it, or move to it with the arrow keys and press Enter.</source>
        <translation>Jede Zahl öffnet die zugehörige Liste: Klicken Sie darauf, oder wählen Sie sie mit den Pfeiltasten an und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Click a number, or move to it with the arrow keys and press Enter, to see the devices, alerts or tickets behind it. Ctrl+K finds any client, site or device.</source>
        <translation>Klicken Sie auf eine Zahl, oder wählen Sie sie mit den Pfeiltasten an und drücken Sie Enter, um die zugehörigen Geräte, Alarme oder Tickets zu sehen. Ctrl+K findet jeden Kunden, Standort und jedes Gerät.</translation>
    </message>
    <message>
        <source>Could not read the fleet&apos;s state: %1. Showing what was read before.</source>
        <translation>Der Zustand der Geräte konnte nicht gelesen werden: %1. Angezeigt wird der zuvor gelesene Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>Vigil::HealthChart</name>
    <message>
        <source>warning %1 %</source>
        <translation>Warnung %1 %</translation>
    </message>
    <message>
        <source>critical %1 %</source>
        <translation>kritisch %1 %</translation>
    </message>
    <message>
        <source>%1 — no data in this range</source>
        <translation>%1 — keine Daten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>Vigil::HealthChartQuery</name>
    <message>
        <source>reading health history</source>
        <translation>Lesen des Zustandsverlaufs</translation>
    </message>
</context>
<context>
    <name>Vigil::HistoryStore</name>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>die Datenbankverbindung ist keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>saving health samples failed: %1</source>
        <translation>das Speichern der Zustandsmesswerte ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading rollup progress</source>
        <translation>Lesen des Verdichtungsfortschritts</translation>
    </message>
    <message>
        <source>rolling up health history</source>
        <translation>Verdichten des Zustandsverlaufs</translation>
    </message>
    <message>
        <source>saving rollup progress</source>
        <translation>Speichern des Verdichtungsfortschritts</translation>
    </message>
    <message>
        <source>pruning health history</source>
        <translation>Bereinigen des Zustandsverlaufs</translation>
    </message>
    <message>
        <source>reading health history</source>
        <translation>Lesen des Zustandsverlaufs</translation>
    </message>
</context>
<context>
    <name>Vigil::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Vigil has never connected to %1 before. Compare the fingerprint with the one the device shows (ssh-keygen -lf on its host key) before you trust it.</source>
        <translation>Vigil hat noch nie eine Verbindung zu %1 hergestellt. Vergleichen Sie den Fingerabdruck mit dem, den das Gerät anzeigt (ssh-keygen -lf auf seinen Host-Schlüssel), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>Vertrauen und &amp;merken</translation>
    </message>
    <message>
        <source>Connect and add the key to Vigil&apos;s known_hosts; a later change of this key is refused</source>
        <translation>Verbinden und den Schlüssel zu Vigils known_hosts hinzufügen; eine spätere Änderung dieses Schlüssels wird abgelehnt</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Connect this time without recording the key; Vigil asks again next time</source>
        <translation>Dieses Mal verbinden, ohne den Schlüssel zu speichern; Vigil fragt beim nächsten Mal erneut</translation>
    </message>
</context>
<context>
    <name>Vigil::ImportCommand</name>
    <message>
        <source>Import devices. Re-importing updates devices in place and never duplicates them; a file with any bad record imports nothing.</source>
        <translation>Geräte importieren. Ein erneuter Import aktualisiert vorhandene Geräte und legt sie nie doppelt an; enthält eine Datei auch nur einen fehlerhaften Datensatz, wird nichts importiert.</translation>
    </message>
    <message>
        <source>CSV, Prometheus file_sd JSON or an ssh_config file.</source>
        <translation>CSV, Prometheus file_sd JSON oder eine ssh_config-Datei.</translation>
    </message>
    <message>
        <source>The file&apos;s format: csv, file_sd or ssh_config (default: from the name).</source>
        <translation>Format der Datei: csv, file_sd oder ssh_config (Standard: anhand des Dateinamens).</translation>
    </message>
    <message>
        <source>Client for devices the file does not assign to one (ssh_config; default: &quot;%1&quot;).</source>
        <translation>Kunde für Geräte, denen die Datei keinen Kunden zuordnet (ssh_config; Standard: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Site for new devices the file does not place (default: &quot;%1&quot;).</source>
        <translation>Standort für neue Geräte, denen die Datei keinen Standort zuordnet (Standard: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>give exactly one file to import</source>
        <translation>geben Sie genau eine Datei zum Importieren an</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use csv, file_sd or ssh_config)</source>
        <translation>unbekanntes Format &apos;%1&apos; (csv, file_sd oder ssh_config verwenden)</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its name; add --format csv|file_sd|ssh_config</source>
        <translation>das Format von %1 ist am Namen nicht erkennbar; geben Sie --format csv|file_sd|ssh_config an</translation>
    </message>
    <message>
        <source>(nothing was imported)</source>
        <translation>(es wurde nichts importiert)</translation>
    </message>
    <message>
        <source>vigil-cli: import: warning: %1</source>
        <translation>vigil-cli: import: Warnung: %1</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3, %4, %5; %6, %7.</source>
        <translation>%1 (%2) importiert: %3, %4, %5; %6, %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n angelegt</numerusform>
            <numerusform>%n angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n neuer Kunde</numerusform>
            <numerusform>%n neue Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new site(s)</source>
        <translation>
            <numerusform>%n neuer Standort</numerusform>
            <numerusform>%n neue Standorte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ImportText</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (save it as UTF-8)</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (speichern Sie sie als UTF-8)</translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryEditDialog</name>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit client %1</source>
        <translation>Kunde %1 bearbeiten</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Standort %1 bearbeiten</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>Edit device %1</source>
        <translation>Gerät %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>First response (min)</source>
        <translation>Erste Reaktion (Min.)</translation>
    </message>
    <message>
        <source>Resolution (min)</source>
        <translation>Lösung (Min.)</translation>
    </message>
    <message>
        <source>SLA targets:</source>
        <translation>SLA-Ziele:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Exporter URL:</source>
        <translation>&amp;Exporter-URL:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>SS&amp;H port:</source>
        <translation>SS&amp;H-Port:</translation>
    </message>
    <message>
        <source>&amp;VNC port:</source>
        <translation>&amp;VNC-Port:</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a client named %1.</source>
        <translation>Es gibt bereits einen Kunden namens %1.</translation>
    </message>
    <message>
        <source>The %1 resolution target (%2 min) is sooner than its first response (%3 min).</source>
        <translation>Das Lösungsziel für %1 (%2 Min.) liegt vor dem Ziel für die erste Reaktion (%3 Min.).</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Ein Standort braucht einen Namen.</translation>
    </message>
    <message>
        <source>This client already has a site named %1.</source>
        <translation>Dieser Kunde hat bereits einen Standort namens %1.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add a site to this client first: every device is at a site.</source>
        <translation>Legen Sie zuerst einen Standort für diesen Kunden an: Jedes Gerät gehört zu einem Standort.</translation>
    </message>
    <message>
        <source>This client already has a device named %1.</source>
        <translation>Dieser Kunde hat bereits ein Gerät namens %1.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains spaces: give a host name or an IP address.</source>
        <translation>Die Adresse „%1“ enthält Leerzeichen: Geben Sie einen Hostnamen oder eine IP-Adresse an.</translation>
    </message>
    <message>
        <source>The exporter URL &quot;%1&quot; is not an http or https URL with a host, such as http://10.0.0.5:9100/metrics.</source>
        <translation>Die Exporter-URL „%1“ ist keine http- oder https-URL mit Host, wie etwa http://10.0.0.5:9100/metrics.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryImporter</name>
    <message>
        <source>unsupported import format</source>
        <translation>nicht unterstütztes Importformat</translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryPage</name>
    <message>
        <source>Filter by client, site, device, address, OS or tag (Ctrl+F)</source>
        <translation>Nach Kunde, Standort, Gerät, Adresse, Betriebssystem oder Tag filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No devices yet&lt;/h3&gt;&lt;p&gt;Import your fleet with &lt;b&gt;File › Import inventory…&lt;/b&gt; (Ctrl+I): a CSV, a Prometheus file_sd JSON or your ~/.ssh/config.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Geräte&lt;/h3&gt;&lt;p&gt;Importieren Sie Ihre Geräte mit &lt;b&gt;Datei › Inventar importieren…&lt;/b&gt; (Strg+I): aus einer CSV-Datei, einer Prometheus-file_sd-JSON-Datei oder Ihrer ~/.ssh/config.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the inventory: %1. Showing what was loaded before.</source>
        <translation>Das Inventar konnte nicht gelesen werden: %1. Angezeigt wird der zuvor geladene Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Gerät</numerusform>
            <numerusform>%1 von %n Geräten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Maintenance window…</source>
        <translation>Wartungsfenster…</translation>
    </message>
    <message>
        <source>Show all devices</source>
        <translation>Alle Geräte anzeigen</translation>
    </message>
    <message>
        <source>Clear this filter (Esc in the tree)</source>
        <translation>Diesen Filter aufheben (Esc in der Baumansicht)</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Einen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>New site…</source>
        <translation>Neuer Standort…</translation>
    </message>
    <message>
        <source>Add a site to the selected client</source>
        <translation>Dem ausgewählten Kunden einen Standort hinzufügen</translation>
    </message>
    <message>
        <source>New device…</source>
        <translation>Neues Gerät…</translation>
    </message>
    <message>
        <source>Add a device to the selected site</source>
        <translation>Dem ausgewählten Standort ein Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected client, site or device</source>
        <translation>Den ausgewählten Kunden, Standort oder das ausgewählte Gerät bearbeiten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected client, site or device</source>
        <translation>Den ausgewählten Kunden, Standort oder das ausgewählte Gerät entfernen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>Online devices</source>
        <translation>Online-Geräte</translation>
    </message>
    <message>
        <source>Offline devices</source>
        <translation>Offline-Geräte</translation>
    </message>
    <message>
        <source>Devices without recent data (stale)</source>
        <translation>Geräte ohne aktuelle Daten (veraltet)</translation>
    </message>
    <message>
        <source>Devices without an exporter</source>
        <translation>Geräte ohne Exporter</translation>
    </message>
    <message>
        <source>Devices whose last backup run failed</source>
        <translation>Geräte, deren letzter Sicherungslauf fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Devices without a good backup in 26 hours</source>
        <translation>Geräte ohne erfolgreiche Sicherung in den letzten 26 Stunden</translation>
    </message>
    <message>
        <source>Devices waiting for a reboot</source>
        <translation>Geräte, die auf einen Neustart warten</translation>
    </message>
    <message>
        <source>Devices with security updates pending</source>
        <translation>Geräte mit ausstehenden Sicherheitsupdates</translation>
    </message>
    <message>
        <source>Devices with a SMART warning</source>
        <translation>Geräte mit SMART-Warnung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of every client</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aller Kunden</translation>
    </message>
    <message>
        <source>Select the client the new site belongs to.</source>
        <translation>Wählen Sie den Kunden aus, zu dem der neue Standort gehört.</translation>
    </message>
    <message>
        <source>Select the client or site the new device belongs to.</source>
        <translation>Wählen Sie den Kunden oder Standort aus, zu dem das neue Gerät gehört.</translation>
    </message>
    <message>
        <source>Could not read the device: %1</source>
        <translation>Das Gerät konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Remove client %1</source>
        <translation>Kunde %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 with its %2 and %3? Their alerts, health history and state go with them. This cannot be undone.</source>
        <translation>%1 mit %2 und %3 entfernen? Deren Alarme, Zustandsverlauf und Status werden ebenfalls entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has %2: move them to another site (drag them) or remove them first.</source>
        <translation>%1 hat noch %2: verschieben Sie sie an einen anderen Standort (per Ziehen) oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Remove site %1</source>
        <translation>Standort %1 entfernen</translation>
    </message>
    <message>
        <source>Remove the empty site %1?</source>
        <translation>Den leeren Standort %1 entfernen?</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>Gerät %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1? Its alerts, health history, backup status and state go with it. This cannot be undone.</source>
        <translation>%1 entfernen? Alarme, Zustandsverlauf, Sicherungsstatus und Status des Geräts werden ebenfalls entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not move every device: %1</source>
        <translation>Nicht alle Geräte konnten verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryStore</name>
    <message>
        <source>reading clients</source>
        <translation>Lesen der Kunden</translation>
    </message>
    <message>
        <source>reading SLA policies</source>
        <translation>Lesen der SLA-Richtlinien</translation>
    </message>
    <message>
        <source>reading devices</source>
        <translation>Lesen der Geräte</translation>
    </message>
    <message>
        <source>reading sites</source>
        <translation>Lesen der Standorte</translation>
    </message>
    <message>
        <source>no client with id %1</source>
        <translation>kein Kunde mit ID %1</translation>
    </message>
    <message>
        <source>no client named &quot;%1&quot;</source>
        <translation>kein Kunde namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the SLA for %1 priority needs positive response and resolution times</source>
        <translation>das SLA für Priorität %1 braucht positive Reaktions- und Lösungszeiten</translation>
    </message>
    <message>
        <source>saving the SLA policy</source>
        <translation>Speichern der SLA-Richtlinie</translation>
    </message>
    <message>
        <source>a client needs a name of 1 to %1 printable characters</source>
        <translation>ein Kunde braucht einen Namen aus 1 bis %1 druckbaren Zeichen</translation>
    </message>
    <message>
        <source>saving client &quot;%1&quot;</source>
        <translation>Speichern des Kunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a client named &quot;%1&quot; already exists</source>
        <translation>ein Kunde namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>checking the client&apos;s tickets</source>
        <translation>Prüfen der Tickets des Kunden</translation>
    </message>
    <message numerus="yes">
        <source>the client still has %n ticket(s); tickets are kept for reporting</source>
        <translation>
            <numerusform>der Kunde hat noch %n Ticket; Tickets werden für Auswertungen aufbewahrt</numerusform>
            <numerusform>der Kunde hat noch %n Tickets; Tickets werden für Auswertungen aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>removing the client&apos;s devices</source>
        <translation>Entfernen der Geräte des Kunden</translation>
    </message>
    <message>
        <source>removing the client</source>
        <translation>Entfernen des Kunden</translation>
    </message>
    <message>
        <source>a site needs a name of 1 to %1 printable characters</source>
        <translation>ein Standort braucht einen Namen aus 1 bis %1 druckbaren Zeichen</translation>
    </message>
    <message>
        <source>saving site &quot;%1&quot;</source>
        <translation>Speichern des Standorts &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the client already has a site named &quot;%1&quot;, or the client does not exist</source>
        <translation>der Kunde hat bereits einen Standort namens &quot;%1&quot;, oder der Kunde existiert nicht</translation>
    </message>
    <message>
        <source>no site with id %1</source>
        <translation>kein Standort mit ID %1</translation>
    </message>
    <message>
        <source>checking the site&apos;s devices</source>
        <translation>Prüfen der Geräte des Standorts</translation>
    </message>
    <message numerus="yes">
        <source>the site still has %n device(s); move or remove them first</source>
        <translation>
            <numerusform>am Standort ist noch %n Gerät; verschieben oder entfernen Sie es zuerst</numerusform>
            <numerusform>am Standort sind noch %n Geräte; verschieben oder entfernen Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>removing the site</source>
        <translation>Entfernen des Standorts</translation>
    </message>
    <message>
        <source>a device needs a name of 1 to %1 printable characters</source>
        <translation>ein Gerät braucht einen Namen aus 1 bis %1 druckbaren Zeichen</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains spaces</source>
        <translation>die Adresse &quot;%1&quot; enthält Leerzeichen</translation>
    </message>
    <message>
        <source>the exporter URL &quot;%1&quot; is not an http or https URL</source>
        <translation>die Exporter-URL &quot;%1&quot; ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the SSH port %1 is outside 1–65535</source>
        <translation>der SSH-Port %1 liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>the VNC port %1 is outside 1–65535</source>
        <translation>der VNC-Port %1 liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>saving tags</source>
        <translation>Speichern der Tags</translation>
    </message>
    <message>
        <source>checking the device&apos;s site</source>
        <translation>Prüfen des Standorts des Geräts</translation>
    </message>
    <message>
        <source>the site belongs to another client</source>
        <translation>der Standort gehört zu einem anderen Kunden</translation>
    </message>
    <message>
        <source>saving device &quot;%1&quot;</source>
        <translation>Speichern des Geräts &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the client already has a device named &quot;%1&quot;</source>
        <translation>der Kunde hat bereits ein Gerät namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no device with id %1</source>
        <translation>kein Gerät mit ID %1</translation>
    </message>
    <message>
        <source>removing the device</source>
        <translation>Entfernen des Geräts</translation>
    </message>
    <message>
        <source>the device has no name</source>
        <translation>das Gerät hat keinen Namen</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; exists in several clients (%2); import it with --client</source>
        <translation>Gerät &quot;%1&quot; gibt es bei mehreren Kunden (%2); importieren Sie es mit --client</translation>
    </message>
    <message>
        <source>the client has no device named &quot;%1&quot;</source>
        <translation>der Kunde hat kein Gerät namens &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigil::InventoryTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>device kind: workstation, server, …</comment>
        <translation>Typ</translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Nicht überwacht</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>No exporter URL: Vigil does not poll this device.</source>
        <translation>Keine Exporter-URL: Vigil fragt dieses Gerät nicht ab.</translation>
    </message>
    <message>
        <source>Polled %1</source>
        <translation>Abgefragt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
%n failed poll(s) in a row</source>
        <translation>
            <numerusform>%1: %2
%n fehlgeschlagene Abfrage in Folge</numerusform>
            <numerusform>%1: %2
%n fehlgeschlagene Abfragen in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>…</source>
        <comment>CPU busy share not known yet: it needs a second poll</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>CPU use is a rate: it is known from the second poll on.</source>
        <translation>Die CPU-Auslastung ist eine Rate: sie ist ab der zweiten Abfrage bekannt.</translation>
    </message>
    <message>
        <source>State</source>
        <comment>of a device: online, unreachable, …</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Fullest disk</source>
        <translation>Vollster Datenträger</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>device badge: a critical alert is open</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>device badge: a warning is open</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Stale · %1</source>
        <comment>device badge with the age of its data</comment>
        <translation>Veraltet · %1</translation>
    </message>
    <message>
        <source>Worst unresolved alert: %1</source>
        <translation>Schwerster nicht behobener Alarm: %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>mount point and used percentage</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1: %2 % used, %3 GB free</source>
        <translation>%1: %2 % belegt, %3 GB frei</translation>
    </message>
    <message>
        <source>As of the last good poll.</source>
        <translation>Stand der letzten erfolgreichen Abfrage.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>Vigil::KeychainSecretStore</name>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert (%1)</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1)</source>
        <translation>der Schlüsselbund konnte die Zugangsdaten nicht löschen (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>Fehler im Schlüsselbund (%1)</translation>
    </message>
</context>
<context>
    <name>Vigil::KnownHosts</name>
    <message>
        <source>cannot read the known hosts file</source>
        <translation>die Datei mit den bekannten Hosts kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the host key is malformed</source>
        <translation>der Host-Schlüssel ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot create the folder for the known hosts file</source>
        <translation>der Ordner für die Datei mit den bekannten Hosts kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the known hosts file is locked by another program</source>
        <translation>die Datei mit den bekannten Hosts ist durch ein anderes Programm gesperrt</translation>
    </message>
    <message>
        <source>cannot read the known hosts file: %1</source>
        <translation>die Datei mit den bekannten Hosts kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write the known hosts file: %1</source>
        <translation>die Datei mit den bekannten Hosts kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::MainWindow</name>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import inventory…</source>
        <translation>Inventar &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>Ü&amp;ber Vigil</translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation>Inventar importieren</translation>
    </message>
    <message>
        <source>Inventory files (*.csv *.json config *.conf);;CSV (*.csv);;Prometheus file_sd (*.json);;SSH client configuration (config *.conf);;All files (*)</source>
        <translation>Inventardateien (*.csv *.json config *.conf);;CSV (*.csv);;Prometheus file_sd (*.json);;SSH-Client-Konfiguration (config *.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Vigil cannot tell the format of %1 from its name. Name it *.csv for CSV, *.json for Prometheus file_sd, or config for an SSH client configuration.</source>
        <translation>Vigil kann das Format von %1 nicht am Dateinamen erkennen. Benennen Sie die Datei *.csv für CSV, *.json für Prometheus file_sd oder config für eine SSH-Client-Konfiguration.</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 with remarks:

%2</source>
        <translation>%1 importiert, mit Hinweisen:

%2</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <source>Poll &amp;now</source>
        <translation>&amp;Jetzt abfragen</translation>
    </message>
    <message>
        <source>Poll every device now instead of waiting for its turn.</source>
        <translation>Alle Geräte sofort abfragen, statt auf den nächsten planmäßigen Durchlauf zu warten.</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfrage &amp;pausieren</translation>
    </message>
    <message>
        <source>Stop polling on schedule until unchecked; Poll now still works.</source>
        <translation>Die planmäßige Abfrage anhalten, bis das Häkchen entfernt wird; „Jetzt abfragen“ funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Polling could not start: %1</source>
        <translation>Die Abfrage konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Polled %n device(s) in %1 s: %2 ok, %3 failed.</source>
        <translation>
            <numerusform>%n Gerät in %1 s abgefragt: %2 ok, %3 fehlgeschlagen.</numerusform>
            <numerusform>%n Geräte in %1 s abgefragt: %2 ok, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving poll results failed: %1</source>
        <translation>Das Speichern der Abfrageergebnisse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>new, updated, unchanged devices</comment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n new device(s)</source>
        <translation>
            <numerusform>%n neues Gerät</numerusform>
            <numerusform>%n neue Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>devices</comment>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Tickets past their SLA are at the top.</source>
        <translation>Tickets mit überschrittener SLA stehen oben.</translation>
    </message>
    <message>
        <source>Tickets at risk follow the breached ones.</source>
        <translation>Gefährdete Tickets folgen auf die überschrittenen.</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>&amp;Schnell öffnen…</translation>
    </message>
    <message>
        <source>Jump to a client, site or device by typing part of its name or address (Ctrl+K).</source>
        <translation>Zu einem Kunden, Standort oder Gerät springen, indem Sie einen Teil des Namens oder der Adresse eingeben (Ctrl+K).</translation>
    </message>
    <message>
        <source>Device %1 is not in the inventory.</source>
        <translation>Gerät %1 ist nicht im Inventar.</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Open &amp;SSH session</source>
        <translation>&amp;SSH-Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open a shell on the selected device (inventory, device page, alert or ticket).</source>
        <translation>Eine Shell auf dem ausgewählten Gerät öffnen (Inventar, Geräteseite, Alarm oder Ticket).</translation>
    </message>
    <message>
        <source>Open &amp;VNC viewer</source>
        <translation>&amp;VNC-Viewer öffnen</translation>
    </message>
    <message>
        <source>Show the selected device&apos;s screen over VNC (through SSH when its settings say so).</source>
        <translation>Den Bildschirm des ausgewählten Geräts über VNC anzeigen (über SSH, wenn seine Einstellungen das vorsehen).</translation>
    </message>
    <message>
        <source>Launch &amp;RDP client</source>
        <translation>&amp;RDP-Client starten</translation>
    </message>
    <message>
        <source>Start the RDP client (xfreerdp, or the configured one) on the selected device.</source>
        <translation>Den RDP-Client (xfreerdp oder den konfigurierten) für das ausgewählte Gerät starten.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Select a device first (in the inventory, on its page, in the alert queue or on a ticket with a device).</source>
        <translation>Wählen Sie zuerst ein Gerät aus (im Inventar, auf seiner Seite, in der Alarmliste oder in einem Ticket mit Gerät).</translation>
    </message>
    <message>
        <source>Open SSH session</source>
        <translation>SSH-Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open VNC viewer</source>
        <translation>VNC-Viewer öffnen</translation>
    </message>
    <message>
        <source>Launch RDP client</source>
        <translation>RDP-Client starten</translation>
    </message>
    <message>
        <source>Vigil cannot start the RDP client.

%1</source>
        <translation>Vigil kann den RDP-Client nicht starten.

%1</translation>
    </message>
    <message>
        <source>RDP client started; the session is logged until it exits.</source>
        <translation>RDP-Client gestartet; die Sitzung wird protokolliert, bis er beendet wird.</translation>
    </message>
    <message>
        <source>Vigil cannot open this session.

%1</source>
        <translation>Vigil kann diese Sitzung nicht öffnen.

%1</translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceCommand</name>
    <message>
        <source>List maintenance windows, add one (add) or remove one (remove ID). Inside a window a device or site raises no new alerts.</source>
        <translation>Wartungsfenster auflisten, eines hinzufügen (add) oder eines entfernen (remove ID). Innerhalb eines Wartungsfensters löst ein Gerät oder Standort keine neuen Alarme aus.</translation>
    </message>
    <message>
        <source>list (default), add or remove ID</source>
        <translation>list (Standard), add oder remove ID</translation>
    </message>
    <message>
        <source>add: the client of the site or device.</source>
        <translation>add: der Kunde des Standorts oder Geräts.</translation>
    </message>
    <message>
        <source>add: a whole site of the client.</source>
        <translation>add: ein ganzer Standort des Kunden.</translation>
    </message>
    <message>
        <source>add: one device of the client.</source>
        <translation>add: ein einzelnes Gerät des Kunden.</translation>
    </message>
    <message>
        <source>add: when it starts (default: now): 2026-11-24T22:00, 22:00, …</source>
        <translation>add: wann es beginnt (Standard: jetzt): 2026-11-24T22:00, 22:00, …</translation>
    </message>
    <message>
        <source>add: when it ends: 2026-11-25T02:00, 4h, tomorrow 6:00, …</source>
        <translation>add: wann es endet: 2026-11-25T02:00, 4h, tomorrow 6:00, …</translation>
    </message>
    <message>
        <source>add: why (shown with the window).</source>
        <translation>add: warum (wird beim Wartungsfenster angezeigt).</translation>
    </message>
    <message>
        <source>add: technician name (default: from the settings, else the login name).</source>
        <translation>add: Name des Technikers (Standard: aus den Einstellungen, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>FÜR</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation>BIS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>TECHNIKER</translation>
    </message>
    <message>
        <source> (site)</source>
        <translation> (Standort)</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) now or ahead</source>
        <translation>
            <numerusform>%n aktuelles oder geplantes Wartungsfenster</numerusform>
            <numerusform>%n aktuelle oder geplante Wartungsfenster</numerusform>
        </translation>
    </message>
    <message>
        <source>remove needs one maintenance window id</source>
        <translation>remove braucht genau eine Wartungsfenster-ID</translation>
    </message>
    <message>
        <source>Removed maintenance window %1.</source>
        <translation>Wartungsfenster %1 entfernt.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (use list, add or remove ID)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (list, add oder remove ID verwenden)</translation>
    </message>
    <message>
        <source>add needs --client and either --site or --device</source>
        <translation>add braucht --client und entweder --site oder --device</translation>
    </message>
    <message>
        <source>add needs --until TIME</source>
        <translation>add braucht --until TIME</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation>--until: %1</translation>
    </message>
    <message>
        <source>client %1 has no site &quot;%2&quot;</source>
        <translation>Kunde %1 hat keinen Standort &quot;%2&quot;</translation>
    </message>
    <message>
        <source>client %1 has no device &quot;%2&quot;</source>
        <translation>Kunde %1 hat kein Gerät &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Maintenance window %1 for %2 / %3 from %4 until %5.</source>
        <translation>Wartungsfenster %1 für %2 / %3 von %4 bis %5.</translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceScheduler</name>
    <message>
        <source>Maintenance window for %1 not saved: %2</source>
        <translation>Wartungsfenster für %1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Maintenance for %1 from %2 until %3</source>
        <translation>Wartung für %1 von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceStore</name>
    <message>
        <source>maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>a maintenance window is for one device or one site</source>
        <translation>ein Wartungsfenster gilt für ein Gerät oder einen Standort</translation>
    </message>
    <message>
        <source>the window must end after it starts</source>
        <translation>das Wartungsfenster muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <source>the window has already ended</source>
        <translation>das Wartungsfenster ist bereits abgelaufen</translation>
    </message>
    <message>
        <source>adding a maintenance window</source>
        <translation>Hinzufügen eines Wartungsfensters</translation>
    </message>
    <message>
        <source>reading maintenance windows</source>
        <translation>Lesen der Wartungsfenster</translation>
    </message>
    <message>
        <source>removing a maintenance window</source>
        <translation>Entfernen eines Wartungsfensters</translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation>es gibt kein Wartungsfenster %1</translation>
    </message>
</context>
<context>
    <name>Vigil::MaintenanceWindowDialog</name>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; raises no new alerts inside this window. Alerts already open still follow it, and nothing opens or resolves in a burst when it ends.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; löst in diesem Fenster keine neuen Alarme aus. Bereits offene Alarme folgen dem Gerät weiter, und an seinem Ende wird nichts auf einen Schlag geöffnet oder behoben.</translation>
    </message>
    <message>
        <source>Firmware updates, server move, …</source>
        <translation>Firmware-Updates, Serverumzug, …</translation>
    </message>
    <message>
        <source>Next 2 hours</source>
        <translation>Nächste 2 Stunden</translation>
    </message>
    <message>
        <source>Tonight 22:00–06:00</source>
        <translation>Heute Nacht 22:00–06:00</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Das Fenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The window would already be over.</source>
        <translation>Das Fenster wäre bereits vorbei.</translation>
    </message>
</context>
<context>
    <name>Vigil::MemorySecretStore</name>
    <message>
        <source>no keychain is available (the in-memory store was switched off)</source>
        <translation>kein Schlüsselbund verfügbar (der In-Memory-Speicher wurde abgeschaltet)</translation>
    </message>
</context>
<context>
    <name>Vigil::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Choose a client…</source>
        <translation>Kunden auswählen…</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Das Problem in wenigen Worten</translation>
    </message>
    <message>
        <source>What the client reported, what you already know</source>
        <translation>Was der Kunde gemeldet hat, was Sie bereits wissen</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket eröffnen</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Beliebiger Standort</translation>
    </message>
    <message>
        <source>No particular device</source>
        <translation>Kein bestimmtes Gerät</translation>
    </message>
    <message>
        <source>Choose the client the ticket is for.</source>
        <translation>Wählen Sie den Kunden aus, für den das Ticket bestimmt ist.</translation>
    </message>
    <message>
        <source>The ticket needs a title.</source>
        <translation>Das Ticket braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Vigil::PollCommand</name>
    <message numerus="yes">
        <source>%n device(s) without an exporter URL skipped.</source>
        <translation>
            <numerusform>%n Gerät ohne Exporter-URL übersprungen.</numerusform>
            <numerusform>%n Geräte ohne Exporter-URL übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll every device&apos;s exporter and store its state and health history.</source>
        <translation>Den Exporter jedes Geräts abfragen und den aktuellen Zustand sowie den Zustandsverlauf speichern.</translation>
    </message>
    <message>
        <source>One pass over every device, then print a summary and exit.</source>
        <translation>Jedes Gerät einmal abfragen, dann eine Zusammenfassung ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Seconds a device may take to answer (default 10).</source>
        <translation>Sekunden, die ein Gerät für die Antwort brauchen darf (Standard: 10).</translation>
    </message>
    <message>
        <source>Devices polled at the same time (default 64).</source>
        <translation>Anzahl gleichzeitig abgefragter Geräte (Standard: 64).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 300</source>
        <translation>--timeout braucht eine Anzahl Sekunden zwischen 0 und 300</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 4096</source>
        <translation>--concurrency braucht eine Zahl von 1 bis 4096</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n device(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>%n Gerät wird abgefragt; Strg+C beendet.</numerusform>
            <numerusform>%n Geräte werden abgefragt; Strg+C beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polled %n device(s) in %1 s: %2 ok, %3 failed</source>
        <translation>
            <numerusform>%n Gerät in %1 s abgefragt: %2 ok, %3 fehlgeschlagen</numerusform>
            <numerusform>%n Geräte in %1 s abgefragt: %2 ok, %3 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::PollService</name>
    <message>
        <source>the exporter needs credentials (key %1) but no keychain is available</source>
        <translation>der Exporter braucht Zugangsdaten (Schlüssel %1), aber es ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>reading credentials %1 from the keychain failed: %2</source>
        <translation>das Lesen der Zugangsdaten %1 aus dem Schlüsselbund ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Vigil::PollStatusLabel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling off</source>
        <translation>Abfrage aus</translation>
    </message>
    <message>
        <source>Vigil was started with --no-poll: it shows the last stored state and polls nothing.</source>
        <translation>Vigil wurde mit --no-poll gestartet: es zeigt den zuletzt gespeicherten Zustand und fragt nichts ab.</translation>
    </message>
    <message>
        <source>Polling could not start</source>
        <translation>Abfrage konnte nicht starten</translation>
    </message>
    <message>
        <source>Polling starts…</source>
        <translation>Abfrage startet…</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n device(s)</source>
        <translation>
            <numerusform>%n Gerät wird abgefragt</numerusform>
            <numerusform>%n Geräte werden abgefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polling all %n device(s) now…</source>
        <translation>
            <numerusform>%n Gerät wird jetzt abgefragt…</numerusform>
            <numerusform>Alle %n Geräte werden jetzt abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfrage pausiert</translation>
    </message>
    <message>
        <source>last poll %1</source>
        <comment>last poll 14 s ago</comment>
        <translation>letzte Abfrage %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>saving poll results fails</source>
        <translation>Speichern der Abfrageergebnisse schlägt fehl</translation>
    </message>
    <message>
        <source>Saving poll results failed: %1</source>
        <translation>Das Speichern der Abfrageergebnisse ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::Priority</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>Vigil::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Client, site, device or address</source>
        <translation>Kunde, Standort, Gerät oder Adresse</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter open · Esc close</source>
        <translation>↑↓ auswählen · Enter öffnen · Esc schließen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, kind</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <comment>name, kind, where</comment>
        <translation>%1 — %2 · %3</translation>
    </message>
</context>
<context>
    <name>Vigil::ReportBuilder</name>
    <message>
        <source>%1 has not begun yet</source>
        <translation>%1 hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>reading the client&apos;s devices</source>
        <translation>Lesen der Geräte des Kunden</translation>
    </message>
    <message>
        <source>reading disk history</source>
        <translation>Lesen des Datenträgerverlaufs</translation>
    </message>
    <message>
        <source>reading backup jobs</source>
        <translation>Lesen der Sicherungsjobs</translation>
    </message>
    <message>
        <source>reading backup alerts</source>
        <translation>Lesen der Sicherungsalarme</translation>
    </message>
    <message>
        <source>reading alerts</source>
        <translation>Lesen der Alarme</translation>
    </message>
    <message>
        <source>reading the session log</source>
        <translation>Lesen des Sitzungsprotokolls</translation>
    </message>
    <message>
        <source>Vigil recorded nothing for %1 in this month: no monitoring data, alerts, tickets or remote sessions. The figures below are empty rather than zero.</source>
        <translation>Vigil hat für %1 in diesem Monat nichts erfasst: keine Überwachungsdaten, Alarme, Tickets oder Fernsitzungen. Die folgenden Werte sind leer statt null.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n device(s) answered %1 % of our checks on average.</source>
        <translation>
            <numerusform>Ihr %n Gerät hat im Durchschnitt %1 % unserer Prüfungen beantwortet.</numerusform>
            <numerusform>Ihre %n Geräte haben im Durchschnitt %1 % unserer Prüfungen beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We manage %n device(s) for you; no availability checks were recorded this month.</source>
        <translation>
            <numerusform>Wir betreuen %n Gerät für Sie; in diesem Monat wurden keine Verfügbarkeitsprüfungen erfasst.</numerusform>
            <numerusform>Wir betreuen %n Geräte für Sie; in diesem Monat wurden keine Verfügbarkeitsprüfungen erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) installed.</source>
        <translation>
            <numerusform>%n Update installiert.</numerusform>
            <numerusform>%n Updates installiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) fully up to date at month end</source>
        <translation>
            <numerusform>%n Gerät war zum Monatsende vollständig aktuell</numerusform>
            <numerusform>%n Geräte waren zum Monatsende vollständig aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>security updates still waiting on %n device(s)</source>
        <translation>
            <numerusform>Sicherheitsupdates stehen noch auf %n Gerät aus</numerusform>
            <numerusform>Sicherheitsupdates stehen noch auf %n Geräten aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a restart pending on %n device(s)</source>
        <translation>
            <numerusform>ein Neustart steht auf %n Gerät aus</numerusform>
            <numerusform>ein Neustart steht auf %n Geräten aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n backup job(s) had a recent successful backup at month end.</source>
        <translation>
            <numerusform>%n von %n Sicherungsjob hatte zum Monatsende eine aktuelle erfolgreiche Sicherung.</numerusform>
            <numerusform>Alle %n Sicherungsjobs hatten zum Monatsende eine aktuelle erfolgreiche Sicherung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) had no successful backup in the last 26 hours at month end.</source>
        <translation>
            <numerusform>%n Gerät hatte zum Monatsende in den letzten 26 Stunden keine erfolgreiche Sicherung.</numerusform>
            <numerusform>%n Geräte hatten zum Monatsende in den letzten 26 Stunden keine erfolgreiche Sicherung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A restore has been tested for %1 of %n backup job(s).</source>
        <translation>
            <numerusform>Für %1 von %n Sicherungsjob wurde eine Wiederherstellung getestet.</numerusform>
            <numerusform>Für %1 von %n Sicherungsjobs wurde eine Wiederherstellung getestet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were detected this month.</source>
        <translation>In diesem Monat wurden keine Probleme festgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>We detected %n problem(s)</source>
        <translation>
            <numerusform>Wir haben %n Problem festgestellt</numerusform>
            <numerusform>Wir haben %n Probleme festgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message>
        <source>picked them up within %1 on average</source>
        <translation>sie im Durchschnitt innerhalb von %1 aufgegriffen</translation>
    </message>
    <message>
        <source>and had them fixed within %1 on average</source>
        <translation>und sie im Durchschnitt innerhalb von %1 behoben</translation>
    </message>
    <message numerus="yes">
        <source>You raised %n request(s)</source>
        <translation>
            <numerusform>Sie haben %n Anfrage gestellt</numerusform>
            <numerusform>Sie haben %n Anfragen gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>we closed %n</source>
        <translation>
            <numerusform>wir haben %n abgeschlossen</numerusform>
            <numerusform>wir haben %n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n first response(s) came within the agreed time</source>
        <translation>
            <numerusform>%1 von %n Erstreaktion erfolgte innerhalb der vereinbarten Zeit</numerusform>
            <numerusform>%1 von %n Erstreaktionen erfolgten innerhalb der vereinbarten Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our technicians connected remotely %n time(s), for %1 in total.</source>
        <translation>
            <numerusform>Unsere Techniker haben sich %n-mal aus der Ferne verbunden, insgesamt %1 lang.</numerusform>
            <numerusform>Unsere Techniker haben sich %n-mal aus der Ferne verbunden, insgesamt %1 lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month is not over yet: figures run to %1.</source>
        <translation>Der Monat ist noch nicht vorbei: die Werte reichen bis %1.</translation>
    </message>
</context>
<context>
    <name>Vigil::ReportCharts</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message numerus="yes">
        <source>The %n least available device(s); every device is in the table.</source>
        <translation>
            <numerusform>Das %n am wenigsten verfügbare Gerät; alle Geräte stehen in der Tabelle.</numerusform>
            <numerusform>Die %n am wenigsten verfügbaren Geräte; alle Geräte stehen in der Tabelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ReportCommand</name>
    <message>
        <source>Write a client&apos;s monthly report as PDF, HTML or CSV.</source>
        <translation>Den Monatsbericht eines Kunden als PDF, HTML oder CSV schreiben.</translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation>Der Kunde, für den der Bericht erstellt wird.</translation>
    </message>
    <message>
        <source>The month, as YYYY-MM, in the client&apos;s time zone.</source>
        <translation>Der Monat als YYYY-MM, in der Zeitzone des Kunden.</translation>
    </message>
    <message>
        <source>The file to write; its extension (.pdf, .html, .csv) gives the format.</source>
        <translation>Die zu schreibende Datei; ihre Endung (.pdf, .html, .csv) bestimmt das Format.</translation>
    </message>
    <message>
        <source>pdf, html or csv, whatever the file&apos;s extension.</source>
        <translation>pdf, html oder csv, unabhängig von der Dateiendung.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>bad month &apos;%1&apos; (use YYYY-MM, for example 2026-10)</source>
        <translation>ungültiger Monat &apos;%1&apos; (YYYY-MM verwenden, zum Beispiel 2026-10)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use pdf, html or csv)</source>
        <translation>unbekanntes Format &apos;%1&apos; (pdf, html oder csv verwenden)</translation>
    </message>
    <message>
        <source>cannot tell the format from &apos;%1&apos;: name the file .pdf, .html or .csv, or give --format</source>
        <translation>das Format ist aus &apos;%1&apos; nicht erkennbar: die Datei auf .pdf, .html oder .csv enden lassen oder --format angeben</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3</source>
        <translation>Bericht %1 für %2 nach %3 geschrieben</translation>
    </message>
</context>
<context>
    <name>Vigil::ReportFile</name>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the report came out empty</source>
        <translation>der Bericht ist leer</translation>
    </message>
</context>
<context>
    <name>Vigil::ReportHtml</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no data recorded</source>
        <translation>keine Daten erfasst</translation>
    </message>
    <message>
        <source>Monthly IT report</source>
        <translation>Monatlicher IT-Bericht</translation>
    </message>
    <message>
        <source>%1 to %2, times in %3. Made on %4.</source>
        <translation>%1 bis %2, Zeiten in %3. Erstellt am %4.</translation>
    </message>
    <message>
        <source>This month at a glance</source>
        <translation>Dieser Monat auf einen Blick</translation>
    </message>
    <message>
        <source>Devices we manage</source>
        <translation>Von uns betreute Geräte</translation>
    </message>
    <message>
        <source>No devices were in the inventory this month.</source>
        <translation>In diesem Monat waren keine Geräte im Inventar.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>No availability checks are stored for this month (polling was off, or the store predates availability history).</source>
        <translation>Für diesen Monat sind keine Verfügbarkeitsprüfungen gespeichert (die Abfrage war ausgeschaltet, oder der Datenbestand ist älter als der Verfügbarkeitsverlauf).</translation>
    </message>
    <message>
        <source>Average availability</source>
        <translation>Durchschnittliche Verfügbarkeit</translation>
    </message>
    <message>
        <source>Availability per device</source>
        <translation>Verfügbarkeit pro Gerät</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Hours observed</source>
        <translation>Beobachtete Stunden</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Availability is the share of Vigil&apos;s checks that the device answered. Hours in which no check ran (the console was closed) count neither way; &quot;hours observed&quot; says how much of the month was watched.</source>
        <translation>Die Verfügbarkeit ist der Anteil der Prüfungen von Vigil, auf die das Gerät geantwortet hat. Stunden, in denen keine Prüfung lief (die Konsole war geschlossen), zählen weder dafür noch dagegen; &quot;Beobachtete Stunden&quot; gibt an, wie viel des Monats beobachtet wurde.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>No device reported its update state this month.</source>
        <translation>Kein Gerät hat in diesem Monat seinen Update-Status gemeldet.</translation>
    </message>
    <message>
        <source>Updates installed</source>
        <translation>Installierte Updates</translation>
    </message>
    <message>
        <source>Fully up to date</source>
        <translation>Vollständig aktuell</translation>
    </message>
    <message>
        <source>Security updates waiting</source>
        <translation>Ausstehende Sicherheitsupdates</translation>
    </message>
    <message>
        <source>Need a restart</source>
        <translation>Benötigen einen Neustart</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) did not report updates (printers, network devices, or not polled).</source>
        <translation>
            <numerusform>%n Gerät hat keine Updates gemeldet (Drucker, Netzwerkgeräte oder nicht abgefragt).</numerusform>
            <numerusform>%n Geräte haben keine Updates gemeldet (Drucker, Netzwerkgeräte oder nicht abgefragt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backup job was reported for this client.</source>
        <translation>Für diesen Kunden wurde kein Sicherungsjob gemeldet.</translation>
    </message>
    <message>
        <source>Backup jobs</source>
        <translation>Sicherungsjobs</translation>
    </message>
    <message>
        <source>Failed runs reported</source>
        <translation>Gemeldete fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <source>Without a backup in 26 h at month end</source>
        <translation>Ohne Sicherung in 26 Std. zum Monatsende</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Latest success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation>Letzter Wiederherstellungstest</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Getestet von</translation>
    </message>
    <message>
        <source>later test on %1</source>
        <translation>späterer Test am %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No successful backup in the 26 hours before month end: %1.</source>
        <translation>Keine erfolgreiche Sicherung in den 26 Stunden vor Monatsende: %1.</translation>
    </message>
    <message>
        <source>Endpoints report only their latest backup run, so the number of successful runs is not known; failed runs are counted from the alerts they raised.</source>
        <translation>Endgeräte melden nur ihren letzten Sicherungslauf, daher ist die Zahl der erfolgreichen Läufe nicht bekannt; fehlgeschlagene Läufe werden anhand der Alarme gezählt, die sie ausgelöst haben.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>The devices were not monitored this month.</source>
        <translation>Die Geräte wurden in diesem Monat nicht überwacht.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Mean time to acknowledge</source>
        <translation>Mittlere Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Mittlere Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Alerts by severity</source>
        <translation>Alarme nach Schweregrad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resolved alert(s) cleared by themselves (the condition went away).</source>
        <translation>
            <numerusform>Bei %1 von %n behobenen Alarm ist der Zustand von selbst verschwunden.</numerusform>
            <numerusform>Bei %1 von %n behobenen Alarmen ist der Zustand von selbst verschwunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation>Supportanfragen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>Durchschnittliche erste Reaktion</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>Durchschnittliche Lösungszeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Service level (requests opened this month)</source>
        <translation>Service-Level (in diesem Monat eröffnete Anfragen)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message numerus="yes">
        <source>Still open at month end and within the agreed time: %n request(s).</source>
        <translation>
            <numerusform>Am Monatsende noch offen und innerhalb der vereinbarten Zeit: %n Anfrage.</numerusform>
            <numerusform>Am Monatsende noch offen und innerhalb der vereinbarten Zeit: %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disks and drive health</source>
        <translation>Datenträger und Laufwerkszustand</translation>
    </message>
    <message>
        <source>Devices over 80 % full at month end</source>
        <translation>Geräte mit über 80 % Belegung am Monatsende</translation>
    </message>
    <message>
        <source>Drive health warnings</source>
        <translation>Warnungen zum Laufwerkszustand</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Used at month end</source>
        <translation>Belegt am Monatsende</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Remote sessions</source>
        <translation>Fernsitzungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message numerus="yes">
        <source>The total time leaves out %n session(s) without a recorded end.</source>
        <translation>
            <numerusform>Die Gesamtdauer lässt %n Sitzung ohne erfasstes Ende unberücksichtigt.</numerusform>
            <numerusform>Die Gesamtdauer lässt %n Sitzungen ohne erfasstes Ende unberücksichtigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ReportsPage</name>
    <message>
        <source>The client the report is for (Alt+C)</source>
        <translation>Der Kunde, für den der Bericht bestimmt ist (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>The month, in the client&apos;s time zone (Alt+M)</source>
        <translation>Der Monat, in der Zeitzone des Kunden (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the report as PDF, HTML or CSV (Ctrl+E)</source>
        <translation>Den Bericht als PDF, HTML oder CSV speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>No clients yet: import an inventory first.</source>
        <translation>Noch keine Kunden: importieren Sie zuerst ein Inventar.</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>es gibt keinen Bericht zum Exportieren</translation>
    </message>
    <message>
        <source>name the file .pdf, .html or .csv</source>
        <translation>geben Sie der Datei die Endung .pdf, .html oder .csv</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>CSV figures (*.csv)</source>
        <translation>CSV-Werte (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>Vigil::ReviewCommand</name>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>ack %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation>zurückgestellt, noch %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Info</numerusform>
        </translation>
    </message>
    <message>
        <source>The morning review: what needs attention, per client.</source>
        <translation>Die Morgendurchsicht: was Aufmerksamkeit braucht, pro Kunde.</translation>
    </message>
    <message>
        <source>Start from TIME instead of your last finished review (2026-11-22T18:00, 12h, …).</source>
        <translation>Ab TIME beginnen statt ab Ihrer letzten abgeschlossenen Durchsicht (2026-11-22T18:00, 12h, …).</translation>
    </message>
    <message>
        <source>Record this review as done: the next one starts from now.</source>
        <translation>Diese Durchsicht als erledigt erfassen: die nächste beginnt ab jetzt.</translation>
    </message>
    <message>
        <source>Reviewer name (default: from the settings, else the login name).</source>
        <translation>Name des Prüfenden (Standard: aus den Einstellungen, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>your last review</source>
        <translation>Ihre letzte Durchsicht</translation>
    </message>
    <message>
        <source>no earlier review; the last 24 hours</source>
        <translation>keine frühere Durchsicht; die letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Morning review for %1, since %2</source>
        <translation>Morgendurchsicht für %1, seit %2</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n alert(s)</source>
        <translation>
            <numerusform>Braucht Aufmerksamkeit: %n Alarm</numerusform>
            <numerusform>Braucht Aufmerksamkeit: %n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new or seen again since</source>
        <translation>
            <numerusform>%n seitdem neu oder erneut aufgetreten</numerusform>
            <numerusform>%n seitdem neu oder erneut aufgetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>all clear</source>
        <translation>alles in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved since</source>
        <translation>
            <numerusform>%n seitdem behoben</numerusform>
            <numerusform>%n seitdem behoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review recorded for %n alert(s); the next review starts from now.</source>
        <translation>
            <numerusform>Durchsicht für %n Alarm erfasst; die nächste Durchsicht beginnt ab jetzt.</numerusform>
            <numerusform>Durchsicht für %n Alarme erfasst; die nächste Durchsicht beginnt ab jetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::ReviewLog</name>
    <message>
        <source>reading the review log</source>
        <translation>Lesen des Durchsichtsprotokolls</translation>
    </message>
    <message>
        <source>a review needs the reviewer&apos;s name</source>
        <translation>eine Durchsicht braucht den Namen des Prüfenden</translation>
    </message>
    <message>
        <source>recording a review</source>
        <translation>Erfassen einer Durchsicht</translation>
    </message>
    <message>
        <source>there is no alert %1</source>
        <translation>es gibt keinen Alarm %1</translation>
    </message>
</context>
<context>
    <name>Vigil::RuleCondition</name>
    <message>
        <source>Disk used (%)</source>
        <translation>Datenträger belegt (%)</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Hours since the last good backup</source>
        <translation>Stunden seit der letzten erfolgreichen Sicherung</translation>
    </message>
    <message>
        <source>Last backup run failed</source>
        <translation>Letzter Sicherungslauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Days since the last restore test</source>
        <translation>Tage seit dem letzten Wiederherstellungstest</translation>
    </message>
    <message>
        <source>SMART unhealthy</source>
        <translation>SMART-Zustand fehlerhaft</translation>
    </message>
    <message>
        <source>Reallocated sectors added</source>
        <translation>Neu zugewiesene Sektoren hinzugekommen</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>Security updates pending</source>
        <translation>Sicherheitsupdates ausstehend</translation>
    </message>
    <message>
        <source>Memory used (%)</source>
        <translation>Arbeitsspeicher belegt (%)</translation>
    </message>
    <message>
        <source>CPU busy (%)</source>
        <translation>CPU ausgelastet (%)</translation>
    </message>
</context>
<context>
    <name>Vigil::RuleEngine</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Disk %1 %2 % used, %3 free</source>
        <translation>Datenträger %1 zu %2 % belegt, %3 frei</translation>
    </message>
    <message>
        <source>No good backup of %1 for %2</source>
        <translation>Seit %2 keine erfolgreiche Sicherung von %1</translation>
    </message>
    <message>
        <source>Backup %1 has never succeeded</source>
        <translation>Sicherung %1 war noch nie erfolgreich</translation>
    </message>
    <message>
        <source>Last run of backup %1 failed</source>
        <translation>Letzter Lauf der Sicherung %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore of %1 last tested %2 ago</source>
        <translation>Wiederherstellung von %1 zuletzt vor %2 getestet</translation>
    </message>
    <message>
        <source>Drive %1 fails its SMART health check</source>
        <translation>Laufwerk %1 besteht die SMART-Zustandsprüfung nicht</translation>
    </message>
    <message>
        <source>Drive %1 reports &quot;%2&quot;</source>
        <translation>Laufwerk %1 meldet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Reboot required for %1</source>
        <translation>Neustart erforderlich für %1</translation>
    </message>
    <message>
        <source>Memory %1 % used</source>
        <translation>Arbeitsspeicher zu %1 % belegt</translation>
    </message>
    <message>
        <source>CPU %1 % busy</source>
        <translation>CPU zu %1 % ausgelastet</translation>
    </message>
    <message>
        <source>Drive %1 reallocated sectors grew from %2 to %3</source>
        <translation>Laufwerk %1: neu zugewiesene Sektoren von %2 auf %3 gestiegen</translation>
    </message>
    <message>
        <source>Restore of %1 never tested (watched for %2)</source>
        <translation>Wiederherstellung von %1 nie getestet (beobachtet seit %2)</translation>
    </message>
    <message numerus="yes">
        <source>Security updates pending for %1: %n</source>
        <translation>
            <numerusform>Ausstehende Sicherheitsupdates für %1: %n</numerusform>
            <numerusform>Ausstehende Sicherheitsupdates für %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::RuleSet</name>
    <message>
        <source>client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>there is no rule &quot;%1&quot;</source>
        <translation>es gibt keine Regel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Offset %1: %2</translation>
    </message>
    <message>
        <source>expected an object with a &quot;rules&quot; array</source>
        <translation>erwartet wird ein Objekt mit einem Array &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>eine Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>rule %1 appears twice</source>
        <translation>Regel %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the built-in rules are missing: %1</source>
        <translation>die eingebauten Regeln fehlen: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::RulesCommand</name>
    <message>
        <source>List the alert rules in force (for the team, or with --client for one client), change one (set RULE) or drop a client&apos;s changes (reset RULE --client NAME).</source>
        <translation>Die geltenden Alarmregeln auflisten (für das Team oder mit --client für einen Kunden), eine Regel ändern (set RULE) oder die Änderungen für einen Kunden verwerfen (reset RULE --client NAME).</translation>
    </message>
    <message>
        <source>list (default), set RULE or reset RULE</source>
        <translation>list (Standard), set RULE oder reset RULE</translation>
    </message>
    <message>
        <source>One client&apos;s rules (set: change them for this client only).</source>
        <translation>Die Regeln eines Kunden (set: nur für diesen Kunden ändern).</translation>
    </message>
    <message>
        <source>set: the %1 threshold, or &quot;none&quot; to drop that level.</source>
        <translation>set: der Schwellenwert für %1 oder &quot;none&quot;, um diese Stufe zu entfernen.</translation>
    </message>
    <message>
        <source>set: how far below the lowest threshold an alert clears.</source>
        <translation>set: wie weit unter dem niedrigsten Schwellenwert ein Alarm als behoben gilt.</translation>
    </message>
    <message>
        <source>set: how long the condition must hold first: 900, 15m, 2h, 7d.</source>
        <translation>set: wie lange die Bedingung zuerst bestehen muss: 900, 15m, 2h, 7d.</translation>
    </message>
    <message>
        <source>set: on how many polls in a row.</source>
        <translation>set: bei wie vielen Abfragen in Folge.</translation>
    </message>
    <message>
        <source>set: yes or no.</source>
        <translation>set: yes oder no.</translation>
    </message>
    <message>
        <source>use: rules, rules set RULE [options] or rules reset RULE --client NAME</source>
        <translation>Aufruf: rules, rules set RULE [Optionen] oder rules reset RULE --client NAME</translation>
    </message>
    <message>
        <source>--%1 needs a number or &quot;none&quot;</source>
        <translation>--%1 braucht eine Zahl oder &quot;none&quot;</translation>
    </message>
    <message>
        <source>--hysteresis needs a number</source>
        <translation>--hysteresis braucht eine Zahl</translation>
    </message>
    <message>
        <source>--for needs a duration like 900, 15m, 2h or 7d</source>
        <translation>--for braucht eine Dauer wie 900, 15m, 2h oder 7d</translation>
    </message>
    <message>
        <source>--polls needs a whole number</source>
        <translation>--polls braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>--enabled needs yes or no</source>
        <translation>--enabled braucht yes oder no</translation>
    </message>
    <message>
        <source>set needs at least one of --info, --warning, --critical, --hysteresis, --for, --polls, --enabled</source>
        <translation>set braucht mindestens eine der Optionen --info, --warning, --critical, --hysteresis, --for, --polls, --enabled</translation>
    </message>
    <message>
        <source>reset needs --client NAME (team rules are changed with set)</source>
        <translation>reset braucht --client NAME (Teamregeln werden mit set geändert)</translation>
    </message>
    <message>
        <source>there is no rule &quot;%1&quot;</source>
        <translation>es gibt keine Regel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rule %1 changed; pollers pick it up when they next load their devices.</source>
        <translation>Regel %1 geändert; die Poller übernehmen sie, wenn sie ihre Geräte das nächste Mal laden.</translation>
    </message>
    <message>
        <source>Rule %1 for client %2 follows the team&apos;s rule again.</source>
        <translation>Regel %1 für Kunde %2 folgt wieder der Regel des Teams.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>MEASURES</source>
        <translation>MISST</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>CLEARS</source>
        <translation>BEHOBEN BEI</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>POLLS</source>
        <translation>ABFRAGEN</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>* changed for this client</source>
        <translation>* für diesen Kunden geändert</translation>
    </message>
</context>
<context>
    <name>Vigil::Scraper</name>
    <message>
        <source>over a limit</source>
        <translation>Grenzwert überschritten</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection closed or reset before the response was complete</source>
        <translation>Verbindung wurde geschlossen oder zurückgesetzt, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>connection closed or reset before the response was complete (%1)</source>
        <translation>Verbindung wurde geschlossen oder zurückgesetzt, bevor die Antwort vollständig war (%1)</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>certificate does not match the pinned fingerprint: expected SHA-256 %1, presented %2</source>
        <translation>Zertifikat passt nicht zum hinterlegten Fingerabdruck: erwartet SHA-256 %1, vorgelegt %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>HTTP status %1 (%2)</source>
        <translation>HTTP-Status %1 (%2)</translation>
    </message>
    <message>
        <source>too large: %1 at %2:%3</source>
        <translation>zu groß: %1 bei %2:%3</translation>
    </message>
    <message>
        <source>too large: %1</source>
        <translation>zu groß: %1</translation>
    </message>
    <message>
        <source>not an exporter: the endpoint returned an HTML page</source>
        <translation>kein Exporter: der Endpunkt hat eine HTML-Seite geliefert</translation>
    </message>
    <message>
        <source>parse error at %1:%2: %3</source>
        <translation>Syntaxfehler bei %1:%2: %3</translation>
    </message>
    <message>
        <source>unsupported: %1</source>
        <translation>nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>content encoding &quot;%1&quot;</source>
        <translation>Content-Encoding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the gzip stream ends early</source>
        <translation>der gzip-Datenstrom endet vorzeitig</translation>
    </message>
    <message>
        <source>URL scheme &quot;%1&quot; (only http and https)</source>
        <translation>URL-Schema &quot;%1&quot; (nur http und https)</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot;</source>
        <translation>ungültige URL &quot;%1&quot;</translation>
    </message>
    <message>
        <source>zlib could not be initialised</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>damaged compressed data</source>
        <translation>beschädigte komprimierte Daten</translation>
    </message>
    <message numerus="yes">
        <source>body larger than %n byte(s)</source>
        <translation>
            <numerusform>Inhalt größer als %n Byte</numerusform>
            <numerusform>Inhalt größer als %n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body larger than %n byte(s) after decompression</source>
        <translation>
            <numerusform>Inhalt nach dem Entpacken größer als %n Byte</numerusform>
            <numerusform>Inhalt nach dem Entpacken größer als %n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n sample(s)</source>
        <translation>
            <numerusform>mehr als %n Messwert</numerusform>
            <numerusform>mehr als %n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n label(s) on one sample</source>
        <translation>
            <numerusform>mehr als %n Label an einem Messwert</numerusform>
            <numerusform>mehr als %n Labels an einem Messwert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a label value longer than %n byte(s)</source>
        <translation>
            <numerusform>ein Label-Wert länger als %n Byte</numerusform>
            <numerusform>ein Label-Wert länger als %n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a line longer than %n byte(s)</source>
        <translation>
            <numerusform>eine Zeile länger als %n Byte</numerusform>
            <numerusform>eine Zeile länger als %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>host not found: no address for %1 (DNS)</source>
        <translation>Host nicht gefunden: keine Adresse für %1 (DNS)</translation>
    </message>
    <message>
        <source>response body is not valid gzip: %1</source>
        <translation>Antwortinhalt ist kein gültiges gzip: %1</translation>
    </message>
    <message>
        <source>the endpoint presented no certificate to check against the pin</source>
        <translation>der Endpunkt hat kein Zertifikat vorgelegt, das mit dem hinterlegten Fingerabdruck verglichen werden kann</translation>
    </message>
    <message numerus="yes">
        <source>the body ended after %1 of %n byte(s)</source>
        <translation>
            <numerusform>der Inhalt endete nach %1 von %n Byte</numerusform>
            <numerusform>der Inhalt endete nach %1 von %n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::SecretStore</name>
    <message>
        <source>no secret is stored under this key</source>
        <translation>unter diesem Schlüssel sind keine Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <source>a secret needs a non-empty key id</source>
        <translation>Zugangsdaten brauchen eine nicht leere Schlüssel-ID</translation>
    </message>
</context>
<context>
    <name>Vigil::SessionLog</name>
    <message>
        <source>unknown session protocol &quot;%1&quot;</source>
        <translation>unbekanntes Protokoll &quot;%1&quot; für eine Sitzung</translation>
    </message>
    <message>
        <source>a session needs the technician&apos;s name</source>
        <translation>eine Sitzung braucht den Namen des Technikers</translation>
    </message>
    <message>
        <source>recording a session</source>
        <translation>Speichern einer Sitzung</translation>
    </message>
    <message>
        <source>the session has already ended</source>
        <translation>die Sitzung wurde bereits beendet</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>completing a session</source>
        <translation>Abschließen einer Sitzung</translation>
    </message>
    <message>
        <source>%1 session on %2 (session #%3)</source>
        <translation>%1-Sitzung auf %2 (Sitzung #%3)</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>diese Sitzung gibt es nicht</translation>
    </message>
    <message>
        <source>reading the session log</source>
        <translation>Lesen des Sitzungsprotokolls</translation>
    </message>
</context>
<context>
    <name>Vigil::SessionsPage</name>
    <message>
        <source>No remote sessions. Select a device (in the inventory, on its page, in the alert queue or on a ticket) and press Ctrl+Shift+S for an SSH shell or Ctrl+Shift+D for its VNC screen.</source>
        <translation>Keine Fernsitzungen. Wählen Sie ein Gerät aus (im Inventar, auf seiner Seite, in der Alarmliste oder in einem Ticket) und drücken Sie Ctrl+Shift+S für eine SSH-Shell oder Ctrl+Shift+D für seinen VNC-Bildschirm.</translation>
    </message>
    <message>
        <source>Close session tab</source>
        <translation>Sitzungs-Tab schließen</translation>
    </message>
    <message>
        <source>%1 through SSH via %2</source>
        <translation>%1 per SSH über %2</translation>
    </message>
</context>
<context>
    <name>Vigil::SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>The alert stays hidden from the open queue until (local time):</source>
        <translation>Der Alarm bleibt bis zu diesem Zeitpunkt (Ortszeit) aus der Liste offener Alarme ausgeblendet:</translation>
    </message>
</context>
<context>
    <name>Vigil::SqlSessionLogRecorder</name>
    <message>
        <source>unknown session protocol &quot;%1&quot;</source>
        <translation>unbekanntes Protokoll &quot;%1&quot; für die Sitzung</translation>
    </message>
    <message>
        <source>a session needs a device, a technician and a start time</source>
        <translation>eine Sitzung braucht ein Gerät, einen Techniker und eine Startzeit</translation>
    </message>
</context>
<context>
    <name>Vigil::SshChannelPump</name>
    <message>
        <source>cannot open a socket for the port forward</source>
        <translation>für die Portweiterleitung kann kein Socket geöffnet werden</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (%2)</source>
        <translation>auf 127.0.0.1:%1 kann nicht gelauscht werden (%2)</translation>
    </message>
</context>
<context>
    <name>Vigil::SshConfigReader</name>
    <message>
        <source>unknown directive &apos;%1&apos;</source>
        <translation>unbekannte Direktive &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one host name or pattern</source>
        <translation>&apos;%1&apos; braucht mindestens einen Hostnamen oder ein Muster</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty host pattern</source>
        <translation>&apos;%1&apos; hat ein leeres Host-Muster</translation>
    </message>
    <message>
        <source>Match blocks are not evaluated (%1)</source>
        <translation>Match-Blöcke werden nicht ausgewertet (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one value, but &apos;%2&apos; follows it</source>
        <translation>&apos;%1&apos; erwartet genau einen Wert, aber danach folgt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation>Port &apos;%1&apos; ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>a line starts with &apos;=&apos; instead of a keyword</source>
        <translation>eine Zeile beginnt mit &apos;=&apos; statt mit einem Schlüsselwort</translation>
    </message>
    <message>
        <source>a quoted value is not closed (a closing %1 is missing)</source>
        <translation>ein Wert in Anführungszeichen wird nicht geschlossen (ein schließendes %1 fehlt)</translation>
    </message>
    <message>
        <source>Include loop: %1</source>
        <translation>Include-Schleife: %1</translation>
    </message>
    <message>
        <source>Include is nested more than %1 levels deep</source>
        <translation>Include ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>Vigil::SshCredentialsDialog</name>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of the private key used for %1:</source>
        <translation>Passphrase des privaten Schlüssels für %1:</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 fragt:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Used for this session only; Vigil does not store it.</source>
        <translation>Wird nur für diese Sitzung verwendet; Vigil speichert es nicht.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so Vigil asks for secrets each session and never stores them.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher fragt Vigil in jeder Sitzung nach den Zugangsdaten und speichert sie nie.</translation>
    </message>
</context>
<context>
    <name>Vigil::SshTargetResolver</name>
    <message>
        <source>a jump host address lacks its closing bracket</source>
        <translation>einer Jump-Host-Adresse fehlt die schließende Klammer</translation>
    </message>
    <message>
        <source>unexpected text after the jump host address</source>
        <translation>unerwarteter Text nach der Jump-Host-Adresse</translation>
    </message>
    <message>
        <source>a jump host needs a host name</source>
        <translation>ein Jump-Host braucht einen Hostnamen</translation>
    </message>
    <message>
        <source>the jump host port must be a number from 1 to 65535</source>
        <translation>der Port des Jump-Hosts muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>SSH is not enabled for this device</source>
        <translation>SSH ist für dieses Gerät nicht aktiviert</translation>
    </message>
    <message>
        <source>the device has neither an SSH host nor an address</source>
        <translation>das Gerät hat weder einen SSH-Host noch eine Adresse</translation>
    </message>
    <message>
        <source>the device is its own jump host</source>
        <translation>das Gerät ist sein eigener Jump-Host</translation>
    </message>
</context>
<context>
    <name>Vigil::SshTerminalTab</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Open a new session to this device in this tab</source>
        <translation>Eine neue Sitzung zu diesem Gerät in diesem Tab öffnen</translation>
    </message>
    <message>
        <source>The session to %1 is not in the session log: %2</source>
        <translation>Die Sitzung zu %1 fehlt im Sitzungsprotokoll: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 (connecting)</source>
        <translation>%1 (Verbindungsaufbau)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>The session to %1 has ended.</source>
        <translation>Die Sitzung zu %1 wurde beendet.</translation>
    </message>
    <message>
        <source>The end of the session to %1 is not in the session log: %2</source>
        <translation>Das Ende der Sitzung zu %1 fehlt im Sitzungsprotokoll: %2</translation>
    </message>
    <message>
        <source>REFUSED: %1 offered a host key that is marked as revoked (%2 %3). Vigil will not connect.</source>
        <translation>ABGELEHNT: %1 hat einen Host-Schlüssel angeboten, der als widerrufen markiert ist (%2 %3). Vigil stellt keine Verbindung her.</translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED. Someone may be intercepting this connection, or the device was reinstalled. Vigil will not connect.
On record: %2 %3 (%4)
Offered now: %5 %6
If the change is expected, confirm the new fingerprint with the device&apos;s owner, remove the old entry from that file and connect again.</source>
        <translation>WARNUNG: DER HOST-SCHLÜSSEL VON %1 HAT SICH GEÄNDERT. Möglicherweise wird diese Verbindung abgefangen, oder das Gerät wurde neu installiert. Vigil stellt keine Verbindung her.
Hinterlegt: %2 %3 (%4)
Jetzt angeboten: %5 %6
Wenn die Änderung erwartet ist, lassen Sie sich den neuen Fingerabdruck vom Verantwortlichen des Geräts bestätigen, entfernen Sie den alten Eintrag aus dieser Datei und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>Vigil::SshWorker</name>
    <message>
        <source>cannot create an SSH session</source>
        <translation>es kann keine SSH-Sitzung erstellt werden</translation>
    </message>
    <message>
        <source>%1 refused the connection (is the SSH server running on port %2?)</source>
        <translation>%1 hat die Verbindung abgelehnt (läuft der SSH-Server auf Port %2?)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 sent no usable host key</source>
        <translation>%1 hat keinen verwendbaren Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED. Someone may be intercepting the connection, or the server was reinstalled. Offered: %2 %3. On record: %4 %5 (%6). Vigil does not connect; if the change is expected, remove the old key from the known hosts file.</source>
        <translation>DER HOST-SCHLÜSSEL VON %1 HAT SICH GEÄNDERT. Möglicherweise wird die Verbindung abgefangen, oder der Server wurde neu installiert. Angeboten: %2 %3. Hinterlegt: %4 %5 (%6). Vigil stellt keine Verbindung her; wenn die Änderung erwartet ist, entfernen Sie den alten Schlüssel aus der Datei mit den bekannten Hosts.</translation>
    </message>
    <message>
        <source>%1 OFFERS A DIFFERENT TYPE OF HOST KEY THAN THE ONE ON RECORD. Someone may be intercepting the connection. Offered: %2 %3. On record: %4 %5 (%6). Vigil does not connect; if the change is expected, remove the old key from the known hosts file.</source>
        <translation>%1 BIETET EINEN ANDEREN HOST-SCHLÜSSELTYP AN ALS DEN HINTERLEGTEN. Möglicherweise wird die Verbindung abgefangen. Angeboten: %2 %3. Hinterlegt: %4 %5 (%6). Vigil stellt keine Verbindung her; wenn die Änderung erwartet ist, entfernen Sie den alten Schlüssel aus der Datei mit den bekannten Hosts.</translation>
    </message>
    <message>
        <source>the host key %1 %2 of %3 is marked @revoked in %4; Vigil does not connect</source>
        <translation>der Host-Schlüssel %1 %2 von %3 ist in %4 als @revoked markiert; Vigil stellt keine Verbindung her</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3); refused</source>
        <translation>der Host-Schlüssel von %1 ist nicht bekannt (%2 %3); abgelehnt</translation>
    </message>
    <message>
        <source>the host key of %1 was not accepted</source>
        <translation>der Host-Schlüssel von %1 wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>%1 accepts none of the ways Vigil can log in (server offers: %2; no identity file, agent or password available)</source>
        <translation>%1 akzeptiert keine der Anmeldemethoden von Vigil (Server bietet an: %2; keine Identitätsdatei, kein Agent und kein Passwort verfügbar)</translation>
    </message>
    <message>
        <source>authentication failed for %1 (tried: %2; server offers: %3)</source>
        <translation>Authentifizierung für %1 fehlgeschlagen (versucht: %2; Server bietet an: %3)</translation>
    </message>
    <message>
        <source>logging in to %1 was cancelled</source>
        <translation>die Anmeldung bei %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>the jump host %1 cannot open a connection to %2: %3</source>
        <translation>der Jump-Host %1 kann keine Verbindung zu %2 öffnen: %3</translation>
    </message>
    <message>
        <source>cannot create a socket pair for the jump host</source>
        <translation>für den Jump-Host kann kein Socket-Paar erstellt werden</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>die Verbindung zu %1 wurde unterbrochen</translation>
    </message>
    <message>
        <source>%1 refused to open a session: %2</source>
        <translation>%1 hat das Öffnen einer Sitzung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused a terminal: %2</source>
        <translation>%1 hat ein Terminal abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused to run the command: %2</source>
        <translation>%1 hat die Ausführung des Befehls abgelehnt: %2</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s on %2</source>
        <translation>der Befehl wurde auf %2 nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation>die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>the command exited with status %1</source>
        <translation>der Befehl wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>the command was killed by signal %1</source>
        <translation>der Befehl wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>the session on %1 ended</source>
        <translation>die Sitzung auf %1 wurde beendet</translation>
    </message>
    <message>
        <source>the connection to %1 was cancelled</source>
        <translation>die Verbindung zu %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>the session on %1 was closed</source>
        <translation>die Sitzung auf %1 wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>Vigil::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <comment>terminal</comment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text (Ctrl+Shift+C)</source>
        <translation>Den markierten Text kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <comment>terminal</comment>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste the clipboard into the terminal (Ctrl+Shift+V; middle click pastes the mouse selection)</source>
        <translation>Die Zwischenablage in das Terminal einfügen (Ctrl+Shift+V; Mittelklick fügt die Mausauswahl ein)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <comment>terminal font</comment>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Größerer Text (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <comment>terminal font</comment>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Kleinerer Text (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <comment>terminal font</comment>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation>Text in normaler Größe (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketCommand</name>
    <message>
        <source>Open, show and work on one ticket: new, show, note, log, status, priority, assign, unassign, close.</source>
        <translation>Ein Ticket öffnen, anzeigen und bearbeiten: new, show, note, log, status, priority, assign, unassign, close.</translation>
    </message>
    <message>
        <source>new, show, note, log, status, priority, assign, unassign or close.</source>
        <translation>new, show, note, log, status, priority, assign, unassign oder close.</translation>
    </message>
    <message>
        <source>The ticket id and the action&apos;s arguments.</source>
        <translation>Die Ticket-ID und die Argumente der Aktion.</translation>
    </message>
    <message>
        <source>new: the client (by name).</source>
        <translation>new: der Kunde (nach Name).</translation>
    </message>
    <message>
        <source>new: the title.</source>
        <translation>new: der Titel.</translation>
    </message>
    <message>
        <source>new: critical, high, normal (default) or low.</source>
        <translation>new: critical, high, normal (Standard) oder low.</translation>
    </message>
    <message>
        <source>new: the client&apos;s device (by name).</source>
        <translation>new: das Gerät des Kunden (nach Name).</translation>
    </message>
    <message>
        <source>new: what the client reported.</source>
        <translation>new: was der Kunde gemeldet hat.</translation>
    </message>
    <message>
        <source>note: the client may see this note (default: internal).</source>
        <translation>note: der Kunde darf diese Notiz sehen (Standard: intern).</translation>
    </message>
    <message>
        <source>log: what the time was spent on.</source>
        <translation>log: wofür die Zeit aufgewendet wurde.</translation>
    </message>
    <message>
        <source>close, status resolved: closing notes, what was done (required).</source>
        <translation>close, status resolved: Abschlussnotizen, was getan wurde (erforderlich).</translation>
    </message>
    <message>
        <source>Technician name (default: from the settings, else the login name).</source>
        <translation>Name des Technikers (Standard: aus den Einstellungen, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>which action? Use new, show, note, log, status, priority, assign, unassign or close</source>
        <translation>welche Aktion? new, show, note, log, status, priority, assign, unassign oder close verwenden</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (use new, show, note, log, status, priority, assign, unassign or close)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (new, show, note, log, status, priority, assign, unassign oder close verwenden)</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;ticket %2&apos;</source>
        <translation>--%1 gilt nicht für &apos;ticket %2&apos;</translation>
    </message>
    <message>
        <source>usage: vigil-cli %1</source>
        <translation>Aufruf: vigil-cli %1</translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation>--as braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket id</source>
        <translation>&apos;%1&apos; ist keine Ticket-ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes greater than 0</source>
        <translation>&apos;%1&apos; ist keine Minutenzahl größer als 0</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use open, waiting, resolved or closed)</source>
        <translation>unbekannter Status &apos;%1&apos; (open, waiting, resolved oder closed verwenden)</translation>
    </message>
    <message>
        <source>unknown priority &apos;%1&apos; (use critical, high, normal or low)</source>
        <translation>unbekannte Priorität &apos;%1&apos; (critical, high, normal oder low verwenden)</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>die Notiz ist leer</translation>
    </message>
    <message>
        <source>assign to whom? Use &apos;ticket unassign ID&apos; to unassign</source>
        <translation>wem zuweisen? Zum Aufheben der Zuweisung &apos;ticket unassign ID&apos; verwenden</translation>
    </message>
    <message>
        <source>resolving a ticket needs closing notes: --notes TEXT (what was done)</source>
        <translation>zum Lösen eines Tickets sind Abschlussnotizen nötig: --notes TEXT (was getan wurde)</translation>
    </message>
    <message>
        <source>Added a note to ticket #%1.</source>
        <translation>Notiz zu Ticket #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Logged %1 on ticket #%2.</source>
        <translation>%1 auf Ticket #%2 erfasst.</translation>
    </message>
    <message>
        <source>Ticket #%1 is assigned to %2.</source>
        <translation>Ticket #%1 ist %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Ticket #%1 is unassigned.</source>
        <translation>Ticket #%1 ist niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>Resolved ticket #%1.</source>
        <translation>Ticket #%1 gelöst.</translation>
    </message>
    <message>
        <source>ticket new needs --client NAME</source>
        <translation>ticket new braucht --client NAME</translation>
    </message>
    <message>
        <source>ticket new needs --title TEXT</source>
        <translation>ticket new braucht --title TEXT</translation>
    </message>
    <message>
        <source>Opened ticket #%1.</source>
        <translation>Ticket #%1 geöffnet.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Geöffnet:</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Erstreaktion:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig %2)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>when the client replies</source>
        <translation>wenn der Kunde antwortet</translation>
    </message>
    <message>
        <source>Time worked:</source>
        <translation>Arbeitszeit:</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alarme:</translation>
    </message>
    <message>
        <source>Closing notes: %1</source>
        <translation>Abschlussnotizen: %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>note (client-visible): %1</source>
        <translation>Notiz (für Kunden sichtbar): %1</translation>
    </message>
    <message>
        <source>note (internal): %1</source>
        <translation>Notiz (intern): %1</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <source>priority → %1</source>
        <translation>Priorität → %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>time worked: %1</source>
        <translation>Arbeitszeit: %1</translation>
    </message>
    <message>
        <source>closing notes: %1</source>
        <translation>Abschlussnotizen: %1</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: status %2.</source>
        <translation>Ticket #%1: Status %2.</translation>
    </message>
    <message>
        <source>Ticket #%1: priority %2.</source>
        <translation>Ticket #%1: Priorität %2.</translation>
    </message>
    <message>
        <source>new: when the client reported it, if before now (a call written up later); the SLA clocks start then. 07:30, 2h, 2026-11-23T07:00 …</source>
        <translation>new: wann der Kunde es gemeldet hat, falls vor jetzt (ein später erfasster Anruf); die SLA-Uhren starten dann. 07:30, 2h, 2026-11-23T07:00 …</translation>
    </message>
    <message>
        <source>new: escalate this alert instead (its client, device and history, priority from its severity); an alert that has a ticket gives that ticket.</source>
        <translation>new: stattdessen diesen Alarm eskalieren (sein Kunde, Gerät und Verlauf, Priorität nach seinem Schweregrad); bei einem Alarm, der bereits ein Ticket hat, wird dieses Ticket ausgegeben.</translation>
    </message>
    <message>
        <source>--reported: %1</source>
        <translation>--reported: %1</translation>
    </message>
    <message>
        <source>--reported is in the future (%1)</source>
        <translation>--reported liegt in der Zukunft (%1)</translation>
    </message>
    <message>
        <source>--%1 does not go with --from-alert: the ticket takes the alert&apos;s client, device, summary and severity</source>
        <translation>--%1 passt nicht zu --from-alert: Das Ticket übernimmt Kunde, Gerät, Zusammenfassung und Schweregrad des Alarms</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id</source>
        <translation>&apos;%1&apos; ist keine Alarm-ID</translation>
    </message>
    <message>
        <source>Ticket #%1 for alert #%2.</source>
        <translation>Ticket #%1 für Alarm #%2.</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketNoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <source>The &amp;client may see this note</source>
        <translation>Der &amp;Kunde darf diese Notiz sehen</translation>
    </message>
    <message>
        <source>Unchecked, the note is internal: only technicians see it.</source>
        <translation>Wenn nicht angehakt, ist die Notiz intern: Nur Techniker sehen sie.</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketQueueModel</name>
    <message>
        <source>met</source>
        <comment>SLA</comment>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>SLA</comment>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>breached %1</source>
        <comment>SLA</comment>
        <translation>verletzt seit %1</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <comment>SLA</comment>
        <translation>pausiert, noch %1</translation>
    </message>
    <message>
        <source>at risk, %1 left</source>
        <comment>SLA</comment>
        <translation>gefährdet, noch %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>%1: paused while waiting on the client</source>
        <comment>SLA clock</comment>
        <translation>%1: pausiert, solange auf den Kunden gewartet wird</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <comment>SLA clock and its due time</comment>
        <translation>%1 fällig %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geöffnet %1</translation>
    </message>
    <message>
        <source>Business time left on the clock that matters now: first response until the ticket is answered, then resolution. Amber: at risk (a quarter or less left); red: breached.</source>
        <translation>Verbleibende Geschäftszeit auf der jetzt maßgeblichen Uhr: erste Reaktion, bis das Ticket beantwortet ist, danach Lösung. Orange: gefährdet (ein Viertel oder weniger übrig); rot: verletzt.</translation>
    </message>
    <message>
        <source>Time since the ticket was opened</source>
        <translation>Zeit seit dem Öffnen des Tickets</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>ticket number column</comment>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>ticket status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>time left on the SLA</comment>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>how long ago the ticket was opened</comment>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketQueuePage</name>
    <message>
        <source>%1 min</source>
        <comment>time worked</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>time worked</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>time worked</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Resolve %1. Closing notes (required): what was done?</source>
        <translation>%1 lösen. Abschlussnotiz (erforderlich): Was wurde getan?</translation>
    </message>
    <message>
        <source>Could not read the clients: %1</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>A assign to me · S status · P priority · N note · Shift+N note to the client · L log time · R resolve · Ctrl+N new ticket · J/K move · / filter</source>
        <translation>A mir zuweisen · S Status · P Priorität · N Notiz · Shift+N Notiz an den Kunden · L Zeit erfassen · R lösen · Ctrl+N neues Ticket · J/K bewegen · / filtern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action tooltip: what it does, then its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Make the ticket yours</source>
        <translation>Das Ticket selbst übernehmen</translation>
    </message>
    <message>
        <source>&amp;Open: working on it</source>
        <translation>&amp;Offen: in Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Waiting on the client (SLA clocks pause)</source>
        <translation>&amp;Warten auf den Kunden (SLA-Uhren pausieren)</translation>
    </message>
    <message>
        <source>&amp;Resolved… (closing notes)</source>
        <translation>&amp;Gelöst… (Abschlussnotiz)</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>Ges&amp;chlossen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Change the ticket&apos;s status</source>
        <translation>Den Status des Tickets ändern</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Change the ticket&apos;s priority (its SLA targets follow)</source>
        <translation>Die Priorität des Tickets ändern (die SLA-Ziele passen sich an)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Add a note, internal or for the client (Shift+N)</source>
        <translation>Eine Notiz hinzufügen, intern oder für den Kunden (Shift+N)</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Zeit erfassen</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Log minutes worked on the ticket</source>
        <translation>Am Ticket gearbeitete Minuten erfassen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Resolve the ticket with closing notes (required)</source>
        <translation>Das Ticket mit Abschlussnotiz lösen (erforderlich)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open a ticket by hand</source>
        <translation>Ein Ticket manuell anlegen</translation>
    </message>
    <message>
        <source>Filter by number, title, client, device or assignee (/ or Ctrl+F)</source>
        <translation>Nach Nummer, Titel, Kunde, Gerät oder Bearbeiter filtern (/ oder Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Only tickets assigned to you (Alt+M)</source>
        <translation>Nur Tickets, die Ihnen zugewiesen sind (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>Nicht &amp;zugewiesen</translation>
    </message>
    <message>
        <source>Only tickets nobody has taken yet (Alt+U)</source>
        <translation>Nur Tickets, die noch niemand übernommen hat (Alt+Z)</translation>
    </message>
    <message>
        <source>&amp;Breached</source>
        <translation>SLA &amp;verletzt</translation>
    </message>
    <message>
        <source>Only tickets whose current SLA clock is breached (Alt+B)</source>
        <translation>Nur Tickets, deren aktuelle SLA-Frist überschritten ist (Alt+V)</translation>
    </message>
    <message>
        <source>Which tickets by status (Alt+S)</source>
        <translation>Tickets nach Status filtern (Alt+S)</translation>
    </message>
    <message>
        <source>Active (new, open, waiting)</source>
        <translation>Aktiv (neu, offen, wartend)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>One client&apos;s tickets (Alt+C)</source>
        <translation>Tickets eines Kunden (Alt+K)</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitleiste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the tickets: %1. Showing what was loaded before.</source>
        <translation>Die Tickets konnten nicht gelesen werden: %1. Angezeigt wird der zuvor geladene Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n verletzt</numerusform>
            <numerusform>%n verletzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n gefährdet</numerusform>
            <numerusform>%n gefährdet</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>#%1 “%2”</source>
        <comment>ticket number and title</comment>
        <translation>#%1 „%2“</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-weight:normal&quot;&gt;Select a ticket to see its details.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;font-weight:normal&quot;&gt;Wählen Sie ein Ticket aus, um seine Details zu sehen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>Could not read the ticket: %1</source>
        <translation>Das Ticket konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>SLA state (when the clock stopped)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>paused while waiting on the client, %1 left</source>
        <comment>SLA clock</comment>
        <translation>pausiert, solange auf den Kunden gewartet wird, noch %1</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <comment>SLA state, due time</comment>
        <translation>%1, fällig %2</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Time worked</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n entry(ies)</source>
        <translation>
            <numerusform>%1 in %n Eintrag</numerusform>
            <numerusform>%1 in %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Closing notes</source>
        <translation>Abschlussnotiz</translation>
    </message>
    <message>
        <source>&lt;b&gt;opened&lt;/b&gt; as %1</source>
        <translation>&lt;b&gt;angelegt&lt;/b&gt; als %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;opened&lt;/b&gt;</source>
        <translation>&lt;b&gt;angelegt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>note to the client</source>
        <translation>Notiz an den Kunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;internal note&lt;/b&gt;</source>
        <translation>&lt;b&gt;interne Notiz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>status → &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status → &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;closing notes&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Abschlussnotiz&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>priority → &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Priorität → &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;unassigned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuweisung aufgehoben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>assigned to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zugewiesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;logged %1&lt;/b&gt;</source>
        <comment>time worked</comment>
        <translation>&lt;b&gt;%1 erfasst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;time worked&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aufgewendete Zeit&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;alert&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Alarm&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;remote session&lt;/b&gt; #%1, %2</source>
        <translation>&lt;b&gt;Fernsitzung&lt;/b&gt; #%1, %2</translation>
    </message>
    <message>
        <source>Could not assign %1: %2</source>
        <translation>%1 konnte nicht zugewiesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is assigned to you</source>
        <translation>%1 ist Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Could not change the status of %1: %2</source>
        <translation>Der Status von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1: status %2</source>
        <translation>%1: Status %2</translation>
    </message>
    <message>
        <source>Could not change the priority of %1: %2</source>
        <translation>Die Priorität von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1: priority %2</source>
        <translation>%1: Priorität %2</translation>
    </message>
    <message>
        <source>Could not add the note to %1: %2</source>
        <translation>Die Notiz konnte %1 nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Note for the client added to %1</source>
        <translation>Notiz für den Kunden zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Internal note added to %1</source>
        <translation>Interne Notiz zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Could not log time on %1: %2</source>
        <translation>Für %1 konnte keine Zeit erfasst werden: %2</translation>
    </message>
    <message>
        <source>Logged %1 on %2</source>
        <translation>%1 für %2 erfasst</translation>
    </message>
    <message>
        <source>%1 was not resolved: closing notes are required. Say what was done, so the client and the next technician can read it.</source>
        <translation>%1 wurde nicht gelöst: Eine Abschlussnotiz ist erforderlich. Beschreiben Sie, was getan wurde, damit der Kunde und der nächste Techniker es nachlesen können.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>%1 konnte nicht gelöst werden: %2</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>%1 gelöst</translation>
    </message>
    <message>
        <source>The ticket was not opened: %1</source>
        <translation>Das Ticket wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Opened ticket #%1</source>
        <translation>Ticket #%1 angelegt</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>Wartet auf Kunde</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketStore</name>
    <message>
        <source>the alert&apos;s device no longer exists</source>
        <translation>das Gerät des Alarms existiert nicht mehr</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>Escalated from alert #%1 (%2, %3) on %4.</source>
        <translation>Eskaliert aus Alarm #%1 (%2, %3) am %4.</translation>
    </message>
    <message>
        <source>creating a ticket</source>
        <translation>Anlegen eines Tickets</translation>
    </message>
    <message>
        <source>a ticket needs a title</source>
        <translation>ein Ticket braucht einen Titel</translation>
    </message>
    <message>
        <source>opening a ticket</source>
        <translation>Öffnen eines Tickets</translation>
    </message>
    <message>
        <source>unknown client</source>
        <translation>unbekannter Kunde</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>unbekanntes Gerät</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>the device belongs to another client</source>
        <translation>das Gerät gehört zu einem anderen Kunden</translation>
    </message>
    <message>
        <source>no such ticket</source>
        <translation>kein solches Ticket</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>reading a ticket&apos;s timeline</source>
        <translation>Lesen des Verlaufs eines Tickets</translation>
    </message>
    <message>
        <source>reading a ticket&apos;s time entries</source>
        <translation>Lesen der Zeiteinträge eines Tickets</translation>
    </message>
    <message>
        <source>reading a ticket&apos;s alerts</source>
        <translation>Lesen der Alarme eines Tickets</translation>
    </message>
    <message>
        <source>a ticket cannot go back to new</source>
        <translation>ein Ticket kann nicht zurück auf neu gesetzt werden</translation>
    </message>
    <message>
        <source>resolving a ticket needs closing notes (what was done)</source>
        <translation>zum Lösen eines Tickets sind Abschlussnotizen nötig (was getan wurde)</translation>
    </message>
    <message>
        <source>changing a ticket&apos;s status</source>
        <translation>Ändern des Status eines Tickets</translation>
    </message>
    <message>
        <source>the ticket&apos;s priority is already %1</source>
        <translation>die Priorität des Tickets ist bereits %1</translation>
    </message>
    <message>
        <source>changing a ticket&apos;s priority</source>
        <translation>Ändern der Priorität eines Tickets</translation>
    </message>
    <message>
        <source>the ticket is not assigned</source>
        <translation>das Ticket ist niemandem zugewiesen</translation>
    </message>
    <message>
        <source>the ticket is already assigned to %1</source>
        <translation>das Ticket ist bereits %1 zugewiesen</translation>
    </message>
    <message>
        <source>assigning a ticket</source>
        <translation>Zuweisen eines Tickets</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>eine Notiz braucht Text</translation>
    </message>
    <message>
        <source>time worked must be more than 0 minutes</source>
        <translation>die Arbeitszeit muss mehr als 0 Minuten betragen</translation>
    </message>
    <message>
        <source>one time entry can be at most %1 minutes</source>
        <translation>ein Zeiteintrag darf höchstens %1 Minuten umfassen</translation>
    </message>
    <message>
        <source>logging time on a ticket</source>
        <translation>Erfassen von Zeit auf einem Ticket</translation>
    </message>
    <message>
        <source>finding an alert&apos;s ticket</source>
        <translation>Suchen des Tickets eines Alarms</translation>
    </message>
    <message>
        <source>Alert #%1 resolved itself (%2). The ticket stays open until a technician resolves it.</source>
        <translation>Alarm #%1 hat sich selbst behoben (%2). Das Ticket bleibt offen, bis ein Techniker es löst.</translation>
    </message>
    <message>
        <source>reading a client&apos;s SLA</source>
        <translation>Lesen der SLA eines Kunden</translation>
    </message>
    <message>
        <source>reading a client&apos;s business hours</source>
        <translation>Lesen der Geschäftszeiten eines Kunden</translation>
    </message>
    <message>
        <source>reading a client&apos;s holidays</source>
        <translation>Lesen der Feiertage eines Kunden</translation>
    </message>
    <message>
        <source>saving a client&apos;s business hours</source>
        <translation>Speichern der Geschäftszeiten eines Kunden</translation>
    </message>
    <message>
        <source>saving a client&apos;s holidays</source>
        <translation>Speichern der Feiertage eines Kunden</translation>
    </message>
    <message>
        <source>reading a ticket</source>
        <translation>Lesen eines Tickets</translation>
    </message>
    <message>
        <source>recording a ticket event</source>
        <translation>Aufzeichnen eines Ticket-Ereignisses</translation>
    </message>
    <message>
        <source>updating a ticket</source>
        <translation>Aktualisieren eines Tickets</translation>
    </message>
    <message>
        <source>reading tickets</source>
        <translation>Lesen der Tickets</translation>
    </message>
    <message>
        <source>the ticket&apos;s status is already %1</source>
        <translation>das Ticket hat bereits den Status %1</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>kein gültiges Datum</translation>
    </message>
    <message>
        <source>removing a client&apos;s holiday</source>
        <translation>Entfernen eines Feiertags des Kunden</translation>
    </message>
    <message>
        <source>%1 is not one of the client&apos;s holidays</source>
        <translation>%1 ist keiner der Feiertage des Kunden</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketText</name>
    <message>
        <source>met</source>
        <comment>SLA</comment>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>SLA</comment>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>breached %1</source>
        <comment>SLA</comment>
        <translation>seit %1 verletzt</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <comment>SLA</comment>
        <translation>pausiert, noch %1</translation>
    </message>
    <message>
        <source>at risk, %1 left</source>
        <comment>SLA</comment>
        <translation>gefährdet, noch %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA</comment>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>Vigil::TicketsCommand</name>
    <message>
        <source>List tickets, most urgent SLA first.</source>
        <translation>Tickets auflisten, dringendste SLA zuerst.</translation>
    </message>
    <message>
        <source>Comma-separated statuses: new, open, waiting, resolved, closed, or all (default: new, open and waiting).</source>
        <translation>Kommagetrennte Status: new, open, waiting, resolved, closed oder all (Standard: new, open und waiting).</translation>
    </message>
    <message>
        <source>Only this client&apos;s tickets.</source>
        <translation>Nur die Tickets dieses Kunden.</translation>
    </message>
    <message>
        <source>Only tickets assigned to you.</source>
        <translation>Nur Tickets, die Ihnen zugewiesen sind.</translation>
    </message>
    <message>
        <source>Only tickets nobody is assigned to.</source>
        <translation>Nur Tickets, die niemandem zugewiesen sind.</translation>
    </message>
    <message>
        <source>Only tickets whose running SLA clock is breached.</source>
        <translation>Nur Tickets, deren laufende SLA-Uhr verletzt ist.</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>Technician name for --mine (default: from the settings, else the login name).</source>
        <translation>Name des Technikers für --mine (Standard: aus den Einstellungen, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--mine and --unassigned cannot be combined</source>
        <translation>--mine und --unassigned können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--status needs at least one status</source>
        <translation>--status braucht mindestens einen Status</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use new, open, waiting, resolved, closed or all)</source>
        <translation>unbekannter Status &apos;%1&apos; (new, open, waiting, resolved, closed oder all verwenden)</translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation>--as braucht einen Namen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ASSIGNEE</source>
        <translation>BEARBEITER</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::TimeEntryDialog</name>
    <message>
        <source>Log time</source>
        <translation>Zeit erfassen</translation>
    </message>
    <message>
        <source>Time worked on %1:</source>
        <translation>Arbeitszeit für %1:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>What the time was spent on (optional)</source>
        <translation>Wofür die Zeit aufgewendet wurde (optional)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>Vigil::TimeSpec</name>
    <message>
        <source>expected a time after &quot;tomorrow&quot;, like 9:30</source>
        <translation>nach &quot;tomorrow&quot; wird eine Uhrzeit erwartet, z. B. 9:30</translation>
    </message>
    <message>
        <source>not a time: use 2026-11-23T07:00, 07:30, 2h, 3d, tomorrow or tomorrow 9:30</source>
        <translation>keine gültige Zeitangabe: verwenden Sie 2026-11-23T07:00, 07:30, 2h, 3d, tomorrow oder tomorrow 9:30</translation>
    </message>
</context>
<context>
    <name>Vigil::VncCaptureCommand</name>
    <message>
        <source>Connect to a device&apos;s VNC server and save one complete frame as PNG.</source>
        <translation>Mit dem VNC-Server eines Geräts verbinden und ein vollständiges Bild als PNG speichern.</translation>
    </message>
    <message>
        <source>The device&apos;s name.</source>
        <translation>Der Name des Geräts.</translation>
    </message>
    <message>
        <source>The PNG file to write (replaced atomically).</source>
        <translation>Die zu schreibende PNG-Datei (wird atomar ersetzt).</translation>
    </message>
    <message>
        <source>The device&apos;s client, when several clients have a device of that name.</source>
        <translation>Der Kunde des Geräts, wenn mehrere Kunden ein Gerät mit diesem Namen haben.</translation>
    </message>
    <message>
        <source>Seconds to wait for a complete frame (default 15).</source>
        <translation>Sekunden, die auf ein vollständiges Bild gewartet wird (Standard 15).</translation>
    </message>
    <message>
        <source>Read the VNC password from the first line of standard input instead of the keychain.</source>
        <translation>Das VNC-Passwort aus der ersten Zeile der Standardeingabe lesen statt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Technician name (default: from the settings, else the login name).</source>
        <translation>Name des Technikers (Standard: aus den Einstellungen, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>which device? (vnc-capture DEVICE --out FILE.png)</source>
        <translation>welches Gerät? (vnc-capture DEVICE --out FILE.png)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>--out FILE.png ist erforderlich</translation>
    </message>
    <message>
        <source>--out must name a .png file</source>
        <translation>--out muss eine .png-Datei angeben</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 300</source>
        <translation>--timeout braucht eine Anzahl Sekunden zwischen 0 und 300</translation>
    </message>
    <message>
        <source>there is no such device</source>
        <translation>es gibt kein solches Gerät</translation>
    </message>
    <message>
        <source>%1 devices are named &quot;%2&quot;; add --client NAME</source>
        <translation>%1 Geräte heißen &quot;%2&quot;; fügen Sie --client NAME hinzu</translation>
    </message>
    <message>
        <source>this device&apos;s VNC goes through an SSH tunnel, which vnc-capture cannot open yet</source>
        <translation>VNC läuft bei diesem Gerät über einen SSH-Tunnel, den vnc-capture noch nicht öffnen kann</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>vnc-capture of %1 to %2</source>
        <translation>vnc-capture von %1 nach %2</translation>
    </message>
    <message>
        <source>cannot write the PNG (%1)</source>
        <translation>die PNG-Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>no complete frame arrived within %1 s</source>
        <translation>innerhalb von %1 s kam kein vollständiges Bild an</translation>
    </message>
    <message>
        <source>Saved %1×%2 pixels of %3 to %4</source>
        <translation>%1×%2 Pixel von %3 in %4 gespeichert</translation>
    </message>
</context>
<context>
    <name>Vigil::VncSessionTab</name>
    <message>
        <source>%1 through an SSH tunnel via %2</source>
        <translation>%1 durch einen SSH-Tunnel über %2</translation>
    </message>
    <message>
        <source>The VNC session to %1 is not in the session log: %2</source>
        <translation>Die VNC-Sitzung zu %1 fehlt im Sitzungsprotokoll: %2</translation>
    </message>
    <message>
        <source>The SSH tunnel for VNC failed: %1</source>
        <translation>Der SSH-Tunnel für VNC ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED; Vigil opened no tunnel.
On record: %2 %3 (%4)
Offered now: %5 %6</source>
        <translation>WARNUNG: DER HOST-SCHLÜSSEL VON %1 HAT SICH GEÄNDERT; Vigil hat keinen Tunnel geöffnet.
Hinterlegt: %2 %3 (%4)
Jetzt angeboten: %5 %6</translation>
    </message>
    <message>
        <source>The end of the VNC session to %1 is not in the session log: %2</source>
        <translation>Das Ende der VNC-Sitzung zu %1 fehlt im Sitzungsprotokoll: %2</translation>
    </message>
    <message>
        <source>%1 · VNC (failed)</source>
        <translation>%1 · VNC (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 · VNC (connecting)</source>
        <translation>%1 · VNC (Verbindungsaufbau)</translation>
    </message>
    <message>
        <source>%1 · VNC (ended)</source>
        <translation>%1 · VNC (beendet)</translation>
    </message>
    <message>
        <source>%1 · VNC</source>
        <translation>%1 · VNC</translation>
    </message>
</context>
<context>
    <name>Vigil::VncView</name>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Scale the remote screen to the window, or show it pixel for pixel with scroll bars</source>
        <translation>Den entfernten Bildschirm an das Fenster anpassen oder ihn pixelgenau mit Bildlaufleisten anzeigen</translation>
    </message>
    <message>
        <source>&amp;View Only</source>
        <translation>Nur &amp;ansehen</translation>
    </message>
    <message>
        <source>Watch without sending keyboard or mouse input</source>
        <translation>Zusehen, ohne Tastatur- oder Mauseingaben zu senden</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+&amp;Del</source>
        <translation>Ctrl+Alt+&amp;Del senden</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del to the remote computer</source>
        <translation>Ctrl+Alt+Del an den entfernten Computer senden</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>End the remote session</source>
        <translation>Die Fernsitzung beenden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>Remote session with %1 has ended. %2</source>
        <translation>Die Fernsitzung mit %1 wurde beendet. %2</translation>
    </message>
    <message>
        <source>Remote session with %1 is active (view only: nothing you type or click is sent). %2</source>
        <translation>Die Fernsitzung mit %1 ist aktiv (nur ansehen: Eingaben und Klicks werden nicht gesendet). %2</translation>
    </message>
    <message>
        <source>Remote session with %1 is active: keyboard and mouse control the remote computer. %2</source>
        <translation>Die Fernsitzung mit %1 ist aktiv: Tastatur und Maus steuern den entfernten Computer. %2</translation>
    </message>
    <message>
        <source>VNC Password</source>
        <translation>VNC-Passwort</translation>
    </message>
    <message>
        <source>The VNC server of %1 refused the password.</source>
        <translation>Der VNC-Server von %1 hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The VNC server of %1 asks for a password.</source>
        <translation>Der VNC-Server von %1 fragt nach einem Passwort.</translation>
    </message>
    <message>
        <source>It is used for this session only and not stored.</source>
        <translation>Es wird nur für diese Sitzung verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>Vigil::VncWorker</name>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the server&apos;s desktop of %1×%2 pixels is too large</source>
        <translation>der Desktop des Servers mit %1×%2 Pixeln ist zu groß</translation>
    </message>
</context>
</TS>
