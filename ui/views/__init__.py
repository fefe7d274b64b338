"""The main window's views."""
