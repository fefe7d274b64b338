#!/usr/bin/env bash
# The Linux download: the frozen one-dir as certdesk-VERSION-linux-ARCH.tar.gz, with a .desktop
# file, the icon and install-desktop-entry.sh (adds certdesk to the user's application menu).
#   make_tarball.sh SOURCE_DIR OUT_DIR [VERSION]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
python=${PYTHON:-python3}
version=${3:-$("$python" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$root/pyproject.toml")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$src" "$work/certdesk"
mkdir -p "$work/certdesk/share"
"$python" "$root/packaging/make_icons.py" "$work/icons" >/dev/null
cp "$work/icons/certdesk-256.png" "$work/certdesk/share/certdesk.png"
cp "$here/certdesk.desktop" "$work/certdesk/share/certdesk.desktop"
cat > "$work/certdesk/install-desktop-entry.sh" <<'SH'
#!/bin/sh
# Adds certdesk to your application menu (run it again after moving this folder).
set -e
dir=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$dir/share/certdesk.png" "$icons/certdesk.png"
sed "s|@EXEC@|\"$dir/certdesk\"|" "$dir/share/certdesk.desktop" > "$apps/certdesk.desktop"
echo "certdesk added to the application menu ($apps/certdesk.desktop)"
SH
chmod +x "$work/certdesk/install-desktop-entry.sh"
arch=$(uname -m)
tar -C "$work" -czf "$out/certdesk-$version-linux-$arch.tar.gz" certdesk
ls -l "$out/certdesk-$version-linux-$arch.tar.gz"
