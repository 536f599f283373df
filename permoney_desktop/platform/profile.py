"""Who is at this machine: the name a book file records its changes under.

A shared book (PostgreSQL) records the server role instead (``store.authors``). On a file the
name is ``PERMONEY_PROFILE`` when set, else the operating-system user, so two people who keep
one book file in turns each undo their own changes.
"""

from __future__ import annotations

import getpass
import os

PROFILE_ENV = "PERMONEY_PROFILE"
MAX_LENGTH = 100  # undo_steps.author
FALLBACK = "me"


def profile_name() -> str:
    name = os.environ.get(PROFILE_ENV, "").strip()
    if not name:
        try:
            name = getpass.getuser().strip()
        except (OSError, KeyError, ImportError):  # no login name (a container, a service)
            name = ""
    return (name or FALLBACK)[:MAX_LENGTH]
