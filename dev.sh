#!/usr/bin/env bash
# Textdesk developer entry point. On a fresh Debian/Ubuntu machine it installs what is missing,
# configures and builds (Ninja, all cores), then:
#   ./dev.sh run [ARGS]     starts the app (the training workspace when no provider is set up)
#   ./dev.sh test [ARGS]    runs the whole test suite headless, then the unit and integration
#                           tests again under ASan+UBSan (build-asan/) and each fuzz target for
#                           20 s (build-fuzz/); with ARGS only the first, ARGS going to ctest
#                           (e.g. -R TestSearch)
#   ./dev.sh sanitize [ARGS]  the unit and integration tests under ASan+UBSan (ARGS go to ctest)
#   ./dev.sh fuzz [TARGET] [--seconds N]  builds the libFuzzer targets and runs each (or one) for
#                           N seconds (default 60); a crash is minimised into tests/fuzz/regressions/
#   ./dev.sh bench [storage|provider|sync|gui|surveys|reports|contacts|broadcast|rules|team|team_replica|team_soak|team_load] [ARGS]   builds and runs the benchmarks in tests/benchmarks/ (prints figures)
#   ./dev.sh screenshots    renders docs/screenshots/ (the main window, light and dark)
#   ./dev.sh package        builds the .deb and the offline bundle, prints their paths
#   ./dev.sh format         applies clang-format to every C++ file
#   ./dev.sh setup          only installs and builds
# Quick when nothing changed: the package check is one dpkg query, the build is incremental.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${TEXTDESK_BUILD_DIR:-build}
JOBS=${TEXTDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}

PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev
    libqt6opengl6-dev # Qt Charts' CMake package needs Qt6OpenGL (the reports window)
    qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev
    libqt6sql6-psql # Qt's PostgreSQL driver: team mode (docs/team.md)
    libphonenumber-dev libsqlite3-dev
    fonts-dejavu-core fonts-noto-color-emoji
)
# Only for the test command: the installers (.deb through CPack and dpkg-shlibdeps, the offline
# bundle) and their checks; iproute2 and util-linux for the tests that run in a network or user
# namespace of their own. The app itself does not need them.
PACKAGE_TOOLS=(
    dpkg-dev file patchelf libssl3 zstd lintian desktop-file-utils appstream debootstrap
    iproute2 util-linux
    clang libclang-rt-dev
    poppler-utils # pdftotext/pdfinfo: the report PDFs' text is checked by the tests
    lld # links the test trees' ~200 executables in about 0.4 of GNU ld's time (cmake/TextdeskCompilerFlags.cmake)
    postgresql # initdb and postgres for the team-store tests' own throw-away servers (tests/team/)
    radicale # a real CardDAV server on loopback for the address-book sync tests (TestCardDav, TestCardDavWindow)
)
# (clang and its sanitizer and libFuzzer runtimes: the sanitizer build and the fuzz targets.)

# install_missing_packages [more packages…]: the base list plus any given.
install_missing_packages() {
    local wanted=("${PACKAGES[@]}" "$@")
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "dev.sh: not a Debian/Ubuntu system; install the packages listed in README.md by hand." >&2
        return
    fi
    local missing=()
    local -A installed=()
    local name state
    while read -r name state; do
        [ "$state" = "ii" ] && installed[$name]=1
    done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${wanted[@]}" 2>/dev/null || true)
    for package in "${wanted[@]}"; do
        [ -n "${installed[$package]:-}" ] || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "dev.sh: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine may have no package lists yet: update once, then install.
    if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
        "${sudo[@]}" apt-get update -q
        "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

ASAN_BUILD_DIR=${TEXTDESK_ASAN_BUILD_DIR:-build-asan}
# Line tables only (-g1): a backtrace or a sanitizer report still names the function, file and
# line, and the compile takes about 0.7 of the time that full debug information does (measured:
# a GUI test 11.0 s -> 8.2 s with g++). For a debugger's variables: -DCMAKE_BUILD_TYPE=Debug.
DEBUG_INFO_FLAGS="-O2 -g1 -DNDEBUG"
FUZZ_BUILD_DIR=${TEXTDESK_FUZZ_BUILD_DIR:-build-fuzz}

configure() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTEXTDESK_WERROR=ON \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$DEBUG_INFO_FLAGS"
    fi
}

