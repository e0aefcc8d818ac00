#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (playwright's own browser download cannot work here). Install it where we can
# (root + apt); otherwise fail loudly: browser tests are never skipped silently.
set -euo pipefail
CHROMIUM="${RGE_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[tests] installing Debian's chromium for the browser tests (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "ERROR: browser tests need Chromium at $CHROMIUM and it could not be installed (not root, or no apt-get)." >&2
echo "       Install it (Debian: sudo apt-get install -y chromium) or set RGE_CHROMIUM to a Chromium binary." >&2
exit 1
