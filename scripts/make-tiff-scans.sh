#!/bin/sh
# Makes the TIFF scans of test/fixtures/read/ from two CVs of test/fixtures/cv/, as office scanners
# and fax-to-mail services save them. Needs pdftoppm (poppler-utils), pgmtopbm (netpbm) and tiffcp,
# tiffcrop, tiffset, ppm2tiff, tiffmedian (libtiff-tools). Usage: sh scripts/make-tiff-scans.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/test/fixtures/read"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# A two-page fax: 204 × 196 dpi (non-square pixels), thresholded to black and white as a fax
# machine does, CCITT Group 4, white is zero, with a reduced-resolution thumbnail of page 1 between
# the pages (NewSubfileType 1), as fax servers write.
fax="$root/test/fixtures/cv/fr-chauffeur-pl-2pages.pdf"
pdftoppm -rx 204 -ry 196 -gray "$fax" fax
for n in 1 2; do
  pgmtopbm -threshold -value 0.6 "fax-$n.pgm" > "fax-$n.pbm"
  ppm2tiff -c g4 -R 204 "fax-$n.pbm" "fax-$n.tif"
  tiffset -s 283 196 "fax-$n.tif"
done
pdftoppm -f 1 -l 1 -scale-to 160 -gray "$fax" thumb
pgmtopbm -threshold thumb-1.pgm > thumb.pbm
ppm2tiff -c g4 -R 20 thumb.pbm thumb.tif
tiffcp fax-1.tif thumb.tif fax-2.tif "$out/scan-chauffeur-fax-g4.tif"
tiffset -d 1 -s 254 1 "$out/scan-chauffeur-fax-g4.tif"

# A copier's grey scan at 150 dpi, LZW with horizontal differencing.
cv="$root/test/fixtures/cv/fr-agent-entretien-simple.pdf"
pdftoppm -r 150 -f 1 -l 1 -gray -tiff "$cv" grey150
tiffcp -c lzw:2 grey150-1.tif "$out/scan-agent-entretien-lzw.tif"

# One page at 50 dpi in each layout a scanner may write, seven pages: grey PackBits, grey Deflate,
# YCbCr JPEG, RGB LZW with a predictor, grey LZW in 128 × 128 tiles, bilevel CCITT Group 3 (2-D,
# white is zero), bilevel uncompressed (black is zero).
pdftoppm -r 50 -f 1 -l 1 -gray -tiff "$cv" grey
pdftoppm -r 50 -f 1 -l 1 -tiff "$cv" rgb
pdftoppm -r 50 -f 1 -l 1 -mono -tiff "$cv" mono
tiffcp -c packbits grey-1.tif packbits.tif
tiffcp -c zip grey-1.tif deflate.tif
tiffcp -c jpeg:60 -r 16 rgb-1.tif jpeg.tif
tiffcp -c lzw:2 rgb-1.tif lzw-rgb.tif
tiffcp -c lzw -t -w 128 -l 128 grey-1.tif tiled.tif
tiffcrop -I both mono-1.tif mono-white.tif
tiffcp -c g3:2d mono-white.tif g3.tif
tiffcp -c none mono-1.tif raw.tif
tiffcp packbits.tif deflate.tif jpeg.tif lzw-rgb.tif tiled.tif g3.tif raw.tif "$out/tiff-compressions.tif"

# The same page as a 16-colour palette image, big-endian (Motorola byte order, as some Mac scanning
# software writes), LZW with a predictor.
tiffmedian -c lzw -C 16 rgb-1.tif palette.tif
tiffcp -B -c lzw:2 palette.tif "$out/tiff-palette-big-endian.tif"
