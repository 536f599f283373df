"""The PySide6 user interface: windows, pages, item models, tray and dialogs."""
