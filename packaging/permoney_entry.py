"""Entry script that PyInstaller freezes: the same ``permoney`` command as the console script."""

from permoney_desktop.cli import main

raise SystemExit(main())
