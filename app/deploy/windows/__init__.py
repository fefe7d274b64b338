"""The PowerShell scripts of the Windows deployment presets (package data)."""
