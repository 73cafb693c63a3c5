# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install what is missing, build, and stop only what we started.

VIGIL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

vigil_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs every package in scripts/packages.txt that is not installed yet. As root it runs apt-get; otherwise it
# prints the exact command and fails, since nothing else would work.
vigil_install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^\s*#' "$VIGIL_ROOT/scripts/packages.txt" | sed '/^\s*$/d')
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    local cmd=(apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}")
    if [ "$(id -u)" -ne 0 ]; then
        vigil_log "missing packages: ${missing[*]}"
        echo "Run as root: apt-get update && DEBIAN_FRONTEND=noninteractive ${cmd[*]}" >&2
        return 1
    fi
    vigil_log "installing ${#missing[@]} packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q >&2
    DEBIAN_FRONTEND=noninteractive "${cmd[@]}" >&2
}

# vigil_build DIR BUILD_TYPE [cmake args…]
vigil_build() {
    local dir="$1" type="$2"
    shift 2
    cmake -S "$VIGIL_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >&2
    cmake --build "$dir" -j"$(nproc)" >&2
}

# Processes this script started; stopped by PID on exit, never by name.
VIGIL_PIDS=()
vigil_track() { VIGIL_PIDS+=("$1"); }
vigil_stop_all() {
    local pid
    for pid in "${VIGIL_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${VIGIL_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    VIGIL_PIDS=()
}

# A TCP port on 127.0.0.1 that nothing listens on.
vigil_free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# vigil_wait_for_port PORT SECONDS
vigil_wait_for_port() {
    local port="$1" deadline=$((SECONDS + $2))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}
