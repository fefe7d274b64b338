"""When to renew and remind: ARI windows, the lifetime fallback, jitter, backoff after failures,
reminder thresholds. Pure policy over domain objects and the clock."""
