// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMigrations.h"

namespace Vigil {

namespace {

Migration initialSchema()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("inventory, state, history, alerts, tickets, backups, sessions, reviews");
    m.statements = {
        // Timestamps are UTC seconds since the epoch throughout.
        QStringLiteral(R"(CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            contact TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE client_sla (
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            priority TEXT NOT NULL CHECK (priority IN ('critical', 'high', 'normal', 'low')),
            response_minutes INTEGER NOT NULL CHECK (response_minutes > 0),
            resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes > 0),
            PRIMARY KEY (client_id, priority)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            address TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (client_id, name),
            UNIQUE (id, client_id)))"),
        // A device carries its client too, so that (client, name) is unique and a device can never sit in another
        // client's site (the composite foreign key).
        QStringLiteral(R"(CREATE TABLE devices (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL,
            site_id INTEGER NOT NULL,
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            address TEXT NOT NULL DEFAULT '',
            os TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'workstation'
                CHECK (kind IN ('workstation', 'server', 'network', 'printer')),
            exporter_url TEXT NOT NULL DEFAULT '',
            exporter_credential_key TEXT NOT NULL DEFAULT '',
            ssh_enabled INTEGER NOT NULL DEFAULT 0,
            ssh_host TEXT NOT NULL DEFAULT '',
            ssh_port INTEGER NOT NULL DEFAULT 22 CHECK (ssh_port BETWEEN 1 AND 65535),
            ssh_user TEXT NOT NULL DEFAULT '',
            ssh_proxy_jump TEXT NOT NULL DEFAULT '',
            ssh_identity_file TEXT NOT NULL DEFAULT '',
            ssh_credential_key TEXT NOT NULL DEFAULT '',
            vnc_enabled INTEGER NOT NULL DEFAULT 0,
            vnc_host TEXT NOT NULL DEFAULT '',
            vnc_port INTEGER NOT NULL DEFAULT 5900 CHECK (vnc_port BETWEEN 1 AND 65535),
            vnc_via_ssh INTEGER NOT NULL DEFAULT 0,
            vnc_credential_key TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (client_id, name),
            FOREIGN KEY (site_id, client_id) REFERENCES sites(id, client_id) ON UPDATE CASCADE))"),
        QStringLiteral("CREATE INDEX devices_by_site ON devices(site_id, client_id)"),
        QStringLiteral(R"(CREATE TABLE device_tags (
            device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (device_id, tag)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX device_tags_by_tag ON device_tags(tag)"),
        QStringLiteral(R"(CREATE TABLE device_state (
            device_id INTEGER PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
            polled_at INTEGER,
            last_ok_at INTEGER,
            reachable INTEGER NOT NULL DEFAULT 0,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            failure_reason TEXT NOT NULL DEFAULT '',
            failure_detail TEXT NOT NULL DEFAULT '',
            snapshot TEXT NOT NULL DEFAULT '{}'))"),
        // resolution: 0 raw samples, 300 five-minute rollups, 3600 hourly rollups (value is the average).
        QStringLiteral(R"(CREATE TABLE health_samples (
            device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
            metric TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            resolution INTEGER NOT NULL DEFAULT 0,
            ts INTEGER NOT NULL,
            value REAL NOT NULL,
            min_value REAL,
            max_value REAL,
            sample_count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (device_id, metric, subject, resolution, ts)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX health_samples_by_age ON health_samples(resolution, ts)"),
        QStringLiteral(R"(CREATE TABLE backups (
            device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
            job TEXT NOT NULL,
            last_success_at INTEGER,
            last_run_at INTEGER,
            last_run_ok INTEGER,
            size_bytes INTEGER,
            last_restore_test_at INTEGER,
            restore_tested_by TEXT NOT NULL DEFAULT '',
            restore_test_note TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (device_id, job)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE tickets (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
            site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            device_id INTEGER REFERENCES devices(id) ON DELETE SET NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL CHECK (priority IN ('critical', 'high', 'normal', 'low')),
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'open', 'waiting', 'resolved', 'closed')),
            assignee TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            first_response_at INTEGER,
            resolved_at INTEGER,
            closed_at INTEGER,
            closing_notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX tickets_by_status ON tickets(status, priority)"),
        QStringLiteral(R"(CREATE TABLE ticket_events (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            client_visible INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX ticket_events_by_ticket ON ticket_events(ticket_id, at)"),
        QStringLiteral(R"(CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
            state TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'snoozed', 'resolved')),
            category TEXT NOT NULL DEFAULT 'other'
                CHECK (category IN ('hardware', 'disk', 'backup', 'patching', 'security', 'network', 'other')),
            summary TEXT NOT NULL DEFAULT '',
            first_seen INTEGER NOT NULL,
            last_seen INTEGER NOT NULL,
            occurrences INTEGER NOT NULL DEFAULT 1,
            acknowledged_by TEXT,
            acknowledged_at INTEGER,
            ack_note TEXT,
            snoozed_until INTEGER,
            resolved_at INTEGER,
            resolved_by TEXT,
            ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL))"),
        // The dedupe rule: at most one unresolved alert per device, rule and subject.
        QStringLiteral("CREATE UNIQUE INDEX alerts_one_open ON alerts(device_id, rule, subject) "
                       "WHERE state <> 'resolved'"),
        QStringLiteral("CREATE INDEX alerts_by_state ON alerts(state, last_seen)"),
        QStringLiteral(R"(CREATE TABLE alert_events (
            id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX alert_events_by_alert ON alert_events(alert_id, at)"),
        QStringLiteral(R"(CREATE TABLE ticket_alerts (
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            PRIMARY KEY (ticket_id, alert_id)) WITHOUT ROWID)"),
        // The device name is copied so the log still reads well after a device is removed.
        QStringLiteral(R"(CREATE TABLE sessions_log (
            id INTEGER PRIMARY KEY,
            device_id INTEGER REFERENCES devices(id) ON DELETE SET NULL,
            device_name TEXT NOT NULL,
            protocol TEXT NOT NULL CHECK (protocol IN ('ssh', 'vnc', 'rdp', 'external')),
            technician TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            result TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX sessions_log_by_device ON sessions_log(device_id, started_at)"),
        QStringLiteral(R"(CREATE TABLE ticket_time_entries (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            technician TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            note TEXT NOT NULL DEFAULT '',
            logged_at INTEGER NOT NULL,
            session_id INTEGER REFERENCES sessions_log(id) ON DELETE SET NULL))"),
        QStringLiteral(R"(CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            reviewer TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE review_items (
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            state_at_review TEXT NOT NULL,
            PRIMARY KEY (review_id, alert_id)) WITHOUT ROWID)"),
    };
    return m;
}

