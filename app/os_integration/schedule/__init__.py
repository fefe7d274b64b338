"""Headless renewal: register `certdesk-cli renew --due` twice a day with the OS scheduler.

Generators are pure functions (tested for exact content); what would be run is a list of argv
lists handed to an injectable runner, so nothing is installed in tests.
"""
