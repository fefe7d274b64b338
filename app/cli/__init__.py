"""certdesk-cli: the command-line face of the core services."""