Migration historyRollups()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("history rollup progress");
    // How far each rollup resolution has been computed (a bucket-aligned UTC second, exclusive).
    m.statements = {QStringLiteral(R"(CREATE TABLE history_rollups (
            resolution INTEGER PRIMARY KEY,
            rolled_until INTEGER NOT NULL))")};
    return m;
}

Migration pollCounters()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("counters kept between polls");
    // The poller's rate state (CPU counters) as JSON, so a poll in a new process (vigil-cli poll --once from cron)
    // can still compute CPU busy % against the previous poll.
    m.statements = {QStringLiteral("ALTER TABLE device_state ADD COLUMN counters TEXT NOT NULL DEFAULT ''")};
    return m;
}

Migration alertEngine()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("alert rules, rule conditions, maintenance windows");
    m.statements = {
        // The team's rules as JSON (AlertRule::toJson), seeded from resources/rules/default-rules.json.
        QStringLiteral(R"(CREATE TABLE alert_rules (
            id TEXT PRIMARY KEY,
            definition TEXT NOT NULL,
            updated_at INTEGER NOT NULL) WITHOUT ROWID)"),
        // A client's changes to a rule: only the keys it sets (thresholds, for, polls, enabled).
        QStringLiteral(R"(CREATE TABLE alert_rule_overrides (
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            definition TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (client_id, rule)) WITHOUT ROWID)"),
        // The rule engine's memory between polls (ConditionState).
        QStringLiteral(R"(CREATE TABLE alert_conditions (
            device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            subject TEXT NOT NULL,
            since INTEGER,
            count INTEGER NOT NULL DEFAULT 0,
            baseline REAL,
            PRIMARY KEY (device_id, rule, subject)) WITHOUT ROWID)"),
        // Exactly one of device and site.
        QStringLiteral(R"(CREATE TABLE maintenance_windows (
            id INTEGER PRIMARY KEY,
            device_id INTEGER REFERENCES devices(id) ON DELETE CASCADE,
            site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
            starts_at INTEGER NOT NULL,
            ends_at INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            CHECK (ends_at > starts_at),
            CHECK ((device_id IS NULL) <> (site_id IS NULL))))"),
        QStringLiteral("CREATE INDEX maintenance_windows_by_end ON maintenance_windows(ends_at)"),
        QStringLiteral("CREATE INDEX alerts_by_device ON alerts(device_id, state)"),
        QStringLiteral("CREATE INDEX review_items_by_alert ON review_items(alert_id)"),
        // When Vigil first saw a backup job: "no restore test in 90 days" counts from here for a job never tested,
        // since nothing is known about tests before Vigil watched it.
        QStringLiteral("ALTER TABLE backups ADD COLUMN first_seen_at INTEGER"),
    };
    return m;
}

