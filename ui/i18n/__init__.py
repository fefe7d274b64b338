"""Translations of the desktop app: Qt Linguist sources (.ts) and compiled catalogues (.qm).

`make translations` refreshes the sources from the code and compiles them
(scripts/update_translations.py); ui/translations.py loads them at start.
"""
