#!/usr/bin/env bash
# Regenerates every icon file from debtmeter.svg; run it after editing the SVG and commit the results.
# Needs Debian packages librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
# The window loads png/ from the jar (pom.xml copies it); the installers use the .png, .ico and .icns.
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" debtmeter.svg --output "png/debtmeter-$size.png"
done
# Windows: one .ico with the sizes Explorer and the taskbar ask for (256 is stored as PNG inside).
icotool --create --output debtmeter.ico \
    png/debtmeter-16.png png/debtmeter-24.png png/debtmeter-32.png png/debtmeter-48.png \
    png/debtmeter-64.png --raw=png/debtmeter-256.png
# macOS: the sizes png2icns knows (16, 32, 48, 128, 256, 512).
png2icns debtmeter.icns png/debtmeter-16.png png/debtmeter-32.png png/debtmeter-48.png \
    png/debtmeter-128.png png/debtmeter-256.png png/debtmeter-512.png >/dev/null
echo "generate.sh: icons written to $(pwd)"
