"""Domain validation: challenge solvers (DNS-01, HTTP-01, TLS-ALPN-01, ...) and their checks."""
