#!/usr/bin/env bash
# Makes the offline bundle: a tar.gz that runs from any directory on an x86_64 Linux with
# glibc >= the build machine's and no Qt installed. Called by `cmake --build <dir> --target
# bundle` (packaging/linux/Bundle.cmake); the binaries come from that build directory.
#
#   <name>/bin/        textdesk, textdesk-sim (stripped copies, RUNPATH $ORIGIN/../lib), qt.conf
#   <name>/lib/        Qt and every other shared library they need, except:
#                        - glibc (libc, libm, libdl, libpthread, librt, ld-linux, NSS, ...): it
#                          must match the system's loader and kernel interfaces; the bundle
#                          needs the build machine's glibc or newer
#                        - libgcc_s: glibc itself loads the system's (cancellation, unwinding),
#                          it is on every glibc system and never breaks compatibility
#                        - the GL drivers (Mesa, NVIDIA, libdrm, libgbm, libglapi, Vulkan): they
#                          must match the system's kernel driver and GPU
#                      libstdc++ *is* bundled: the binaries need GCC 12's (GLIBCXX_3.4.30),
#                      which older distributions lack.
#   <name>/lib/fallback/  the GL dispatch libraries (libglvnd: libEGL, libGLX, libOpenGL,
#                      libGLdispatch), which QtGui links. Every RUNPATH lists the usual system
#                      library folders before this one, so the system's libglvnd (and through
#                      it the system's drivers) wins; the bundled copy only lets the app start
#                      where there is no GL at all (servers, containers, the package test's
#                      chroot), where Qt then paints in software.
#   <name>/plugins/    platforms (xcb, offscreen, minimal; wayland when the build machine has
#                      it), xcbglintegrations, platforminputcontexts, sqldrivers (sqlite; psql for team mode),
#                      imageformats, iconengines (svg), tls (openssl + the libssl/libcrypto it
#                      loads), networkinformation. Not platformthemes: the only one, gtk3, would
#                      drag in GTK and its own modules from the system.
#   <name>/translations/  Qt's own strings (standard dialogs) for the app's languages
#   <name>/share/      desktop entry, metainfo, icons, man pages; doc/textdesk/third-party/
#                      the copyright file of every Debian package the bundle copies from
# shellcheck disable=SC2016 # '$ORIGIN' is for the dynamic loader, not for the shell
set -euo pipefail

usage() {
    echo "usage: make-bundle.sh --build-dir DIR --name NAME --output FILE.tar.gz --qt-plugins DIR" \
        "--qt-translations DIR [--languages de,es,fr]" >&2
    exit 2
}

build_dir='' name='' output='' qt_plugins='' qt_translations='' languages=''
while [ $# -gt 0 ]; do
    case $1 in
    --build-dir) build_dir=$2 ;;
    --name) name=$2 ;;
    --output) output=$2 ;;
    --qt-plugins) qt_plugins=$2 ;;
    --qt-translations) qt_translations=$2 ;;
    --languages) languages=$2 ;;
    *) usage ;;
    esac
    shift 2
done
if [ -z "$build_dir" ] || [ -z "$name" ] || [ -z "$output" ] || [ -z "$qt_plugins" ]; then usage; fi
for tool in patchelf ldd file; do
    command -v "$tool" >/dev/null || { echo "make-bundle.sh: $tool is missing (apt-get install patchelf file)" >&2; exit 1; }
done

here=$(cd "$(dirname "$0")" && pwd)
work=$(dirname "$output")/.bundle-work
root=$work/$name
rm -rf "$work"
mkdir -p "$root/lib/fallback" "$root/plugins" "$root/translations"

# 1. What `cmake --install` lays out, with stripped copies of the executables. Component
#    "debian" (the Debian changelog) belongs to the .deb only.
cmake --install "$build_dir" --prefix "$root" --component Unspecified --strip >/dev/null
install -D -m 0644 "$here/copyright" "$root/share/doc/textdesk/copyright"

