"""A --dns-exec hook for tests: `hook.py MGMT_URL present|cleanup FQDN VALUE`.

Creates or removes the TXT record in pebble-challtestsrv through its management API.
"""

from __future__ import annotations

import sys

import requests


def main(argv: list[str]) -> int:
    mgmt, action, fqdn, value = argv[1:5]
    if action == "present":
        requests.post(f"{mgmt}/set-txt", json={"host": fqdn, "value": value}, timeout=5)
    elif action == "cleanup":
        requests.post(f"{mgmt}/clear-txt", json={"host": fqdn}, timeout=5)
    else:
        print(f"unknown action {action}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
