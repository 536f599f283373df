"""The main window's pages: dashboard, reports and health."""