# 2. Qt plugins. A pattern that matches nothing on this machine (wayland) is skipped.
plugins=(
    platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so
    'platforms/libqwayland-*.so' 'wayland-shell-integration/*.so'
    'wayland-decoration-client/*.so' 'wayland-graphics-integration-client/*.so'
    'xcbglintegrations/*.so' 'platforminputcontexts/*.so'
    sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so 'imageformats/*.so' iconengines/libqsvgicon.so
    'tls/*.so' 'networkinformation/*.so'
)
shopt -s nullglob
for pattern in "${plugins[@]}"; do
    # shellcheck disable=SC2206 # the pattern is meant to glob
    files=("$qt_plugins"/$pattern)
    for file in "${files[@]}"; do
        sub=${file#"$qt_plugins"/}
        mkdir -p "$root/plugins/$(dirname "$sub")"
        install -m 0644 "$file" "$root/plugins/$sub"
    done
done
shopt -u nullglob
[ -f "$root/plugins/platforms/libqxcb.so" ] || { echo "make-bundle.sh: no xcb platform plugin in $qt_plugins" >&2; exit 1; }

# 3. Shared libraries: everything the executables and plugins need (ldd gives the whole
#    closure), plus what Qt loads by name at run time (OpenSSL for the TLS plugin).
excluded='^(linux-vdso|ld-linux|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libnsl|libBrokenLocale|libmvec|libthread_db|libnss_[a-z]+|libgcc_s|libGLX_[a-z]+|libEGL_[a-z]+|libGLESv1_CM_[a-z]+|libGLESv2_[a-z]+|libdrm|libdrm_[a-z0-9]+|libgbm|libglapi|libvulkan|libnvidia-[a-z0-9-]+|libcuda)\.so'
fallback='^(libGL|libEGL|libGLX|libOpenGL|libGLdispatch|libGLESv1_CM|libGLESv2)\.so\.[0-9]+$'

declare -A libraries=()
add_dependencies_of() {
    local line soname path
    while read -r line; do
        case $line in
        *' => not found'*)
            echo "make-bundle.sh: $1 needs ${line%% *}, which this machine does not have" >&2
            exit 1
            ;;
        *' => /'*)
            soname=${line%% *}
            path=${line#* => }
            path=${path%% (*}
            [[ $soname =~ $excluded ]] || libraries[$soname]=$path
            ;;
        esac
    done < <(ldd "$1")
}
elf_files() {
    find "$@" -type f -exec sh -c 'for f; do case $(file -b "$f") in ELF*) echo "$f";; esac; done' sh {} +
}
while read -r elf; do
    add_dependencies_of "$elf"
done < <(elf_files "$root/bin" "$root/plugins")
for soname in libssl.so.3 libcrypto.so.3; do
    # awk reads to the end: an early exit would SIGPIPE ldconfig and fail the pipeline.
    path=$(/sbin/ldconfig -p | awk -v n="$soname" '$1 == n && /x86-64/ && !found { print $NF; found = 1 }')
    [ -n "$path" ] || { echo "make-bundle.sh: $soname not found (apt-get install libssl3)" >&2; exit 1; }
    libraries[$soname]=$path
    add_dependencies_of "$path"
done
for soname in "${!libraries[@]}"; do
    if [[ $soname =~ $fallback ]]; then
        install -m 0644 "$(readlink -f "${libraries[$soname]}")" "$root/lib/fallback/$soname"
    else
        install -m 0644 "$(readlink -f "${libraries[$soname]}")" "$root/lib/$soname"
    fi
done

# 4. RUNPATHs: the bundle first, then the system's folders (glibc, libgcc_s, GL), then the
#    fallback GL dispatch.
system_dirs=/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu:/usr/lib64:/lib64:/usr/lib:/lib
for file in "$root"/bin/*; do
    if [ -x "$file" ] && [ ! -L "$file" ] && [[ $(file -b "$file") == ELF* ]]; then
        patchelf --set-rpath '$ORIGIN/../lib' "$file"
    fi
done
for file in "$root"/lib/*.so*; do
    patchelf --set-rpath "\$ORIGIN:$system_dirs:\$ORIGIN/fallback" "$file"
done
for file in "$root"/lib/fallback/*.so*; do
    patchelf --set-rpath '$ORIGIN/..:$ORIGIN' "$file"
done
for file in "$root"/plugins/*/*.so; do
    patchelf --set-rpath "\$ORIGIN/../../lib:$system_dirs:\$ORIGIN/../../lib/fallback" "$file"
done

# Qt 6.4's TLS plugin dlopens "libssl.so"/"libcrypto.so" before it scans for versioned names:
# these links make that find the bundled OpenSSL 3 rather than whatever development files
# (possibly another major version) the system has.
ln -s libssl.so.3 "$root/lib/libssl.so"
ln -s libcrypto.so.3 "$root/lib/libcrypto.so"

# 5. qt.conf beside the executables: plugins and Qt's translations from the bundle, never from
#    a Qt the system may have.
cat >"$root/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
Translations = translations
EOF
IFS=, read -r -a language_list <<<"$languages"
for language in "${language_list[@]}"; do
    if [ -f "$qt_translations/qtbase_$language.qm" ]; then
        install -m 0644 "$qt_translations/qtbase_$language.qm" "$root/translations/"
    else
        echo "make-bundle.sh: warning: $qt_translations/qtbase_$language.qm is missing (qt6-translations-l10n)" >&2
    fi
done

# 6. The licences of what was copied: each Debian package's copyright file (one dpkg query).
if command -v dpkg-query >/dev/null; then
    sources=()
    for path in "${libraries[@]}"; do sources+=("$(readlink -f "$path")"); done
    while read -r file; do sources+=("$qt_plugins/${file#"$root/plugins/"}"); done < <(find "$root/plugins" -type f)
    for file in "$root"/translations/*.qm; do sources+=("$qt_translations/$(basename "$file")"); done
    # usrmerge: dpkg may know a file under /lib rather than /usr/lib, so ask for both.
    for path in "${sources[@]}"; do
        if [[ $path == /usr/* ]]; then sources+=("${path#/usr}"); fi
    done
    while read -r package; do
        if [ -f "/usr/share/doc/$package/copyright" ]; then
            install -D -m 0644 "/usr/share/doc/$package/copyright" \
                "$root/share/doc/textdesk/third-party/$package/copyright"
        fi
    done < <(dpkg-query -S "${sources[@]}" 2>/dev/null | sed -E 's/: .*//' | tr ',' '\n' |
        sed -E 's/^ +//; s/:[a-z0-9]+$//' | sort -u)
fi

# 7. Check: every library textdesk loads resolves inside the bundle or is one of the excluded.
while read -r line; do
    case $line in
    *' => '*)
        soname=${line%% *}
        path=${line#* => }
        path=${path%% (*}
        if [[ ! $soname =~ $excluded ]] && [[ ! $soname =~ $fallback ]] && [[ $path != "$root"/* ]]; then
            echo "make-bundle.sh: bin/textdesk loads $soname from $path, not from the bundle" >&2
            exit 1
        fi
        ;;
    esac
done < <(ldd "$root/bin/textdesk")

# 8. The archive: one top folder, owned by root, permissions as installed.
find "$root" -type d -exec chmod 0755 {} +
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$work" -cf - "$name" | gzip -6n >"$output.part"
mv "$output.part" "$output"
echo "make-bundle.sh: $output ($(du -sh "$root" | cut -f1) unpacked, ${#libraries[@]} libraries)"
rm -rf "$work"
