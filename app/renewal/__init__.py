"""When to renew: ARI windows and the lifetime fallback."""
