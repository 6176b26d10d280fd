#!/usr/bin/env bash
# Makes sure a Chromium exists for the browser tests: finds one, or installs Debian's package
# when running as root with apt-get; otherwise stops with a message saying how to get one.
set -u
here=$(cd "$(dirname "$0")" && pwd)
if node "$here/chrome-path.mjs" >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found; installing Debian's chromium package (apt-get)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  node "$here/chrome-path.mjs" >/dev/null && exit 0
fi
node "$here/chrome-path.mjs" >&2
exit 1
