#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file changed since the base commit (default: the last commit of main that CI saw, else the
# first commit) does not match .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${VIGIL_FORMAT_BASE:-$(git rev-list --max-parents=0 HEAD 2>/dev/null | tail -n 1)}"
[ -n "$base" ] || exit 0
mapfile -t files < <( { git diff --name-only --diff-filter=ACMR "$base" -- '*.cpp' '*.h'; \
                        git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sort -u)
bad=()
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if [ "${#bad[@]}" -gt 0 ]; then
    echo "These files are not formatted (run: clang-format -i FILE):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
