"""Deployment presets: after an export target has written its files, put the certificate where
a service uses it. The Windows presets are PowerShell scripts shipped as package data in
app/deploy/windows (never code built from strings); their parameters travel in environment
variables, so a name or path can never become code."""
