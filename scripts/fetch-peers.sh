#!/usr/bin/env bash
# Fetches the tools certdesk is benchmarked against into the project-local cache .cache/peers:
#   lego and acme.sh from Debian's unstable suite (acme.sh's standalone mode also needs the
#   system's socat, installed by install-system-deps.sh test), unpacked without touching the system's apt configuration or installed packages, the
#   way scripts/fetch-pebble.sh fetches Pebble; certbot from PyPI into its own virtualenv.
# The archive's address is read from this machine's own apt sources, never written here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache/peers"
bin="$cache/root/usr/bin"
python=${PYTHON:-python3}
mkdir -p "$cache"

if ! { [ -x "$bin/lego" ] && [ -e "$cache/root/usr/share/acme.sh/acme.sh" ] ; }; then
  uri=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    uri=$(awk 'BEGIN{RS=""} /Signed-By: \/usr\/share\/keyrings\/debian-archive-keyring.gpg/ && !/security/ {
            for (i=1;i<=NF;i++) if ($i=="URIs:") {print $(i+1); exit} }' "$f")
    [ -n "$uri" ] && break
  done
  if [ -z "$uri" ] && [ -e /etc/apt/sources.list ]; then
    uri=$(awk '$1=="deb" && $0 !~ /security/ {for(i=2;i<=NF;i++) if ($i ~ /^(https?|ftp):/) {print $i; exit}}' /etc/apt/sources.list)
  fi
  if [ -z "$uri" ]; then
    echo "fetch-peers: found no Debian archive in this machine's apt sources" >&2
    exit 1
  fi
  apt_dir="$cache/apt"
  rm -rf "$apt_dir" "$cache/root"
  mkdir -p "$apt_dir/etc" "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$cache/root"
  cat > "$apt_dir/etc/unstable.sources" <<SRC
Types: deb
URIs: $uri
Suites: unstable
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt_dir/etc"
        -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir" -o "Dir::Cache::archives=$apt_dir/archives"
        -o "Dir::State::status=/var/lib/dpkg/status" -o "APT::Sandbox::User=root"
        -o "Debug::NoLocking=1" -qq)
  apt-get "${opts[@]}" update
  (cd "$apt_dir" && apt-get "${opts[@]}" download lego acme.sh)
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
