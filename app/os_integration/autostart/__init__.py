"""Start certdesk (in the tray) at login: Windows Run key, macOS LaunchAgent, XDG autostart."""
