#!/bin/sh
# Renders the committed PNG icons from the SVG drawings (run after changing a drawing; needs
# rsvg-convert from librsvg2-bin). 16 and 24 px have their own pixel-aligned drawings; the other
# sizes come from the main icon, resources/icons/textdesk.svg. Also resources/windows/textdesk.ico.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    case $size in
    16 | 24) source=textdesk-$size.svg ;;
    *) source=../../icons/textdesk.svg ;;
    esac
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$source" \
        --output "hicolor/${size}x${size}/apps/io.textdesk.Textdesk.png"
done
# Windows' icon (installer, textdesk.exe) from the same PNGs; needs ImageMagick.
convert hicolor/16x16/apps/io.textdesk.Textdesk.png hicolor/24x24/apps/io.textdesk.Textdesk.png \
    hicolor/32x32/apps/io.textdesk.Textdesk.png hicolor/48x48/apps/io.textdesk.Textdesk.png \
    hicolor/64x64/apps/io.textdesk.Textdesk.png hicolor/256x256/apps/io.textdesk.Textdesk.png \
    ../../windows/textdesk.ico
