"""Who a change is recorded under: the PostgreSQL role of a shared book's connection.

One role per person (issue: security), so the server's ``current_user`` names the person on
every machine they use; a book file has no roles and records the profile name it is given.
"""

from __future__ import annotations

from permoney_desktop.store.read_pool import Rows


def server_role(r: Rows) -> str:
    """The role this book's connections log in as."""
    return str(r.rows("SELECT current_user")[0][0])
