#!/bin/sh
# Fails when a .ts file is stale against the sources (lupdate would change it) or when a
# translation is unfinished. Usage: check-translations.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
cd "$src"
for ts in translations/textdesk_*.ts; do
    cp "$ts" "$work/"
    copy="$work/$(basename "$ts")"
    case "$ts" in
    *_en.ts) options="-pluralonly" ;;
    *) options="" ;;
    esac
    # The same sources and options as the update_translations target (ui/CMakeLists.txt).
    "$lupdate" -silent -no-obsolete -locations none $options app sim ui -ts "$copy" >/dev/null
    if ! cmp -s "$ts" "$copy"; then
        echo "STALE: $ts does not match the sources. Run: cmake --build build --target update_translations, then translate what changed." >&2
        diff -u "$ts" "$copy" | head -40 >&2 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    empty=$(grep -c '<numerusform></numerusform>' "$ts" || true)
    if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "UNFINISHED: $ts has $unfinished unfinished entries and $empty empty plural forms." >&2
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -10 >&2 || true
        status=1
    fi
    [ $status -eq 0 ] && echo "ok: $ts"
done
exit $status
