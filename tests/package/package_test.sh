#!/usr/bin/env bash
# The Linux installers end to end (ctest label `package`):
#   1. builds the .deb and the offline bundle if they are not up to date (`--target packages`);
#   2. lintian on the .deb (errors fail the test), desktop-file-validate and
#      `appstreamcli validate --no-net` on the desktop entry and metainfo the .deb installs;
#   3. unpacks the bundle into a fresh minimal Debian root without Qt (debootstrap
#      --variant=minbase, cached as a tarball outside the repository) and runs it there through
#      chroot: `textdesk --version`, `textdesk-sim --version`, then `textdesk self-check`.
# Step 3 needs root; the first run also needs the network (deb.debian.org) and a few minutes.
# Without root, or without network and cache, it reports SKIP (exit 77).
#
# usage: package_test.sh BUILD_DIR
#        package_test.sh --prepare-root   (only makes the cached Debian root; `./dev.sh test` runs
#                                          it in the background while it compiles)
set -euo pipefail

# 1: always `textdesk self-check` (it has landed). 0: only when `textdesk --help` lists it,
# otherwise `textdesk status` (for builds from before self-check).
REQUIRE_SELF_CHECK=1

SKIP=77
suite=bookworm
mirror=${TEXTDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache_dir=${XDG_CACHE_HOME:-$HOME/.cache}/textdesk
cache=$cache_dir/debootstrap-$suite-minbase.tar.zst

started=$SECONDS
step() { printf '== %s (%ds)\n' "$*" $((SECONDS - started)); }
fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*"; exit $SKIP; }
need() {
    for tool; do
        command -v "$tool" >/dev/null || fail "$tool is missing (./dev.sh installs what this test needs)"
    done
}
PATH=$PATH:/usr/sbin:/sbin

work='' root='' fresh='' # the test's temporary folder, its Debian root, a debootstrap in progress
cleanup() {
    # Unmount before deleting, and never cross into another file system while deleting.
    if [ -n "$root" ] && mountpoint -q "$root/proc" 2>/dev/null; then
        umount "$root/proc" || umount -l "$root/proc"
    fi
    rm -rf --one-file-system ${work:+"$work"} ${fresh:+"$fresh"}
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The pristine minimal root, made once per machine (a few minutes, needs the network) and kept
# as a tarball outside the repository. A lock lets a concurrent run wait instead of repeating it.
ensure_root_cache() {
    [ -f "$cache" ] && return
    need debootstrap flock tar zstd
    step "no cached Debian root: debootstrap --variant=minbase $suite (once, a few minutes)"
    mkdir -p "$cache_dir"
    exec 9>"$cache.lock"
    flock 9
    if [ ! -f "$cache" ]; then
        fresh=$(mktemp -d "$cache_dir/debootstrap.XXXXXX")
        if ! debootstrap --variant=minbase "$suite" "$fresh/root" "$mirror" >"$fresh/log" 2>&1; then
            tail -n 20 "$fresh/log" >&2
            getent hosts "$(sed -E 's|^[a-z]+://([^/:]+).*|\1|' <<<"$mirror")" >/dev/null ||
                skip "no network to $mirror and no cached root in $cache"
            fail "debootstrap failed (log above)"
        fi
        # What the test never uses: downloaded .debs, package lists, documentation.
        rm -rf "$fresh"/root/var/cache/apt/archives/*.deb "$fresh"/root/var/lib/apt/lists/* \
            "$fresh"/root/usr/share/doc/* "$fresh"/root/usr/share/man/* "$fresh"/root/usr/share/locale/*
        tar -C "$fresh/root" --numeric-owner -cf - . | zstd -q -T0 -3 -o "$fresh/root.tar.zst"
        mv "$fresh/root.tar.zst" "$cache"
        rm -rf --one-file-system "$fresh"
        fresh=''
    fi
    exec 9>&-
}

if [ "${1:-}" = --prepare-root ]; then
    [ "$(id -u)" -eq 0 ] || skip "making the Debian root needs root"
    ensure_root_cache
    exit 0
fi
build_dir=$(cd "${1:?usage: package_test.sh BUILD_DIR}" && pwd)
need cmake lintian desktop-file-validate appstreamcli dpkg-deb tar gzip zstd
work=$(mktemp -d "${TMPDIR:-/tmp}/textdesk-package-test.XXXXXX")
root=$work/root

step "building the .deb and the bundle (no-op when up to date)"
cmake --build "$build_dir" --target packages
{ read -r deb && read -r bundle; } <"$build_dir/packages/paths.txt"
[ -f "$deb" ] || fail "no $deb"
[ -f "$bundle" ] || fail "no $bundle"
echo "$deb"
echo "$bundle"

step "lintian $(basename "$deb")"
# Errors fail the test; warnings are shown.
lintian --fail-on error "$deb" || fail "lintian reported errors"

step "desktop entry and AppStream metainfo, as the .deb installs them"
dpkg-deb -x "$deb" "$work/deb"
desktop-file-validate "$work/deb/usr/share/applications/io.textdesk.Textdesk.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$work/deb/usr/share/metainfo/io.textdesk.Textdesk.metainfo.xml" ||
    fail "appstreamcli validate"

step "the bundle's contents"
name=$(basename "$bundle" .tar.gz)
listing=$(tar -tzf "$bundle")
for file in bin/textdesk bin/textdesk-sim bin/qt.conf plugins/platforms/libqxcb.so \
    plugins/platforms/libqoffscreen.so plugins/sqldrivers/libqsqlite.so \
    plugins/sqldrivers/libqsqlpsql.so \
    plugins/tls/libqopensslbackend.so plugins/iconengines/libqsvgicon.so lib/libQt6Core.so.6 \
    lib/libssl.so.3 lib/libcrypto.so.3 translations/qtbase_de.qm; do
    grep -qx "$name/$file" <<<"$listing" || fail "the bundle has no $file"
done
if grep -E "^$name/lib/(libc|libm|libdl|libpthread|ld-linux[^/]*)\.so" <<<"$listing"; then
    fail "the bundle carries glibc"
fi

# A fresh copy of the pristine minimal root for every run.
if [ "$(id -u)" -ne 0 ]; then
    skip "the bundle-in-a-chroot check needs root (chroot, mount); run as root or in CI"
fi
need chroot mount umount mountpoint timeout
ensure_root_cache

step "a fresh Debian root from $cache"
mkdir "$root"
zstd -q -dc "$cache" | tar -C "$root" --numeric-owner -xpf -
if compgen -G "$root/usr/lib/*/libQt6Core.so*" >/dev/null; then fail "the Debian root has Qt"; fi
tar -C "$root/opt" -xzf "$bundle"
ln -s "/opt/$name/bin/textdesk" "$root/usr/local/bin/textdesk"
mount -t proc proc "$root/proc"

in_root() {
    timeout --kill-after=10 180 chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin \
        HOME=/root LANG=C.UTF-8 TMPDIR=/tmp QT_QPA_PLATFORM=offscreen "$@"
}

step "textdesk --version, from / and through a symlink in PATH"
version=$(in_root "/opt/$name/bin/textdesk" --version) || fail "textdesk --version failed: $version"
echo "$version"
[[ $version == "textdesk "* ]] || fail "unexpected version output"
in_root sh -c 'cd / && textdesk --version' >/dev/null || fail "textdesk through /usr/local/bin failed"
in_root "/opt/$name/bin/textdesk-sim" --version || fail "textdesk-sim --version failed"

if [ "$REQUIRE_SELF_CHECK" = 1 ] || grep -q 'self-check' <<<"$(in_root textdesk --help)"; then
    step "textdesk self-check"
    in_root textdesk self-check || fail "textdesk self-check failed in the Qt-less root"
else
    step "textdesk status (self-check not in this build yet)"
    in_root sh -c 'mkdir -p /tmp/ws && textdesk status --workspace /tmp/ws' ||
        fail "textdesk status failed in the Qt-less root"
fi

step "team mode's PostgreSQL driver loads from the bundle"
# Nothing listens on port 1: the driver must load and say so in words, not "not installed".
team=$(in_root textdesk team agents --database postgresql://nobody@127.0.0.1:1/team 2>&1) && fail "team agents reached a database on port 1"
grep -q "Cannot reach the team database" <<<"$team" || fail "team mode in the bundle: $team"

step "passed"
