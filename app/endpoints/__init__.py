"""Endpoint checks: fetch the certificate a TLS endpoint serves and judge it against the
managed one."""
