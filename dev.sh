#!/usr/bin/env bash
# Textdesk developer entry point. On a fresh Debian/Ubuntu machine it installs what is missing,
# configures and builds (Ninja, all cores), then:
#   ./dev.sh run [ARGS]     starts the app (the training workspace when no provider is set up)
#   ./dev.sh test [ARGS]    runs the whole test suite headless (ARGS go to ctest, e.g. -R TestSearch)
#   ./dev.sh bench [storage|provider|sync|gui|reports] [ARGS]   builds and runs the benchmarks in tests/benchmarks/ (prints figures)
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
    libphonenumber-dev libsqlite3-dev
    fonts-dejavu-core fonts-noto-color-emoji
)
# Only for the test command: the installers (.deb through CPack and dpkg-shlibdeps, the offline
# bundle) and their checks; iproute2 and util-linux for the tests that run in a network or user
# namespace of their own. The app itself does not need them.
PACKAGE_TOOLS=(
    dpkg-dev file patchelf libssl3 zstd lintian desktop-file-utils appstream debootstrap
    iproute2 util-linux
    poppler-utils # pdftotext/pdfinfo: the report PDFs' text is checked by the tests
)

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

configure() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTEXTDESK_WERROR=ON
    fi
}

build() {
    configure
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
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
    cd "$BUILD_DIR"
    export QT_QPA_PLATFORM=offscreen
    exec ctest --output-on-failure --parallel "$JOBS" "$@"
    ;;
bench)
    install_missing_packages
    build
    # ./dev.sh bench [storage|provider|sync|gui|reports] [ARGS]: one benchmark; no name runs all of them.
    # The GUI benchmark draws offscreen unless QT_QPA_PLATFORM says otherwise.
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    case "${1:-}" in
    storage | provider | sync | gui | reports)
        name=$1
        shift
        exec "$BUILD_DIR/tests/benchmarks/bench_$name" "$@"
        ;;
    esac
    for name in storage provider sync gui reports; do
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
    echo "usage: ./dev.sh run|test|bench|screenshots|package|format|setup [ARGS]" >&2
    exit 2
    ;;
esac
