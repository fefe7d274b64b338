"""Notifications: channels (SMTP e-mail, JSON webhooks for generic receivers, Slack, Microsoft
Teams and ntfy), the messages certdesk sends through them, and how each format renders them.

Qt-free and below the services: app/services/notifications.py decides what to send when.
"""
