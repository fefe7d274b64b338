"""GUI-agnostic flows for the desktop app's wizard and dialogs (Electrum-style).

Which page comes next, what is valid, and the request the pages collect live here, Qt-free,
so they are tested without a display and any front end can render them.
"""
