#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources and fills the English plural forms, in a configured build directory:
#   scripts/update-translations.sh [BUILD_DIR]   (default: build-release)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build-release}
cmake --build "$build" --target update_translations >/dev/null
python3 scripts/english-plurals.py translations/vigil_en.ts
# lupdate again, so the file keeps lupdate's own layout and diffs stay small.
cmake --build "$build" --target update_translations >/dev/null
