"""DNS plumbing for validation: direct queries, zone-cut discovery, TXT propagation checks."""
