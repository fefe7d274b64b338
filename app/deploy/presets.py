"""The Windows deployment presets: what each changes, what it needs, how it is configured.

A static table (no lookup by computed name): the preset key selects one entry, the entry
names its script file and the options it accepts. Every option reaches the script as a
CERTDESK_* environment variable read by the script's param() defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import InvalidInput


class PresetKey(StrEnum):
    CERT_STORE = "windows-store"
    IIS = "iis"
    RDP = "rdp"
    RD_GATEWAY = "rd-gateway"
    EXCHANGE = "exchange"

    @classmethod
    def parse(cls, text: str) -> PresetKey:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInput(f"'{text}' is not a deployment preset.",
                               "Use one of: " + ", ".join(k.value for k in cls) + ".") from None


@dataclass(frozen=True)
class PresetOption:
    key: str  # the option's name (CLI --key, GUI field)
    env: str  # the environment variable the script reads
    description: str
    default: str = ""
    choices: tuple[str, ...] = ()
    flag: bool = False  # a yes/no option ("1" or "")


@dataclass(frozen=True)
class WindowsPreset:
    key: PresetKey
    label: str
    script: str  # file name in app/deploy/windows
    changes: tuple[str, ...]  # what it changes, in the order it does it (the dry run's outline)
    elevation: str  # who may run it, and what happens in a scheduled task without elevation
    options: tuple[PresetOption, ...] = ()


REMOVE_REPLACED = PresetOption(
    "remove-replaced", "CERTDESK_REMOVE_REPLACED",
    "remove the replaced certificate from the store once the new one is confirmed", flag=True)
FRIENDLY_NAME = PresetOption("friendly-name", "CERTDESK_FRIENDLY_NAME",
                             "the friendly name shown in the certificate store (default: the "
                             "certificate's label and expiry date)")

_NEEDS_ADMIN = ("Needs an elevated process (an administrator's 'Run as administrator', or the "
                "scheduled task with 'Run with highest privileges'). Without it the script "
                "stops before changing anything and the deployment is reported as failed, "
                "with this hint; the previous certificate stays in use.")

PRESETS: dict[PresetKey, WindowsPreset] = {
    PresetKey.CERT_STORE: WindowsPreset(
        PresetKey.CERT_STORE, "Windows certificate store", "cert_store.ps1",
        ("Import the PFX into Cert:\\<store>\\My with the private key not exportable",
         "Set its friendly name",
         "After confirmation, optionally remove the certificate it replaces"),
        "CurrentUser (the default) needs no elevation and works from the scheduled task, "
        "which runs as you. LocalMachine (for services such as IIS, RDP or SQL Server) "
        + _NEEDS_ADMIN,
        (PresetOption("store", "CERTDESK_STORE_LOCATION",
                      "CurrentUser (your own store) or LocalMachine (the computer's, used by "
                      "services; needs elevation)", "CurrentUser",
                      ("CurrentUser", "LocalMachine")),
         FRIENDLY_NAME, REMOVE_REPLACED)),
    PresetKey.IIS: WindowsPreset(
        PresetKey.IIS, "IIS HTTPS bindings", "iis.ps1",
        ("Import the PFX into Cert:\\LocalMachine\\My",
         "Point every HTTPS binding that uses the old certificate at the new one (or the "
         "named site, host name and port, created with SNI if missing)",
         "Read the bindings back and confirm they use the new certificate",
         "After confirmation, optionally remove the replaced certificate"),
        _NEEDS_ADMIN,
        (PresetOption("site", "CERTDESK_IIS_SITE",
                      "an IIS site name (default: every binding that uses the old "
                      "certificate)"),
         PresetOption("host", "CERTDESK_IIS_HOST", "the binding's host name (with a site)"),
         PresetOption("port", "CERTDESK_IIS_PORT", "the binding's port (with a site)", "443"),
         PresetOption("sni", "CERTDESK_IIS_SNI",
                      "require SNI on the binding (several certificates on one IP and port)",
                      flag=True),
         FRIENDLY_NAME, REMOVE_REPLACED)),
    PresetKey.RDP: WindowsPreset(
        PresetKey.RDP, "Remote Desktop (RDP listener)", "rdp.ps1",
        ("Import the PFX into Cert:\\LocalMachine\\My",
         "Let NETWORK SERVICE read the private key",
         "Set SSLCertificateSHA1Hash of Win32_TSGeneralSetting (RDP-Tcp)",
         "Read the setting back and confirm it",
         "After confirmation, optionally remove the replaced certificate"),
        _NEEDS_ADMIN, (FRIENDLY_NAME, REMOVE_REPLACED)),
    PresetKey.RD_GATEWAY: WindowsPreset(
        PresetKey.RD_GATEWAY, "Remote Desktop Gateway", "rd_gateway.ps1",
        ("Import the PFX into Cert:\\LocalMachine\\My",
         "Set RDS:\\GatewayServer\\SSLCertificate\\Thumbprint",
         "Restart the TSGateway service (open gateway sessions reconnect)",
         "Read the setting back and confirm it",
         "After confirmation, optionally remove the replaced certificate"),
        _NEEDS_ADMIN,
        (PresetOption("restart", "CERTDESK_RESTART_SERVICE",
                      "restart TSGateway so it uses the new certificate", "1", flag=True),
         FRIENDLY_NAME, REMOVE_REPLACED)),
    PresetKey.EXCHANGE: WindowsPreset(
        PresetKey.EXCHANGE, "Exchange Server (IIS and SMTP)", "exchange.ps1",
        ("Load the Exchange Management Shell snap-in",
         "Import the PFX with Import-ExchangeCertificate",
         "Enable it for IIS and SMTP (Enable-ExchangeCertificate -Force: no prompt to "
         "replace the default SMTP certificate)",
         "Confirm that Exchange lists the new certificate for IIS and SMTP",
         "After confirmation, optionally remove the replaced certificate "
         "(Remove-ExchangeCertificate)"),
        _NEEDS_ADMIN + " The account also needs the Exchange 'Organization Management' or "
        "'Server Management' role.", (REMOVE_REPLACED,)),
}


def preset(key: PresetKey) -> WindowsPreset:
    return PRESETS[key]


def check_options(p: WindowsPreset, values: dict[str, str]) -> dict[str, str]:
    """The options of `p` with defaults filled in; unknown keys and bad choices refused."""
    known = {o.key: o for o in p.options}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise InvalidInput(f"The {p.key.value} preset has no option {', '.join(unknown)}.",
                           "Its options: " + (", ".join(known) or "none") + ".")
    result: dict[str, str] = {}
    for option in p.options:
        value = str(values.get(option.key, option.default))
        if option.flag:
            value = "1" if value.strip().lower() in {"1", "true", "yes", "on"} else ""
        elif option.choices and value not in option.choices:
            match = [c for c in option.choices if c.lower() == value.lower()]
            if not match:
                raise InvalidInput(f"'{value}' is not a choice for {option.key}.",
                                   "Use " + " or ".join(option.choices) + ".")
            value = match[0]
        if any(ch in value for ch in "\r\n\x00"):
            raise InvalidInput(f"The {option.key} option cannot contain line breaks.",
                               "Give it on one line.")
        result[option.key] = value
    if p.key is PresetKey.IIS:
        port = result.get("port", "443")
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise InvalidInput(f"'{port}' is not a port.", "Use a port from 1 to 65535.")
        if (result.get("host") or result.get("sni")) and not result.get("site"):
            raise InvalidInput("A host name or SNI applies to a named site.",
                               "Add the site's name, or leave host and SNI out to update every "
                               "binding that uses the old certificate.")
    return result
