#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine, builds Vigil (Release), starts a demo fleet on loopback and opens the console on it.
#   ./run.sh              open the console
#   ./run.sh --headless   the same without a window: print the morning review instead
# Everything started here is stopped (by PID) when the script ends.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
cd "$VIGIL_ROOT"

headless=0
for arg in "$@"; do
    case "$arg" in
    --headless) headless=1 ;;
    -h | --help)
        sed -n '2,6p' "$0"
        exit 0
        ;;
    *)
        echo "run.sh: unknown option '$arg' (try --headless)" >&2
        exit 2
        ;;
    esac
done

vigil_install_packages
vigil_log "building (Release)"
vigil_build build-release Release -DVIGIL_BUILD_TESTS=ON -DVIGIL_BUILD_BENCHMARKS=OFF

demo="$VIGIL_ROOT/.demo"
mkdir -p "$demo/textfile"
trap vigil_stop_all EXIT
trap 'exit 130' INT TERM
cli=(build-release/app/cli/vigil-cli --db "$demo/vigil.db")

# The demo fleet: 60 simulated endpoints of 6 clients, node_exporter- and windows_exporter-like.
fleetsim=$(find build-release -type f -name vigil-fleetsim -perm -u+x | head -n 1)
started=0
for attempt in 1 2 3 4 5; do
    base=19100
    [ "$attempt" -gt 1 ] && base=$((20000 + RANDOM % 40000))
    "$fleetsim" --devices 60 --clients 6 --seed 37 --bind 127.0.0.1 --base-port "$base" --scenario-age 25200 \
        --inventory "$demo/fleet.json" >"$demo/fleetsim.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
        if grep -q "serving" "$demo/fleetsim.log" 2>/dev/null; then
            started=1
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ "$started" -eq 1 ]; then
        vigil_track "$pid"
        break
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
done
if [ "$started" -ne 1 ]; then
    echo "run.sh: the fleet simulator did not start:" >&2
    cat "$demo/fleetsim.log" >&2
    exit 1
fi
vigil_log "$(head -n 1 "$demo/fleetsim.log")"

# This machine through a real prometheus-node-exporter, with textfile metrics like a managed server's.
exporter_port=$(vigil_free_port)
now=$(date +%s)
cat >"$demo/textfile/vigil-demo.prom.$$" <<PROM
# HELP apt_upgrades_pending Apt packages pending updates by origin.
# TYPE apt_upgrades_pending gauge
apt_upgrades_pending{arch="amd64",origin="Debian:bookworm-security/stable-security"} 2
apt_upgrades_pending{arch="amd64",origin="Debian:bookworm/stable"} 5
# HELP node_reboot_required Node reboot is required for software updates.
# TYPE node_reboot_required gauge
node_reboot_required 0
# HELP backup_last_success_timestamp_seconds Last successful backup run.
# TYPE backup_last_success_timestamp_seconds gauge
backup_last_success_timestamp_seconds{job="restic-home"} $((now - 3 * 3600))
# HELP backup_last_run_timestamp_seconds Last backup run.
# TYPE backup_last_run_timestamp_seconds gauge
backup_last_run_timestamp_seconds{job="restic-home"} $((now - 3 * 3600))
# HELP backup_last_run_success Whether the last backup run succeeded.
# TYPE backup_last_run_success gauge
backup_last_run_success{job="restic-home"} 1
# HELP backup_last_size_bytes Size of the last backup.
# TYPE backup_last_size_bytes gauge
backup_last_size_bytes{job="restic-home"} 48318382080
# HELP backup_last_restore_test_timestamp_seconds Last verified restore test.
# TYPE backup_last_restore_test_timestamp_seconds gauge
backup_last_restore_test_timestamp_seconds{job="restic-home"} $((now - 40 * 86400))
PROM
mv "$demo/textfile/vigil-demo.prom.$$" "$demo/textfile/vigil-demo.prom"
/usr/bin/prometheus-node-exporter --web.listen-address="127.0.0.1:$exporter_port" \
    --collector.textfile.directory="$demo/textfile" >"$demo/node-exporter.log" 2>&1 &
vigil_track $!
if ! vigil_wait_for_port "$exporter_port" 15; then
    echo "run.sh: prometheus-node-exporter did not start:" >&2
    cat "$demo/node-exporter.log" >&2
    exit 1
fi
vigil_log "prometheus-node-exporter for this machine on 127.0.0.1:$exporter_port"

# The inventory: the simulated fleet (file_sd) and this machine (CSV). Re-running updates in place.
host=$(hostname -s 2>/dev/null || hostname)
cat >"$demo/local.csv" <<CSV
client,site,device,address,os,exporter_url,ssh,vnc,tags,kind
Vigil Demo MSP,Office,$host,127.0.0.1,Debian GNU/Linux 12,http://127.0.0.1:$exporter_port/metrics,,,demo;local,server
CSV
"${cli[@]}" import "$demo/fleet.json"
"${cli[@]}" import "$demo/local.csv"

