#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine, builds Vigil with warnings as errors, and runs every test.
#   ./test.sh            everything (what CI runs)
#   ./test.sh --quick    skip the sanitizer and no-widgets builds
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
cd "$VIGIL_ROOT"

quick=0
[ "${1:-}" = "--quick" ] && quick=1

vigil_install_packages

if [ "$(id -u)" -eq 0 ]; then
    vigil_log "the local account the SSH tests log in to (vigil-ssh-test, loopback sshd only)"
    scripts/ssh-test-user.sh
fi

vigil_log "checking formatting of changed C++ files"
scripts/check-format.sh

vigil_log "building (Release, -Werror)"
vigil_build build-test Release -DVIGIL_WERROR=ON

vigil_log "running every test"
(cd build-test && ctest -j2 --output-on-failure --timeout 600)

vigil_log "packaging (cpack -G DEB)"
(
    cd build-test
    rm -f vigil_*.deb
    cpack -G DEB >/dev/null
    contents=$(dpkg-deb -c vigil_*_amd64.deb)
    for f in usr/bin/vigil usr/bin/vigil-cli usr/share/applications/org.vigil.Vigil.desktop \
        usr/share/metainfo/org.vigil.Vigil.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.vigil.Vigil.svg; do
        grep -q "\./$f\$" <<<"$contents" || { echo "the package lacks $f" >&2; exit 1; }
    done
)

if [ "$quick" -eq 0 ]; then
    # One more build proves two things: everything below widgets/ builds and passes its tests without Qt Widgets
    # or Charts (the layering promise), and the core has no memory or undefined-behaviour errors.
    vigil_log "building without widgets, under AddressSanitizer + UndefinedBehaviorSanitizer"
    vigil_build build-asan Debug -DVIGIL_WERROR=ON -DVIGIL_SANITIZE=ON -DVIGIL_WITH_WIDGETS=OFF \
        -DVIGIL_BUILD_BENCHMARKS=OFF
    if ldd build-asan/app/cli/vigil-cli | grep -q libQt6Widgets; then
        echo "vigil-cli links Qt Widgets: the layering is broken" >&2
        exit 1
    fi
    (cd build-asan && ASAN_OPTIONS=detect_leaks=0 ctest -j2 --output-on-failure --timeout 900)

    # Coverage-guided fuzzing of the exposition parser, seeded with our corpus and the shared real payloads.
    vigil_log "fuzzing the exposition parser for 60 s (libFuzzer + ASan + UBSan)"
    CC=clang CXX=clang++ cmake -S "$VIGIL_ROOT" -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DVIGIL_BUILD_FUZZERS=ON -DVIGIL_WITH_WIDGETS=OFF -DVIGIL_BUILD_BENCHMARKS=OFF >&2
    cmake --build build-fuzz --target vigil_fuzz_exposition -j"$(nproc)" >&2
    rm -rf build-fuzz/corpus && mkdir -p build-fuzz/corpus
    cp tests/fuzz/corpus/* build-fuzz/corpus/
    if [ -d ../shared/fixtures/exposition ]; then
        cp ../shared/fixtures/exposition/* build-fuzz/corpus/
    fi
    build-fuzz/tests/fuzz/vigil_fuzz_exposition -max_total_time=60 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 build-fuzz/corpus 2>build-fuzz/fuzz.log || {
        tail -n 60 build-fuzz/fuzz.log >&2
        echo "the parser fuzzer found a crash; the input is in $(pwd)/crash-*" >&2
        exit 1
    }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" build-fuzz/fuzz.log >&2 || true
fi
vigil_log "all tests passed"
