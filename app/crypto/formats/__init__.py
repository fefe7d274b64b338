"""Certificate file formats: read PEM/DER/PFX/P7B, inspect, check chains, render exports.

Pure functions over bytes and cryptography objects; no store, no Qt. The services
(app.services.inventory, app.services.targets) build on them.
"""
