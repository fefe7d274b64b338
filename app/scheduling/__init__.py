"""Expiry tracking: reminders, background renewal, locks, endpoint checks, headless schedules.

Qt-free. The GUI reaches all of it through app.services.monitoring.MonitoringService.
"""
