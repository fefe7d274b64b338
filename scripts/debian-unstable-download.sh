#!/usr/bin/env bash
# Downloads .deb files from Debian's unstable suite into a folder, without touching the
# system's apt configuration or installed packages (apt's state lives in FOLDER/.apt and is
# removed afterwards). Usage: debian-unstable-download.sh FOLDER PACKAGE...
# The archive's address is read from this machine's own apt sources, never written here.
set -euo pipefail
dest=$1
shift
who=$(basename "${CALLER:-$0}" .sh)

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
  echo "$who: found no Debian archive in this machine's apt sources" >&2
  exit 1
fi

state="$dest/.apt"
rm -rf "$state"
mkdir -p "$state/etc" "$state/lists/partial" "$state/archives/partial"
trap 'rm -rf "$state"' EXIT
cat > "$state/etc/unstable.sources" <<SRC
Types: deb
URIs: $uri
Suites: unstable
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$state/etc"
      -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state"
      -o "Dir::Cache::archives=$state/archives" -o "Dir::State::status=/var/lib/dpkg/status"
      -o "APT::Sandbox::User=root" -o "Debug::NoLocking=1" -qq)
apt-get "${opts[@]}" update
(cd "$dest" && apt-get "${opts[@]}" download "$@")
