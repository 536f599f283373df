"""Entry point for ``python -m permoney_desktop``."""

from permoney_desktop.cli import main

raise SystemExit(main())