Migration healthSeries()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("health samples keyed by series id and time bucket");
    // The poller writes one sample per series per minute. Keyed by (device, metric, subject, ts), every sample
    // dirtied its own B-tree page, so a commit wrote about a page per sample. Keyed by (resolution, bucket, series,
    // ts) the samples of one bucket (5 minutes raw, 1 hour for 5-minute rollups, 1 day for hourly ones) sit
    // together and a batch fills a few pages. health_buckets lists the buckets that hold samples, so reading one
    // series (and removing one) seeks bucket by bucket instead of scanning.
    m.statements = {
        // AUTOINCREMENT: an id is never given to another series, so a cached id can only go stale, never wrong.
        QStringLiteral(R"(CREATE TABLE health_series (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
            metric TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            UNIQUE (device_id, metric, subject)))"),
        QStringLiteral(R"(CREATE TABLE health_buckets (
            resolution INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            PRIMARY KEY (resolution, bucket)) WITHOUT ROWID)"),
        // bucket = ts - ts % span, span by resolution as in HistoryStore::bucketSpan().
        QStringLiteral(R"(CREATE TABLE health_samples_v5 (
            resolution INTEGER NOT NULL DEFAULT 0,
            bucket INTEGER NOT NULL,
            series_id INTEGER NOT NULL,
            ts INTEGER NOT NULL,
            value REAL NOT NULL,
            min_value REAL,
            max_value REAL,
            sample_count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (resolution, bucket, series_id, ts)) WITHOUT ROWID)"),
        QStringLiteral("INSERT INTO health_series (device_id, metric, subject) "
                       "SELECT DISTINCT device_id, metric, subject FROM health_samples ORDER BY 1, 2, 3"),
        QStringLiteral("INSERT INTO health_samples_v5 (resolution, bucket, series_id, ts, value, min_value, max_value, "
                       "sample_count) "
                       "SELECT h.resolution, "
                       "h.ts - h.ts % CASE h.resolution WHEN 0 THEN 300 WHEN 300 THEN 3600 ELSE 86400 END, "
                       "s.id, h.ts, h.value, h.min_value, h.max_value, h.sample_count "
                       "FROM health_samples h JOIN health_series s "
                       "ON s.device_id = h.device_id AND s.metric = h.metric AND s.subject = h.subject"),
        QStringLiteral("INSERT INTO health_buckets (resolution, bucket) "
                       "SELECT DISTINCT resolution, bucket FROM health_samples_v5"),
        QStringLiteral("DROP TABLE health_samples"),
        QStringLiteral("ALTER TABLE health_samples_v5 RENAME TO health_samples"),
        // Samples carry no foreign key (the cascade would scan the table for every series): a removed series takes
        // its samples with it here, one seek per bucket.
        QStringLiteral(R"(CREATE TRIGGER health_series_removed AFTER DELETE ON health_series BEGIN
            DELETE FROM health_samples
            WHERE (resolution, bucket) IN (SELECT resolution, bucket FROM health_buckets) AND series_id = OLD.id;
            END)"),
    };
    return m;
}

Migration ticketCalendars()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("per-client business hours and holidays for ticket SLA clocks");
    m.statements = {
        // A client without a row works Mon–Fri 08:00–18:00 in the console's local zone. working_days lists
        // ISO weekdays (1 = Monday) separated by commas; minutes count from local midnight, end may be 1440.
        QStringLiteral(R"(CREATE TABLE client_calendars (
            client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
            time_zone TEXT NOT NULL DEFAULT '',
            working_days TEXT NOT NULL DEFAULT '1,2,3,4,5',
            start_minute INTEGER NOT NULL DEFAULT 480 CHECK (start_minute BETWEEN 0 AND 1439),
            end_minute INTEGER NOT NULL DEFAULT 1080 CHECK (end_minute BETWEEN 1 AND 1440),
            CHECK (start_minute < end_minute)))"),
        QStringLiteral(R"(CREATE TABLE client_holidays (
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (length(day) = 10),
            name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (client_id, day)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX ticket_alerts_by_alert ON ticket_alerts(alert_id)"),
    };
    return m;
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{initialSchema(), historyRollups(), pollCounters(),
                                             alertEngine(),   healthSeries(),   ticketCalendars()};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

} // namespace Vigil
