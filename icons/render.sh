#!/bin/sh
# Renders every SVG symbol to NAME.png (1x) and NAME@2x.png (2x) next to it.
# Uses rsvg-convert (Debian: librsvg2-bin) when present, else ImageMagick's convert.
set -eu
dir="$(cd "$(dirname "$0")" && pwd)/src/main/resources/org/labcanvas/icons"
for svg in "$dir"/*.svg; do
  name="${svg%.svg}"
  w=$(sed -n 's/.*<svg[^>]* width="\([0-9]*\)".*/\1/p' "$svg" | head -n1)
  if command -v rsvg-convert >/dev/null 2>&1; then
    rsvg-convert -w "$w" "$svg" -o "$name.png"
    rsvg-convert -w $((w * 2)) "$svg" -o "$name@2x.png"
  else
    convert -background none -density 96 "$svg" "PNG32:$name.png"
    convert -background none -density 192 "$svg" "PNG32:$name@2x.png"
  fi
done
echo "rendered $(ls "$dir"/*.svg | wc -l) symbols in $dir"
