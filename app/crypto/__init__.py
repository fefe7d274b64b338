"""Keys, CSRs and certificate parsing and checks."""
