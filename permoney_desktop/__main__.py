"""Entry point for ``python -m permoney_desktop``."""

import gc

gc.disable()  # start-up, imports included: ``cli.main`` turns it back on (see its docstring)

from permoney_desktop.cli import main  # noqa: E402

raise SystemExit(main())
