#!/usr/bin/env bash
# On a Mac: finishes dist/certdesk.app (Info.plist, icon, signature) and makes the .dmg.
#   make_dmg.sh APP_DIR OUT_DIR
# Signing: ad hoc by default (runs on the building Mac; Gatekeeper elsewhere asks the user to
# allow it in System Settings). With a Developer ID:
#   CERTDESK_MACOS_SIGN_IDENTITY  "Developer ID Application: Name (TEAMID)" in the keychain
#   CERTDESK_NOTARY_PROFILE       a notarytool keychain profile (xcrun notarytool
#                                 store-credentials), to notarize and staple the dmg
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
python=${PYTHON:-python3}
version=$("$python" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$root/pyproject.toml")
"$python" "$here/render_plist.py" "$app/Contents/Info.plist"
"$python" "$root/packaging/make_icons.py" "$root/build/icons" >/dev/null
mkdir -p "$app/Contents/Resources"
cp "$root/build/icons/certdesk.icns" "$app/Contents/Resources/certdesk.icns"

identity=${CERTDESK_MACOS_SIGN_IDENTITY:--}
opts=(--force --deep --timestamp=none --sign "$identity")
if [ "$identity" != "-" ]; then
  opts=(--force --deep --options runtime --timestamp --sign "$identity")
fi
codesign "${opts[@]}" "$app"
codesign --verify --deep --strict "$app"

dmg="$out/certdesk-$version-macos.dmg"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "certdesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 "$dmg"
if [ "$identity" != "-" ]; then
  codesign --force --sign "$identity" "$dmg"
  if [ -n "${CERTDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$CERTDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
ls -l "$dmg"
