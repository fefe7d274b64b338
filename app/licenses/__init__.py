"""Licence texts certdesk must ship with components whose packages carry none: Qt for Python
(LGPL v3, which builds on the GPL v3 text) and certifi's CA bundle (MPL 2.0)."""
