#!/bin/sh
# Make sure Debian's Chromium is there for the browser tests (tests/test_browser.py).
#
# Installs it with apt-get when /usr/bin/chromium is missing and we are root; otherwise
# says that the browser tests will be skipped and how to install it. Never downloads a
# browser of Playwright's own. Exits 0 either way, so `make test` goes on.
CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing Debian's chromium for the browser tests"
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
        [ -x "$CHROMIUM" ] && exit 0
    fi
    echo "ensure-chromium: apt-get could not install chromium; the browser tests will be skipped" >&2
    exit 0
fi
echo "ensure-chromium: $CHROMIUM not found; the browser tests (tests/test_browser.py) will be skipped." >&2
echo "ensure-chromium: to run them, install Debian's chromium: sudo apt-get install chromium" >&2
exit 0