# Three passes a few seconds apart: CPU busy % is a rate and needs two polls, and a device counts as unreachable
# after three failed polls.
vigil_log "polling every device"
"${cli[@]}" poll --once >/dev/null
sleep 2
"${cli[@]}" poll --once >/dev/null
sleep 2
"${cli[@]}" poll --once

# A believable helpdesk queue, made once: re-running keeps the tickets the demo database has (and their clocks).
if [ "$("${cli[@]}" tickets --status all --format csv | wc -l)" -le 1 ]; then
    vigil_log "opening the demo tickets"
    # The console's technician unless the settings name another one: the name "Mine" filters on.
    me="${USER:-${USERNAME:-technician}}"
    # Riverside Construction has round-the-clock support, so its clocks run whenever the demo is started; Novak
    # Architects closes on Christmas Eve.
    "${cli[@]}" calendar "Riverside Construction" --days mon-sun --hours 00:00-24:00 --zone Europe/Berlin >/dev/null
    "${cli[@]}" calendar "Novak Architects" --add-holiday "$(date +%Y)-12-24" --name "Christmas Eve" >/dev/null
    new_ticket() { "${cli[@]}" ticket new --as "$me" "$@" | sed -n 's/^Opened ticket #\([0-9]*\)\./\1/p'; }

    # Escalated from the first critical alert of the night.
    critical=$("${cli[@]}" alerts --format csv | awk -F, 'NR > 1 && $2 == "critical" && !found { print $1; found = 1 }')
    if [ -n "$critical" ]; then
        "${cli[@]}" ticket new --from-alert "$critical" --as "$me" >/dev/null
    fi
    # Reported by phone three hours ago, nobody has answered: the first response is breached.
    id=$(new_ticket --client "Riverside Construction" --device RC-SQL01 --priority critical --reported 3h \
        --title "Scheduling database unreachable from the site office" \
        --description "Site manager called: the crew planner shows 'cannot connect' since the morning shift.")
    # High priority, 40 minutes of its 4 hours left: at risk.
    id=$(new_ticket --client "Riverside Construction" --device RC-PBX01 --priority high --reported 200m \
        --title "Calls drop after about 30 seconds" --description "Several handsets at the Northgate office.")
    "${cli[@]}" ticket assign "$id" Priya --as "$me" >/dev/null
    # Waiting on the client: the clocks pause until they answer.
    id=$(new_ticket --client "Greenway Landscaping" --priority normal --reported 1d \
        --title "New laptop for the Hillcrest depot manager" \
        --description "Needs the CAD viewer and the VPN profile.")
    "${cli[@]}" ticket assign "$id" "$me" --as "$me" >/dev/null
    "${cli[@]}" ticket note "$id" "Sent the quote for two models; waiting for the owner to pick one." \
        --client-visible --as "$me" >/dev/null
    "${cli[@]}" ticket log "$id" 20 --note "Quote and spec comparison" --as "$me" >/dev/null
    "${cli[@]}" ticket status "$id" waiting --as "$me" >/dev/null
    # Yours, in progress.
    id=$(new_ticket --client "Evergreen Plumbing" --device EP-WS-HR01 --priority normal --reported 2h \
        --title "Payslips print with the wrong margins" --description "Since Friday's printer driver update.")
    "${cli[@]}" ticket assign "$id" "$me" --as "$me" >/dev/null
    "${cli[@]}" ticket status "$id" open --as "$me" >/dev/null
    "${cli[@]}" ticket note "$id" "Rolled the HP driver back to 7.1 on EP-WS-HR01; test page OK, payroll run pending." \
        --as "$me" >/dev/null
    "${cli[@]}" ticket log "$id" 35 --note "Driver rollback over remote session" --as "$me" >/dev/null
    new_ticket --client "Castellano Design Studio" --priority low --reported 1d \
        --title "Shared mailbox for the new intern" >/dev/null
    new_ticket --client "Novak Architects" --device NA-WS-FRONTDESK --priority normal --reported 40m \
        --title "Outlook keeps asking for the password" >/dev/null
fi

if [ "$headless" -eq 1 ]; then
    vigil_log "the ticket queue"
    "${cli[@]}" tickets
    vigil_log "the morning review of the demo fleet"
    "${cli[@]}" review
    exit 0
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: no display to open the console on (DISPLAY is not set). Use ./run.sh --headless, or run" >&2
    echo "        build-release/app/gui/vigil --db $demo/vigil.db from a desktop session." >&2
    exit 1
fi
vigil_log "opening the console (close the window to stop the demo fleet)"
build-release/app/gui/vigil --db "$demo/vigil.db"
