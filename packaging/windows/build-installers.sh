#!/usr/bin/env bash
# Builds the Windows installers from a frozen one-dir folder:
#   build-installers.sh SOURCE_DIR OUT_DIR [VERSION]
# -> OUT_DIR/certdesk-VERSION-setup.exe (NSIS, per user) and certdesk-VERSION-x64.msi (wixl,
# per machine). Runs on Linux (Debian's nsis, wixl, osslsigncode) and on Windows with NSIS.
# The payload's executables and both installers are signed when sign.sh is given a
# certificate (see there); VERSION defaults to pyproject.toml's.
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

"$python" "$root/packaging/make_icons.py" "$work/icons" >/dev/null
exes=()
for exe in "$src/certdesk.exe" "$src/certdesk-cli.exe"; do [ -e "$exe" ] && exes+=("$exe"); done
[ ${#exes[@]} -gt 0 ] && bash "$here/sign.sh" "${exes[@]}"

makensis -V2 -WX -DVERSION="$version" -DSOURCE_DIR="$src" -DICON="$work/icons/certdesk.ico" \
  -DLICENSE_FILE="$root/LICENSE" -DOUT_FILE="$out/certdesk-$version-setup.exe" \
  "$here/certdesk.nsi"

if command -v wixl >/dev/null; then
  # wixl resolves sources relative to the working folder.
  ln -s "$src" "$work/payload"
  cp "$work/icons/certdesk.ico" "$work/certdesk.ico"
  (cd "$work" && find payload/ -type f | sort | wixl-heat -p payload/ --component-group CG.Files \
     --var var.SourceDir --directory-ref INSTALLDIR --win64 > files.wxs \
   && wixl -a x64 -D Win64=yes -D Version="$version" -D SourceDir=payload -D Icon=certdesk.ico \
     -o "$out/certdesk-$version-x64.msi" "$here/certdesk.wxs" files.wxs)
else
  echo "build-installers.sh: wixl not found, no MSI (install msitools' wixl)" >&2
  exit 1
fi
bash "$here/sign.sh" "$out/certdesk-$version-setup.exe" "$out/certdesk-$version-x64.msi"
ls -l "$out"
