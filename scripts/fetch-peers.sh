#!/usr/bin/env bash
# Fetches the tools certdesk is benchmarked against into the project-local cache .cache/peers:
#   lego and acme.sh from Debian's unstable suite (acme.sh's standalone mode also needs the
#   system's socat, installed by install-system-deps.sh test), unpacked without touching the
#   system's apt configuration or installed packages (scripts/debian-unstable-download.sh, as
#   for Pebble); certbot from PyPI into its own virtualenv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache/peers"
bin="$cache/root/usr/bin"
python=${PYTHON:-python3}
mkdir -p "$cache"

if ! { [ -x "$bin/lego" ] && [ -e "$cache/root/usr/share/acme.sh/acme.sh" ] ; }; then
  apt_dir="$cache/apt"
  rm -rf "$apt_dir" "$cache/root"
  mkdir -p "$apt_dir" "$cache/root"
  CALLER=$0 bash "$root/scripts/debian-unstable-download.sh" "$apt_dir" lego acme.sh
  for deb in "$apt_dir"/*.deb; do
    dpkg-deb -x "$deb" "$cache/root"
  done
  rm -rf "$apt_dir"
fi
"$bin/lego" --version 2>&1 | head -n 1
echo "acme.sh $(sed -n 's/^VER=//p' "$cache/root/usr/share/acme.sh/acme.sh" | head -n 1)"

if [ ! -x "$cache/certbot/bin/certbot" ]; then
  rm -rf "$cache/certbot"
  "$python" -m venv "$cache/certbot"
  "$cache/certbot/bin/pip" install -q --upgrade pip
  "$cache/certbot/bin/pip" install -q certbot
fi
"$cache/certbot/bin/certbot" --version 2>&1 | head -n 1
