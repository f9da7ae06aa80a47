#!/bin/sh
# Debian libraries ksdesk needs. `test`: what Qt needs to run headless, and poppler-utils for
# the PDF checks. `gui`: also what Qt's xcb platform needs to open a real window.
# As root on Debian/Ubuntu they are installed; elsewhere we say what to install.
set -u
# tesseract-ocr + tesseract-ocr-swe: OCR of bilaga pages that carry images, before a public copy.
# postgresql: the team-mode tests start a throw-away server of their own (initdb, pg_ctl).
TEST_DEBS="libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 poppler-utils tesseract-ocr tesseract-ocr-swe postgresql"
GUI_DEBS="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0"
case "${1:-test}" in
  gui) wanted="$TEST_DEBS $GUI_DEBS" ;;
  *) wanted="$TEST_DEBS" ;;
esac
command -v dpkg-query >/dev/null 2>&1 || {
  echo "ksdesk: inte Debian – se till att Qt:s systembibliotek och poppler-utils finns." >&2
  exit 0
}
missing=""
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ksdesk: installerar Debian-paket:$missing"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { echo "ksdesk: kunde inte installera:$missing" >&2; exit 1; }
else
  echo "ksdesk: dessa Debian-paket saknas:$missing" >&2
  echo "ksdesk: installera dem med: sudo apt-get install$missing" >&2
fi