build() {
    configure
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

# The sanitizer tree (docs/FUZZING.md): clang with ASan+UBSan at -O1, only the targets its tests
# need. Clang compiles these files in about 0.6 of g++'s CPU time, and the fuzz tree needs it anyway.
build_sanitized() {
    if [ ! -f "$ASAN_BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$ASAN_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
            -DTEXTDESK_WERROR=ON -DTEXTDESK_SANITIZE=ON >/dev/null
    fi
    cmake --build "$ASAN_BUILD_DIR" --parallel "$JOBS" --target sanitizer_tests
}

# Any report ends the test with an error. LeakSanitizer is on, with Qt's own one-time
# allocations suppressed (tests/sanitizers/lsan.supp says which and why).
sanitizer_environment() {
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
}

run_sanitized_tests() {
    sanitizer_environment
    local names
    names=$(paste -sd'|' "$ASAN_BUILD_DIR/tests/sanitizer-tests.txt")
    (cd "$ASAN_BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure \
        --parallel "$JOBS" -R "^($names)\$" "$@")
}

# The fuzz tree: clang, libFuzzer; only the core's parsers and the targets.
build_fuzz() {
    if [ ! -f "$FUZZ_BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$DEBUG_INFO_FLAGS" \
            -DTEXTDESK_WERROR=ON -DTEXTDESK_FUZZ=ON >/dev/null
    fi
    cmake --build "$FUZZ_BUILD_DIR" --parallel "$JOBS"
}

# run_fuzz TARGET SECONDS: fuzzes from the committed corpus into a scratch copy (new inputs stay
# out of git unless someone adds them on purpose). A crash is minimised into
# tests/fuzz/regressions/TARGET/, which TestFuzzReplay replays in every build; the run fails.
run_fuzz() {
    local target=$1 seconds=$2
    local work="$FUZZ_BUILD_DIR/work/$target"
    local binary="$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$target"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -n tests/fuzz/corpus/"$target"/* "$work/corpus/" 2>/dev/null || true
    sanitizer_environment
    echo "== fuzz_$target, ${seconds} s"
    if "$binary" -max_total_time="$seconds" -print_final_stats=1 -timeout=30 -rss_limit_mb=2048 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log.txt" 2>&1; then
        grep -E '^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb' "$work/log.txt" || true
        return 0
    fi
    tail -n 40 "$work/log.txt"
    local crash regressions="tests/fuzz/regressions/$target" found=0 ignored=0
    mkdir -p "$regressions"
    for crash in "$work"/artifacts/*; do
        [ -f "$crash" ] || continue
        local name
        name=$(basename "$crash")
        # On a loaded machine a unit can miss the timeout for want of CPU: a timeout that does
        # not happen again on its own is not a finding.
        if [[ $name == timeout-* || $name == slow-unit-* ]] &&
            "$binary" -timeout=10 "$crash" >"$work/rerun.txt" 2>&1; then
            echo "dev.sh: fuzz_$target: $name ran in time when run again (a loaded machine); ignored" >&2
            rm -f "$crash"
            ignored=1
            continue
        fi
        timeout 180 "$binary" -minimize_crash=1 -max_total_time=30 -exact_artifact_path="$regressions/$name" \
            "$crash" >"$work/minimise.txt" 2>&1 || true
        [ -f "$regressions/$name" ] || cp "$crash" "$regressions/$name"
        echo "dev.sh: fuzz_$target found a failure: $regressions/$name (replayed by TestFuzzReplay)" >&2
        rm -f "$crash"
        found=1
    done
    # Passes only when every stop was such a timeout (a failure without an input fails too).
    [ "$found" -eq 0 ] && [ "$ignored" -eq 1 ]
}

fuzz_targets() {
    sed -n '/^set(TEXTDESK_FUZZ_TARGETS/,/)/p' tests/fuzz/CMakeLists.txt | tr -d '()' |
        tr ' ' '\n' | grep -E '^[a-z0-9_]+$' | grep -v -x -e set
}

# The .deb and the offline bundle (build/packages/) from the binaries already built: only the two
# executables are needed, and they are stripped on copies, so this never rebuilds with other flags.
build_packages() {
    configure
    cmake --build "$BUILD_DIR" --parallel "$JOBS" --target packages
}

# The package test's minimal Debian root is downloaded once per machine (a minute or two): start
# that in the background so that it overlaps the compile; the test waits for it (a lock). Quick
# and quiet when the root is cached, or when not root (then the test skips that part).
prepare_package_test_root() {
    tests/package/package_test.sh --prepare-root >"${TMPDIR:-/tmp}/textdesk-prepare-root.log" 2>&1 &
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
setup)
    install_missing_packages
    build
    ;;
run)
    install_missing_packages
    build
    exec "$BUILD_DIR/main/textdesk" "$@"
    ;;
test)
    install_missing_packages "${PACKAGE_TOOLS[@]}"
    prepare_package_test_root
    build
    build_packages
    if [ $# -gt 0 ]; then
        cd "$BUILD_DIR"
        export QT_QPA_PLATFORM=offscreen
        exec ctest --output-on-failure --parallel "$JOBS" "$@"
    fi
    # The sanitizer tree compiles while the normal tests run: most of them wait on loopback
    # HTTP and timers, so the cores stay busy. The compile yields to the tests (nice).
    (
        renice -n 10 "$BASHPID" >/dev/null
        build_sanitized
    ) >"$ASAN_BUILD_DIR.log" 2>&1 &
    sanitized_build=$!
    status=0
    (cd "$BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$JOBS") || status=1
    if ! wait "$sanitized_build"; then
        tail -n 60 "$ASAN_BUILD_DIR.log"
        echo "dev.sh: the sanitizer build failed" >&2
        exit 1
    fi
    # The sanitizer tests (mostly waiting on loopback HTTP and timers) beside the fuzz targets
    # (one core each, one at a time); the tests' report is printed when both are done.
    run_sanitized_tests >"$ASAN_BUILD_DIR.tests.log" 2>&1 &
    sanitized_tests=$!
    echo "== each fuzz target for ${TEXTDESK_FUZZ_SECONDS:-20} s"
    build_fuzz
    for target in $(fuzz_targets); do
        run_fuzz "$target" "${TEXTDESK_FUZZ_SECONDS:-20}" || status=1
    done
    wait "$sanitized_tests" || status=1
    echo "== the unit and integration tests under ASan+UBSan"
    cat "$ASAN_BUILD_DIR.tests.log"
    exit $status
    ;;
sanitize)
    install_missing_packages clang libclang-rt-dev
    build_sanitized
    run_sanitized_tests "$@"
    ;;
fuzz)
    # ./dev.sh fuzz [TARGET] [--seconds N]; all targets for an hour: ./dev.sh fuzz --seconds 450
    install_missing_packages clang libclang-rt-dev
    targets=()
    seconds=60
    while [ $# -gt 0 ]; do
        case "$1" in
        --seconds)
            seconds=$2
            shift 2
            ;;
        *)
            targets+=("$1")
            shift
            ;;
        esac
    done
    [ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(fuzz_targets)
    build_fuzz
    status=0
    for target in "${targets[@]}"; do
        if [ ! -x "$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$target" ]; then
            echo "dev.sh: no fuzz target $target (one of: $(fuzz_targets | tr '\n' ' '))" >&2
            exit 2
        fi
        run_fuzz "$target" "$seconds" || status=1
    done
    exit $status
    ;;
bench)
    # The team benchmarks start their own PostgreSQL server (Debian's postgresql).
    install_missing_packages postgresql
    build
    # ./dev.sh bench [storage|provider|sync|gui|surveys|reports|contacts|broadcast|rules|team|team_replica|team_soak|team_load] [ARGS]: one benchmark; no name runs all of them.
    # The GUI benchmark draws offscreen unless QT_QPA_PLATFORM says otherwise.
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    case "${1:-}" in
    storage | provider | sync | gui | surveys | reports | contacts | broadcast | rules | team | team_replica | team_soak | team_load)
        name=$1
        shift
        exec "$BUILD_DIR/tests/benchmarks/bench_$name" "$@"
        ;;
    esac
    for name in storage provider sync gui surveys reports contacts broadcast rules team team_replica team_soak team_load; do
        echo "== bench_$name"
        "$BUILD_DIR/tests/benchmarks/bench_$name" "$@"
    done
    ;;
screenshots)
    # ./dev.sh screenshots [--language de] [--out DIR]: the main window, light and dark, as PNGs.
    install_missing_packages
    build
    exec "$BUILD_DIR/tools/textdesk-screenshots" "$@"
    ;;
package)
    install_missing_packages "${PACKAGE_TOOLS[@]}"
    build_packages
    cat "$BUILD_DIR/packages/paths.txt"
    ;;
format)
    git ls-files '*.cpp' '*.h' | xargs clang-format -i
    ;;
*)
    echo "usage: ./dev.sh run|test|sanitize|fuzz|bench|screenshots|package|format|setup [ARGS]" >&2
    exit 2
    ;;
esac
