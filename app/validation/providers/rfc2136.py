"""RFC 2136 dynamic updates signed with TSIG (BIND, Knot, PowerDNS, Windows DNS with TSIG)."""

from __future__ import annotations

import base64
import binascii

import dns.exception
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdatatype
import dns.tsig
import dns.tsigkeyring
import dns.update

from app.validation.dns.query import parse_server
from app.validation.providers.base import (
    DnsProvider,
    ProviderError,
    ProviderField,
    ProviderInfo,
    TxtRecord,
)

ALGORITHMS = ("hmac-sha256", "hmac-sha512", "hmac-sha384", "hmac-sha224", "hmac-sha1", "hmac-md5")
_HINT = "Check the server address, the TSIG key and that the zone allows updates with this key."


class Rfc2136Provider(DnsProvider):
    info = ProviderInfo(
        name="rfc2136", title="RFC 2136 dynamic update (TSIG)",
        fields=(
            ProviderField("server", "Primary server (HOST[:PORT])", required=True),
            ProviderField("key_name", "TSIG key name", required=True),
            ProviderField("key_secret", "TSIG secret (base64)", secret=True, required=True),
            ProviderField("key_algorithm", "TSIG algorithm", default="hmac-sha256",
                          help="one of " + ", ".join(ALGORITHMS)),
            ProviderField("zone", "Zone (optional; found in DNS when empty)"),
        ))

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__(values)
        self.server = parse_server(self.value("server"))
        algorithm = self.value("key_algorithm").lower()
        if algorithm not in ALGORITHMS:
            raise ProviderError(f"Unknown TSIG algorithm '{algorithm}'.",
                                "Use one of: " + ", ".join(ALGORITHMS) + ".")
        try:
            base64.b64decode(self.value("key_secret"), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ProviderError("The TSIG secret is not valid base64.",
                                "Copy the secret from the key file (the part in quotes).") from exc
        self.key_name = dns.name.from_text(self.value("key_name"))
        self.keyring = dns.tsigkeyring.from_text({self.value("key_name"): self.value("key_secret")})
        self.algorithm = dns.name.from_text(algorithm)
        self.timeout = 10.0

    def _send(self, message: dns.message.Message, what: str,
              accept: tuple[int, ...] = (dns.rcode.NOERROR,)) -> dns.message.Message:
        try:
            response = dns.query.tcp(message, self.server.host, port=self.server.port,
                                     timeout=self.timeout)
        except dns.tsig.PeerError as exc:
            raise ProviderError(f"{what}: the server {self.server} rejected the TSIG key "
                                f"'{self.key_name}' ({exc}).", _HINT) from exc
        except (dns.exception.DNSException, OSError) as exc:
            raise ProviderError(f"{what}: the DNS server {self.server} could not be reached "
                                f"({exc or type(exc).__name__}).", _HINT) from exc
        rcode = response.rcode()
        if rcode not in accept:
            raise ProviderError(f"{what}: the server {self.server} answered "
                                f"{dns.rcode.to_text(rcode)}.", _HINT)
        return response

    def _update(self, zone: str) -> dns.update.UpdateMessage:
        return dns.update.UpdateMessage(zone, keyring=self.keyring, keyname=self.key_name,
                                        keyalgorithm=self.algorithm)

    def create_txt(self, record: TxtRecord) -> None:
        update = self._update(record.zone)
        update.add(dns.name.from_text(record.fqdn), record.ttl, dns.rdatatype.TXT,
                   _quote(record.value))
        self._send(update, f"Creating the TXT record {record.fqdn}")

    def delete_txt(self, record: TxtRecord) -> None:
        update = self._update(record.zone)
        update.delete(dns.name.from_text(record.fqdn), dns.rdatatype.TXT, _quote(record.value))
        self._send(update, f"Deleting the TXT record {record.fqdn}")

    def test(self, zone: str | None = None) -> str:
        zone = zone or self.fixed_zone
        query = dns.message.make_query(zone or ".", dns.rdatatype.SOA)
        query.use_tsig(self.keyring, keyname=self.key_name, algorithm=self.algorithm)
        # Without a zone only the key is checked: a signed REFUSED still proves the key.
        accept = (dns.rcode.NOERROR,) if zone else (dns.rcode.NOERROR, dns.rcode.REFUSED)
        self._send(query, "Testing the TSIG key", accept)
        where = f" for the zone {zone}" if zone else ""
        return f"The server {self.server} accepted the TSIG key {self.key_name}{where}."


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
