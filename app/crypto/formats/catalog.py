"""The export formats certdesk offers, as plain values, with the texts an export dialog
shows: front ends list and parse them without loading the cryptography library
(app.crypto.formats.export renders them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.crypto.formats.errors import ExportRefused


class ExportFormat(enum.StrEnum):
    PEM = "pem"
    PEM_BUNDLE = "pem-bundle"
    DER = "der"
    P7B = "p7b"
    KEY = "key"
    PFX = "pfx"
    PFX_COMPAT = "pfx-compat"

    @classmethod
    def parse(cls, text: str) -> ExportFormat:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise ExportRefused(f"Unknown export format '{text}'.",
                                "Use one of: " + ", ".join(f.value for f in cls) + ".") from None


@dataclass(frozen=True)
class FormatInfo:
    format: ExportFormat
    label: str
    description: str  # shown in the export dialog, next to the choice
    folder: bool  # writes several files into a folder
    needs_key: bool
    password: str  # required | optional | none
    suffix: str  # default file name ending


FORMATS: dict[ExportFormat, FormatInfo] = {
    ExportFormat.PEM: FormatInfo(
        ExportFormat.PEM, "PEM files (certbot layout)",
        "A folder with cert.pem, chain.pem, fullchain.pem and privkey.pem, the names certbot "
        "uses. For nginx (fullchain.pem + privkey.pem), Apache, HAProxy, Postfix and most "
        "Linux software.", True, False, "none", ""),
    ExportFormat.PEM_BUNDLE: FormatInfo(
        ExportFormat.PEM_BUNDLE, "PEM bundle (one file)",
        "One PEM file with the certificate, the chain and the private key, for HAProxy, "
        "Webmin, Proxmox and tools that want everything in one file.", False, False, "none",
        ".pem"),
    ExportFormat.DER: FormatInfo(
        ExportFormat.DER, "DER certificate (.cer)",
        "The certificate alone in binary DER form, for Windows and Java tools that ask for a "
        ".cer/.der file. No chain, no key.", False, False, "none", ".cer"),
    ExportFormat.P7B: FormatInfo(
        ExportFormat.P7B, "PKCS#7 chain (.p7b)",
        "The certificate with its chain, without the key (DER-encoded PKCS#7), for Windows' "
        "certificate import and Java keytool.", False, False, "none", ".p7b"),
    ExportFormat.KEY: FormatInfo(
        ExportFormat.KEY, "Private key (PKCS#8)",
        "The private key alone as PKCS#8 PEM; with a passphrase it is encrypted "
        "(AES-256-CBC, PBKDF2).", False, True, "optional", ".key"),
    ExportFormat.PFX: FormatInfo(
        ExportFormat.PFX, "PFX / PKCS#12 (modern)",
        "Certificate, chain and key in one password-protected file, encrypted with "
        "AES-256-CBC (PBKDF2-SHA256) and a SHA-256 integrity check. For IIS and Windows "
        "Server 2019 or newer, Azure, Java 11+ keystores and current OpenSSL.", False, True,
        "required", ".pfx"),
    ExportFormat.PFX_COMPAT: FormatInfo(
        ExportFormat.PFX_COMPAT, "PFX / PKCS#12 (compatible, 3DES)",
        "The same PFX, encrypted the old way (3DES with a SHA-1 integrity check). Windows "
        "Server 2016 and older, Windows 10 before 1709 and the macOS Keychain cannot read the "
        "modern AES PFX, and they report it as a wrong password even when the password is "
        "right. Choose this for those systems only; its encryption is weaker.", False, True,
        "required", ".pfx"),
}
