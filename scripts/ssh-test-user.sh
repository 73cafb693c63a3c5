#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The local account the SSH integration tests log in to on their private sshd (127.0.0.1 only, its own config):
# vigil-ssh-test with a fixed throwaway password (tests/integration/PrivateSshServer.cpp). Idempotent. Never
# touches any other account. Root only.
set -euo pipefail
user=vigil-ssh-test
password='vigil-test-Pw-4711'
if [ "$(id -u)" -ne 0 ]; then
    echo "ssh-test-user.sh: needs root to create $user" >&2
    exit 1
fi
if ! id "$user" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/sh --comment "Vigil SSH tests" "$user"
fi
echo "$user:$password" | chpasswd
mkdir -p /run/sshd
