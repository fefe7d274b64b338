#!/usr/bin/env bash
# Fetches Pebble (>= 2.10, with pebble-challtestsrv) from Debian's unstable suite into a
# project-local cache, without touching the system's apt configuration or installed packages.
# The archive's address is read from this machine's own apt sources, never written here.
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

uri=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -e "$f" ] || continue
  # First deb822 stanza whose suites name a Debian release (not -security, not third-party).
  uri=$(awk 'BEGIN{RS=""} /Signed-By: \/usr\/share\/keyrings\/debian-archive-keyring.gpg/ && !/security/ {
          for (i=1;i<=NF;i++) if ($i=="URIs:") {print $(i+1); exit} }' "$f")
  [ -n "$uri" ] && break
done
if [ -z "$uri" ] && [ -e /etc/apt/sources.list ]; then
  uri=$(awk '$1=="deb" && $0 !~ /security/ {for(i=2;i<=NF;i++) if ($i ~ /^(https?|ftp):/) {print $i; exit}}' /etc/apt/sources.list)
fi
if [ -z "$uri" ]; then
  echo "fetch-pebble: found no Debian archive in this machine's apt sources" >&2
  exit 1
fi

rm -rf "$cache"
mkdir -p "$cache/etc" "$cache/lists/partial" "$cache/archives/partial" "$cache/root"
cat > "$cache/etc/unstable.sources" <<SRC
Types: deb
URIs: $uri
Suites: unstable
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$cache/etc"
      -o "Dir::State::Lists=$cache/lists" -o "Dir::Cache=$cache" -o "Dir::Cache::archives=$cache/archives"
      -o "Dir::State::status=/var/lib/dpkg/status" -o "APT::Sandbox::User=root"
      -o "Debug::NoLocking=1" -qq)
apt-get "${opts[@]}" update
(cd "$cache" && apt-get "${opts[@]}" download pebble)
deb=$(ls "$cache"/pebble_*.deb | head -n 1)
check_version "$deb"
dpkg-deb -x "$deb" "$cache/root"
rm -rf "$cache/lists" "$cache/archives"
