#!/usr/bin/env bash
# Authenticode-signs Windows executables and installers in place with osslsigncode.
#   CERTDESK_SIGN_PFX             the code-signing certificate and key (PKCS#12 file)
#   CERTDESK_SIGN_PASSWORD_FILE   a file holding its password (never on the command line)
#   CERTDESK_SIGN_TIMESTAMP_URL   an RFC 3161 timestamp server (recommended: signatures stay
#                                 valid after the certificate expires)
# Without CERTDESK_SIGN_PFX nothing is signed (local and pull-request builds).
set -euo pipefail
if [ -z "${CERTDESK_SIGN_PFX:-}" ]; then
  echo "sign.sh: CERTDESK_SIGN_PFX not set, not signing: $*"
  exit 0
fi
for f in "$@"; do
  args=(sign -pkcs12 "$CERTDESK_SIGN_PFX" -n certdesk -h sha256 -in "$f" -out "$f.signed")
  [ -n "${CERTDESK_SIGN_PASSWORD_FILE:-}" ] && args+=(-readpass "$CERTDESK_SIGN_PASSWORD_FILE")
  [ -n "${CERTDESK_SIGN_TIMESTAMP_URL:-}" ] && args+=(-ts "$CERTDESK_SIGN_TIMESTAMP_URL")
  osslsigncode "${args[@]}" >/dev/null
  mv -f "$f.signed" "$f"
  echo "signed $f"
done
