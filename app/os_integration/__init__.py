"""What certdesk does with the operating system: start at login, scheduled headless renewal
(Task Scheduler, launchd, systemd) and owner-only file permissions."""
