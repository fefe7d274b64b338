"""Resumable ACME orders: the engine that drives one order to a certificate, polling,
validation leftovers and the per-certificate locks shared by the app and the CLI."""
