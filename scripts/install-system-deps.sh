#!/usr/bin/env bash
# Installs the Debian packages certdesk needs. Usage: install-system-deps.sh app|test
# "app": the shared libraries Qt needs to open a window.
# "test": also the real servers the test suite runs (BIND 9, PowerDNS), Xvfb, openssl, and
# the Windows installer tools (nsis, wixl, osslsigncode) the packaging tests build with.
set -euo pipefail
what=${1:-app}
app_pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core python3-venv)
test_pkgs=(bind9 bind9-utils bind9-dnsutils pdns-server pdns-backend-sqlite3 sqlite3 xvfb openssl
  nsis wixl osslsigncode
  ca-certificates systemd  # systemd: systemd-analyze verifies the generated timer units
  socat curl)  # acme.sh's standalone mode, beside which `make bench` measures certdesk
pkgs=("${app_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "Need root to install: ${missing[*]} (run as root or install sudo)" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Packaged daemons must not start system-wide: the tests start their own on loopback ports.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
