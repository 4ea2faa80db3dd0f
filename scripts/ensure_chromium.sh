#!/usr/bin/env bash
# Make sure Debian's chromium is installed at /usr/bin/chromium (tests/test_report.py
# renders output/report.html in it). Idempotent: does nothing when it is already there.
# Installs with apt-get as root, or through sudo when not root. Exit 0 iff chromium is
# present afterwards.
set -uo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "ensure_chromium: $CHROMIUM already present ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: $CHROMIUM missing and apt-get not found; install chromium by hand" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
else
    echo "ensure_chromium: $CHROMIUM missing; not root and no password-less sudo, cannot install" >&2
    echo "ensure_chromium: run as root: apt-get update && apt-get install -y --no-install-recommends chromium" >&2
    exit 1
fi

echo "ensure_chromium: $CHROMIUM missing; installing Debian's chromium with apt-get${SUDO:+ (via sudo)}"
export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get update; then
    echo "ensure_chromium: apt-get update failed" >&2
    exit 1
fi
if ! "${SUDO[@]}" apt-get install -y --no-install-recommends chromium; then
    echo "ensure_chromium: apt-get install chromium failed" >&2
    exit 1
fi

if [ -x "$CHROMIUM" ]; then
    echo "ensure_chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    exit 0
fi
echo "ensure_chromium: apt-get finished but $CHROMIUM is still missing" >&2
exit 1
