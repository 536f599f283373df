"""Dialogs: settings, accounts, transfers and the other editors."""
