"""ACME (RFC 8555) protocol adapter over certbot's `acme` library."""
