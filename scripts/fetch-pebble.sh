#!/usr/bin/env bash
# Fetches Pebble (>= 2.10, with pebble-challtestsrv) from Debian's unstable suite into a
# project-local cache, without touching the system's apt configuration or installed packages.
# (scripts/debian-unstable-download.sh reads the archive from the machine's apt sources.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache/pebble"
bin="$cache/root/usr/bin"
minimum=2.10
# Pebble's own -version says "dev" in Debian's build: the package version is the real one.
check_version() {  # $1: a .deb file
  local version
  version=$(dpkg-deb -f "$1" Version)
  if ! dpkg --compare-versions "$version" ge "$minimum"; then
    echo "fetch-pebble: got Pebble $version, need $minimum or later" >&2
    return 1
  fi
  echo "Pebble version: $version"
}
if [ -x "$bin/pebble" ] && [ -x "$bin/pebble-challtestsrv" ]; then
  cached=$(ls "$cache"/pebble_*.deb 2>/dev/null | head -n 1 || true)
  if [ -n "$cached" ] && check_version "$cached"; then
    exit 0
  fi
fi

rm -rf "$cache"
mkdir -p "$cache/root"
CALLER=$0 bash "$root/scripts/debian-unstable-download.sh" "$cache" pebble
deb=$(ls "$cache"/pebble_*.deb | head -n 1)
check_version "$deb"
dpkg-deb -x "$deb" "$cache/root"
