#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser download).
# Install it when missing and we can; otherwise say exactly what is needed.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get)..."
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  exit 0
fi

echo "The browser tests need Chromium at $CHROMIUM: install Debian's 'chromium' package (sudo apt-get install chromium) and run again." >&2
exit 1
